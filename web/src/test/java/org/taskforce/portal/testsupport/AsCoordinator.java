package org.taskforce.portal.testsupport;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.taskforce.portal.access.PortalRole;

/**
 * Runs a test's calls as someone who coordinates some task force: every service called from {@link #call} sees the
 * role {@value PortalRole#COORDINATOR} (coordinating the current task force is entered through CurrentTaskForce). No
 * transaction of its own: a service call joins the test's transaction if it holds one, and else makes its own, as from
 * a page. See {@link As}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RunAs(PortalRole.COORDINATOR)
public class AsCoordinator {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
