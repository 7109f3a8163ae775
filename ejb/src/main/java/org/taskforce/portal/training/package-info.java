/**
 * Training records (issue 14): the national reference lists of sponsors and topics; each task force's trainings,
 * their sessions (one calendar event each), participants (people with or without a portal account), trainers,
 * nominations with the sponsors' decisions, attendance and certificates. Everything but the reference lists belongs
 * to the task force that hosts the training. Sponsor liaisons read across task forces only through the narrow
 * database functions of {@code V9_1__training_liaison.sql}.
 */
package org.taskforce.portal.training;
