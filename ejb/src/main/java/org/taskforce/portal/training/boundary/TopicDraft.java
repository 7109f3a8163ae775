package org.taskforce.portal.training.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.taskforce.portal.problem.PlainText;
import org.taskforce.portal.training.entity.TrainingTopic;

/**
 * A training topic as a national coordinator fills it in: a code that stays, and its name in both languages.
 */
public record TopicDraft(
        @NotBlank @Size(max = TrainingTopic.CODE_LENGTH) @Pattern(regexp = TrainingTopic.CODE_PATTERN,
                message = "{topic.validation.code}") String code,
        @NotBlank @Size(max = TrainingTopic.NAME_LENGTH) @PlainText String nameEs,
        @NotBlank @Size(max = TrainingTopic.NAME_LENGTH) @PlainText String nameEn) {

    /** Leading and trailing spaces are dropped. */
    public TopicDraft {
        code = code == null ? null : code.strip();
        nameEs = nameEs == null ? null : nameEs.strip();
        nameEn = nameEn == null ? null : nameEn.strip();
    }
}
