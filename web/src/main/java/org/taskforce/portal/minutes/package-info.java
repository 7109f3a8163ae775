/**
 * The minutes' pages (issue 16): the meetings list, a meeting with its attendance, agenda, notes, outcomes and the open
 * actions of earlier meetings, and the Actions page. The rules live in the ejb module's {@code minutes} services.
 */
package org.taskforce.portal.minutes;
