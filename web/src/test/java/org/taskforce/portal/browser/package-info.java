/**
 * Browser tests: headless Chromium signs in through the real Keycloak page and uses the running portal as people do.
 * {@link org.taskforce.portal.browser.Browser} is the harness, the {@code *Page} classes are page objects, and each
 * {@code *IT} class is annotated {@link org.taskforce.portal.browser.BrowserTest}.
 *
 * <p>All of them, with the stack started and stopped around them: {@code ./mvnw -pl web verify -Dgroups=browser}.
 * Against a stack already running: {@code ./mvnw -pl web test-compile failsafe:integration-test failsafe:verify
 * -Dgroups=browser} (add {@code -Dit.portal.port=… -Dit.keycloak.port=…} if it is not on 18080 and 18180).
 */
package org.taskforce.portal.browser;
