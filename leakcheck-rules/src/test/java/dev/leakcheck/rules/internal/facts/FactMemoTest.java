package dev.leakcheck.rules.internal.facts;

import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.rules.RandomIncidents;
import dev.leakcheck.rules.SharedEngine;
import dev.leakcheck.rules.internal.workbook.DecisionTable;
import dev.leakcheck.rules.internal.workbook.RuleSources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a cell says is remembered for speed, but never without bound: edited tables come and go. */
class FactMemoTest {

    @Test
    @DisplayName("セルの読み取り結果の記憶には上限があり、超えても正しく読める")
    void the_memo_of_cells_is_bounded_and_still_right() {
        Fact yes = Fact.known("personal", Set.of("YES"));
        for (int i = 0; i < 3 * Fact.MEMO_CELLS; i++) {
            // Each reload of edited tables could bring cells never seen before.
            assertThat(Fact.cellValues("セル" + i + ", はい")).containsExactlyInAnyOrder("セル" + i, "YES");
            assertThat(yes.admits("いいえ, " + i)).isFalse();
            assertThat(yes.admits(i + "、はい")).isTrue();
            assertThat(Fact.memoSize()).isLessThanOrEqualTo(Fact.MEMO_CELLS);
        }
    }

    @Test
    @DisplayName("同梱の表のセルは、記憶の上限に十分に収まる")
    void the_bundled_tables_fit_the_memo_many_times() {
        LeakcheckEngine engine = SharedEngine.get();
        RandomIncidents.list(1, 200).forEach(engine::plan);
        Set<String> cells = new HashSet<>();
        for (DecisionTable sheet : RuleSources.bundled().tables()) {
            for (DecisionTable.Table table : sheet.tables) {
                for (DecisionTable.Column column : table.columns()) {
                    if (column.kind() == DecisionTable.Kind.CONDITION || column.kind() == DecisionTable.Kind.CODE) {
                        table.rows().forEach(row -> cells.add(row.cell(column.index())));
                    }
                }
            }
        }
        // The memo holds the cells the rules test and the code lists of the deadline rows.
        System.out.println("distinct condition and code cells of the bundled tables: " + cells.size());
        assertThat(cells.size() * 4).as("distinct condition and code cells, four times").isLessThan(Fact.MEMO_CELLS);
        assertThat(Fact.memoSize()).isLessThanOrEqualTo(Fact.MEMO_CELLS);
    }
}
