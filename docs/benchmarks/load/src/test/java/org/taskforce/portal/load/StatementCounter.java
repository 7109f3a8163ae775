package org.taskforce.portal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts what the portal asks PostgreSQL for one screen, while a single virtual user opens the screens one after the
 * other (the statements pass of run.sh): reset before the screen, read after it.
 *
 * <p>With {@code pg_stat_statements} (it must be in the server's {@code shared_preload_libraries}) it counts the SQL
 * statements the portal's role ran, and the time PostgreSQL spent executing them (one opening of the screen: a single
 * sample, which tells how much of a screen's time is the database's, not a percentile). Without it, it counts the
 * table scans (sequential and index, from {@code pg_stat_user_tables}) of the benchmark's database, a coarser measure
 * that still shows a screen whose work grows with the data (N + 1); those statistics reach the view only when the
 * server process flushes them, so each reading waits for that.
 */
final class StatementCounter {

    private static final long FLUSH_WAIT_MS = 11_000;

    private final Connection db;
    private final boolean statements;
    private final List<String> lines = new ArrayList<>();
    private long before;
    private Long last;

    StatementCounter(String url) {
        try {
            db = DriverManager.getConnection(url, System.getProperty("load.db-admin", "postgres"), "");
            db.setAutoCommit(true);
            statements = pgStatStatements();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count statements: " + e.getMessage(), e);
        }
        lines.add("#\t" + (statements
                ? "SQL statements run by the portal's role and, in brackets, the milliseconds PostgreSQL spent "
                        + "executing them (pg_stat_statements), one virtual user, one screen at a time, opened once"
                : "table scans (sequential + index, pg_stat_user_tables) per screen, one virtual user, one screen at "
                        + "a time: pg_stat_statements is not loaded on this server (shared_preload_libraries; "
                        + "see README.md)"));
    }

    private boolean pgStatStatements() {
        try (Statement sql = db.createStatement()) {
            sql.execute("create extension if not exists pg_stat_statements");
            sql.executeQuery("select 1 from pg_stat_statements limit 1").close();
            return true;
        } catch (SQLException notLoaded) {
            return false;
        }
    }

    synchronized void start() {
        try (Statement sql = db.createStatement()) {
            if (statements) {
                sql.execute("select pg_stat_statements_reset()");
                before = 0;
            } else {
                // The reading after the last screen, if there was one: nothing was asked for in between.
                before = last != null ? last : scans(sql);
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized void record(String screen) {
        try (Statement sql = db.createStatement()) {
            if (statements) {
                try (ResultSet rows = sql.executeQuery("select coalesce(sum(calls), 0), "
                        + "round(coalesce(sum(total_exec_time), 0)::numeric, 1) from pg_stat_statements "
                        + "where dbid = (select oid from pg_database where datname = current_database()) "
                        + "and userid = (select oid from pg_roles where rolname = 'portal_app') "
                        + "and query not like '%pg_stat_statements%'")) {
                    rows.next();
                    lines.add(screen + "\t" + rows.getLong(1) + "\t" + rows.getBigDecimal(2).toPlainString());
                }
            } else {
                last = scans(sql);
                lines.add(screen + "\t" + (last - before));
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long scans(Statement sql) throws SQLException, InterruptedException {
        Thread.sleep(FLUSH_WAIT_MS); // backends flush their statistics when idle, at least a second apart
        sql.execute("select pg_stat_clear_snapshot()");
        try (ResultSet rows = sql.executeQuery(
                "select coalesce(sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0)), 0) from pg_stat_user_tables")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    synchronized void write(Path file) {
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
            db.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
