package org.taskforce.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.AuditAction;
import org.taskforce.portal.audit.boundary.AuditSearch;
import org.taskforce.portal.audit.boundary.AuditTrail;
import org.taskforce.portal.audit.boundary.AuditVerification;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.audit.boundary.RecordNames;
import org.taskforce.portal.audit.entity.AuditEvent;
import org.taskforce.portal.database.SchemaMigration;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.testsupport.DatabaseRoles;
import org.taskforce.portal.testsupport.JdbcTaskForce;
import org.taskforce.portal.testsupport.TestData;

/**
 * The audit trail is append-only for the portal and its hash chain gives away an edited, deleted or reordered event.
 * Tampering is done the way an intruder with database access would: as the database superuser.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentTaskForce currentTaskForce;

    @Inject
    TestData testData;

    @Inject
    CurrentActor currentActor;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource portalRole;

    @Inject
    DatabaseRoles roles;

    @Inject
    @Any
    Instance<RecordNames> recordNames;

    @Test
    void everyTaskForceOwnedTableNamesItsRecordsForTheAuditTrail() throws SQLException {
        Set<String> named = recordNames.stream().flatMap(names -> names.recordTypes().stream())
                .collect(Collectors.toSet());
        List<String> unnamed = new ArrayList<>();
        try (Connection connection = portalRole.getConnection();
                Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("""
                        select c.table_name from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
                          and c.table_name not like 'audit%'""")) {
            while (tables.next()) {
                if (!named.contains(tables.getString(1))) {
                    unnamed.add(tables.getString(1));
                }
            }
        }
        assertEquals(List.of(), unnamed, "tables whose records the audit trail cannot name: add them to the"
                + " feature's RecordNames (README, Contributing: task-force-owned data)");
    }

    @Test
    void intactChainVerifies() {
        TaskForce taskForce = testData.taskForce("audit");
        record(taskForce, 3);

        currentTaskForce.enterAsCoordinator(taskForce.getId());
        AuditVerification verification = auditTrail.verifyCurrentTaskForce();

        assertTrue(verification.intact(), verification::toString);
        assertEquals(3, verification.checked());
    }

    @Test
    void anEditedEventIsNamed() throws SQLException {
        List<Long> ids = new ArrayList<>();
        Long brokenAt = brokenAtAfter(3, ids, "update audit_event set outcome = 'ALLOWED', actor_name = 'someone else'"
                + " where id = %d", 1);

        assertEquals(ids.get(1), brokenAt);
    }

    @Test
    void aDeletedEventIsFoundAtItsSuccessor() throws SQLException {
        List<Long> ids = new ArrayList<>();
        Long brokenAt = brokenAtAfter(3, ids, "delete from audit_event where id = %d", 1);

        assertEquals(ids.get(2), brokenAt);
    }

    @Test
    void aDeletedLastEventIsFound() throws SQLException {
        List<Long> ids = new ArrayList<>();
        Long brokenAt = brokenAtAfter(2, ids, "delete from audit_event where id = %d", 1);

        assertEquals(ids.get(1), brokenAt);
    }

    @Test
    void thePortalCanNeitherChangeNorDeleteNorInsertEvents() throws SQLException {
        TaskForce taskForce = testData.taskForce("append-only");
        long id = record(taskForce, 1).get(0);

        try (Connection connection = portalRole.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            JdbcTaskForce.enter(connection, taskForce.getId());
            for (String sql : List.of(
                    "update audit_event set outcome = 'ALLOWED' where id = " + id,
                    "delete from audit_event where id = " + id,
                    "insert into audit_event (chain, actor, action, outcome, previous_hash, hash)"
                            + " values (0, 'x', 'y', 'ALLOWED', '', '')",
                    "update audit_chain_head set last_hash = '' where chain = " + taskForce.getId())) {
                Savepoint attempt = connection.setSavepoint();
                SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(sql), sql);
                assertEquals("42501", refused.getSQLState(), refused::getMessage);
                connection.rollback(attempt);
            }
            connection.rollback();
        }
        currentTaskForce.enterAsCoordinator(taskForce.getId());
        assertTrue(auditTrail.verifyCurrentTaskForce().intact());
    }

    @Test
    void coordinatorsPageThroughTheirOwnTaskForceOnly() {
        TaskForce mine = testData.taskForce("mine");
        TaskForce theirs = testData.taskForce("theirs");
        record(mine, 3);
        record(theirs, 2);

        currentTaskForce.enterAsCoordinator(mine.getId());

        assertEquals(3, auditTrail.count(AuditSearch.all()));
        List<AuditEvent> newestFirst = auditTrail.page(0, 2, AuditSearch.all());
        assertEquals(2, newestFirst.size());
        assertTrue(newestFirst.get(0).getId() > newestFirst.get(1).getId());
        List<Long> matches = auditTrail.matching(AuditSearch.matching("RECORD-"));
        assertEquals(3, matches.size());
        assertEquals(newestFirst.stream().map(AuditEvent::getId).toList(),
                auditTrail.events(matches.subList(0, 2)).stream().map(AuditEvent::getId).toList(),
                "a search's page: its newest matches");
        assertEquals(List.of(), auditTrail.matching(AuditSearch.matching("nobody-by-that-name")));

        currentTaskForce.enterAsCoordinator(theirs.getId());
        List<Long> theirIds = auditTrail.matching(AuditSearch.matching("RECORD-"));
        assertEquals(2, theirIds.size());
        currentTaskForce.enterAsCoordinator(mine.getId());
        assertEquals(List.of(), auditTrail.events(theirIds), "another task force's events, asked for by their ids");
    }

    /**
     * A search finds no more than one past its limit, the newest: enough to say "more than"; so does the count of a
     * period, whose pages end at the same limit.
     */
    @Test
    void aSearchFindsItsNewestMatchesUpToOnePastTheLimitAndTheTrailCountsUpToOnePastItToo() {
        TaskForce busy = testData.taskForce("busy");
        record(busy, AuditTrail.SEARCH_COUNT_LIMIT + 2);

        currentTaskForce.enterAsCoordinator(busy.getId());

        assertEquals(AuditTrail.SEARCH_COUNT_LIMIT + 1, auditTrail.count(AuditSearch.all()), "more than the limit");
        List<Long> matches = auditTrail.matching(AuditSearch.matching("record-"));
        assertEquals(AuditTrail.SEARCH_COUNT_LIMIT + 1, matches.size(), "more than the limit");
        assertEquals(auditTrail.page(0, AuditTrail.SEARCH_COUNT_LIMIT + 1, AuditSearch.matching("record-")).stream()
                .map(AuditEvent::getId).toList(), matches, "the newest ones, newest first");
        assertEquals(3, auditTrail.matching(AuditSearch.matching("record-100")).size(),
                "record-100, record-1000 and record-1001: exact below it");
        assertEquals(2, auditTrail.page(AuditTrail.SEARCH_COUNT_LIMIT, 25, AuditSearch.matching("record-")).size(),
                "pages go on");
    }

    /**
     * A period holds the events from its first moment on: its count, its pages and its searches leave the older ones
     * out, and the whole trail still has them. The older events are dated back as the superuser would (their chain is
     * then broken, which this task force does not check).
     */
    @Test
    void aPeriodLeavesOutTheOlderEventsFromItsCountPagesAndSearches() throws SQLException {
        TaskForce old = testData.taskForce("old");
        List<Long> ids = record(old, 5);
        try (Connection connection = roles.superuser(); Statement statement = connection.createStatement()) {
            assertEquals(3, statement.executeUpdate("update audit_event set occurred_at = now() - interval '3 years'"
                    + " + id * interval '1 second' where id in (" + ids.get(0) + ", " + ids.get(1) + ", " + ids.get(2)
                    + ")"));
        }
        currentTaskForce.enterAsCoordinator(old.getId());
        Instant twoYearsAgo = Instant.now().minus(730, ChronoUnit.DAYS);

        AuditSearch recent = new AuditSearch(null, twoYearsAgo);
        assertEquals(2, auditTrail.count(recent));
        assertEquals(List.of(ids.get(4), ids.get(3)),
                auditTrail.page(0, 25, recent).stream().map(AuditEvent::getId).toList());
        assertEquals(List.of(ids.get(4), ids.get(3)),
                auditTrail.matching(new AuditSearch("record-", twoYearsAgo)), "a search within the period");
        assertEquals(List.of(ids.get(4), ids.get(3)),
                auditTrail.page(0, 25, new AuditSearch("record-", twoYearsAgo)).stream().map(AuditEvent::getId)
                        .toList());
        assertEquals(List.of(), auditTrail.matching(new AuditSearch("record-0", twoYearsAgo)),
                "the oldest event's actor, outside the period");
        assertEquals(0, auditTrail.count(new AuditSearch(null, Instant.now().plus(1, ChronoUnit.DAYS))),
                "a period no event reaches");

        assertEquals(5, auditTrail.count(AuditSearch.all()));
        assertEquals(List.of(ids.get(0)), auditTrail.matching(AuditSearch.matching("record-0")), "the whole trail");
    }

    @Test
    void everyWriteToATaskForceOwnedTableIsAuditedWithItsActor() throws SQLException {
        TaskForce taskForce = testData.taskForce("written");
        try (Connection connection = portalRole.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            JdbcTaskForce.actFor(connection, taskForce.getId(), new Actor("writer-subject", "writer.name", "10.1.2.3"));
            statement.executeUpdate("insert into agency (tenant_id, code, type, name) values ("
                    + taskForce.getId() + ", 'audited', 'NGO', 'Audited NGO')");
            statement.executeUpdate("update agency set name = 'Renamed' where code = 'audited'");
            statement.executeUpdate("delete from agency where code = 'audited'");
            connection.commit();
        }

        currentTaskForce.enterAsCoordinator(taskForce.getId());
        List<AuditEvent> events = auditTrail.page(0, 10, AuditSearch.all());
        assertEquals(List.of("RECORD_DELETED", "RECORD_CHANGED", "RECORD_CREATED"),
                events.stream().map(AuditEvent::getAction).toList());
        for (AuditEvent event : events) {
            assertEquals("writer-subject", event.getActor());
            assertEquals("writer.name", event.getActorName());
            assertEquals("agency", event.getRecordType());
            assertEquals("10.1.2.3", event.getAddress());
        }
        assertTrue(auditTrail.verifyCurrentTaskForce().intact());
    }

    @Test
    void aWriteWithoutAnActorIsRefusedAndARolledBackWriteLeavesNoEvent() throws SQLException {
        TaskForce taskForce = testData.taskForce("anonymous");
        try (Connection connection = portalRole.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            JdbcTaskForce.enter(connection, taskForce.getId());
            SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "insert into agency (tenant_id, code, type, name) values (" + taskForce.getId()
                            + ", 'nobody', 'NGO', 'Written by nobody')"));
            assertEquals("42501", refused.getSQLState(), refused::getMessage);
            connection.rollback();

            JdbcTaskForce.actFor(connection, taskForce.getId(), new Actor("undone-subject", "undone.name", "10.1.2.3"));
            statement.executeUpdate("insert into agency (tenant_id, code, type, name) values ("
                    + taskForce.getId() + ", 'undone', 'NGO', 'Rolled back')");
            connection.rollback();
        }

        currentTaskForce.enterAsCoordinator(taskForce.getId());
        assertEquals(0, auditTrail.count(AuditSearch.all()), "no event for a write that never happened");
    }

    /** Events of as many people as events, every other one refused. */
    private List<Long> record(TaskForce taskForce, int events) {
        return java.util.stream.IntStream.range(0, events)
                .mapToObj(i -> {
                    currentActor.act(new Actor(TestData.newSubject(), "record-" + i, "127.0.0.1"));
                    return i % 2 == 0
                            ? auditTrail.record(taskForce.getId(), AuditAction.TASK_FORCE_ENTERED, "TaskForce",
                                    taskForce.getSlug())
                            : auditTrail.recordDenied(taskForce.getId(), AuditAction.TASK_FORCE_ENTERED, "TaskForce",
                                    taskForce.getSlug());
                })
                .toList();
    }

    /**
     * Records events in a new task force, tampers with the one at {@code victim} as the superuser would, and returns
     * where the check says the chain breaks. The ids of the recorded events are added to {@code ids}.
     */
    private Long brokenAtAfter(int events, List<Long> ids, String tamper, int victim) throws SQLException {
        TaskForce taskForce = testData.taskForce("tampered");
        ids.addAll(record(taskForce, events));
        asSuperuser(tamper.formatted(ids.get(victim)));
        currentTaskForce.enterAsCoordinator(taskForce.getId());
        return auditTrail.verifyCurrentTaskForce().brokenAt();
    }

    private void asSuperuser(String sql) throws SQLException {
        try (Connection connection = roles.superuser(); Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate(sql), sql);
        }
    }
}
