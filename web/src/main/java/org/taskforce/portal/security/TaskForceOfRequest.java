package org.taskforce.portal.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;
import org.taskforce.portal.taskforce.entity.TaskForce;

/**
 * The current task force as looked up once for this request. A page asks for it many times (the filter, the page
 * bean, the template's header and menu); {@link TaskForceChoice} checks the choice against the token and reads the
 * task force once, then answers from here until the request ends or the person chooses another.
 */
@RequestScoped
class TaskForceOfRequest {

    private Optional<TaskForce> taskForce;

    Optional<TaskForce> get(Supplier<Optional<TaskForce>> lookUp) {
        if (taskForce == null) {
            taskForce = lookUp.get();
        }
        return taskForce;
    }

    void forget() {
        taskForce = null;
    }
}
