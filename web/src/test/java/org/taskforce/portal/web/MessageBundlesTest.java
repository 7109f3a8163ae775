package org.taskforce.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.audit.boundary.AuditAction;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.taskforce.entity.AgencyType;

/** Spanish and English say the same things, and every key a page uses exists. */
class MessageBundlesTest {

    private static final String BUNDLE_PATH = "/org/taskforce/portal/i18n/messages_%s.properties";

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> spanish = load("es").stringPropertyNames();
        Set<String> english = load("en").stringPropertyNames();

        assertEquals(new TreeSet<>(spanish), new TreeSet<>(english));
    }

    /**
     * A key said twice keeps only its last text, silently: two features appending their keys at the end of the
     * bundles each gave {@code validation.Min} a text of their own, and one of them was never shown.
     */
    @Test
    void noKeyIsSaidTwice() throws IOException {
        for (String language : UserLanguage.SUPPORTED) {
            List<String> keys = new ArrayList<>();
            // Properties.load would keep the last one: count them as the file says them, one logical line each.
            Properties counting = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    keys.add((String) key);
                    return super.put(key, value);
                }
            };
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BUNDLE_PATH.formatted(language))) {
                counting.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertEquals(List.of(), keys.stream().filter(key -> keys.indexOf(key) != keys.lastIndexOf(key))
                    .distinct().toList(), language);
        }
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String language : UserLanguage.SUPPORTED) {
            Properties bundle = load(language);
            for (String key : bundle.stringPropertyNames()) {
                assertTrue(!bundle.getProperty(key).isBlank(), language + ": " + key);
            }
        }
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Properties spanish = load("es");
        Pattern usage = Pattern.compile("i18n\\['([^']+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = usage.matcher(Files.readString(page));
                while (matcher.find()) {
                    if (!spanish.containsKey(matcher.group(1))) {
                        missing.add(page + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /**
     * Every bundle key the Java code names exists: the keys services refuse with, the keys beans show. A key is a
     * string literal that starts with one of the bundle's own first parts ({@code "calendar.error.gone"}).
     */
    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties spanish = load("es");
        Set<String> prefixes = new TreeSet<>();
        spanish.stringPropertyNames().forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        Pattern literal = Pattern.compile("\"([a-z]+\\.[A-Za-z0-9.-]*[A-Za-z0-9])\"");
        Set<String> missing = new TreeSet<>();
        for (Path source : javaSources()) {
            Matcher matcher = literal.matcher(Files.readString(source));
            while (matcher.find()) {
                String key = matcher.group(1);
                boolean looksLikeAKey = prefixes.stream().anyMatch(key::startsWith) && !key.endsWith(".")
                        && !key.startsWith("portal.");
                if (looksLikeAKey && !spanish.containsKey(key) && !isPrefixOfKeys(spanish, key)) {
                    missing.add(source.getFileName() + ": " + key);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /** Every Bean Validation constraint the services use has its message: {@code validation.<Constraint>}. */
    @Test
    void everyConstraintTheServicesUseHasItsMessage() throws IOException {
        Properties spanish = load("es");
        Pattern constraint = Pattern.compile("import jakarta\\.validation\\.constraints\\.([A-Za-z]+);");
        Set<String> missing = new TreeSet<>();
        for (Path source : javaSources()) {
            Matcher matcher = constraint.matcher(Files.readString(source));
            while (matcher.find()) {
                if (!spanish.containsKey("validation." + matcher.group(1))) {
                    missing.add(source.getFileName() + ": validation." + matcher.group(1));
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /** A key built from a prefix and a part the code adds ({@code "calendar.field." + field}). */
    private static boolean isPrefixOfKeys(Properties bundle, String prefix) {
        return bundle.stringPropertyNames().stream().anyMatch(key -> key.startsWith(prefix + "."));
    }

    private static List<Path> javaSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String root : new String[] {"src/main/java", "../ejb/src/main/java"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        return sources;
    }

    @Test
    void everyAgencyTypeAuditActionCategoryAndErrorKindHasItsTexts() throws IOException {
        Properties spanish = load("es");
        for (AgencyType type : AgencyType.values()) {
            assertTrue(spanish.containsKey(type.bundleKey()), type.bundleKey());
        }
        for (AuditAction action : AuditAction.values()) {
            assertTrue(spanish.containsKey(action.bundleKey()), action.bundleKey());
        }
        for (String outcome : new String[] {"ALLOWED", "DENIED"}) {
            assertTrue(spanish.containsKey("audit.outcome." + outcome), outcome);
        }
        for (Category category : Category.values()) {
            assertTrue(spanish.containsKey(category.bundleKey()), category.bundleKey());
        }
        for (ErrorPage.Kind kind : ErrorPage.Kind.values()) {
            assertTrue(spanish.containsKey(kind.key() + ".title"), kind.key());
            assertTrue(spanish.containsKey(kind.key() + ".text"), kind.key());
        }
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BUNDLE_PATH.formatted(language))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
