package org.taskforce.portal.audit.boundary;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Names a feature's records for the audit trail, so that a coordinator reads "Agency: Policía Nacional" where the
 * trail stores {@code agency 14}. Each feature that audits records implements it once, as an
 * {@code @ApplicationScoped} CDI bean in its own {@code boundary} package, for the record types it owns (its table
 * names, or the types it gives {@link AuditTrail#record}); {@link AuditTrail#names} finds every implementation by CDI.
 * Application scope, not {@code @Dependent}: the pooled {@code AuditTrail} looks them up through an {@code Instance}
 * on every page of the trail, and each dependent instance it created would stay referenced until that bean is
 * destroyed.
 *
 * <p>It runs inside {@code AuditTrail}'s transaction, bound to the current task force, for the coordinator reading the
 * trail: it names only what that person may see elsewhere in the portal (an operation's title only for the people
 * listed on it), and leaves out what it cannot name (a deleted record, one hidden from the reader). The trail then
 * says "deleted or not shown": a name is never a way around a feature's own visibility rules.
 */
public interface RecordNames {

    /**
     * The record type of a person's account, whose id is their Keycloak subject: what provisioning audits, and how
     * the trail names its actors.
     */
    String ACCOUNT = "Account";

    /** The record types this names, as the audit trail stores them. */
    Set<String> recordTypes();

    /**
     * The names of some records of one type, by record id; ids it cannot or may not name are left out.
     *
     * @param recordType one of {@link #recordTypes()}
     * @param ids the record ids as the trail stores them (text; a malformed id is left out, never an error)
     */
    Map<String, String> names(String recordType, Collection<String> ids);
}
