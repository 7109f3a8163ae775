/**
 * The audit trail: who did what to which record, when, from where, and whether it was allowed. Append-only for the
 * portal and hash-chained per task force in the database (see migration V3), so that an edited, deleted or reordered
 * event is found by {@link org.taskforce.portal.audit.boundary.AuditTrail#verifyCurrentTaskForce()}.
 */
package org.taskforce.portal.audit;
