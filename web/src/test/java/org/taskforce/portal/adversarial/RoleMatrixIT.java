package org.taskforce.portal.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.client.BrowserlessSession;
import org.taskforce.portal.security.PortalPage;

/**
 * Every page of the portal, opened by one person of each role: those its declaration in {@link PortalPage} is for
 * open it, everyone else gets 403. In particular a liaison and a national coordinator cannot open any task force's
 * pages, and neither a member nor a coordinator of another task force can open a coordinator's. A page file that is
 * not declared fails the build, and a request for an undeclared page is answered 404 even to a signed-in person.
 */
class RoleMatrixIT {

    private static final Path WEB_ROOT = Path.of(System.getProperty("basedir", "."), "src", "main", "webapp");

    private final String portalUrl = System.getProperty("portal.url", "http://localhost:18080");

    @Test
    void everyPageFileIsDeclaredWithWhoMayOpenIt() {
        List<String> declared = Arrays.stream(PortalPage.values()).map(PortalPage::path).sorted().toList();
        assertEquals(pages(), declared, "the page files under src/main/webapp and the pages PortalPage declares");
    }

    @Test
    void eachRoleOpensItsPagesAndIsRefusedTheOthers() throws Exception {
        List<String> wrong = new ArrayList<>();
        int attempts = 0;
        for (Attacker person : Attacker.values()) {
            BrowserlessSession session = person.signIn(portalUrl);
            for (PortalPage page : PortalPage.values()) {
                attempts++;
                HttpResponse<String> answer = session.get(page.path());
                boolean allowed = PageAccess.mayOpen(person.role, page);
                int status = answer.statusCode();
                if (allowed && (status == 403 || status == 404 || status >= 500)) {
                    wrong.add(person.username + " (" + person.role + ") may open " + page + " but got HTTP " + status);
                } else if (!allowed && status != 403) {
                    wrong.add(person.username + " (" + person.role + ") opened " + page + ": HTTP " + status);
                }
            }
            attempts++;
            int undeclared = session.get("/taskforce/undeclared.xhtml").statusCode();
            if (undeclared != 404) {
                wrong.add(person.username + " got HTTP " + undeclared + " for a page nobody declared");
            }
        }
        System.out.printf("Role matrix: %d pages × %d roles, %d wrong%n", PortalPage.values().length,
                Attacker.values().length, wrong.size());
        assertTrue(attempts >= 4 * PortalPage.values().length, "too few pages tried");
        assertEquals(List.of(), wrong);
    }

    /** web.xml leaves exactly the public pages open; every other page sends a signed-out person to sign in. */
    @Test
    void onlyThePublicPagesOpenWithoutSigningIn() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (PortalPage page : PortalPage.values()) {
            HttpResponse<String> answer = BrowserlessSession.withoutRedirects(portalUrl).get(page.path());
            boolean toKeycloak = answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("")
                    .contains("/protocol/openid-connect/auth");
            boolean open = answer.statusCode() == 200;
            if (page.access() == PortalPage.Access.PUBLIC ? !open : !toKeycloak) {
                wrong.add(page + " (" + page.access() + "): HTTP " + answer.statusCode() + " "
                        + answer.headers().firstValue("Location").orElse(""));
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The Faces pages under the web root, as paths from it; templates and resources are not pages. */
    private static List<String> pages() {
        try (Stream<Path> files = Files.walk(WEB_ROOT)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + WEB_ROOT.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/") && !page.startsWith("/resources/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
