package org.taskforce.portal.minutes.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.taskforce.portal.minutes.entity.OutcomeKind;
import org.taskforce.portal.taskforce.entity.Agency;

/**
 * A search of the task force's minutes: the words (Spanish or English, accents ignored), and optionally the days the
 * meetings fell in ({@code from} and {@code to} included), an agency (that attended, or owns an action) and a kind of
 * outcome (then only outcomes of that kind are found).
 */
public record SearchQuery(@NotBlank @Size(max = MAX_WORDS) String words, LocalDate from, LocalDate to,
        @Size(max = Agency.CODE_LENGTH) String agencyCode, OutcomeKind kind) {

    public static final int MAX_WORDS = 200;

    public SearchQuery {
        words = words == null ? null : words.strip();
        agencyCode = agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip();
    }
}
