/**
 * Browser tests: headless Chromium signs in through the real Keycloak page and uses the running portal as people do.
 * {@link org.taskforce.portal.browser.Browser} is the harness, the {@code *Page} classes are page objects, and each
 * {@code *IT} class is annotated {@link org.taskforce.portal.browser.BrowserTest}.
 */
package org.taskforce.portal.browser;
