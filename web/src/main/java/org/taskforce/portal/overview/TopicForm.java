package org.taskforce.portal.overview;

import jakarta.validation.constraints.Size;
import org.taskforce.portal.training.boundary.TopicDraft;
import org.taskforce.portal.training.entity.TrainingTopic;
import org.taskforce.portal.web.VersionedForm;

/**
 * What the topic dialog edits: a new topic, or an existing one with the version it was shown at. The text fields
 * carry the topic's column lengths; {@link TopicDraft} checks the rest.
 */
public class TopicForm extends VersionedForm {

    private static final long serialVersionUID = 1L;

    @Size(max = TrainingTopic.CODE_LENGTH)
    private String code;

    @Size(max = TrainingTopic.NAME_LENGTH)
    private String nameEs;

    @Size(max = TrainingTopic.NAME_LENGTH)
    private String nameEn;

    private TopicForm(Long id, int version, String code, String nameEs, String nameEn) {
        super(id, version);
        this.code = code;
        this.nameEs = nameEs;
        this.nameEn = nameEn;
    }

    static TopicForm empty() {
        return new TopicForm(null, 0, null, null, null);
    }

    static TopicForm of(TrainingTopic topic) {
        return new TopicForm(topic.getId(), topic.getVersion(), topic.getCode(), topic.getNameEs(), topic.getNameEn());
    }

    TopicDraft toDraft() {
        return new TopicDraft(code, nameEs, nameEn);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEs() {
        return nameEs;
    }

    public void setNameEs(String nameEs) {
        this.nameEs = nameEs;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
