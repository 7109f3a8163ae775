/**
 * The portal's connection to PostgreSQL: the data source the application uses (a role that owns nothing) and the
 * Flyway migrations that run once at start-up as the owner role.
 */
package org.taskforce.portal.database;
