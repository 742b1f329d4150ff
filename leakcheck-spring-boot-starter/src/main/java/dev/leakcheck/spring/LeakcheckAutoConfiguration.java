package dev.leakcheck.spring;

import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.rules.ReloadableEngine;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine for a Spring Boot application: {@link LeakcheckRules} (the rules serving now), the
 * {@link LeakcheckEngine} they started with, and with a rules directory its {@link ReloadableEngine} and
 * watcher; Actuator's health and info when Actuator is there.
 */
@AutoConfiguration
@EnableConfigurationProperties(LeakcheckProperties.class)
public class LeakcheckAutoConfiguration {

    /** @return the clock of loading times; an application may give its own */
    @Bean
    @ConditionalOnMissingBean
    public Clock leakcheckClock() {
        return Clock.systemUTC();
    }

    /** The bundled rules, when no rules directory is configured. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${leakcheck.rules.directory:}' == ''")
    static class Bundled {

        @Bean
        @ConditionalOnMissingBean
        LeakcheckRules leakcheckRules(Clock clock, LeakcheckProperties properties) {
            return new LeakcheckRules(LeakcheckRules.bundled(clock), clock, properties.getOrganisation().profile());
        }
    }

    /** The rules of a directory, reloaded when its workbooks change. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "leakcheck.rules", name = "directory")
    static class Directory {

        @Bean
        @ConditionalOnMissingBean
        ReloadableEngine leakcheckReloadableEngine(LeakcheckProperties properties) {
            return ReloadableEngine.over(properties.getRules().getDirectory(), properties.getRules().isTrustCode());
        }

        @Bean
        @ConditionalOnMissingBean
        LeakcheckRules leakcheckRules(ReloadableEngine engine, LeakcheckProperties properties, Clock clock) {
            Path directory = properties.getRules().getDirectory();
            return new LeakcheckRules(new RulesSnapshot(engine.current(), "directory", directory.toString(),
                    Workbooks.inForce(directory), clock.instant()), clock, properties.getOrganisation().profile());
        }

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        RulesDirectoryWatcher leakcheckRulesWatcher(ReloadableEngine engine, LeakcheckRules rules,
                                                    LeakcheckProperties properties) {
            return new RulesDirectoryWatcher(properties.getRules().getDirectory(), engine, rules,
                    properties.getRules().getReloadInterval());
        }
    }

    /**
     * The engine the application started with. To follow reloads and publications, plan through
     * {@link LeakcheckRules} instead.
     *
     * @param rules the rules serving
     * @return the engine serving at start-up
     */
    @Bean
    @ConditionalOnMissingBean
    public LeakcheckEngine leakcheckEngine(LeakcheckRules rules) {
        return rules.current().engine();
    }

    /** Actuator's health and info: which rules serve, since when, with which workbooks. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({HealthIndicator.class, InfoContributor.class})
    static class Actuator {

        @Bean
        @ConditionalOnMissingBean(name = "leakcheckHealthIndicator")
        HealthIndicator leakcheckHealthIndicator(LeakcheckRules rules) {
            return () -> {
                RulesSnapshot now = rules.current();
                var health = org.springframework.boot.actuate.health.Health.up()
                        .withDetail("version", now.version())
                        .withDetail("loadedAt", now.loadedAt().toString());
                if (!rules.lastProblems().isEmpty()) {
                    // The rules serve; the last edit was refused: worth a look, not an outage.
                    health.withDetail("lastChangeRefused", rules.lastProblems().size() + " problem(s)");
                }
                return health.build();
            };
        }

        @Bean
        @ConditionalOnMissingBean(name = "leakcheckInfoContributor")
        InfoContributor leakcheckInfoContributor(LeakcheckRules rules) {
            return builder -> builder.withDetail("leakcheck", rules.current().describe());
        }
    }
}
