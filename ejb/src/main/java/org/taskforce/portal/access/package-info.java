/**
 * Who is who, named once for both modules: the Keycloak realm roles the portal knows ({@link
 * org.taskforce.portal.access.PortalRole}) and the Keycloak groups that make people members and coordinators of a task
 * force ({@link org.taskforce.portal.access.TaskForceGroups}).
 */
package org.taskforce.portal.access;
