package org.taskforce.portal.training.boundary;

import org.taskforce.portal.problem.ConflictException;

/** The topic code is taken; nothing was saved. */
public class TopicCodeTakenException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public TopicCodeTakenException() {
        super("The topic code is taken; nothing was saved.", "code", "training.error.topicCodeTaken");
    }
}
