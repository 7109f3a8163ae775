package org.taskforce.portal.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.taskforce.portal.access.PortalRole;

/**
 * The one deployment every Arquillian integration test runs in: the real portal WAR as Maven built it, plus the
 * integration test classes. Starting Payara Micro takes 10–20 s, so the suite extension deploys this once for the
 * whole run instead of once per test class; a test class only carries {@code @ExtendWith(ArquillianExtension.class)}.
 *
 * <p>Integration tests are the classes named {@code *IT} outside the {@code browser} and {@code adversarial} packages
 * (those drive Chromium or HTTP from outside and never enter the server) and everything in this package.
 */
@ArquillianSuiteDeployment
public final class PortalDeployment {

    private static final String BASE_PACKAGE = "org.taskforce.portal";

    private PortalDeployment() {
    }

    @Deployment(testable = true)
    public static WebArchive portal() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "portal.war")
                .importFrom(new File("target/portal.war"))
                .as(WebArchive.class);
        war.addPackages(true, PortalDeployment::isIntegrationTestClass, BASE_PACKAGE);
        war.addAsLibrary(arquillianRunnerIsPublic());
        runAsPrincipals(war);
        return war;
    }

    /**
     * Gives each role a principal of its own, in the test deployment only, so that the {@code @RunAs} beans tests act
     * through ({@link As}) have an identity: Payara computes a run-as identity from the principals mapped to the role,
     * and the portal maps roles to groups only. In production no principal is mapped, so no user name can ever hold
     * a role by its name.
     */
    private static void runAsPrincipals(WebArchive war) {
        String descriptor;
        try (InputStream in = war.get("WEB-INF/payara-web.xml").getAsset().openStream()) {
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String role : PortalRole.ALL) {
            String group = "<group-name>" + role + "</group-name>";
            if (!descriptor.contains(group)) {
                throw new IllegalStateException("payara-web.xml maps no group to the role " + role);
            }
            descriptor = descriptor.replace(group, group + "<principal-name>test-runs-as-" + role + "</principal-name>");
        }
        war.delete("WEB-INF/payara-web.xml");
        war.addAsWebInfResource(new StringAsset(descriptor), "payara-web.xml");
    }

    private static boolean isIntegrationTestClass(ArchivePath path) {
        String name = path.get();
        return !name.contains("/browser/") && !name.contains("/adversarial/")
                && (name.contains("/testsupport/") || name.matches(".*IT(\\$.*)?\\.class"));
    }

    /**
     * The portal lets nobody in without signing in; Arquillian's test runner servlet must be reachable without it.
     * An exact URL pattern wins over the portal's {@code /*}, so this opens that one path and nothing else.
     */
    private static JavaArchive arquillianRunnerIsPublic() {
        return ShrinkWrap.create(JavaArchive.class, "arquillian-runner-public.jar")
                .addAsManifestResource(new StringAsset("""
                        <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"
                                      metadata-complete="true">
                            <name>arquillianRunnerPublic</name>
                            <security-constraint>
                                <web-resource-collection>
                                    <web-resource-name>arquillian</web-resource-name>
                                    <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                                </web-resource-collection>
                            </security-constraint>
                        </web-fragment>
                        """), "web-fragment.xml");
    }
}
