package dev.leakcheck.server;

import dev.leakcheck.model.Text;
import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.rules.RulesValidator;
import dev.leakcheck.server.store.RulesStore;
import dev.leakcheck.spring.LeakcheckRules;
import dev.leakcheck.spring.RulesSnapshot;
import dev.leakcheck.spring.Workbooks;
import dev.leakcheck.spring.api.ApiException;
import dev.leakcheck.spring.api.RulesCheck;
import dev.leakcheck.spring.api.UploadedWorkbooks;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Publishing edited workbooks: checked exactly as {@code validate} checks them, recorded (who, when, the
 * digests and the bytes), then swapped in at once; the previous versions stay restorable. A broken upload
 * is refused before anything is recorded, and the rules serving are untouched. At start-up the version in
 * force is loaded again; should it no longer build, the bundled rules serve and the log says so.
 */
@Service
public class RulesPublishing {

    private static final Logger LOG = LoggerFactory.getLogger(RulesPublishing.class);

    /**
     * A publication's outcome.
     *
     * @param check   the check of the workbooks (problems, or scenario changes)
     * @param version the version recorded, when the workbooks were valid
     */
    public record Outcome(RulesCheck.Result check, RulesStore.Version version) {
    }

    private final RulesStore store;
    private final LeakcheckRules rules;
    private final Clock clock;

    RulesPublishing(RulesStore store, LeakcheckRules rules, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.clock = clock;
        store.latest().ifPresent(this::loadAtStart);
    }

    private void loadAtStart(RulesStore.Version version) {
        if (version.workbooks().isEmpty()) {
            return;
        }
        try (UploadedWorkbooks files = UploadedWorkbooks.of(store.files(version.id()))) {
            RulesValidator.Validation check = RulesValidator.validate(files.directory(), false);
            check.engine().ifPresentOrElse(engine -> rules.swap(snapshot(version, engine)),
                    () -> LOG.error("published rules {} no longer build ({} problem(s)); the bundled rules serve",
                            version.id(), check.problems().size()));
        }
    }

    /**
     * Checks uploaded workbooks and, when they are valid, records and serves them.
     *
     * @param uploads the workbooks
     * @param by      who publishes
     * @param note    why, or null
     * @return the check, and the version when it was published
     */
    public Outcome publish(List<MultipartFile> uploads, String by, String note) {
        who(by);
        try (UploadedWorkbooks files = UploadedWorkbooks.of(uploads)) {
            return publish(files, by, note);
        }
    }

    /**
     * Checks workbooks already read (a draft of the ルール page) and, when they are valid, records and serves them.
     *
     * @param files the workbooks
     * @param by    who publishes
     * @param note  why, or null
     * @return the check, and the version when it was published
     */
    public synchronized Outcome publish(UploadedWorkbooks files, String by, String note) {
        String who = who(by);
        RulesCheck.Result check = RulesCheck.check(files, rules.current().engine());
        if (!check.valid()) {
            rules.refused(check.problems().stream().map(RulesCheck.Problem::text).toList());
            return new Outcome(check, null);
        }
        RulesStore.Version version = store.save(clock.instant(), who, note(note), null, files.files());
        rules.swap(snapshot(version, check.engine().orElseThrow()));
        return new Outcome(check, version);
    }

    /**
     * Serves an earlier version again, recorded as a new version that restores it.
     *
     * @param id the version to restore
     * @param by who restores
     * @return the new version
     */
    public synchronized RulesStore.Version restore(long id, String by) {
        String who = who(by);
        if (!store.exists(id)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "NO_VERSION",
                    Text.of("その番号のルールの版はありません: " + id, "no rules version of that number: " + id));
        }
        Map<String, byte[]> files = store.files(id);
        LeakcheckEngine engine;
        if (files.isEmpty()) {
            engine = LeakcheckEngine.bundled();
        } else {
            try (UploadedWorkbooks workbooks = UploadedWorkbooks.of(files)) {
                engine = RulesValidator.validate(workbooks.directory(), false).engine().orElseThrow(() -> new ApiException(HttpStatus.CONFLICT, "NO_LONGER_BUILDS",
                        Text.of("この版のルールは、今のプログラムでは組み立てられません", "this version no longer builds with this program")));
            }
        }
        RulesStore.Version version = store.save(clock.instant(), who, null, id, files);
        rules.swap(snapshot(version, engine));
        return version;
    }

    /**
     * Serves the bundled rules again, recorded as a version without workbooks.
     *
     * @param by who restores
     * @return the new version
     */
    public synchronized RulesStore.Version restoreBundled(String by) {
        String who = who(by);
        LeakcheckEngine engine = LeakcheckEngine.bundled();
        RulesStore.Version version = store.save(clock.instant(), who, "bundled", null, Map.of());
        rules.swap(snapshot(version, engine));
        return version;
    }

    /** @return every published version, the newest first */
    public List<RulesStore.Version> versions() {
        return store.list();
    }

    /**
     * A workbook of a version, to download.
     *
     * @param id   the version
     * @param name the workbook's name
     * @return its bytes
     */
    public byte[] workbook(long id, String name) {
        byte[] bytes = store.files(id).get(name);
        if (bytes == null) {
            throw new ApiException(HttpStatus.NOT_FOUND, "NO_WORKBOOK",
                    Text.of("その版にその名前のブックはありません", "that version has no workbook of that name"));
        }
        return bytes;
    }

    private RulesSnapshot snapshot(RulesStore.Version version, LeakcheckEngine engine) {
        SortedMap<String, String> inForce = Workbooks.bundled();
        inForce.putAll(version.workbooks());
        Instant now = clock.instant();
        return new RulesSnapshot(engine, "published-" + version.id(),
                "published " + version.publishedAt() + " by " + version.publishedBy(), inForce, now);
    }

    private static String who(String by) {
        String who = by == null ? "" : by.strip();
        if (who.isEmpty() || who.length() > 100 || who.chars().anyMatch(Character::isISOControl)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "PUBLISHED_BY", Text.of(
                    "publishedBy（公開する人の名前）を 100 文字までで書いてください",
                    "publishedBy (who publishes) is required, up to 100 characters"));
        }
        return who;
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > 500) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "NOTE", Text.of("note は 500 文字までにしてください",
                    "note must be at most 500 characters"));
        }
        return note.strip();
    }
}
