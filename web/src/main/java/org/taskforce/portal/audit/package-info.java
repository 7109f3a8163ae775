/**
 * The coordinators' view of their task force's audit trail: browsing and searching it, and verifying its hash chain.
 */
package org.taskforce.portal.audit;
