package dev.leakcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.InformationAsset;
import dev.leakcheck.model.Plan;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An incident of very many assets, as a program embedding the engine may build one (the JSON reader
 * takes 100): every answer unknown, so every step that gathers the fields still to answer sees them
 * all. Those steps once compared each field with every other (20,000 assets: minutes); they are linear
 * now. The timeout is a guard against that, not a measure.
 *
 * <p>{@code -Dleakcheck.manyAssets}: 5,000 assets in every build, 20,000 with {@code -Pstress}
 * (docs/PERFORMANCE.md).
 */
@DisplayName("情報資産が非常に多い事案も線形時間で計画する")
class ManyAssetsTest {

    private static final int ASSETS = Integer.getInteger("leakcheck.manyAssets", 20_000);

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void thousands_of_unknown_assets_are_planned() {
        Incident.Builder incident = Incident.builder("MANY", IncidentType.MISSENT_OR_MISPUBLISHED);
        for (int i = 0; i < ASSETS; i++) {
            incident.asset(InformationAsset.builder().build());
        }

        Plan plan = SharedEngine.get().plan(incident.build());

        assertThat(plan.questions()).anySatisfy(q -> assertThat(q.field()).isEqualTo("assets[" + (ASSETS - 1) + "].personal.included"));
        assertThat(plan.ppcReport().provisional()).isTrue();
    }
}
