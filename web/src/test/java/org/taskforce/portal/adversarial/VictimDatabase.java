package org.taskforce.portal.adversarial;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.testsupport.JdbcTaskForce;

/**
 * The test database as its superuser sees it, for what attackers must not be able to do: planting the victim task
 * force's records, and reading them back afterwards to prove no attack changed them. The superuser is not subject to
 * row-level security; it still says which task force and actor it writes for, because the audit trigger wants one.
 */
final class VictimDatabase implements AutoCloseable {

    /** Whom the audit trail records for what the suite plants and removes. */
    private static final Actor SUITE = new Actor("adversarial-suite", "adversarial-suite", null);

    private final Connection connection;

    VictimDatabase() throws SQLException {
        connection = DriverManager.getConnection(
                System.getProperty("portal.db.url", "jdbc:postgresql://127.0.0.1:5432/portal_it"),
                System.getProperty("portal.db.admin-user", "postgres"), "");
    }

    /** A new task force nobody belongs to: the victim. Archived again by {@link #archive}. */
    long createTaskForce() throws SQLException {
        String slug = "victim-" + UUID.randomUUID().toString().substring(0, 8);
        return TaskForceOwnedRecords.insert(connection, """
                insert into task_force (slug, name, department, city)
                values (?, ?, 'Adversarial', 'Adversarial') returning id""", slug, "Mesa " + slug);
    }

    /** The id of an existing task force, by slug (the demo's {@code alto-parana}, say). */
    long taskForce(String slug) throws SQLException {
        return TaskForceOwnedRecords.insert(connection, "select id from task_force where slug = ?", slug);
    }

    /** Deletes a planted row again (a control planted in a real task force), as the suite. */
    void remove(Planted planted, long taskForceId) throws SQLException {
        asTheSuite(taskForceId, () -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from " + planted.table() + " where id = ?")) {
                delete.setLong(1, planted.id());
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** Work that writes in a task force, as the suite, in a transaction of its own. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T asTheSuite(long taskForceId, Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            JdbcTaskForce.actFor(connection, taskForceId, SUITE);
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Removes from a real task force what the suite planted there: the meetings titled with a marker (with everything
     * of theirs) and the memberships of the people it made up, as the suite.
     */
    void removePlantedMinutes(long taskForceId) throws SQLException {
        asTheSuite(taskForceId, () -> {
            try (PreparedStatement meetings = connection.prepareStatement(
                    "delete from meeting where tenant_id = ? and title like 'adv-%'");
                    PreparedStatement members = connection.prepareStatement("""
                            delete from membership where tenant_id = ? and member_id in
                            (select id from member_profile where username like 'adv-%')""")) {
                meetings.setLong(1, taskForceId);
                meetings.executeUpdate();
                members.setLong(1, taskForceId);
                return members.executeUpdate();
            }
        });
    }

    /** Plants a record inside the task force, in a transaction of its own. */
    Planted plant(OwnedRecord record, long taskForceId) throws SQLException {
        // The random part starts with a letter: PostgreSQL's text parser reads "9e0f1a2b" typed alone as a number
        // (9e0), unlike inside the marker, so a search for it found nothing 1 time in 20 (a flaky control).
        String marker = "adv-" + record.table().replace('_', '-') + "-x" + UUID.randomUUID().toString().substring(0, 8);
        return asTheSuite(taskForceId, () -> record.planter().plant(connection, taskForceId, marker));
    }

    /** The planted row as it is now, as text: equal before and after the attacks, or an attack changed it. */
    String snapshot(Planted planted) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select t::text from " + planted.table() + " t where id = ?")) {
            select.setLong(1, planted.id());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : "<deleted>";
            }
        }
    }

    /** The tables with a task force column: every one must be registered in {@link TaskForceOwnedRecords}. */
    List<String> taskForceOwnedTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
                order by 1""");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    /** Archives the victim task force, so that the national overview of later tests does not list it. */
    void archive(long taskForceId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update task_force set archived_at = now() where id = ?")) {
            update.setLong(1, taskForceId);
            update.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
