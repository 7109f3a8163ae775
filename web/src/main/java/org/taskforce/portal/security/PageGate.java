package org.taskforce.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.taskforce.portal.security.PortalPage.Access;

/**
 * Decides whether the person making this request may open a page, from its {@link Access} in {@link PortalPage}, the
 * person's roles and groups in their token ({@link Caller}) and the task force they chose ({@link TaskForceChoice}).
 * {@link SignInFilter} asks before every page; the navigation asks which links to show.
 */
@RequestScoped
@Named("pageGate")
public class PageGate {

    /** What happens to a request for a page. */
    public enum Decision {
        /** The page opens. */
        OPEN,
        /** The person may work in a task force but has not chosen one: to the start page, which lets them choose. */
        CHOOSE_FIRST,
        /** Not for this person: 403. */
        REFUSED
    }

    @Inject
    Caller caller;

    @Inject
    TaskForceChoice choice;

    public Decision decide(PortalPage page) {
        return switch (page.access()) {
            case PUBLIC, SIGNED_IN -> Decision.OPEN;
            case TASK_FORCE_WORKER -> caller.isTaskForceWorker() ? Decision.OPEN : Decision.REFUSED;
            case TASK_FORCE -> inTaskForce(true);
            case COORDINATORS -> caller.isCoordinator() ? inTaskForce(choice.isCoordinating()) : Decision.REFUSED;
            case NATIONAL_COORDINATORS -> caller.isNationalCoordinator() ? Decision.OPEN : Decision.REFUSED;
            case LIAISONS -> caller.isLiaison() ? Decision.OPEN : Decision.REFUSED;
        };
    }

    /** Whether the page would open for this person now. */
    public boolean mayOpen(PortalPage page) {
        return decide(page) == Decision.OPEN;
    }

    /** The pages of the header's navigation this person may open now, in order. */
    public List<PortalPage> getNavigation() {
        return PortalPage.navigation().stream().filter(this::mayOpen).toList();
    }

    private Decision inTaskForce(boolean allowedThere) {
        if (!caller.isTaskForceWorker()) {
            return Decision.REFUSED;
        }
        if (choice.current().isEmpty()) {
            return Decision.CHOOSE_FIRST;
        }
        return allowedThere ? Decision.OPEN : Decision.REFUSED;
    }
}
