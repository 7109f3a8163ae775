package org.taskforce.portal.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.client.BrowserlessSession;

/**
 * Every page of the portal, opened by one person of each role: the roles {@link PageAccess} lists open it, everyone
 * else gets 403. In particular a liaison and a national coordinator cannot open any task force's pages, and neither a
 * member nor a coordinator of another task force can open a coordinator's.
 */
class RoleMatrixIT {

    private static final Path WEB_ROOT = Path.of(System.getProperty("basedir", "."), "src", "main", "webapp");

    private final String portalUrl = System.getProperty("portal.url", "http://localhost:18080");

    @Test
    void everyPageIsRegisteredWithTheRolesThatMayOpenIt() throws Exception {
        List<String> unregistered = pages().stream().filter(page -> !PageAccess.PAGES.containsKey(page)).toList();
        assertEquals(List.of(), unregistered, "pages missing from PageAccess");
        List<String> gone = PageAccess.PAGES.keySet().stream().filter(page -> !pages().contains(page)).toList();
        assertEquals(List.of(), gone, "PageAccess lists pages that no longer exist");
    }

    @Test
    void eachRoleOpensItsPagesAndIsRefusedTheOthers() throws Exception {
        List<String> wrong = new ArrayList<>();
        int attempts = 0;
        for (Attacker person : Attacker.values()) {
            BrowserlessSession session = person.signIn(portalUrl);
            for (String page : pages()) {
                attempts++;
                HttpResponse<String> answer = session.get("/" + page);
                boolean allowed = PageAccess.PAGES.getOrDefault(page, Set.of()).contains(person.role);
                int status = answer.statusCode();
                if (allowed && (status == 403 || status == 404 || status >= 500)) {
                    wrong.add(person.username + " (" + person.role + ") may open " + page + " but got HTTP " + status);
                } else if (!allowed && status != 403) {
                    wrong.add(person.username + " (" + person.role + ") opened " + page + ": HTTP " + status);
                }
            }
        }
        System.out.printf("Role matrix: %d pages × %d roles, %d wrong%n", pages().size(), Attacker.values().length,
                wrong.size());
        assertTrue(attempts >= 4 * PageAccess.PAGES.size(), "too few pages tried");
        assertEquals(List.of(), wrong);
    }

    /** The Faces pages under the web root, as paths from it; templates and resources are not pages. */
    private static List<String> pages() {
        try (Stream<Path> files = Files.walk(WEB_ROOT)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> WEB_ROOT.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("WEB-INF/") && !page.startsWith("resources/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
