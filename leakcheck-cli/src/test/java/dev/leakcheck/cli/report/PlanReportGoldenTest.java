package dev.leakcheck.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The report of a hand-built plan, byte for byte, against files a person has looked at
 * (src/test/resources/report/). Nothing in the report depends on the clock or the machine, so the
 * bytes only change when the report's layout or words do. After a deliberate change, regenerate with
 * {@code mvn -B verify -pl leakcheck-cli -am -Dleakcheck.updateGolden=true}, look at the diff,
 * and commit it.
 */
class PlanReportGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/report");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"MD, JA, plan-ja.md", "MD, EN, plan-en.md", "HTML, JA, plan-ja.html", "HTML, EN, plan-en.html"})
    void the_report_is_the_golden_file(PlanReport.Format format, Language language, String file) throws IOException {
        String report = PlanReport.write(ReportFixture.plan(), format, language, ReportFixture.labels());
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("leakcheck.updateGolden")) {
            Files.writeString(golden, report, StandardCharsets.UTF_8);
        }

        assertThat(report).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
