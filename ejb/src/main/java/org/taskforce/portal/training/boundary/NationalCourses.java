package org.taskforce.portal.training.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.function.Supplier;
import org.taskforce.portal.access.PortalRole;
import org.taskforce.portal.database.RecordQuery;
import org.taskforce.portal.problem.NotFoundException;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.training.entity.Training;

/**
 * National courses, in a national coordinator's hands: a course such as the national "Train the Trainer" is planned
 * by the national coordination and hosted by the task force it chooses, whose coordinators then run it (nominations,
 * attendance, certificates) like any training of theirs.
 *
 * <p>National coordinators belong to no task force. They see the national courses of every task force through the
 * reporting function {@code national_courses()} (counts only), and they plan, change and cancel one by doing, for
 * that one call, the host coordinators' work: {@link CurrentTaskForce#asCoordinatorOf} binds the call to the host
 * (row-level security admits its rows only; the audit trail records the national coordinator by name), and the
 * planning itself is {@link Trainings}' own, so a national course has its calendar events, checks and audit like any
 * other. They reach no training that is not national: another one's id gets the same answer as an unknown one.
 */
@Stateless
@RolesAllowed(PortalRole.NATIONAL_COORDINATOR)
public class NationalCourses {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentTaskForce current;

    @Inject
    Trainings trainings;

    @Inject
    Participants participants;

    /** Every national course, in whichever task force hosts it, the latest first. */
    public List<NationalCourse> list() {
        return RecordQuery.of(em, NationalCourse.class, "national_courses()").list();
    }

    /** The task forces that may host a national course: the active ones, by name. */
    public List<TaskForce> hosts() {
        return em.createQuery("select t from TaskForce t where t.archivedAt is null order by t.name",
                TaskForce.class).getResultList();
    }

    /** The host's participants, who may be named trainers of a course it hosts. */
    public List<ParticipantRow> people(long hostId) {
        return inHost(hostId, participants::list);
    }

    /**
     * Plans a national course in the host task force, its sessions in the host's calendar; returns its id.
     *
     * @throws NotFoundException if the host is unknown or archived
     */
    public long plan(long hostId, @NotNull @Valid TrainingDraft draft) {
        return inHost(hostId, () -> {
            long id = trainings.plan(draft);
            em.find(Training.class, id).makeNational();
            return id;
        });
    }

    /** One national course of the host, as its page shows it. */
    public TrainingDetails details(long hostId, long trainingId) {
        return inHost(hostId, () -> national(trainings.details(trainingId)));
    }

    /** Changes a national course, over the version the form was opened with ({@link Trainings#change}). */
    public void change(long hostId, long trainingId, int openedVersion, @NotNull @Valid TrainingDraft draft) {
        inHost(hostId, () -> {
            national(trainings.details(trainingId));
            trainings.change(trainingId, openedVersion, draft);
            return null;
        });
    }

    /** Cancels a national course ({@link Trainings#cancel}). */
    public void cancel(long hostId, long trainingId, int openedVersion) {
        inHost(hostId, () -> {
            national(trainings.details(trainingId));
            trainings.cancel(trainingId, openedVersion);
            return null;
        });
    }

    private <T> T inHost(long hostId, Supplier<T> work) {
        TaskForce host = em.find(TaskForce.class, hostId);
        if (host == null || host.isArchived()) {
            throw new NotFoundException("No active task force " + hostId + " to host a national course.",
                    "training.national.noHost");
        }
        return current.asCoordinatorOf(hostId, work);
    }

    private static TrainingDetails national(TrainingDetails details) {
        if (!details.training().isNational()) {
            throw new TrainingNotFoundException();
        }
        return details;
    }
}
