/**
 * The national coordinator's pages: every task force at a glance, in aggregates only.
 */
package org.taskforce.portal.overview;
