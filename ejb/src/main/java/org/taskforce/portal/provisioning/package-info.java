/**
 * Provisioning from the portal: national coordinators create and archive task forces, coordinators manage the people
 * of their own task force. Keycloak holds the accounts and the groups {@code /task-forces/<slug>} (a person's task
 * forces are their groups); the portal holds the task forces and their agencies.
 *
 * <p>{@code control.KeycloakDirectory} talks to Keycloak's Admin REST API through keycloak-admin-client, run on
 * Payara's own Jersey ({@code control.JerseyClientProvider}: the WAR ships no RESTEasy), as the
 * {@code portal-provisioner} service account. Every change is whole in both systems or in neither
 * ({@code control.UndoOnRollback}), can be retried, and is audited.
 */
package org.taskforce.portal.provisioning;
