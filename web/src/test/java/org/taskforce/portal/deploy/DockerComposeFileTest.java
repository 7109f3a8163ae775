package org.taskforce.portal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs on the build machines, so the compose file cannot be started here; {@code docker-compose
 * config} at least proves it is valid and that both profiles name the services README.md promises.
 */
class DockerComposeFileTest {

    private static final Path COMPOSE_FILE = Path.of("..", "docker-compose.yml");

    @Test
    void composeFileNamesTheWholeStackAndTheClusterProfile() throws Exception {
        assertEquals(List.of("postgres", "keycloak", "keycloak-demo", "portal", "portal-1", "portal-2",
                "load-balancer"), compose("config", "--services").lines().filter(l -> !l.isBlank()).toList());
    }

    @Test
    void onlyTheClusterNodesAndTheirLoadBalancerAreInTheClusterProfile() throws Exception {
        String config = compose("config");

        assertEquals(3, config.split("profiles:\\s+- cluster", -1).length - 1, config);
    }

    private static String compose(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker-compose", "-f", COMPOSE_FILE.toString()));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("docker-compose is needed to check docker-compose.yml "
                    + "(Debian: apt-get install docker-compose; .ci/run installs it)", e);
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "docker-compose config took too long");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
