package org.taskforce.portal.audit.boundary;

import java.util.Collection;
import java.util.List;

/** Record ids as the audit trail stores them (text), read back as numbers for the features' queries. */
public final class Ids {

    private Ids() {
    }

    /** The ids that are numbers; anything else (never written by the portal) is left out. */
    public static List<Long> numeric(Collection<String> ids) {
        return ids.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
    }
}
