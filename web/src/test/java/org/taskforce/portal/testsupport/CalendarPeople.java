package org.taskforce.portal.testsupport;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.taskforce.boundary.Members;
import org.taskforce.portal.taskforce.boundary.SignIn;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.CurrentTaskForce;

/**
 * Members of fresh task forces for calendar tests, signed in the way the portal signs people in ({@link Members}),
 * and a way to act as one of them in the current request, as {@code SignInFilter} does.
 */
@Dependent
public class CalendarPeople {

    /** A member a test acts as. */
    public record Person(String subject, String username, long memberId, long taskForceId) {
    }

    @Inject
    TestData testData;

    @Inject
    Members members;

    @Inject
    CurrentActor actor;

    @Inject
    CurrentTaskForce currentTaskForce;

    public TaskForce taskForce(String prefix) {
        return testData.taskForce(prefix);
    }

    /** A new member of the task force, in the given agency. */
    public Person member(TaskForce taskForce, String agency) {
        String subject = UUID.randomUUID().toString();
        String username = "cal-" + subject.substring(0, 8);
        long id = members.signIn(new SignIn(subject, username, "Persona " + username, null, agency,
                Set.of(taskForce.getSlug()))).getId();
        return new Person(subject, username, id, taskForce.getId());
    }

    /** From now on in this request, the person acts in their task force, as a member. */
    public void act(Person person) {
        actor.act(new Actor(person.subject(), person.username(), "127.0.0.1"));
        currentTaskForce.enter(person.taskForceId());
    }

    /** From now on in this request, the person acts in their task force, as one of its coordinators. */
    public void coordinate(Person person) {
        actor.act(new Actor(person.subject(), person.username(), "127.0.0.1"));
        currentTaskForce.enterAsCoordinator(person.taskForceId());
    }
}
