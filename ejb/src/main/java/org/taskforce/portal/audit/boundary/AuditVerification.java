package org.taskforce.portal.audit.boundary;

/**
 * The result of walking a task force's chain.
 *
 * @param brokenAt the id of the first event that was edited, whose predecessor was deleted, or that is out of order;
 *     {@code null} when the chain is intact
 * @param checked how many events were checked
 */
public record AuditVerification(Long brokenAt, long checked) {

    public boolean intact() {
        return brokenAt == null;
    }
}
