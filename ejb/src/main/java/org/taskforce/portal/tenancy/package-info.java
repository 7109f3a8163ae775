/**
 * Which task force a transaction works for, and how the database is told: the portal sets {@code app.tenant_id} at
 * the start of each transaction and PostgreSQL's row-level security admits only that task force's rows.
 */
package org.taskforce.portal.tenancy;
