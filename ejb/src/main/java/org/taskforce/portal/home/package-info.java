/**
 * The task force home, every member's landing page: what it gathers from the features (the task force and its people,
 * the next events, the person's open actions), read in one transaction. {@code boundary} holds the service the web
 * layer calls.
 */
package org.taskforce.portal.home;
