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
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading edited rules while the application runs: all or nothing. */
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
    @DisplayName("再読み込みを繰り返してもメモリは増え続けない")
    void reloads_do_not_grow_the_heap() {
        ReloadableEngine engine = ReloadableEngine.over(rules, false);
        engine.reload();
        long before = usedHeapAfterGc();
        for (int i = 0; i < RELOADS; i++) {
            assertThat(engine.reload().reloaded()).isTrue();
            engine.plan(REPORTABLE);
        }
        long after = usedHeapAfterGc();

        // One engine is a few MB; a leak of every old rule base would show as RELOADS times that.
        assertThat(after - before).as("heap growth over %d reloads, bytes", RELOADS).isLessThan(24L * 1024 * 1024);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
