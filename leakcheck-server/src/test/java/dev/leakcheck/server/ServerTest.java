package dev.leakcheck.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context of the server's tests: the running server on a random port, the {@code test} profile
 * (an in-memory database, a publishing token) and a clock fixed on 2027-01-01 so that the sample's deadlines
 * are overdue. Every test class that starts the server carries this annotation and nothing else that changes
 * the context, so that Spring starts it once for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {LeakcheckServer.class, ServerTest.FixedClock.class})
@ActiveProfiles("test")
public @interface ServerTest {

    /** The fixed clock. */
    @TestConfiguration
    class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);
        }
    }
}
