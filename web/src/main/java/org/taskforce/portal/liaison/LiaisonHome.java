package org.taskforce.portal.liaison;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.taskforce.portal.security.Caller;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /liaison/home.xhtml}: who the liaison is and which sponsor they represent.
 */
@RequestScoped
@Named("liaisonHome")
public class LiaisonHome {

    @Inject
    Caller caller;

    @Inject
    Messages messages;

    /** The sponsor's display name from the bundle ({@code sponsor.<code>}), or its code when the bundle lacks it. */
    public String getSponsorName() {
        return caller.getSponsor()
                .map(code -> messages.textOr("sponsor." + code, code))
                .orElseGet(() -> messages.text("liaison.noSponsor"));
    }

    public boolean isSponsorKnown() {
        return caller.getSponsor().isPresent();
    }
}
