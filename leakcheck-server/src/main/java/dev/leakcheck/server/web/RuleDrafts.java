package dev.leakcheck.server.web;

import dev.leakcheck.spring.api.RulesCheck;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Uploaded workbooks between their check and their publication on the ルール page: kept in memory, the last
 * few only (a draft is checked, tried and published within minutes; a restart forgets it, and the page says
 * to upload again).
 */
@Component
class RuleDrafts {

    private static final int KEPT = 4;

    /**
     * An uploaded, checked edit.
     *
     * @param id    its random name
     * @param files the workbooks' bytes by name
     * @param check the check against the rules serving when uploaded
     */
    record Draft(String id, Map<String, byte[]> files, RulesCheck.Result check) {
    }

    private final Map<String, Draft> drafts = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Draft> eldest) {
            return size() > KEPT;
        }
    };

    synchronized Draft add(Map<String, byte[]> files, RulesCheck.Result check) {
        Draft draft = new Draft(UUID.randomUUID().toString(), Map.copyOf(files), check);
        drafts.put(draft.id(), draft);
        return draft;
    }

    synchronized Optional<Draft> get(String id) {
        return Optional.ofNullable(drafts.get(id));
    }
}
