package org.taskforce.portal.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.OptionalLong;

/**
 * The task force the current request works for. The web layer sets it from the person's own choice, held on the
 * server and checked against their token ({@code TaskForceChoice}); nothing from the request itself ever does.
 * Services marked {@link TaskForceBound} read it at the start of each transaction.
 */
@RequestScoped
public class CurrentTaskForce {

    private Long id;

    /** Works for the given task force for the rest of this request. */
    public void enter(long taskForceId) {
        this.id = taskForceId;
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
}
