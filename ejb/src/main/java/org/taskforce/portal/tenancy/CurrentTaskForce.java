package org.taskforce.portal.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The task force the current request works for, and whether the person coordinates it. The web layer sets both from
 * the person's own choice, held on the server and checked against their token ({@code TaskForceChoice}); nothing from
 * the request itself ever does. Services marked {@link TaskForceBound} read the task force at the start of each
 * transaction; those marked {@link CoordinatorsOnly} also require that the person coordinates it.
 *
 * <p>Coordinating is a fact about one task force, not about the person: someone who coordinates Itapúa and is a
 * member of Alto Paraná works in Alto Paraná as a member.
 */
@RequestScoped
public class CurrentTaskForce {

    private Long id;

    private boolean coordinating;

    /** Works for the given task force, as one of its members, for the rest of this request. */
    public void enter(long taskForceId) {
        this.id = taskForceId;
        this.coordinating = false;
    }

    /** Works for the given task force, as one of its coordinators, for the rest of this request. */
    public void enterAsCoordinator(long taskForceId) {
        this.id = taskForceId;
        this.coordinating = true;
    }

    /**
     * Runs the work as a coordinator of the given task force, then works for what the request worked for before.
     *
     * <p>Only for a national coordinator's national course ({@code training.boundary.NationalCourses}, which is
     * {@code @RolesAllowed} for that role alone and checks that the task force exists and is active): a national
     * course is hosted by the task force the national coordinator chooses, and planning it is the host coordinators'
     * work done on the nation's behalf. Everything inside is bound to that task force as for its own coordinators
     * (row-level security, the audit trail under the national coordinator's name); nothing else of the request is.
     */
    public <T> T asCoordinatorOf(long taskForceId, Supplier<T> work) {
        Long before = id;
        boolean wasCoordinating = coordinating;
        enterAsCoordinator(taskForceId);
        try {
            return work.get();
        } finally {
            id = before;
            coordinating = wasCoordinating;
        }
    }

    public OptionalLong id() {
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    /** The task force, or {@link NoTaskForceException} when none was entered. */
    public long require() {
        if (id == null) {
            throw new NoTaskForceException();
        }
        return id;
    }

    /** Whether the person coordinates the task force this request works for (false when there is none). */
    public boolean coordinating() {
        return id != null && coordinating;
    }

    /**
     * The task force, after checking that the person coordinates it.
     *
     * @throws NoTaskForceException when none was entered
     * @throws NotCoordinatorException when the person is only a member of it
     */
    public long requireCoordinator() {
        long taskForce = require();
        if (!coordinating) {
            throw new NotCoordinatorException();
        }
        return taskForce;
    }
}
