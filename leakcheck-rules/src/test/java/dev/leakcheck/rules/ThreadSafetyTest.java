package dev.leakcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Channel;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One engine, many threads: every thread gets exactly the plan a sequential run gives. Four threads
 * released together, 60 plans each (the empty incidents ask every question, so each plan is up to
 * thirteen evaluations); the examples' {@code ConcurrencyTest} runs eight threads on mixed incidents,
 * and 8 × 100,000 plans with {@code -Pstress}.
 */
class ThreadSafetyTest {

    @Test
    @DisplayName("一つのエンジンを複数スレッドで共有しても、計画は逐次実行と同じ")
    void one_engine_serves_many_threads() throws Exception {
        LeakcheckEngine engine = SharedEngine.get();
        List<Incident> incidents = new ArrayList<>();
        for (IncidentType type : IncidentType.values()) {
            incidents.add(Incident.builder("INC-" + type, type).build());
        }
        incidents.add(Incidents.misdeliveryOf(Incidents.harmlessAsset().personal(Incidents.persons(1200)).build()));
        incidents.add(Incidents.misdelivery(Channel.OWN_WEBSITE).build());
        List<Plan> expected = incidents.stream().map(engine::plan).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            CountDownLatch ready = new CountDownLatch(4);
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    for (int i = 0; i < 60; i++) {
                        int k = i % incidents.size();
                        if (!engine.plan(incidents.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
