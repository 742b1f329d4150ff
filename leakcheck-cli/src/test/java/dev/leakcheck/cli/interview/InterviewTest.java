package dev.leakcheck.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.rules.Labels;
import dev.leakcheck.model.Channel;
import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Necessity;
import dev.leakcheck.model.Phase;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.PpcReport;
import dev.leakcheck.model.Question;
import dev.leakcheck.model.Text;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The interview against a stand-in planner: it follows whatever the plan says. */
class InterviewTest {

    private final List<Incident> saved = new ArrayList<>();
    private final StringWriter transcript = new StringWriter();

    private static PlannedAction action(String code, Phase phase, Optional<Deadline> deadline) {
        return new PlannedAction(code, phase, Necessity.REQUIRED, false, Text.of(code + "の見出し", code + " title"),
                Optional.empty(), deadline, List.of(), Text.of("出典", "source"));
    }

    /**
     * Asks the channel, then a field this tool cannot set, then awareAt; adds a first action once the
     * channel is known, and a deadline once awareAt is.
     */
    private static final Function<Incident, Plan> PLANNER = incident -> {
        List<PlannedAction> actions = new ArrayList<>();
        actions.add(action("ALWAYS_FIRST", Phase.FIRST, Optional.empty()));
        if (incident.channel().isPresent()) {
            actions.add(action("CHANNEL_FIRST", Phase.FIRST, Optional.empty()));
        }
        Optional<LocalDate> aware = incident.discovery().awareAt().map(ZonedDateTime::toLocalDate);
        aware.ifPresent(date -> actions.add(action("REPORT", Phase.INITIAL, Optional.of(new Deadline(date.plusDays(3),
                date.plusDays(5), Text.of("根拠", "basis"))))));
        List<Question> questions = new ArrayList<>();
        if (incident.channel().isEmpty()) {
            questions.add(new Question("channel", Text.of("経路は？", "Channel?")));
        }
        questions.add(new Question("assets[0].newFieldOfANewerCatalogue", Text.of("新しい質問", "new question")));
        if (aware.isEmpty()) {
            questions.add(new Question("discovery.awareAt", Text.of("いつ気づきましたか？", "When?")));
        }
        return new Plan(incident.id(), incident.type(), aware, new PpcReport(false, false, List.of(), List.of(),
                List.of(), List.of()), actions, questions, List.of());
    };

    private Interview interview(String input) {
        return new Interview(PLANNER, Labels.bundled(), Language.JA, new BufferedReader(new StringReader(input)),
                new PrintWriter(transcript, true), true, saved::add, "x.json");
    }

    @Test
    void the_commands_it_tells_to_run_are_the_way_the_tool_was_started() {
        new Interview(PLANNER, Labels.bundled(), Language.JA, new BufferedReader(new StringReader("1\nq\n")),
                new PrintWriter(transcript, true), true, saved::add, "my case.json",
                "java -jar leakcheck-cli/target/leakcheck.jar").start("X-1");
        new Interview(PLANNER, Labels.bundled(), Language.JA, new BufferedReader(new StringReader("1\n1\n2026-12-01 10:00\n")),
                new PrintWriter(transcript, true), true, saved::add, "x.json",
                "java -jar leakcheck-cli/target/leakcheck.jar").start("X-2");

        assertThat(transcript.toString())
                .contains("  java -jar leakcheck-cli/target/leakcheck.jar interview --resume 'my case.json'\n")
                .contains("  java -jar leakcheck-cli/target/leakcheck.jar report x.json --format html --output report.html\n")
                .doesNotContain("  leakcheck ");
    }

    @Test
    void an_answer_past_the_length_limit_is_refused_and_asked_again() {
        Interview.Outcome outcome = interview("x".repeat(1_000_000) + "\n1\nq\n").start("X-1");

        String out = transcript.toString();
        assertThat(outcome.end()).isEqualTo(Interview.End.STOPPED);
        assertThat(out).contains("> " + "x".repeat(40) + "…\n  ! 回答が長すぎます。4,000 文字までにして、もう一度入力してください")
                .doesNotContain("x".repeat(41));
        assertThat(outcome.incident().orElseThrow().type()).isEqualTo(IncidentType.MISSENT_OR_MISPUBLISHED);
    }

    @Test
    void a_new_first_action_and_the_nearest_deadline_are_shown_as_soon_as_they_appear() {
        Interview.Outcome outcome = interview("1\n1\n2026-12-01 10:00\n").start("X-1");

        String out = transcript.toString();
        assertThat(outcome.end()).isEqualTo(Interview.End.COMPLETED);
        assertThat(out).contains("  → 真っ先にすべき対応が加わりました: CHANNEL_FIRSTの見出し")
                .contains("  → 最も近い期限: 2026-12-06（目標 2026-12-04） REPORTの見出し");
        assertThat(out).doesNotContain("加わりました: ALWAYS_FIRST");
    }

    @Test
    void a_question_about_a_field_the_tool_cannot_set_is_passed_over_with_a_note() {
        interview("1\n1\n2026-12-01 10:00\n").start("X-1");

        assertThat(transcript.toString()).contains("「assets[0].newFieldOfANewerCatalogue」はこの対話では答えられません");
    }

    @Test
    void the_incident_is_saved_once_the_type_is_known_and_after_every_answer() {
        Interview.Outcome outcome = interview("1\n1\n2026-12-01 10:00\n").start("X-1");

        assertThat(saved).hasSize(3);
        assertThat(saved.get(0)).isEqualTo(Incident.builder("X-1", IncidentType.MISSENT_OR_MISPUBLISHED).build());
        assertThat(saved.get(1).channel()).contains(Channel.EMAIL);
        assertThat(outcome.incident()).contains(saved.get(2));
    }

    @Test
    void an_answer_the_model_refuses_is_asked_again() {
        Incident incident = Incident.builder("X-2", IncidentType.MISSENT_OR_MISPUBLISHED).channel(Channel.EMAIL)
                .occurredAt(ZonedDateTime.parse("2026-12-01T12:00:00+09:00")).build();

        Interview.Outcome outcome = interview("2026-12-01 10:00\n2026-12-01 13:00\n").resume(incident);

        assertThat(transcript.toString()).contains("  ! この答えは他の答えと矛盾します（occurredAt: must not be after");
        assertThat(outcome.end()).isEqualTo(Interview.End.COMPLETED);
        assertThat(outcome.incident().get().discovery().awareAt())
                .contains(ZonedDateTime.parse("2026-12-01T13:00:00+09:00"));
    }
}
