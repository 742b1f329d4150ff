package dev.leakcheck.rules.internal.drools;

import dev.leakcheck.rules.internal.workbook.DataSheet;
import dev.leakcheck.rules.internal.facts.Fact;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import dev.leakcheck.rules.internal.workbook.DecisionTable;
import dev.leakcheck.rules.internal.workbook.RuleRows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.IncidentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * The bundled tables as the build precompiled them (executable model, data cells): used only for
 * exactly the tables they were made from. That they plan like the tables compiled at run time is
 * {@link PrecompiledProperties}.
 */
@DisplayName("事前コンパイルしたルールは、元の表とまったく同じ表にだけ使う")
class PrecompiledTest {

    @Test
    void the_build_precompiled_the_bundled_tables_and_self_checked_them() {
        Optional<Precompiled> form = Precompiled.of(RuleSources.bundled());

        assertThat(form).as("the jar holds the precompiled tables (made by Precompiler in process-classes)").isPresent();
        assertThat(form.get().selfChecked()).isTrue();
    }

    @Test
    @DisplayName("種別の列に書いた種別にだけ、その行のルールが入る")
    void a_rule_is_left_out_of_the_rule_base_of_a_type_only_when_its_type_cell_names_other_types() {
        RuleRows rows = RuleRows.of(RuleSources.bundled().tables());
        DecisionTable missent = DecisionTable.read("checklist-missent.drl.xlsx",
                RuleSources.bundled().file("checklist-missent.drl.xlsx"));
        DecisionTable.Table table = missent.tables.get(0);
        assertThat(table.rows()).isNotEmpty().allSatisfy(row -> {
            String rule = table.name() + "_" + (row.rowIndex() + 1);
            assertThat(IncidentType.values()).filteredOn(type -> rows.canFire(rule, type))
                    .as(rule).containsExactly(IncidentType.MISSENT_OR_MISPUBLISHED);
        });
        // A rule that is no row of these tables (a developer's DRL) is kept for every type.
        assertThat(IncidentType.values()).allMatch(type -> rows.canFire("some other rule", type));
    }

    @Test
    @DisplayName("種別ごとのルールベースには、その種別の節の行と、種別を問わない行だけが入る")
    void each_checklist_section_is_planned_with_its_own_rules_only() {
        Engine engine = Engine.build(RuleSources.bundled());
        List<KieBase> kieBases = engine.ruleBases().kieBases();
        assertThat(kieBases).hasSize(IncidentType.values().length);
        Map<IncidentType, String> sections = Map.of(
                IncidentType.MISSENT_OR_MISPUBLISHED, "メール誤送信・web誤公開_",
                IncidentType.LOST_OR_STOLEN, "紛失・盗難_",
                IncidentType.EXTERNAL_ATTACK, "外部攻撃_",
                IncidentType.INSIDER_LEAK, "内部犯行_");
        for (IncidentType type : IncidentType.values()) {
            List<String> rules = kieBases.get(type.ordinal()).getKiePackages().stream()
                    .flatMap(p -> p.getRules().stream()).map(Rule::getName).toList();
            assertThat(rules).as(type + ": its own section").anyMatch(rule -> rule.startsWith(sections.get(type)));
            sections.forEach((other, prefix) -> {
                if (other != type) {
                    assertThat(rules).as(type + ": no row of " + other).noneMatch(rule -> rule.startsWith(prefix));
                }
            });
            assertThat(rules).as(type + ": every deadline row").filteredOn(rule -> rule.startsWith("期限_")).isNotEmpty();
        }
    }

    @Test
    void tables_that_differ_by_one_byte_are_compiled_at_run_time() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        RuleSources bundled = RuleSources.bundled();
        bundled.names().forEach(name -> files.put(name, bundled.file(name)));
        byte[] changed = files.get("deadlines.drl.xlsx").clone();
        changed[changed.length - 1] ^= 1;
        files.put("deadlines.drl.xlsx", changed);

        assertThat(Precompiled.of(RuleSources.of(files))).isEmpty();
    }

    @Test
    void the_precompiled_form_can_be_switched_off() {
        String before = System.getProperty(Precompiled.DISABLE_PROPERTY);
        System.setProperty(Precompiled.DISABLE_PROPERTY, "false");
        try {
            assertThat(Precompiled.of(RuleSources.bundled())).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty(Precompiled.DISABLE_PROPERTY);
            } else {
                System.setProperty(Precompiled.DISABLE_PROPERTY, before);
            }
        }
    }

    @Test
    void the_data_workbooks_read_the_same_from_their_cells() {
        RuleSources bundled = RuleSources.bundled();
        Precompiled form = Precompiled.of(bundled).orElseThrow();
        for (String file : RuleSources.DATA_FILES) {
            assertThat(DataSheet.dump(file, bundled.file(file))).as(file).isEqualTo(form.sheets(file));
        }
    }
}
