package dev.leakcheck.rules;

import static dev.leakcheck.rules.EditedWorkbooks.columnOf;
import static dev.leakcheck.rules.EditedWorkbooks.edit;
import static dev.leakcheck.rules.EditedWorkbooks.columnHeaded;
import static dev.leakcheck.rules.EditedWorkbooks.rowWith;
import static dev.leakcheck.rules.EditedWorkbooks.set;
import static dev.leakcheck.rules.Incidents.harmlessAsset;
import static dev.leakcheck.rules.Incidents.misdeliveryOf;
import static dev.leakcheck.rules.Incidents.persons;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Incident;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloading edited rules while the application runs: all or nothing, and nothing of the replaced
 * rules kept. An engine keeps about 1.4 MB, so the heap alone would hide a leak of a few engines
 * in the noise of a shared test JVM: the engines and KieBases replaced are followed by weak
 * references, which must all be cleared.
 */
@DisplayName("ルールの再読み込み")
class ReloadTest {

    /** 100 in the issue; the default build runs fewer to stay fast (-Dleakcheck.reloads=100 for all). */
    private static final int RELOADS = Integer.getInteger("leakcheck.reloads", 12);

    private static final Incident REPORTABLE = misdeliveryOf(harmlessAsset().personal(persons(1200)).build());

    @TempDir
    Path rules;

    private static LocalDate preliminaryDue(ReloadableEngine engine) {
        return engine.plan(REPORTABLE).action("PPC_PRELIMINARY_REPORT").orElseThrow().deadline().orElseThrow().due();
    }

    private void preliminaryDays(int days) {
        edit(rules, "deadlines.drl.xlsx", sheet ->
                set(rowWith(sheet, "PPC_PRELIMINARY_REPORT"), columnHeaded(sheet, "期限（日数）"), days));
    }

    @Test
    @DisplayName("編集して再読み込みすれば新しいルール、壊れた編集なら古いルールのまま理由を返す")
    void a_good_edit_is_swapped_in_and_a_broken_one_is_not() throws IOException {
        ReloadableEngine engine = ReloadableEngine.over(rules, false);
        assertThat(preliminaryDue(engine)).isEqualTo(LocalDate.of(2026, 12, 6));

        preliminaryDays(4);
        assertThat(engine.reload().reloaded()).isTrue();
        assertThat(preliminaryDue(engine)).isEqualTo(LocalDate.of(2026, 12, 5));

        Files.writeString(rules.resolve("catalogue.xlsx"), "not a workbook");
        ReloadableEngine.Reload failed = engine.reload();
        assertThat(failed.reloaded()).isFalse();
        assertThat(failed.problems()).singleElement().asString().startsWith("catalogue.xlsx");
        assertThat(preliminaryDue(engine)).as("the old rules keep serving").isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    @DisplayName("再読み込みで置き換えたエンジンとそのルールベースは、すべて回収される")
    void replaced_engines_and_their_rule_bases_are_collected() throws InterruptedException {
        ReloadableEngine engine = ReloadableEngine.over(rules, false);
        List<WeakReference<Object>> replaced = new ArrayList<>();
        for (int i = 0; i < RELOADS; i++) {
            LeakcheckEngine old = engine.current();
            replaced.add(new WeakReference<>(old));
            old.core().ruleBases().kieBases().forEach(kieBase -> replaced.add(new WeakReference<>(kieBase)));
            assertThat(engine.reload().reloaded()).isTrue();
            engine.plan(REPORTABLE);
        }
        assertThat(stillReachable(replaced))
                .as("engines and KieBases replaced by %d reloads and still reachable", RELOADS).isZero();
    }

    @Test
    @DisplayName("再読み込みを繰り返してもメモリはほとんど増えない")
    void reloads_do_not_grow_the_heap() throws InterruptedException {
        ReloadableEngine engine = ReloadableEngine.over(rules, false);
        engine.reload();
        engine.plan(REPORTABLE);
        long before = usedHeapAfterGc();
        for (int i = 0; i < RELOADS; i++) {
            assertThat(engine.reload().reloaded()).isTrue();
            engine.plan(REPORTABLE);
        }
        long after = usedHeapAfterGc();

        // An engine keeps about 1.4 MB (EngineMemoryTest), so keeping every old engine would grow the heap
        // by 17 MB; a few MB leave room for the noise of a JVM shared with other tests (0.03 MB measured).
        System.out.printf(Locale.ROOT, "heap growth over %d reloads: %.2f MB%n", RELOADS, (after - before) / 1048576.0);
        assertThat(after - before).as("heap growth over %d reloads, bytes", RELOADS).isLessThan(4L * 1024 * 1024);
    }

    /** How many of these objects are still reachable once the collector has had every chance to take them. */
    private static long stillReachable(List<WeakReference<Object>> references) throws InterruptedException {
        long alive = references.size();
        for (int i = 0; i < 20 && alive > 0; i++) {
            System.gc();
            Thread.sleep(20);
            alive = references.stream().filter(r -> r.get() != null).count();
        }
        return alive;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
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
