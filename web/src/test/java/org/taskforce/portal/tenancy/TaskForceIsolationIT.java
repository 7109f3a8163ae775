package org.taskforce.portal.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.database.SchemaMigration;
import org.taskforce.portal.taskforce.boundary.TaskForces;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.testsupport.DatabaseRoles;
import org.taskforce.portal.testsupport.JdbcTaskForce;
import org.taskforce.portal.testsupport.TestData;

/**
 * Tries to read and write one task force's rows from another, or from none, connected as the portal's own database
 * role: the database refuses whatever the application might get wrong.
 */
@ExtendWith(ArquillianExtension.class)
class TaskForceIsolationIT {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    TestData testData;

    @Inject
    TaskForces taskForces;

    @Inject
    CurrentTaskForce currentTaskForce;

    @Inject
    DatabaseRoles roles;

    @Test
    void anotherTaskForcesRowsAreInvisible() throws SQLException {
        TaskForce itapua = testData.taskForce("victim");
        TaskForce altoParana = testData.taskForce("reader");
        testData.agency(itapua, "secret", AgencyType.NGO, "Only Itapúa may see this");

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            JdbcTaskForce.enter(connection, altoParana.getId());
            assertEquals(0, count(connection, "select count(*) from agency where tenant_id = " + itapua.getId()));
            assertEquals(0, count(connection, "select count(*) from agency where code = 'secret'"));
            connection.rollback();

            JdbcTaskForce.enter(connection, itapua.getId());
            assertEquals(1, count(connection, "select count(*) from agency where code = 'secret'"));
            connection.rollback();
        }
    }

    @Test
    void writingIntoAnotherTaskForceIsRefused() throws SQLException {
        TaskForce target = testData.taskForce("target");
        TaskForce attacker = testData.taskForce("attacker");

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // With an actor, so that what refuses is row-level security and not the audit trigger's want of one.
            JdbcTaskForce.actFor(connection, attacker.getId(), TestData.ACTOR);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into agency (tenant_id, code, type, name) values (?, 'planted', 'NGO', 'x')")) {
                insert.setLong(1, target.getId());
                SQLException refused = assertThrows(SQLException.class, insert::executeUpdate);
                assertEquals("42501", refused.getSQLState(), refused::getMessage);
                assertTrue(refused.getMessage().contains("row-level security"), refused::getMessage);
            }
            connection.rollback();
        }
    }

    @Test
    void withoutATaskForceTheDatabaseAnswersWithAnErrorNotWithRows() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            SQLException refused = assertThrows(SQLException.class,
                    () -> count(connection, "select count(*) from agency"));
            assertTrue(List.of("42704", "22P02").contains(refused.getSQLState()), refused::getMessage);
            connection.rollback();

            JdbcTaskForce.enter(connection, 1);
            connection.commit(); // set_config(..., true) ends with the transaction: the next one has no task force
            SQLException stillRefused = assertThrows(SQLException.class,
                    () -> count(connection, "select count(*) from membership"));
            assertTrue(List.of("42704", "22P02").contains(stillRefused.getSQLState()), stillRefused::getMessage);
            connection.rollback();
        }
    }

    @Test
    void aRecordReadInOneTaskForceCannotBeFetchedByIdFromAnother() {
        TaskForce owner = testData.taskForce("owner");
        TaskForce other = testData.taskForce("other");
        long id = testData.agency(owner, "cached", AgencyType.NGO, "Read by its own task force first").getId();

        assertNotNull(testData.findAgency(owner.getId(), id), "its own task force reads it");
        assertNull(testData.findAgency(other.getId(), id), "another task force gets nothing, not even from a cache");
    }

    @Test
    void movingToAnotherTaskForceInsideATransactionForgetsTheRecordsReadBefore() {
        TaskForce owner = testData.taskForce("first");
        TaskForce other = testData.taskForce("second");
        long id = testData.agency(owner, "remembered", AgencyType.NGO, "Read in the first task force").getId();

        Agency seenAfterMoving = testData.inOneTransaction(() -> {
            assertNotNull(testData.findAgency(owner.getId(), id), "read in its own task force first");
            return testData.findAgency(other.getId(), id);
        });
        assertNull(seenAfterMoving, "the persistence context must not hand the record on to the next task force");
    }

    /**
     * A transaction has one actor. The database audits its writes at commit, under the actor set last: a transaction
     * that acted as one person and then as another recorded the second for the writes of both. Acting as someone else
     * is refused, and nothing of the transaction is written; acting again as the same person is no change.
     */
    @Test
    void aTransactionThatActsAsOnePersonCannotActAsAnother() throws SQLException {
        TaskForce taskForce = testData.taskForce("two-actors");
        Actor first = new Actor("first-subject", "first.name", "10.0.0.1");
        Actor second = new Actor("second-subject", "second.name", "10.0.0.2");
        EJBException refused = assertThrows(EJBException.class, () -> testData.inOneTransaction(() -> {
            testData.agencyAs(taskForce, "first", AgencyType.NGO, "First", first);
            testData.agencyAs(taskForce, "again", AgencyType.NGO, "Again", first);
            return testData.agencyAs(taskForce, "second", AgencyType.NGO, "Second", second);
        }));
        assertRefusedBinding(refused, "cannot act as second-subject");
        assertEquals(List.of(), createdBy(taskForce), "nothing of the refused transaction");

        testData.inOneTransaction(() -> {
            testData.agencyAs(taskForce, "first", AgencyType.NGO, "First", first);
            return testData.agencyAs(taskForce, "again", AgencyType.NGO, "Again", first);
        });
        assertEquals(List.of("first-subject", "first-subject"), createdBy(taskForce));
    }

    /** Who created the task force's records, in the order of the audit trail. */
    private List<String> createdBy(TaskForce taskForce) throws SQLException {
        List<String> actors = new ArrayList<>();
        try (Connection connection = roles.superuser(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select actor from audit_event where tenant_id = "
                        + taskForce.getId() + " and action = 'RECORD_CREATED' order by id")) {
            while (rows.next()) {
                actors.add(rows.getString(1));
            }
        }
        return actors;
    }

    @Test
    void aTransactionBoundToThePersonsTaskForceCannotBeSwitched() {
        TaskForce mine = testData.taskForce("chosen");
        TaskForce theirs = testData.taskForce("elsewhere");
        currentTaskForce.enter(mine.getId());

        EJBException inside = assertThrows(EJBException.class,
                () -> testData.actForAnotherTaskForceInside(theirs.getId()));
        assertRefusedBinding(inside, "cannot move to task force");

        EJBException around = assertThrows(EJBException.class, () -> testData.inOneTransaction(() -> {
            testData.findAgency(theirs.getId(), 0);
            return taskForces.home();
        }));
        assertRefusedBinding(around, "cannot move to task force");
    }

    @Test
    void aServiceCallWithoutATaskForceIsRefused() {
        assertThrows(NoTaskForceException.class, () -> taskForces.home());
    }

    @Test
    void everyTableWithATaskForceColumnHasAForcedPolicy() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(List.of(), tablesWithoutTheLine(connection), "task-force-owned tables without a forced "
                    + "row-level security policy and audit triggers: select portal_isolate_by_task_force('<table>') in "
                    + "their migration");
        }
    }

    @Test
    void thePortalRoleMayNeitherTruncateNorReferenceNorTriggerAnyTable() throws SQLException {
        // TRUNCATE empties a table whatever its row-level security says: the portal must never hold it.
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(List.of(), names(connection, """
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p')
                      and (has_table_privilege(c.oid, 'TRUNCATE') or has_table_privilege(c.oid, 'REFERENCES')
                           or has_table_privilege(c.oid, 'TRIGGER'))"""));
        }
    }

    /**
     * The whole ritual for a new task-force-owned table, tried on one that exists only in a transaction rolled back:
     * its {@code create table} and one line, by the owner; then the portal's role works in it.
     */
    @Test
    void aTableMadeTaskForceOwnedInOneLineIsIsolatedAuditedAndOpenToThePortal() throws SQLException {
        TaskForce mine = testData.taskForce("one-line");
        TaskForce other = testData.taskForce("no-line");
        try (Connection connection = roles.superuser(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            roles.becomeOwner(connection);
            for (String table : List.of("one_line_probe", "forgotten_probe")) {
                sql.execute("create table " + table + " (id bigserial primary key, tenant_id bigint not null"
                        + " references task_force (id), note varchar(40))");
            }
            sql.execute("select portal_isolate_by_task_force('one_line_probe')");
            assertEquals(List.of("forgotten_probe"), tablesWithoutTheLine(connection), "what the proof sees");

            roles.becomePortal(connection);
            JdbcTaskForce.actFor(connection, mine.getId(), TestData.ACTOR);
            // The id comes from the table's new sequence: usable by the portal through the default privileges.
            sql.executeUpdate("insert into one_line_probe (tenant_id, note) values (" + mine.getId() + ", 'mine')");
            sql.executeUpdate("update one_line_probe set note = 'changed'");
            sql.execute("set constraints all immediate"); // the audit of the writes, which otherwise waits for commit
            assertEquals(1, count(connection, "select count(*) from one_line_probe where note = 'changed'"));
            assertEquals(2, count(connection, "select count(*) from audit_event where record_type = 'one_line_probe'"));

            JdbcTaskForce.actFor(connection, other.getId(), TestData.ACTOR);
            assertEquals(0, count(connection, "select count(*) from one_line_probe"), "another task force's row");
            assertEquals(0, sql.executeUpdate("delete from one_line_probe"), "another task force's row deleted");
            SQLException refused = assertThrows(SQLException.class, () -> sql.execute("truncate one_line_probe"));
            assertEquals("42501", refused.getSQLState(), refused::getMessage);
            connection.rollback();
        }
    }

    /** The tables with a task force column that lack what {@code portal_isolate_by_task_force} gives them. */
    private static List<String> tablesWithoutTheLine(Connection connection) throws SQLException {
        return names(connection, """
                select c.relname
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where c.relkind in ('r', 'p')
                  and not (c.relrowsecurity and c.relforcerowsecurity
                           and exists (select from pg_policy p where p.polrelid = c.oid)
                           -- and the audit of its writes; the audit trail itself is written only by appends
                           and (c.relname = 'audit_event' or 2 = (select count(*) from pg_trigger t
                                where t.tgrelid = c.oid and t.tgname in ('audit_actor', 'audit_write'))))
                order by 1""");
    }

    private static List<String> names(Connection connection, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }

    /** Asserts that {@link TaskForceBinding} refused, saying why. */
    private static void assertRefusedBinding(Throwable thrown, String why) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException && cause.getMessage().contains(why)) {
                return;
            }
        }
        throw new AssertionError("not refused by TaskForceBinding", thrown);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
