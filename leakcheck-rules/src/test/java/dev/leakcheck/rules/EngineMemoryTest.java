package dev.leakcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The heap an engine keeps: its rule bases, catalogue and calendar, the sessions its pool holds after
 * serving 8 threads, and whatever Drools keeps in static state the first time an engine is built.
 * Measured in a JVM of its own (the test JVM has built engines already) as the used heap after full
 * collections, before the first engine and after it served; classes and code live outside the heap
 * and are not counted. docs/PERFORMANCE.md.
 */
class EngineMemoryTest {

    static final long LIMIT_BYTES = 50L * 1024 * 1024;
    private static final Pattern FIGURES = Pattern.compile("heap: first engine (\\d+) bytes, second engine (\\d+) bytes");

    @Test
    @DisplayName("最初のエンジンが保持するヒープ（Drools の共有状態を含む）は 50 MB 以下")
    void the_first_engine_retains_at_most_50_mb_of_heap() throws Exception {
        ChildJvm.Run probe = ChildJvm.run(ChildJvm.TEST_JVM_FLAGS, EngineMemoryTest.class);
        assertThat(probe.exit()).as(probe.errText()).isZero();

        Matcher figures = FIGURES.matcher(probe.outText());
        assertThat(figures.find()).as(probe.outText()).isTrue();
        long first = Long.parseLong(figures.group(1));
        long second = Long.parseLong(figures.group(2));
        System.out.printf(Locale.ROOT, "engine retained heap: first engine %.1f MB (with Drools' shared state), "
                + "each further engine %.1f MB, after serving 8 threads%n", first / 1048576.0, second / 1048576.0);
        assertThat(first).isPositive().isLessThanOrEqualTo(LIMIT_BYTES);
    }

    /** The probe: heap growth of a first and of a second engine, each after serving 8 threads. */
    public static void main(String[] args) throws Exception {
        List<Incident> incidents = incidents(); // model classes only: no engine, no Drools yet
        long empty = usedAfterGc();
        LeakcheckEngine first = LeakcheckEngine.bundled();
        serveEightThreads(first, incidents);
        long withFirst = usedAfterGc();
        LeakcheckEngine second = LeakcheckEngine.bundled();
        serveEightThreads(second, incidents);
        long withSecond = usedAfterGc();
        System.out.printf(Locale.ROOT, "heap: first engine %d bytes, second engine %d bytes%n",
                withFirst - empty, withSecond - withFirst);
        // Keeps both engines reachable until the figures are taken.
        System.out.println(first.actionCodes().size() + second.actionCodes().size() + " codes");
    }

    private static List<Incident> incidents() {
        // A dozen each: the eight threads start together (below), so they overlap with far fewer.
        List<Incident> incidents = new ArrayList<>(RandomIncidents.list(6, 8));
        for (IncidentType type : IncidentType.values()) {
            incidents.add(Incident.builder("MEM-" + type, type).build());
        }
        return incidents;
    }

    /** Eight threads planning at once, released together, so that the session pool grows to eight sessions. */
    private static void serveEightThreads(LeakcheckEngine engine, List<Incident> incidents) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch ready = new CountDownLatch(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    incidents.forEach(engine::plan);
                    return null;
                }));
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
        // Several collections, until the figure settles (soft references, G1's regions).
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
