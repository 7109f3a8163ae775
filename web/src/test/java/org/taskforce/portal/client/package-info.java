/**
 * Talking to the running test portal over plain HTTP, as a browser would but without one: for tests about headers,
 * cookies, status codes and outages, where Chromium would add time and nothing else.
 */
package org.taskforce.portal.client;
