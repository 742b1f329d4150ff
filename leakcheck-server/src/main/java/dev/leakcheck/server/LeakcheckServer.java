package dev.leakcheck.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The decision service: {@code java -jar leakcheck-server.jar} serves the REST API (and, later, the pages)
 * on localhost:8080 with the bundled rules or the last published ones, storing incidents and rule versions
 * in an H2 file of the working directory, or in PostgreSQL by {@code spring.datasource.url}.
 */
@SpringBootApplication
@EnableConfigurationProperties(ServerProperties.class)
public class LeakcheckServer {

    /**
     * Starts the server.
     *
     * @param args Spring Boot's command line ({@code --server.port=9090}, …)
     */
    public static void main(String[] args) {
        SpringApplication.run(LeakcheckServer.class, args);
    }
}
