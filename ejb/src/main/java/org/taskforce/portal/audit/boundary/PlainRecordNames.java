package org.taskforce.portal.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records that are their own name: a page refused ({@code Page}, its path) and an action refused ({@code Action}, its
 * view), which the web module audits, and a sponsor ({@code sponsor}, its code: {@code US-STATE}), whose liaison's
 * reading of the nominees waiting for it {@code sponsor_waiting_nominations} records.
 */
@ApplicationScoped
public class PlainRecordNames implements RecordNames {

    @Override
    public Set<String> recordTypes() {
        return Set.of("Page", "Action", "sponsor");
    }

    @Override
    public Map<String, String> names(String recordType, Collection<String> ids) {
        return ids.stream().distinct().collect(Collectors.toMap(Function.identity(), Function.identity()));
    }
}
