/**
 * What every page shares: the person's language and time zone, the landing route after sign-in, the error page,
 * the CSV exporter of every table.
 */
package org.taskforce.portal.web;
