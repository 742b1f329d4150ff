package dev.leakcheck.spring;

import dev.leakcheck.rules.ReloadableEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SortedMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches a folder of edited workbooks: when the digests of its workbooks change, the rules are rebuilt
 * through {@link ReloadableEngine} and swapped in when they build; a broken edit is refused and logged
 * (the count, never the cells' text), and the previous rules keep serving. Digests rather than file times,
 * so that a copy with an old time is seen and a touch without a change is not.
 */
public final class RulesDirectoryWatcher implements AutoCloseable {

    private final Path directory;
    private final ReloadableEngine engine;
    private final LeakcheckRules rules;
    private final ScheduledExecutorService timer;
    private SortedMap<String, String> seen;

    /**
     * Starts watching.
     *
     * @param directory the folder the engine was built from
     * @param engine    the engine over that folder
     * @param rules     the rules to swap the rebuilt engine into
     * @param interval  how often to look
     */
    public RulesDirectoryWatcher(Path directory, ReloadableEngine engine, LeakcheckRules rules, Duration interval) {
        this.directory = directory;
        this.engine = engine;
        this.rules = rules;
        this.seen = Workbooks.of(directory);
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "leakcheck-rules-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(100, interval.toMillis());
        timer.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Looks at the folder once, and reloads when a workbook changed.
     *
     * @return whether the rules were reloaded
     */
    public synchronized boolean check() {
        SortedMap<String, String> now = Workbooks.of(directory);
        if (now.equals(seen)) {
            return false;
        }
        seen = now;
        ReloadableEngine.Reload reload = engine.reload();
        if (!reload.reloaded()) {
            rules.refused(reload.problems());
            return false;
        }
        rules.swap(new RulesSnapshot(engine.current(), "directory", directory.toString(),
                Workbooks.inForce(directory), rules.clock().instant()));
        return true;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
