package dev.leakcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Plan;
import dev.leakcheck.rules.ChildJvm;
import dev.leakcheck.rules.LeakcheckEngine;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An application with its own logging binding (here logback, a test dependency) embeds the libraries:
 * its own log lines are printed, and neither SLF4J nor the Log4j API that POI uses complains about a
 * missing or a second provider. The libraries bring the SLF4J API only, and route POI's Log4j API to it.
 */
@DisplayName("ロギング: 自前のバインディング（logback）を持つアプリに、警告なしでログが届く")
class LoggingTest {

    /** The application: logs a line of its own, plans an incident, reads JSON and opens a workbook with POI. */
    public static final class Application {
        public static void main(String[] args) throws Exception {
            Logger log = LoggerFactory.getLogger("the.application");
            log.warn("the application's own line");
            Plan plan = LeakcheckEngine.bundled().plan(Incident.builder("LOG-1", IncidentType.LOST_OR_STOLEN).build());
            java.nio.file.Path file = java.nio.file.Files.createTempFile("leakcheck-logging", ".json");
            java.nio.file.Files.writeString(file, IncidentJson.write(Incident.builder("LOG-2", IncidentType.EXTERNAL_ATTACK).build()));
            Incident read = IncidentJson.read(file);
            java.nio.file.Files.delete(file);
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                workbook.createSheet("x");
            }
            org.apache.logging.log4j.LogManager.getLogger("through.log4j.api").warn("a line through the Log4j API");
            System.out.println("planned " + plan.actions().size() + " actions; read " + read.id());
        }
    }

    @Test
    void the_application_s_binding_gets_every_line_and_nothing_warns_about_providers() throws Exception {
        ChildJvm.Run run = ChildJvm.run(ChildJvm.TEST_JVM_FLAGS, Application.class);
        String output = run.outText() + run.errText();

        assertThat(run.exit()).as(output).isZero();
        assertThat(output).contains("WARN the.application - the application's own line")
                .contains("WARN through.log4j.api - a line through the Log4j API")
                .contains("planned ").contains("read LOG-2");
        assertThat(output).doesNotContain("SLF4J(W)").doesNotContain("SLF4J: ")
                .doesNotContain("No SLF4J providers").doesNotContain("multiple SLF4J providers")
                .doesNotContain("Log4j API could not find a logging provider").doesNotContain("StatusLogger");
    }
}
