/**
 * The national overview's figures across task forces, as national coordinators see them: the training and minutes
 * aggregates of the reporting functions ({@code training.boundary.TrainingFigures}, {@code
 * minutes.boundary.MinutesFigures}), counted once for everyone every few minutes rather than at each page
 * ({@link org.taskforce.portal.overview.boundary.NationalFigures}). Aggregates only: nothing here names a person or a
 * record of a task force.
 */
package org.taskforce.portal.overview;
