/**
 * Readiness checks for {@code /health}: the database and Keycloak, the two things the portal cannot work without.
 */
package org.taskforce.portal.health;
