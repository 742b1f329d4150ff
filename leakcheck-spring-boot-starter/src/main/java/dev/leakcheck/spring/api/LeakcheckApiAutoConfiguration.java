package dev.leakcheck.spring.api;

import dev.leakcheck.spring.LeakcheckAutoConfiguration;
import dev.leakcheck.spring.LeakcheckProperties;
import dev.leakcheck.spring.LeakcheckRules;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.RestController;

/** The REST API under /api, in a servlet web application with {@code leakcheck.api.enabled=true}. */
@AutoConfiguration(after = LeakcheckAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RestController.class)
@ConditionalOnProperty(prefix = "leakcheck.api", name = "enabled", havingValue = "true")
public class LeakcheckApiAutoConfiguration {

    /**
     * @param rules the rules serving
     * @return the API's controller
     */
    @Bean
    public LeakcheckApiController leakcheckApiController(LeakcheckRules rules) {
        return new LeakcheckApiController(rules);
    }

    /** @return the API's error answers */
    @Bean
    public ApiErrors leakcheckApiErrors() {
        return new ApiErrors();
    }

    /**
     * @param properties the limit
     * @return the body size limit on /api/*
     */
    @Bean
    public FilterRegistrationBean<BodyLimitFilter> leakcheckBodyLimit(LeakcheckProperties properties) {
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(properties.getApi().getMaxJsonSize().toBytes()));
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
