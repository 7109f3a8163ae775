package org.taskforce.portal.calendar;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.taskforce.portal.calendar.boundary.CalendarSubscriptions;
import org.taskforce.portal.calendar.boundary.SubscriptionStatus;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /calendar/subscription.xhtml}: the person's secret iCal address for calendar clients. The address is
 * shown once, right after it is made (the portal keeps only a hash of it); making a new one or revoking it ends the
 * old one.
 */
@ViewScoped
@Named("subscriptionPage")
public class SubscriptionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarSubscriptions subscriptions;

    @Inject
    transient Messages messages;

    private String address;

    /** The live subscription, read at each render (it changes when a client reads the feed). */
    public Optional<SubscriptionStatus> getStatus() {
        return subscriptions.mine();
    }

    public boolean isActive() {
        return getStatus().isPresent();
    }

    public OffsetDateTime getCreatedAt() {
        return getStatus().map(SubscriptionStatus::createdAt).orElse(null);
    }

    public OffsetDateTime getLastUsedAt() {
        return getStatus().map(SubscriptionStatus::lastUsedAt).orElse(null);
    }

    /** Makes a new secret address (the old one stops working) and shows it, this once. */
    public void regenerate() {
        String baseUrl = ConfigProvider.getConfig().getValue("portal.base-url", String.class);
        address = baseUrl + CalendarFeedResource.PATH + subscriptions.regenerate() + ".ics";
        messages.info("calendar.subscription.made");
    }

    public void revoke() {
        subscriptions.revoke();
        address = null;
        messages.info("calendar.subscription.revoked");
    }

    /** The address just made, or {@code null}. */
    public String getAddress() {
        return address;
    }

    /** The same address for clients that open {@code webcal:} links (Outlook, Apple Calendar). */
    public String getWebcalAddress() {
        return address == null ? null : address.replaceFirst("^https?://", "webcal://");
    }
}
