package dev.leakcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The heap an engine keeps: its rule base, catalogue and calendar, and the sessions its pool holds
 * after serving 8 threads. Measured as the used heap after full collections, with and without the
 * engine; classes and code live outside the heap and are not counted. docs/PERFORMANCE.md.
 */
class EngineMemoryTest {

    static final long LIMIT_BYTES = 50L * 1024 * 1024;

    @Test
    @DisplayName("エンジン一つが保持するヒープは 50 MB 以下")
    void an_engine_retains_at_most_50_mb_of_heap() throws Exception {
        // Load the classes and fill the static caches first, so that only the engine is measured.
        serveEightThreads(LeakcheckEngine.bundled());
        long before = usedAfterGc();

        LeakcheckEngine engine = LeakcheckEngine.bundled();
        long built = usedAfterGc() - before;
        serveEightThreads(engine);
        long serving = usedAfterGc() - before;

        System.out.printf("engine retained heap: %.1f MB built, %.1f MB after serving 8 threads%n",
                built / 1048576.0, serving / 1048576.0);
        assertThat(engine.actionCodes()).isNotEmpty(); // keeps the engine reachable until here
        assertThat(serving).isLessThanOrEqualTo(LIMIT_BYTES);
    }

    /** Eight threads planning at once, so that the session pool grows to eight sessions. */
    private static void serveEightThreads(LeakcheckEngine engine) throws Exception {
        List<Incident> incidents = new ArrayList<>(RandomIncidents.list(6, 40));
        for (IncidentType type : IncidentType.values()) {
            incidents.add(Incident.builder("MEM-" + type, type).build());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> incidents.forEach(engine::plan)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // Several collections, until the figure settles (finalizers, soft references, G1's regions).
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
