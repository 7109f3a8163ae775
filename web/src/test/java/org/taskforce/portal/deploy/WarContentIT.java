package org.taskforce.portal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The WAR as Maven built it ships no JAX-RS implementation of its own: keycloak-admin-client would bring RESTEasy,
 * which registers itself as the JAX-RS client and can take over Payara's Jersey (see the root POM's exclusions and
 * {@code provisioning.control.JerseyClientProvider}).
 */
class WarContentIT {

    private static final List<String> IMPLEMENTATIONS = List.of("org/jboss/resteasy/", "org/glassfish/jersey/",
            "org/apache/cxf/", "META-INF/services/jakarta.ws.rs.client.ClientBuilder",
            "META-INF/services/jakarta.ws.rs.ext.RuntimeDelegate");

    @Test
    void noLibraryOfTheWarCarriesAJaxRsImplementation() throws IOException {
        List<String> found = new ArrayList<>();
        int libraries = 0;
        boolean adminClient = false;
        try (ZipFile war = new ZipFile(Path.of("target/portal.war").toFile())) {
            for (ZipEntry entry : war.stream().toList()) {
                if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    libraries++;
                    adminClient |= entry.getName().contains("keycloak-admin-client");
                    try (InputStream in = war.getInputStream(entry); JarInputStream jar = new JarInputStream(in)) {
                        for (JarEntry inner = jar.getNextJarEntry(); inner != null; inner = jar.getNextJarEntry()) {
                            String name = inner.getName();
                            if (IMPLEMENTATIONS.stream().anyMatch(name::startsWith)) {
                                found.add(entry.getName() + "!" + name);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(libraries > 5 && adminClient, "the WAR's libraries were read: " + libraries);
        assertEquals(List.of(), found);
    }
}
