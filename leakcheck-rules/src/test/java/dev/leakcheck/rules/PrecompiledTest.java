package dev.leakcheck.rules;

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
