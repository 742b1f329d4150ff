package dev.leakcheck.rules.internal.drools;

import dev.leakcheck.rules.internal.workbook.DecisionTable;
import dev.leakcheck.rules.internal.workbook.RuleRows;
import dev.leakcheck.rules.internal.workbook.RuleSources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A rule's name is read in one place, for the plan's order and for the self-check's messages alike. */
class TableRowTest {

    @Test
    @DisplayName("ルール名「表_行」から表と行を読み、人に示す")
    void the_table_and_row_of_a_rule_name() {
        assertThat(Match.TableRow.of("メール誤送信・web誤公開_12")).isEqualTo(new Match.TableRow("メール誤送信・web誤公開", 12));
        assertThat(Match.TableRow.of("期限_11").describe()).isEqualTo("「期限」の11行目 (row 11)");
        // Not a row of a table: the whole name, row 0.
        assertThat(Match.TableRow.of("my rule")).isEqualTo(new Match.TableRow("my rule", 0));
        assertThat(Match.TableRow.of("a_b")).isEqualTo(new Match.TableRow("a_b", 0));
        assertThat(Match.TableRow.of("a_")).isEqualTo(new Match.TableRow("a_", 0));
        assertThat(Match.TableRow.of("_12")).isEqualTo(new Match.TableRow("_12", 0));
        assertThat(Match.TableRow.of("a_99999999999")).isEqualTo(new Match.TableRow("a_99999999999", 0));
        assertThat(Match.TableRow.of("my rule").describe()).isEqualTo("「my rule」");
    }

    @Test
    @DisplayName("エンジンは自分の表の行をルール名で知っていて、同じ表の行は表の名前を共有する")
    void an_engine_knows_its_rows_by_rule_name() {
        RuleRows rows = RuleRows.of(RuleSources.bundled().tables());
        Match.TableRow twelve = rows.tableRow("メール誤送信・web誤公開_12");
        Match.TableRow thirteen = rows.tableRow("メール誤送信・web誤公開_13");
        assertThat(List.of(twelve, thirteen)).containsExactly(Match.TableRow.of("メール誤送信・web誤公開_12"),
                Match.TableRow.of("メール誤送信・web誤公開_13"));
        assertThat(twelve.table()).isSameAs(thirteen.table());
        assertThat(rows.tableRow("not a rule of these tables")).isEqualTo(new Match.TableRow("not a rule of these tables", 0));
    }
}
