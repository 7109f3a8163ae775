package org.taskforce.portal.testsupport;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import java.util.concurrent.Callable;
import org.taskforce.portal.access.PortalRole;

/**
 * Lets an in-container test call the services as a person of one realm role, as a signed-in person's request does:
 * services check roles ({@code @RolesAllowed}), and the Arquillian runner's own requests carry none. Each role has a
 * {@code @RunAs} bean ({@link AsNationalCoordinator}, {@link AsCoordinator}, {@link AsMember}, {@link AsLiaison}) whose
 * method runs the work, so that every service called from it sees that role. A task force and its coordinators are
 * still entered through {@code CurrentTaskForce}, as {@code SignInFilter} does.
 */
@Dependent
public class As {

    /** Work a test does as someone, which may throw what the services throw. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    @EJB
    AsNationalCoordinator nationalCoordinator;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsMember member;

    @EJB
    AsLiaison liaison;

    public <T> T nationalCoordinator(Callable<T> work) {
        return role(PortalRole.NATIONAL_COORDINATOR, work);
    }

    public void nationalCoordinator(Work work) {
        role(PortalRole.NATIONAL_COORDINATOR, work);
    }

    public <T> T coordinator(Callable<T> work) {
        return role(PortalRole.COORDINATOR, work);
    }

    public void coordinator(Work work) {
        role(PortalRole.COORDINATOR, work);
    }

    public void role(String role, Work work) {
        role(role, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs the work as the role; what the work throws reaches the caller as it was thrown (unwrapped from the
     * {@code @RunAs} bean's call), so that {@code assertThrows} sees the service's own exception.
     */
    public <T> T role(String role, Callable<T> work) {
        try {
            return switch (role) {
                case PortalRole.NATIONAL_COORDINATOR -> nationalCoordinator.call(work);
                case PortalRole.COORDINATOR -> coordinator.call(work);
                case PortalRole.MEMBER -> member.call(work);
                case PortalRole.LIAISON -> liaison.call(work);
                default -> throw new IllegalArgumentException("no such role: " + role);
            };
        } catch (EJBException e) {
            // A refusal or failure inside reaches the test as the service threw it, not wrapped by the role's bean.
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
