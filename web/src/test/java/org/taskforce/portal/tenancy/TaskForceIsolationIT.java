package org.taskforce.portal.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
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
import org.taskforce.portal.database.SchemaMigration;
import org.taskforce.portal.taskforce.boundary.TaskForces;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.taskforce.entity.TaskForce;
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

    @Test
    void anotherTaskForcesRowsAreInvisible() throws SQLException {
        TaskForce itapua = testData.taskForce("victim");
        TaskForce altoParana = testData.taskForce("reader");
        testData.agency(itapua, "secret", AgencyType.NGO, "Only Itapúa may see this");

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            enter(connection, altoParana.getId());
            assertEquals(0, count(connection, "select count(*) from agency where tenant_id = " + itapua.getId()));
            assertEquals(0, count(connection, "select count(*) from agency where code = 'secret'"));
            connection.rollback();

            enter(connection, itapua.getId());
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
            enter(connection, attacker.getId());
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into agency (tenant_id, code, type, name) values (?, 'planted', 'NGO', 'x')")) {
                insert.setLong(1, target.getId());
                SQLException refused = assertThrows(SQLException.class, insert::executeUpdate);
                assertEquals("42501", refused.getSQLState(), refused::getMessage);
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

            enter(connection, 1);
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
    void aServiceCallWithoutATaskForceIsRefused() {
        assertThrows(NoTaskForceException.class, () -> taskForces.home());
    }

    @Test
    void everyTableWithATaskForceColumnHasAForcedPolicy() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet unprotected = statement.executeQuery("""
                    select c.relname
                    from pg_class c
                    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
                    join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                    where c.relkind in ('r', 'p')
                      and not (c.relrowsecurity and c.relforcerowsecurity
                               and exists (select from pg_policy p where p.polrelid = c.oid)
                               -- and the audit of its writes; the audit trail itself is written only by appends
                               and (c.relname = 'audit_event' or 2 = (select count(*) from pg_trigger t
                                    where t.tgrelid = c.oid and t.tgname in ('audit_actor', 'audit_write'))))""");
            List<String> tables = new ArrayList<>();
            while (unprotected.next()) {
                tables.add(unprotected.getString(1));
            }
            assertEquals(List.of(), tables, "task-force-owned tables without a forced row-level security policy "
                    + "and audit triggers: select portal_isolate_by_task_force('<table>') in their migration");
        }
    }

    private static void enter(Connection connection, long taskForceId) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, Long.toString(taskForceId));
            set.execute();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
