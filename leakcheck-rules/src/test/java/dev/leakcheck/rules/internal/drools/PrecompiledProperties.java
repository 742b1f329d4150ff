package dev.leakcheck.rules.internal.drools;

import dev.leakcheck.rules.RandomIncidents;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Incident;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The bundled tables precompiled by the build and the same tables compiled at run time, as tables
 * from outside the jar are: the two engines must make the same plan for every incident. jqwik's default
 * number of tries: 200 in every build (src/test/resources/junit-platform.properties), 1,000 with
 * {@code -Pstress}.
 */
@Label("事前コンパイルしたルールと実行時にコンパイルしたルールは同じ計画を作る")
class PrecompiledProperties {

    private static Engine precompiled;
    private static Engine compiled;

    @BeforeContainer
    static void buildBothEngines() {
        RuleSources bundled = RuleSources.bundled();
        precompiled = Engine.build(bundled, Precompiled.of(bundled));
        // The run-time path: DRL from the tables, compiled, self-checked at start-up.
        compiled = Engine.build(bundled, Optional.empty());
    }

    @Property
    void both_engines_make_the_same_plan(@ForAll("incidents") Incident incident) {
        assertThat(precompiled.plan(incident)).isEqualTo(compiled.plan(incident));
    }

    @Provide
    Arbitrary<Incident> incidents() {
        return RandomIncidents.incidents();
    }
}
