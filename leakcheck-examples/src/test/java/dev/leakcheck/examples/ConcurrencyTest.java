package dev.leakcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Plan;
import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.rules.RandomIncidents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One engine, eight threads, mixed incidents (the four samples, id and type only, random valid
 * ones): every plan equals the plan a sequential run made. Every build runs 8 × 100 plans (a few
 * seconds: a plan with a marked open question costs up to 12 more evaluations, issue B11);
 * {@code mvn verify -Pstress} runs the full 8 × 100,000, and {@code -Dleakcheck.concurrency.perThread=N}
 * any other number (docs/PERFORMANCE.md).
 */
class ConcurrencyTest {

    static final int THREADS = 8;
    static final int PER_THREAD = Integer.getInteger("leakcheck.concurrency.perThread", 100);
    static final List<String> SAMPLES = List.of("email-misdelivery.json", "lost-laptop-on-train.json",
            "ransomware-attack.json", "insider-sold-customer-list.json");

    @Test
    @DisplayName("8 スレッドで一つのエンジンを使っても、計画は逐次実行とまったく同じ")
    void eight_threads_get_exactly_the_plans_of_a_sequential_run() throws Exception {
        LeakcheckEngine engine = LeakcheckEngine.bundled();
        List<Incident> incidents = new ArrayList<>();
        for (String sample : SAMPLES) {
            incidents.add(IncidentJson.read(Path.of("../leakcheck-cli/samples", sample)));
        }
        for (IncidentType type : IncidentType.values()) {
            incidents.add(Incident.builder("ONLY-" + type, type).build());
        }
        incidents.addAll(RandomIncidents.list(2026, 192));
        List<Plan> expected = incidents.stream().map(engine::plan).toList();

        Queue<String> wrong = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long began = System.nanoTime();
        try {
            List<Future<Integer>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(pool.submit(() -> {
                    start.await();
                    int n = incidents.size();
                    int done = 0;
                    for (int i = 0; i < PER_THREAD && wrong.size() < 10; i++) {
                        // Each thread walks the incidents in its own order, so that neighbours differ.
                        int k = (int) (((long) i * 7 + (long) thread * 31) % n);
                        Plan plan = engine.plan(incidents.get(k));
                        if (!plan.equals(expected.get(k))) {
                            wrong.add("thread " + thread + ", evaluation " + i + ": " + incidents.get(k).id());
                        }
                        done++;
                    }
                    return done;
                }));
            }
            start.countDown();
            // Against a hang, not a measure of speed: a minute for each 1,000 plans a thread makes, at least ten
            // (-Pstress's 8 × 100,000 took about half an hour on two cores, past the ten minutes it once had).
            long minutes = Math.max(10, PER_THREAD / 1000);
            int total = 0;
            for (Future<Integer> thread : threads) {
                total += thread.get(minutes, TimeUnit.MINUTES);
            }
            System.out.printf("concurrency: %d evaluations on %d threads in %.1f s%n", total, THREADS,
                    (System.nanoTime() - began) / 1e9);
            assertThat(wrong).as("plans that differ from the sequential run").isEmpty();
            assertThat(total).isEqualTo(THREADS * PER_THREAD);
        } finally {
            pool.shutdownNow();
        }
    }
}
