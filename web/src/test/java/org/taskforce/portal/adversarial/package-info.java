/**
 * The adversarial suite: signed in as people of one task force (or of no task force at all), it tries to reach
 * another task force's records every way the portal offers, and walks every page with every role. Features register
 * their task-force-owned tables and ways in ({@link org.taskforce.portal.adversarial.TaskForceOwnedRecords}) and their
 * pages ({@link org.taskforce.portal.adversarial.PageAccess}); the suite fails for a table or page nobody registered.
 */
package org.taskforce.portal.adversarial;
