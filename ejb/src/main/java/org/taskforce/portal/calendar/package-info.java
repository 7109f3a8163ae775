/**
 * The shared calendar of a task force: events (single or repeating by RFC 5545 rules, expanded with ical4j), who sees
 * them (the whole task force, one agency, or only the people listed on an operation), each member's secret iCal
 * subscription, and the import of {@code .ics} files.
 *
 * <p>{@code boundary} holds the services the web layer calls and the records they exchange; {@code entity} the four
 * task-force-owned tables of {@code V5__calendar.sql}; {@code control} the iCalendar work (rules, feeds, imports)
 * that has no state of its own and is unit-tested without a server.
 *
 * <p><b>An operation never leaves the portal.</b> Events of category {@code OPERATION} are always
 * {@code LISTED}, are left out of every feed (so out of every reminder a calendar client could show), and their
 * titles are never logged.
 */
package org.taskforce.portal.calendar;
