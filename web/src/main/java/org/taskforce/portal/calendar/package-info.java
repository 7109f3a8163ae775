/**
 * The calendar screens of a task force: the schedule with its event dialog ({@link CalendarPage}), the personal iCal
 * subscription ({@link SubscriptionPage}), the import of {@code .ics} files ({@link ImportPage}), and the feed URL
 * itself ({@link CalendarFeedResource}). The rules live in the EJB module's {@code calendar} package.
 */
package org.taskforce.portal.calendar;
