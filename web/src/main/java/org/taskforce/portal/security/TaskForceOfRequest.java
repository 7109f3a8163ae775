package org.taskforce.portal.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.taskforce.portal.taskforce.entity.TaskForce;

/**
 * The current task force, and the task forces the person may choose from, as looked up once for this request. A
 * page asks for them many times (the filter, the page bean, the template's header, menu and switcher: a
 * {@code rendered} attribute is read in each phase); {@link TaskForceChoice} checks the choice against the token and
 * reads the task forces once, then answers from here until the request ends; a choice made in the request becomes
 * its current task force. (The switcher's list alone ran its query three to six times a page: 3.7 % of the portal's
 * CPU in the load benchmark's flight recording.)
 */
@RequestScoped
class TaskForceOfRequest {

    private Optional<TaskForce> taskForce;
    private List<TaskForce> available;

    Optional<TaskForce> get(Supplier<Optional<TaskForce>> lookUp) {
        if (taskForce == null) {
            taskForce = lookUp.get();
        }
        return taskForce;
    }

    List<TaskForce> available(Supplier<List<TaskForce>> lookUp) {
        if (available == null) {
            available = lookUp.get();
        }
        return available;
    }

    /**
     * The person chose one of the task forces they may choose from: it is the current one for the rest of the request
     * (a sign-in chooses the only one and then picks the landing page by it), without reading them all again.
     */
    void chose(TaskForce chosen) {
        taskForce = Optional.of(chosen);
    }
}
