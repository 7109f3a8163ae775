/**
 * The pages of embassy and sponsor liaisons, who see the trainings of the sponsor they represent and nothing else.
 */
package org.taskforce.portal.liaison;
