package dev.leakcheck.rules;

import static dev.leakcheck.rules.EditedWorkbooks.appendRow;
import static dev.leakcheck.rules.EditedWorkbooks.columnHeaded;
import static dev.leakcheck.rules.EditedWorkbooks.columnOf;
import static dev.leakcheck.rules.EditedWorkbooks.editWorkbook;
import static dev.leakcheck.rules.EditedWorkbooks.rowWith;
import static dev.leakcheck.rules.EditedWorkbooks.set;
import static dev.leakcheck.rules.Incidents.harmlessAsset;
import static dev.leakcheck.rules.Incidents.misdeliveryOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.Protection;
import dev.leakcheck.model.field.IncidentField;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a question touches the model, the field registry and the workbooks, nothing else: a field
 * of the registry that no rule reads yet ({@code assets[].protection.openAccess}, asked today only of
 * an insider leak) becomes a question and a condition of the misdelivery checklist, by editing the
 * workbooks alone (docs/GUIDE-business-staff.md, 「質問を追加する」).
 */
@DisplayName("質問を一つ追加する: ブックの編集だけで、計画が聞き、答えで計画が変わる")
class AddQuestionTest {

    private static final String FIELD = "assets[].protection.openAccess";
    private static final String ACTION = "CHECK_PUBLIC_ACCESS_LOGS";

    @TempDir
    Path rules;

    @BeforeEach
    void addTheQuestion() {
        editWorkbook(rules, "catalogue.xlsx", workbook -> {
            addTheAction(workbook.getSheet("アクション一覧"));
            append(workbook.getSheet("事実一覧"), "事実", "openAccess", "表示名（日本語）", "だれでも閲覧できる場所にあった",
                    "表示名（英語）", "Where anyone could see it", "項目", FIELD, "まとめ方", "いずれかの資産");
            append(workbook.getSheet("質問一覧"), "項目", FIELD, "対象の種別", "MISSENT_OR_MISPUBLISHED",
                    "質問（日本語）", "誤送信・誤公開した情報は、だれでも閲覧できる場所にありましたか？",
                    "質問（英語）", "Was the information sent or published where anyone could see it?");
        });
        editWorkbook(rules, "checklist-missent.drl.xlsx", workbook -> {
            Sheet sheet = workbook.getSheetAt(0);
            // A condition column for the new topic, right of the table: a change of the program rows.
            Row keywords = rowWith(sheet, "RuleTable メール誤送信・web誤公開");
            Row kinds = sheet.getRow(keywords.getRowNum() + 1);
            int column = sheet.getRow(keywords.getRowNum() + 4).getLastCellNum();
            set(kinds, column, "CONDITION");
            set(sheet.getRow(keywords.getRowNum() + 3), column, "Fact(topic == \"openAccess\", admits(\"$param\"))");
            set(sheet.getRow(keywords.getRowNum() + 4), column, "だれでも閲覧できる場所にあった\nWhere anyone could see it");

            Row row = appendRow(sheet);
            set(row, columnOf(sheet, "topic == \"type\""), "MISSENT_OR_MISPUBLISHED");
            set(row, columnOf(sheet, "out.propose("), ACTION);
            set(row, columnHeaded(sheet, "必要性"), "必須");
            set(row, columnHeaded(sheet, "出典（日本語）"), "社内規程");
            set(row, column, "はい");
        });
    }

    private static void addTheAction(Sheet actions) {
        append(actions, "コード", ACTION, "フェーズ", "INITIAL",
                "見出し（日本語）", "公開先のアクセスログを確かめ、だれが見たかを調べる",
                "見出し（英語）", "Check the access logs of where it was published, to find who saw it");
    }

    /** A new row after the last one, its cells given as pairs of header and value. */
    private static void append(Sheet sheet, String... headersAndValues) {
        Row row = appendRow(sheet);
        for (int i = 0; i < headersAndValues.length; i += 2) {
            set(row, columnHeaded(sheet, headersAndValues[i]), headersAndValues[i + 1]);
        }
    }

    private static Incident openAccess(Answer answer) {
        return misdeliveryOf(harmlessAsset().protection(Protection.none().withStorage(Answer.UNKNOWN, answer)).build());
    }

    @Test
    @DisplayName("答えが不明なうちは質問し、対応は暫定; 「はい」で確定、「いいえ」で消える")
    void the_plan_asks_the_new_question_and_its_answer_changes_the_plan() {
        assertThat(IncidentField.ofTemplate(FIELD)).isPresent();
        // Program rows changed: loaded as a developer who reviewed them would (--trust-code).
        LeakcheckEngine engine = LeakcheckEngine.fromDirectory(rules, true);

        Plan unknown = engine.plan(openAccess(Answer.UNKNOWN));
        assertThat(unknown.questions()).anySatisfy(q -> assertThat(q.field()).isEqualTo("assets[0].protection.openAccess"));
        assertThat(unknown.action(ACTION)).hasValueSatisfying(a -> assertThat(a.provisional()).isTrue());

        Plan yes = engine.plan(openAccess(Answer.YES));
        assertThat(yes.questions()).noneSatisfy(q -> assertThat(q.field()).isEqualTo("assets[0].protection.openAccess"));
        assertThat(yes.action(ACTION)).hasValueSatisfying(a -> assertThat(a.provisional()).isFalse());

        assertThat(engine.plan(openAccess(Answer.NO)).actionCodes()).doesNotContain(ACTION);
        // The bundled rules neither ask it of a misdelivery nor know the action.
        assertThat(SharedEngine.get().plan(openAccess(Answer.UNKNOWN)).questions())
                .noneSatisfy(q -> assertThat(q.field()).isEqualTo("assets[0].protection.openAccess"));
    }

    @Test
    @DisplayName("事実一覧にない事実を条件にした列は、セルを示して拒否する")
    void a_condition_on_a_topic_without_its_fact_row_is_refused() {
        editWorkbook(rules, "catalogue.xlsx", workbook -> addTheAction(workbook.getSheet("アクション一覧")));

        assertThatThrownBy(() -> LeakcheckEngine.fromDirectory(rules, true)).isInstanceOf(RulesDefinitionException.class)
                .hasMessageContaining("checklist-missent.drl.xlsx ＞ メール誤送信・web誤公開 ＞ ")
                .hasMessageContaining("事実「openAccess」はありません").hasMessageContaining("no topic 'openAccess'");
    }
}
