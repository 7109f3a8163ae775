package org.taskforce.portal.browser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.testsupport.JdbcTaskForce;

/**
 * What a browser journey finds already made in a demo task force, written in SQL as its coordinator would have made
 * it through the screens other journeys walk (planning, participants, nominations): a training with sessions in the
 * past, people confirmed on it, their attendance. Each call is one transaction bound to the task force, under the
 * coordinator's name in its audit trail, so row-level security and the audit trigger see what the portal would.
 */
final class TrainingData implements AutoCloseable {

    private static final ZoneId ASUNCION = ZoneId.of("America/Asuncion");

    private final Connection connection;
    private final long taskForceId;
    private final Actor coordinator;

    TrainingData(DemoTaskForce taskForce, DemoUser coordinator) throws SQLException {
        connection = DriverManager.getConnection(
                System.getProperty("portal.db.url", "jdbc:postgresql://127.0.0.1:5432/portal_it"),
                System.getProperty("portal.db.admin-user", "postgres"), "");
        connection.setAutoCommit(false);
        this.coordinator = new Actor("training-data:" + coordinator.username(), coordinator.username(), null);
        try (PreparedStatement statement = connection.prepareStatement("select id from task_force where slug = ?")) {
            statement.setString(1, taskForce.slug());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                taskForceId = result.getLong(1);
            }
        }
        connection.commit();
    }

    /**
     * A training of the kind, funded by the Ministry of Women (which approves nobody), with a session of four hours
     * (09:00 to 13:00 in Asunción) on each of the days given.
     */
    long training(String title, String kind, LocalDate... days) throws SQLException {
        return inTransaction(() -> {
            long training = id("""
                    insert into training (tenant_id, title, kind, language, venue, capacity, created_by)
                    values (?, ?, ?, 'es', 'Sede de la mesa', 30, ?) returning id""",
                    taskForceId, title, kind, coordinator.name());
            id("""
                    insert into training_sponsors (tenant_id, training_id, sponsor_id)
                    select ?, ?, id from sponsor where code = 'MINMUJER' returning id""", taskForceId, training);
            for (LocalDate day : days) {
                id("""
                        insert into training_session (tenant_id, training_id, starts_at, ends_at)
                        values (?, ?, ?, ?) returning id""", taskForceId, training,
                        day.atTime(LocalTime.of(9, 0)).atZone(ASUNCION).toOffsetDateTime(),
                        day.atTime(LocalTime.of(13, 0)).atZone(ASUNCION).toOffsetDateTime());
            }
            return training;
        });
    }

    /** A new participant of an outside NGO, without a portal account. */
    long participant(String name) throws SQLException {
        return inTransaction(() -> id("""
                insert into participant (tenant_id, name, normalised_name, outside_agency_name, outside_agency_type,
                                         position, sex)
                values (?, ?, lower(?), 'Fundación Luna Nueva', 'NGO', 'Educadora', 'FEMALE') returning id""",
                taskForceId, name, name));
    }

    /**
     * The participant whose portal account is the person's (one per task force at most): the demo's, or one made now
     * with the person's name.
     */
    long participantWithAccount(DemoUser person) throws SQLException {
        return inTransaction(() -> {
            try (PreparedStatement find = connection.prepareStatement(
                    "select id from participant where tenant_id = ? and account = ?")) {
                find.setLong(1, taskForceId);
                find.setString(2, person.username());
                try (ResultSet result = find.executeQuery()) {
                    if (result.next()) {
                        return result.getLong(1);
                    }
                }
            }
            return id("""
                    insert into participant (tenant_id, name, normalised_name, outside_agency_name,
                                             outside_agency_type, position, sex, account)
                    values (?, ?, lower(?), 'Policía Nacional', 'NATIONAL_POLICE', 'Suboficial', 'FEMALE', ?)
                    returning id""", taskForceId, person.displayName(), person.displayName(), person.username());
        });
    }

    /** The participant's nomination to the training, confirmed. */
    void confirmed(long training, long participant) throws SQLException {
        inTransaction(() -> id("""
                insert into nomination (tenant_id, training_id, participant_id, state, nominated_by)
                values (?, ?, ?, 'CONFIRMED', ?) returning id""", taskForceId, training, participant,
                coordinator.name()));
    }

    /** The participant present at every session of the training. */
    void presentThroughout(long training, long participant) throws SQLException {
        inTransaction(() -> id("""
                with marked as (
                    insert into attendance (tenant_id, session_id, participant_id, mark, minutes_attended, recorded_by)
                    select ?, id, ?, 'PRESENT', extract(epoch from ends_at - starts_at)::integer / 60, ?
                    from training_session where training_id = ? returning id)
                select count(*) from marked""", taskForceId, participant, coordinator.name(), training));
    }

    private interface Work {
        long run() throws SQLException;
    }

    private long inTransaction(Work work) throws SQLException {
        try {
            JdbcTaskForce.actFor(connection, taskForceId, coordinator);
            long result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private long id(String sql, Object... parameters) throws SQLException {
        return JdbcTaskForce.returning(connection, sql, parameters);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
