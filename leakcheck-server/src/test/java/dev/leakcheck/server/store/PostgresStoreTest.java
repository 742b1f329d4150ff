package dev.leakcheck.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The Flyway schema and the stores on a real PostgreSQL, in a schema of their own dropped afterwards.
 * Where: LEAKCHECK_TEST_POSTGRES_URL (with _USER and _PASSWORD), as .ci/run sets them; without it
 * localhost:5432/leakcheck_test as leakcheck/leakcheck is tried, and the test is skipped, saying so,
 * when nothing answers there. When the variable is set, an unreachable database fails the test.
 */
class PostgresStoreTest {

    private static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/leakcheck_test";
    private static String url;
    private static String user;
    private static String password;
    private static final String SCHEMA = "leakcheck_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static JdbcClient jdbc;

    @BeforeAll
    static void connect() {
        String configured = System.getenv("LEAKCHECK_TEST_POSTGRES_URL");
        url = configured == null || configured.isBlank() ? DEFAULT_URL : configured;
        user = System.getenv().getOrDefault("LEAKCHECK_TEST_POSTGRES_USER", "leakcheck");
        password = System.getenv().getOrDefault("LEAKCHECK_TEST_POSTGRES_PASSWORD", "leakcheck");
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute("CREATE SCHEMA " + SCHEMA);
        } catch (SQLException e) {
            String why = "no PostgreSQL at " + url + " as " + user + " (" + e.getSQLState() + ")";
            if (configured != null && !configured.isBlank()) {
                fail("LEAKCHECK_TEST_POSTGRES_URL is set but " + why);
            }
            System.out.println("PostgresStoreTest skipped: " + why
                    + "; set LEAKCHECK_TEST_POSTGRES_URL/_USER/_PASSWORD (.ci/run does)");
            Assumptions.abort("skipped: " + why + "; set LEAKCHECK_TEST_POSTGRES_URL (.ci/run does)");
        }
        String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        Flyway.configure().dataSource(inSchema, user, password).schemas(SCHEMA).load().migrate();
        jdbc = JdbcClient.create(new DriverManagerDataSource(inSchema, user, password));
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (jdbc == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void incidentsTheirAnswersAndPlans() {
        IncidentStore store = new IncidentStore(jdbc);
        Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long id = store.create(created, "LOST_OR_STOLEN", LocalDate.of(2026, 12, 4), "{\"id\":\"PG-1\"}");
        store.plan(id, new IncidentStore.StoredPlan(1, created, "bundled", "{\"ja\":1}", "{\"en\":1}"));
        Instant answered = created.plusSeconds(60);
        assertThat(store.answer(id, 1, answered, "lost.device", "\"PC\"", "LOST_OR_STOLEN", null, "{\"id\":\"PG-1\",\"x\":1}")).isTrue();
        assertThat(store.answer(id, 1, answered, "lost.device", "\"PC\"", "LOST_OR_STOLEN", null, "{}"))
                .as("an answer made on a state someone else answered meanwhile").isFalse();
        store.plan(id, new IncidentStore.StoredPlan(2, answered, "published-1", "{\"ja\":2}", "{\"en\":2}"));

        IncidentStore.Row row = store.find(id).orElseThrow();
        assertThat(row.events()).isEqualTo(2);
        assertThat(row.createdAt()).isEqualTo(created);
        assertThat(row.nextDue()).isNull();
        assertThat(row.currentJson()).isEqualTo("{\"id\":\"PG-1\",\"x\":1}");
        assertThat(store.events(id)).extracting(IncidentStore.Event::kind).containsExactly("CREATED", "ANSWERED");
        assertThat(store.events(id).get(1).recordedAt()).isEqualTo(answered);
        assertThat(store.latestPlan(id).orElseThrow().rulesVersion()).isEqualTo("published-1");
        assertThat(store.list()).extracting(IncidentStore.Row::id).contains(id);
    }

    @Test
    void publishedRuleVersionsKeepTheirWorkbooks() {
        RulesStore store = new RulesStore(jdbc);
        byte[] bytes = "workbook bytes".getBytes(StandardCharsets.UTF_8);
        RulesStore.Version first = store.save(Instant.now(), "tester", "note", null, Map.of("calendar.xlsx", bytes));
        RulesStore.Version bundled = store.save(Instant.now(), "tester", "bundled", null, Map.of());
        RulesStore.Version restored = store.save(Instant.now(), "tester", null, first.id(), store.files(first.id()));
        assertThat(store.files(first.id()).get("calendar.xlsx")).isEqualTo(bytes);
        assertThat(store.files(bundled.id())).isEmpty();
        assertThat(store.latest().orElseThrow().id()).isEqualTo(restored.id());
        assertThat(store.latest().orElseThrow().restoredFrom()).isEqualTo(first.id());
        assertThat(store.list().get(2).workbooks()).containsKey("calendar.xlsx");
        assertThat(store.exists(restored.id() + 1000)).isFalse();
    }
}
