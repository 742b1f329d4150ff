package dev.leakcheck.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.rules.ReloadableEngine;
import dev.leakcheck.spring.api.LeakcheckApiController;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import dev.leakcheck.spring.api.LeakcheckApiAutoConfiguration;

/** The beans and conditions of the starter, without a server (one bundled engine per context). */
class LeakcheckAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LeakcheckAutoConfiguration.class, LeakcheckApiAutoConfiguration.class));

    @Test
    void bundledRulesByDefaultWithHealthAndInfoAndNoApiOutsideAWebApplication() {
        runner.withPropertyValues("leakcheck.api.enabled=true").run(context -> {
            assertThat(context).hasSingleBean(LeakcheckEngine.class).hasSingleBean(LeakcheckRules.class)
                    .doesNotHaveBean(ReloadableEngine.class).doesNotHaveBean(RulesDirectoryWatcher.class)
                    .doesNotHaveBean(LeakcheckApiController.class);
            RulesSnapshot now = context.getBean(LeakcheckRules.class).current();
            assertThat(now.version()).startsWith("bundled-").doesNotContain("${");
            assertThat(now.workbooks()).hasSize(Workbooks.BUNDLED.size()).allSatisfy((name, digest) -> assertThat(digest).hasSize(64));
            assertThat(context.getBean(LeakcheckEngine.class)).isSameAs(now.engine());

            assertThat(((HealthIndicator) context.getBean("leakcheckHealthIndicator")).health().getStatus()).isEqualTo(Status.UP);
            Info.Builder info = new Info.Builder();
            ((InfoContributor) context.getBean("leakcheckInfoContributor")).contribute(info);
            @SuppressWarnings("unchecked")
            Map<String, Object> leakcheck = (Map<String, Object>) info.build().getDetails().get("leakcheck");
            assertThat(leakcheck).containsKeys("version", "source", "workbooks", "loadedAt");
        });
    }

    /**
     * {@code leakcheck.organisation.*} sets the organisation once: a bank whose APPI reports the PPC
     * delegated to the FSA. Every engine the rules serve plans for it; an incident's own answers win.
     */
    @Test
    void theOrganisationIsSetOnceByProperties() {
        runner.withPropertyValues("leakcheck.organisation.kind=BUSINESS", "leakcheck.organisation.sectors=FINANCE",
                "leakcheck.organisation.report-recipient=金融庁").run(context -> {
            LeakcheckRules rules = context.getBean(LeakcheckRules.class);
            dev.leakcheck.model.Incident email = dev.leakcheck.model.Incident.builder("ORG-1",
                    dev.leakcheck.model.IncidentType.MISSENT_OR_MISPUBLISHED).build();
            dev.leakcheck.model.Plan plan = rules.plan(email);

            assertThat(plan.report("APPI_BUSINESS").orElseThrow().authority().ja()).isEqualTo("金融庁");
            assertThat(plan.report("FINANCE_SECTOR")).isPresent();
            assertThat(plan.report("APPI_PUBLIC_SECTOR")).as("a business: no public-body report").isEmpty();
            assertThat(plan.questions()).extracting(dev.leakcheck.model.Question::field)
                    .doesNotContain("organisation.sectors");
            assertThat(context.getBean(LeakcheckEngine.class).plan(email).reports()).isEqualTo(plan.reports());

            // An incident's own answer wins: this one says the organisation is in no regulated sector.
            dev.leakcheck.model.Plan none = rules.plan(email.withOrganisation(
                    dev.leakcheck.model.Organisation.UNKNOWN.withSectors(java.util.Set.of())));
            assertThat(none.report("FINANCE_SECTOR")).isEmpty();
            // Rules swapped in later plan for the organisation too.
            rules.swap(LeakcheckRules.bundled(java.time.Clock.systemUTC()));
            assertThat(rules.plan(email).report("APPI_BUSINESS").orElseThrow().authority().ja()).isEqualTo("金融庁");
        });
    }

    @Test
    void theApiOnlyInAWebApplicationThatEnablesIt() {
        WebApplicationContextRunner web = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LeakcheckAutoConfiguration.class, LeakcheckApiAutoConfiguration.class))
                .withBean(LeakcheckRules.class, () -> new LeakcheckRules(LeakcheckRules.bundled(java.time.Clock.systemUTC()),
                        java.time.Clock.systemUTC()));
        web.run(context -> assertThat(context).doesNotHaveBean(LeakcheckApiController.class));
        web.withPropertyValues("leakcheck.api.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(LeakcheckApiController.class));
    }

    @Test
    void aRulesDirectoryIsWatchedAndABrokenEditNeverReplacesTheRules(@TempDir Path directory) throws Exception {
        Path calendar = directory.resolve("calendar.xlsx");
        try (InputStream in = LeakcheckEngine.class.getResourceAsStream("/dev/leakcheck/rules/calendar.xlsx")) {
            Files.copy(in, calendar);
        }
        runner.withPropertyValues("leakcheck.rules.directory=" + directory, "leakcheck.rules.reload-interval=1h")
                .run(context -> {
                    assertThat(context).hasSingleBean(ReloadableEngine.class).hasSingleBean(RulesDirectoryWatcher.class);
                    LeakcheckRules rules = context.getBean(LeakcheckRules.class);
                    RulesSnapshot first = rules.current();
                    assertThat(first.version()).isEqualTo("directory");
                    assertThat(first.workbooks()).isEqualTo(Workbooks.bundled());

                    RulesDirectoryWatcher watcher = context.getBean(RulesDirectoryWatcher.class);
                    assertThat(watcher.check()).as("nothing changed").isFalse();
                    Files.writeString(calendar, "not a workbook", StandardCharsets.UTF_8);
                    assertThat(watcher.check()).as("a broken edit is refused").isFalse();
                    assertThat(rules.current()).isSameAs(first);
                    assertThat(rules.lastProblems()).isNotEmpty();
                    var health = ((HealthIndicator) context.getBean("leakcheckHealthIndicator")).health();
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails()).containsKey("lastChangeRefused");
                });
    }
}
