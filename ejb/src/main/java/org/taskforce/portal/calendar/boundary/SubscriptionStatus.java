package org.taskforce.portal.calendar.boundary;

import java.time.OffsetDateTime;

/** A member's live subscription: since when, and when a calendar client last read it ({@code null}: never). */
public record SubscriptionStatus(OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {
}
