package org.taskforce.portal.training.boundary;

import org.taskforce.portal.problem.NotFoundException;

/** No such training topic. */
public class TopicNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public TopicNotFoundException() {
        super("No such training topic.", "training.error.topicNotFound");
    }
}
