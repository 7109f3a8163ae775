/**
 * Which task force a transaction works for, and how the database is told: the portal sets {@code app.tenant_id} at
 * the start of each transaction and PostgreSQL's row-level security admits only that task force's rows.
 * {@link org.taskforce.portal.tenancy.TaskForceBinding} is the one place that binds a transaction to a task force.
 */
package org.taskforce.portal.tenancy;
