package dev.leakcheck.rules.internal.drools;

import dev.leakcheck.rules.internal.workbook.DataSheet;
import dev.leakcheck.rules.internal.facts.Fact;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import dev.leakcheck.rules.internal.workbook.DecisionTable;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
    void a_rule_is_left_out_of_the_rule_base_of_a_type_only_when_it_requires_another_type() {
        String drl = """
                package dev.leakcheck.rules.test;
                import dev.leakcheck.rules.internal.facts.Fact;
                rule "lost"
                when
                    Fact(topic == "type", admits("LOST_OR_STOLEN"))
                    Fact(topic == "personal", admits("はい"))
                then
                end
                rule "two types"
                when
                    Fact(topic == "type", admits("LOST_OR_STOLEN, EXTERNAL_ATTACK"))
                then
                end
                rule "any type"
                when
                    Fact(topic == "personal", admits("はい"))
                then
                end
                rule "not a type"
                when
                    not Fact(topic == "type", admits("INSIDER_LEAK"))
                then
                end
                rule "another constraint too"
                when
                    Fact(topic == "type", admits("INSIDER_LEAK"), known)
                then
                end
                """;

        Map<String, java.util.Set<String>> types = Precompiler.ruleTypes(
                Map.of("test.drl", drl.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(types).containsOnlyKeys("dev.leakcheck.rules.test\tlost", "dev.leakcheck.rules.test\ttwo types");
        assertThat(types.get("dev.leakcheck.rules.test\tlost")).containsExactly("LOST_OR_STOLEN");
        assertThat(types.get("dev.leakcheck.rules.test\ttwo types")).containsExactlyInAnyOrder("LOST_OR_STOLEN",
                "EXTERNAL_ATTACK");
    }

    @Test
    void each_checklist_section_is_planned_with_its_own_rules_only() {
        Map<String, java.util.Set<String>> types = Precompiler.ruleTypes(RuleSources.bundled().ruleFiles());

        int rows = DecisionTable.read("checklist-missent.drl.xlsx",
                RuleSources.bundled().file("checklist-missent.drl.xlsx")).tables.get(0).rows().size();
        assertThat(types.entrySet()).filteredOn(e -> e.getKey().contains("\tメール誤送信・web誤公開_"))
                .hasSize(rows).allSatisfy(e -> assertThat(e.getValue()).containsExactly("MISSENT_OR_MISPUBLISHED"));
        assertThat(types.keySet()).noneMatch(rule -> rule.contains("\t期限_"));
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
