package org.taskforce.portal.load.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import org.postgresql.copy.CopyManager;

/**
 * One hash chain of the audit trail (a task force's, or chain 0 for what happens outside any task force), built in
 * memory and written with COPY. The hashes are those of the database's own {@code audit_event_hash} (migration V3):
 * SHA-256 of the previous hash followed by the UTF-8 of {@code concat_ws('|', id, chain, tenant_id, occurred_at in UTC
 * as YYYY-MM-DD"T"HH24:MI:SS.US, actor, actor_name, action, record_type, record_id, address, outcome)}, where
 * {@code concat_ws} skips nulls; the first event's previous hash is the single byte 0. {@code audit_verify} (run by
 * {@code bin/audit-verify.sh}) checks them after the load, so a difference here fails the generator.
 */
final class AuditChain {

    private static final DateTimeFormatter HASHED_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    /** An event before its id and hashes are known. */
    record Event(OffsetDateTime at, String actor, String actorName, String action, String recordType,
            String recordId, String address) {
    }

    private final long chain;
    private final List<Event> events = new ArrayList<>();

    AuditChain(long chain) {
        this.chain = chain;
    }

    void add(OffsetDateTime at, String actor, String actorName, String action, String recordType, String recordId,
            String address) {
        events.add(new Event(at.truncatedTo(ChronoUnit.MICROS), actor, actorName, action, recordType, recordId,
                address));
    }

    int size() {
        return events.size();
    }

    /**
     * Writes the chain in time order with ids from {@code firstId} on, and its head; returns the next free id.
     */
    long write(CopyManager copier, CopyTable auditEvents, CopyTable heads, long firstId)
            throws SQLException, IOException {
        events.sort(Comparator.comparing(Event::at));
        MessageDigest sha256 = sha256();
        byte[] previous = {0};
        long id = firstId;
        Long tenant = chain == 0 ? null : chain;
        for (Event e : events) {
            StringJoiner hashed = new StringJoiner("|");
            hashed.add(Long.toString(id)).add(Long.toString(chain));
            if (tenant != null) {
                hashed.add(tenant.toString());
            }
            hashed.add(HASHED_TIME.format(e.at().withOffsetSameInstant(ZoneOffset.UTC)));
            for (String value : new String[] {e.actor(), e.actorName(), e.action(), e.recordType(), e.recordId(),
                e.address(), "ALLOWED"}) {
                if (value != null) {
                    hashed.add(value);
                }
            }
            sha256.update(previous);
            byte[] hash = sha256.digest(hashed.toString().getBytes(StandardCharsets.UTF_8));
            auditEvents.row(copier, id, chain, tenant, e.at(), e.actor(), e.actorName(), e.action(), e.recordType(),
                    e.recordId(), e.address(), "ALLOWED", previous, hash);
            previous = hash;
            id++;
        }
        if (!events.isEmpty()) {
            heads.row(copier, chain, id - 1, previous);
        }
        events.clear();
        return id;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
