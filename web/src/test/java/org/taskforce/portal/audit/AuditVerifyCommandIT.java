package org.taskforce.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The administrators' command {@code bin/audit-verify.sh} on the test database: an intact chain passes, a tampered one
 * fails and names the event. Runs from outside the server, as an administrator would, through psql.
 */
class AuditVerifyCommandIT {

    private final Path bin = Path.of(System.getProperty("portal.stack.script", "../bin/stack.sh")).getParent();
    private final String database = System.getProperty("portal.db.url", "jdbc:postgresql://127.0.0.1:5432/portal_it")
            .replaceAll(".*/", "");

    @Test
    void intactChainPassesAndATamperedOneFailsNamingTheEvent() throws Exception {
        String slug = "command-" + UUID.randomUUID().toString().substring(0, 8);
        String taskForce = sql("insert into task_force (slug, name, department, city) values ('" + slug
                + "', 'Mesa de prueba', 'Prueba', 'Prueba') returning id");
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            events.add(sql("select audit_append(" + taskForce + ", 'subject-" + i + "', 'person-" + i
                    + "', 'TASK_FORCE_ENTERED', 'TaskForce', '" + slug + "', '127.0.0.1', 'ALLOWED')"));
        }

        Result intact = verify(slug);
        assertEquals(0, intact.exitCode(), intact.output());
        assertTrue(intact.output().startsWith("intact  " + slug + " (3 events)"), intact.output());

        sql("update audit_event set actor_name = 'someone else' where id = " + events.get(1));

        Result broken = verify(slug);
        assertEquals(1, broken.exitCode(), broken.output());
        assertTrue(broken.output().startsWith("BROKEN  " + slug + " at event " + events.get(1)), broken.output());
    }

    @Test
    void unknownTaskForceIsAnError() throws Exception {
        Result unknown = verify("no-such-task-force");

        assertEquals(2, unknown.exitCode(), unknown.output());
    }

    private record Result(int exitCode, String output) {
    }

    private Result verify(String slug) throws IOException, InterruptedException {
        return run("bash", bin.resolve("audit-verify.sh").toString(), "--database", database, "--task-force", slug);
    }

    /** Runs one statement as the database superuser, as an intruder with database access would. */
    private String sql(String statement) throws IOException, InterruptedException {
        Result result = run("psql", "-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                "-U", System.getProperty("portal.db.admin-user", "postgres"), "-d", database, "-c", statement);
        assertEquals(0, result.exitCode(), result.output());
        return result.output().strip();
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        return new Result(process.exitValue(), output);
    }
}
