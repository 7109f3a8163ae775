/**
 * Meeting minutes (issue 16): a task force's meetings (each shown in its calendar), attendees and guests, the agenda
 * with discussion notes in sanitised rich text, typed outcomes, and actions that roll forward to the next meeting until
 * one marks them done or dropped. A meeting is seen by the whole task force or only by the agencies it lists; every
 * query of this package goes through that rule ({@code control.MinutesQueries}).
 */
package org.taskforce.portal.minutes;
