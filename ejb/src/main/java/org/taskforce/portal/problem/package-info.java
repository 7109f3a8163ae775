/**
 * What the services answer when they refuse: a small hierarchy of business exceptions ({@link
 * org.taskforce.portal.problem.NotFoundException}, {@link org.taskforce.portal.problem.NotAllowedException}, {@link
 * org.taskforce.portal.problem.ConflictException}, {@link org.taskforce.portal.problem.InvalidException}), each with
 * the bundle key of what to tell the person. The web layer turns them into a page or a message in one place.
 */
package org.taskforce.portal.problem;
