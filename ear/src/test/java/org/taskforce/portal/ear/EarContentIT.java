package org.taskforce.portal.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout of {@code portal.ear}: the EJB module and a skinny web module at the top, every library once in
 * {@code lib/}, the web module at context root {@code /}.
 */
class EarContentIT {

    private static final Path EAR = Path.of(System.getProperty("ear.file", "target/portal.ear"));

    private static List<String> topLevel;
    private static List<String> libraries;
    private static List<String> warLibraries;
    private static String applicationXml;

    @BeforeAll
    static void readEar() throws IOException {
        assertTrue(Files.isRegularFile(EAR), () -> "no EAR at " + EAR.toAbsolutePath());
        topLevel = new ArrayList<>();
        libraries = new ArrayList<>();
        warLibraries = new ArrayList<>();
        try (ZipFile ear = new ZipFile(EAR.toFile())) {
            for (ZipEntry entry : Collections.list(ear.entries())) {
                String name = entry.getName();
                if (entry.isDirectory() || name.startsWith("META-INF/")) {
                    continue;
                }
                if (name.startsWith("lib/")) {
                    libraries.add(name.substring("lib/".length()));
                } else {
                    topLevel.add(name);
                }
                if (name.endsWith(".war")) {
                    try (ZipInputStream war = new ZipInputStream(ear.getInputStream(entry))) {
                        for (ZipEntry w = war.getNextEntry(); w != null; w = war.getNextEntry()) {
                            if (w.getName().startsWith("WEB-INF/lib/") && !w.isDirectory()) {
                                warLibraries.add(w.getName());
                            }
                        }
                    }
                }
            }
            ZipEntry descriptor = ear.getEntry("META-INF/application.xml");
            assertNotNull(descriptor, "no META-INF/application.xml");
            try (InputStream in = ear.getInputStream(descriptor)) {
                applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void modulesAtTheTopLevel() {
        assertEquals(2, topLevel.size(), () -> "top level: " + topLevel);
        String ejb = topLevel.stream().filter(n -> n.matches(".*portal-ejb-.*\\.jar")).findFirst().orElse(null);
        String war = topLevel.stream().filter(n -> n.matches(".*portal-web-.*\\.war")).findFirst().orElse(null);
        assertNotNull(ejb, () -> "no EJB module at the top level: " + topLevel);
        assertNotNull(war, () -> "no web module at the top level: " + topLevel);
        assertTrue(applicationXml.contains("<ejb>" + ejb + "</ejb>"), () -> "EJB module not declared: " + applicationXml);
        assertTrue(applicationXml.contains("<web-uri>" + war + "</web-uri>"), () -> "web module not declared: " + applicationXml);
    }

    @Test
    void webModuleAtContextRoot() {
        Matcher root = Pattern.compile("<context-root>([^<]*)</context-root>").matcher(applicationXml);
        assertTrue(root.find(), () -> "no context root: " + applicationXml);
        assertEquals("/", root.group(1));
        assertTrue(applicationXml.contains("<library-directory>lib</library-directory>"), applicationXml);
    }

    @Test
    void skinnyWar() {
        // Every library of the web module is in lib/; a jar left here is a second copy (often another version of a
        // jar in lib/: keep the versions of the web module and of the EAR the same, see ear/pom.xml).
        assertEquals(List.of(), warLibraries, "WEB-INF/lib of the web module should be empty");
    }

    @Test
    void thirdPartyLibrariesInLibOnce() throws IOException {
        // File names in lib/ are groupId-artifactId-version[-classifier].jar (the EAR plugin's "full" mapping).
        for (String expected : List.of("org.primefaces-primefaces-", "org.flywaydb-flyway-core-",
                "org.flywaydb-flyway-database-postgresql-", "org.postgresql-postgresql-",
                "com.fasterxml.jackson.core-jackson-databind-", "org.apache.commons-commons-csv-",
                "com.github.librepdf-openpdf-", "com.google.zxing-core-")) {
            assertTrue(libraries.stream().anyMatch(n -> n.startsWith(expected) && n.endsWith(".jar")),
                    () -> expected + "* not in lib/: " + libraries);
        }
        assertTrue(libraries.stream().noneMatch(n -> n.contains("portal-ejb") || n.contains("portal-web")),
                () -> "a portal module in lib/: " + libraries);

        Map<String, List<String>> byArtifact = new TreeMap<>();
        try (ZipFile ear = new ZipFile(EAR.toFile())) {
            for (String library : libraries) {
                byArtifact.computeIfAbsent(artifactOf(ear, "lib/" + library), k -> new ArrayList<>()).add(library);
            }
        }
        byArtifact.values().removeIf(files -> files.size() < 2);
        assertEquals(Map.of(), byArtifact, "the same library twice in lib/");
    }

    /**
     * groupId:artifactId from the jar's Maven metadata (the pom.properties whose artifactId the file name carries: a
     * jar may hold those of libraries it shades), else the file name without its version.
     */
    private static String artifactOf(ZipFile ear, String entry) throws IOException {
        String fileName = entry.substring(entry.lastIndexOf('/') + 1);
        try (ZipInputStream jar = new ZipInputStream(ear.getInputStream(ear.getEntry(entry)))) {
            for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                if (e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties")) {
                    Properties pom = new Properties();
                    pom.load(jar);
                    String artifactId = pom.getProperty("artifactId");
                    if (artifactId != null && fileName.contains(artifactId + "-" + pom.getProperty("version"))) {
                        return pom.getProperty("groupId") + ":" + artifactId;
                    }
                }
            }
        }
        return fileName.replaceFirst("-\\d[^/]*\\.jar$", "");
    }
}
