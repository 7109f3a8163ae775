package org.taskforce.portal.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.taskforce.portal.audit.boundary.Actor;

/**
 * Binds the current transaction of a plain JDBC connection to a task force, the way the portal binds its own
 * ({@code TaskForceBinding}): through the database's {@code portal_act_for}, for this transaction only, so the connection
 * must not be in auto-commit mode (the binding would end with the statement that made it). For tests that plant, read
 * or attack rows in SQL, in or out of the server.
 */
public final class JdbcTaskForce {

    private JdbcTaskForce() {
    }

    /** Works in the task force, reading only: a write is refused for want of an actor. */
    public static void enter(Connection connection, long taskForceId) throws SQLException {
        bind(connection, taskForceId, null);
    }

    /** Works in the task force as the given actor, whom the audit trail records for every row written. */
    public static void actFor(Connection connection, long taskForceId, Actor actor) throws SQLException {
        bind(connection, taskForceId, actor);
    }

    /**
     * Counts in the task force, reading only, in a transaction of its own that is rolled back: the query returns one
     * number and takes one text parameter.
     */
    public static long count(DataSource dataSource, long taskForceId, String sql, String parameter)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            enter(connection, taskForceId);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, parameter);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                } finally {
                    connection.rollback();
                }
            }
        }
    }

    /**
     * Runs a statement that returns one number, an insert's {@code returning id} say, in the connection's current
     * transaction (bound with {@link #actFor} first for a task force's rows), and returns it.
     */
    public static long returning(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void bind(Connection connection, long taskForceId, Actor actor) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("a task force is bound to a transaction: setAutoCommit(false) first");
        }
        try (PreparedStatement bind = connection.prepareStatement("select portal_act_for(?, ?, ?, ?)")) {
            bind.setLong(1, taskForceId);
            bind.setString(2, actor == null ? null : actor.subject());
            bind.setString(3, actor == null ? null : actor.name());
            bind.setString(4, actor == null ? null : actor.address());
            bind.execute();
        }
    }
}
