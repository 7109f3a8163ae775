package org.taskforce.portal.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives browser tests their {@link Browser} as a parameter. The browser is started once per test run and kept in
 * JUnit's root store, which closes it (it is {@link AutoCloseable}) when the run ends.
 *
 * <p>Before each test every cookie of the portal and of Keycloak is deleted, so the order of tests never matters.
 * After a test that passed, the browser log is checked once more for JavaScript errors from the last interactions;
 * after one that failed, a screenshot and the page's HTML are saved under {@code target/browser-tests}.
 */
final class BrowserExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

    private static Browser browser(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Browser.class, type -> Browser.start(), Browser.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context).forgetEverything();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = browser(context);
        if (context.getExecutionException().isPresent()) {
            browser.saveEvidence(context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName());
        } else {
            browser.assertNoJavaScriptErrors();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }
}
