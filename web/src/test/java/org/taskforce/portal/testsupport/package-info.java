/**
 * What the Arquillian integration tests share: the one deployment of the portal they all run in, and the test data
 * they create for themselves.
 */
package org.taskforce.portal.testsupport;
