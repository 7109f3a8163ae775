package org.taskforce.portal.testsupport;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.taskforce.portal.access.PortalRole;

/**
 * Runs a test's calls as a national coordinator: every service called from {@link #call} sees the role {@value
 * PortalRole#NATIONAL_COORDINATOR}. No transaction of its own: a service call joins the test's transaction if it holds
 * one, and else makes its own, as from a page. See {@link As}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RunAs(PortalRole.NATIONAL_COORDINATOR)
public class AsNationalCoordinator {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
