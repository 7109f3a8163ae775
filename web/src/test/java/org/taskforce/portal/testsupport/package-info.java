/**
 * What the integration tests share: the one deployment of the portal the Arquillian tests run in and the test data
 * they create for themselves; and, for tests in and out of the server, the stack's Keycloak paused
 * ({@link org.taskforce.portal.testsupport.KeycloakPause}) or changed as an operator would in its console
 * ({@link org.taskforce.portal.testsupport.KeycloakConsole}), and a mailbox for the mail Keycloak sends
 * ({@link org.taskforce.portal.testsupport.MailSink}).
 */
package org.taskforce.portal.testsupport;
