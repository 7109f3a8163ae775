/**
 * The task force's training pages: its trainings (list, one training's page with its sessions, trainers and
 * nominations, planned and changed in one dialog) and the people it trains (participants, with duplicates found and
 * merged). Services: {@code org.taskforce.portal.training.boundary}.
 */
package org.taskforce.portal.training;
