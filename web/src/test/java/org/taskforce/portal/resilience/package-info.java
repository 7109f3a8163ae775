/**
 * Tests that cut the portal off from its dependencies (Keycloak, PostgreSQL) while it runs, and check what people see
 * and that the portal comes back by itself.
 */
package org.taskforce.portal.resilience;
