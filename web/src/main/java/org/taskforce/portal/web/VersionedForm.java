package org.taskforce.portal.web;

import java.io.Serializable;

/**
 * What every dialog that adds or changes a record keeps besides its fields: the record's id ({@code null} for a new
 * one) and the version it was opened at, which the service saves over ({@code database.OptimisticLocking}) so that a
 * second person's save never overwrites the first's unseen.
 */
public abstract class VersionedForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final int version;

    protected VersionedForm(Long id, int version) {
        this.id = id;
        this.version = version;
    }

    /** Whether the dialog adds a new record ({@code #{form.new}} on the page). */
    public boolean isNew() {
        return id == null;
    }

    /** The record's id; {@code null} for a new one. */
    public Long id() {
        return id;
    }

    /** The record's version when the dialog was opened. */
    public int version() {
        return version;
    }
}
