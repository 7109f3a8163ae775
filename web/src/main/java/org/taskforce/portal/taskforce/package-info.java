/**
 * The pages of a task force's own space: choosing the task force to work in and its home page.
 */
package org.taskforce.portal.taskforce;
