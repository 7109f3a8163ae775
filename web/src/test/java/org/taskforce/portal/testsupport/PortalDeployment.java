package org.taskforce.portal.testsupport;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

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
        return war;
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
