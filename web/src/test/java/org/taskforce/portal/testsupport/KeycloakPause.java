package org.taskforce.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Pauses the test stack's Keycloak ({@code kill -STOP}), so that connections to it hang as they do when a server is
 * overloaded or cut off, and resumes it. Only Keycloak's own Java process is paused, never a process group. Works
 * from the test JVM and from inside the test server: the stack's folder comes from the system property
 * {@code portal.stack.work} or the environment variable {@code PORTAL_STACK_WORK} (both set by the web module's
 * failsafe configuration).
 */
public final class KeycloakPause implements AutoCloseable {

    private final ProcessHandle keycloak;

    private KeycloakPause(ProcessHandle keycloak) {
        this.keycloak = keycloak;
        signal("-STOP");
    }

    /** Pauses Keycloak until {@link #close()}. */
    public static KeycloakPause pause() {
        return new KeycloakPause(server());
    }

    /** Resumes Keycloak. */
    @Override
    public void close() {
        signal("-CONT");
    }

    /**
     * The Java process of the test stack's Keycloak: the one whose command line names the {@code kc.sh} process that
     * {@code keycloak.sh} recorded.
     */
    private static ProcessHandle server() {
        String work = System.getProperty("portal.stack.work", System.getenv().getOrDefault("PORTAL_STACK_WORK",
                "target/stack"));
        String script;
        try {
            script = Files.readString(Path.of(work, "keycloak", "keycloak.pid")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!script.matches("[1-9][0-9]+")) {
            throw new IllegalStateException("pid of kc.sh: " + script);
        }
        String marker = "-Dkc.script.pid=" + script + " ";
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(marker))
                .toList();
        if (servers.size() != 1) {
            throw new IllegalStateException("Keycloak's java process for kc.sh " + script + ": " + servers);
        }
        return servers.get(0);
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", signal, Long.toString(keycloak.pid()))
                    .redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kill.waitFor(60, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill " + signal + " " + keycloak.pid() + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
