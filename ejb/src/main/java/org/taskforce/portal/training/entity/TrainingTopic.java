package org.taskforce.portal.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.taskforce.portal.database.Versioned;

/**
 * What a training is about (victim identification, forced begging...), named in Spanish and English: a national
 * reference list that national coordinators extend.
 */
@Entity
@Table(name = "training_topic")
public class TrainingTopic implements Versioned {

    public static final int CODE_LENGTH = 63;
    public static final int NAME_LENGTH = 120;
    /** What a code looks like: lower-case letters and digits in dash-separated words (victim-identification). */
    public static final String CODE_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "name_es", nullable = false, length = NAME_LENGTH)
    private String nameEs;

    @Column(name = "name_en", nullable = false, length = NAME_LENGTH)
    private String nameEn;

    @Version
    private int version;

    protected TrainingTopic() {
        // for JPA
    }

    public TrainingTopic(String code, String nameEs, String nameEn) {
        this.code = code;
        this.nameEs = nameEs;
        this.nameEn = nameEn;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameEs() {
        return nameEs;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** Its name in the person's language (Spanish unless they read English). */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameEs;
    }

    @Override
    public int getVersion() {
        return version;
    }

    /** Renames the topic; its code stays. */
    public void rename(String newNameEs, String newNameEn) {
        this.nameEs = newNameEs;
        this.nameEn = newNameEn;
    }
}
