package dev.leakcheck.cli.interview;

import dev.leakcheck.rules.Labels;
import dev.leakcheck.json.IncidentLimit;
import dev.leakcheck.model.Answer;
import dev.leakcheck.cli.report.DeadlineText;
import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Phase;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.PpcReport;
import dev.leakcheck.model.Question;
import dev.leakcheck.model.Text;
import dev.leakcheck.model.field.IncidentEditor;
import dev.leakcheck.model.field.IncidentField;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The guided interview: asks the incident type, then the plan's open questions one at a time, in
 * the plan's order, and after every answer plans again, says at once what became urgent, and saves
 * the incident so that the session can stop and be resumed.
 *
 * <p>The questions, their words and their order are the plan's ({@link Plan#questions()}): this
 * class only knows how to ask for the kind of answer each field takes ({@link IncidentField}). It
 * reads lines, so it works the same on a terminal and on piped input; the end of the input stops
 * the session like {@code q}.
 */
public final class Interview {

    /** How the session ended. */
    public enum End {
        /** Every open question was answered or left unknown. */
        COMPLETED,
        /** q, or the end of the input. */
        STOPPED
    }

    /** The outcome: the incident as it stands (empty when stopped before the type was chosen). */
    public record Outcome(End end, Optional<Incident> incident) {
    }

    private static final Text UNKNOWN_OPTION = Text.of("わからない（この質問を飛ばす）", "unknown (skip this question)");
    private static final Text STOP_OPTION = Text.of("中断して保存", "stop and save");
    /** The longest answer: as long as a text of the incident may be. */
    private static final IncidentLimit MAX_ANSWER = IncidentLimit.STRING_CHARS;
    private static final Text TOO_LONG = Text.of(
            "回答が長すぎます。" + MAX_ANSWER.shown() + " 文字までにして、もう一度入力してください",
            "the answer is too long: type at most " + MAX_ANSWER.shown() + " characters");
    /** How much of a line that is too long is echoed back. */
    private static final int ECHOED = 40;

    private final Function<Incident, Plan> planner;
    private final Labels labels;
    private final Language language;
    private final AnswerLines in;
    private final PrintWriter out;
    private final boolean echo;
    private final Consumer<Incident> save;
    private final String saveName;
    private final String command;

    /** As below, with the tool named {@code leakcheck} in the messages that tell how to go on. */
    public Interview(Function<Incident, Plan> planner, Labels labels, Language language, BufferedReader in,
            PrintWriter out, boolean echo, Consumer<Incident> save, String saveName) {
        this(planner, labels, language, in, out, echo, save, saveName, "leakcheck");
    }

    /**
     * @param planner  makes the plan of an incident (the engine)
     * @param echo     write each line read after its prompt, so that a transcript of piped input reads
     *                 like a conversation (a terminal echoes by itself)
     * @param save     stores the incident after every answer; may throw {@link UncheckedIOException}
     * @param saveName the file the incident is saved to, as the messages name it
     * @param command  how the tool is run again (e.g. {@code java -jar leakcheck-cli/target/leakcheck.jar}), for
     *                 the commands the messages tell the person to type
     */
    public Interview(Function<Incident, Plan> planner, Labels labels, Language language, BufferedReader in,
            PrintWriter out, boolean echo, Consumer<Incident> save, String saveName, String command) {
        this.planner = Objects.requireNonNull(planner);
        this.labels = Objects.requireNonNull(labels);
        this.language = Objects.requireNonNull(language);
        this.in = new AnswerLines(Objects.requireNonNull(in), MAX_ANSWER.max());
        this.out = Objects.requireNonNull(out);
        this.echo = echo;
        this.save = Objects.requireNonNull(save);
        this.saveName = Objects.requireNonNull(saveName);
        this.command = Objects.requireNonNull(command);
    }

    /** A new incident: asks its type first; {@code id} is the id it gets. */
    public Outcome start(String id) {
        introduce();
        Optional<IncidentType> type = askType();
        if (type.isEmpty()) {
            say(Text.of("中断しました。まだ何も答えていないので、保存はしていません。",
                    "Stopped. Nothing was answered, so nothing was saved."));
            return new Outcome(End.STOPPED, Optional.empty());
        }
        Incident incident = Incident.builder(id, type.get()).build();
        save.accept(incident);
        return interview(incident);
    }

    /** An incident saved by an earlier session: goes on with its open questions. */
    public Outcome resume(Incident incident) {
        introduce();
        say(Text.of("「" + saveName + "」の続きから始めます（種別: " + labels.value(incident.type()).ja() + "）。",
                "Resuming \"" + saveName + "\" (type: " + labels.value(incident.type()).en() + ")."));
        return interview(incident);
    }

    private void introduce() {
        say(Text.of("leakcheck interview — チェックリストの質問に答えると、対応計画ができていきます。",
                "leakcheck interview — answer the checklist's questions and the response plan takes shape."));
        say(Text.of("回答するたびに「" + saveName + "」に保存します。中断しても --resume " + saveName + " で続けられます。",
                "Every answer is saved to \"" + saveName + "\"; stop any time and go on with --resume " + saveName + "."));
        say(Text.of("答え方: 番号か文字を入力して Enter。 ? = わからない（飛ばす）  q = 中断して保存",
                "How to answer: type a number or text and press Enter.  ? = unknown (skip)  q = stop and save"));
    }

    private Optional<IncidentType> askType() {
        List<Option> options = new ArrayList<>();
        for (IncidentType type : IncidentType.values()) {
            options.add(new Option(type.name(), type, labels.value(type)));
        }
        while (true) {
            out.println();
            say(Text.of("事案の種別は？（チェックリストのどの章にあたりますか）",
                    "What kind of incident is it? (which section of the checklist)"));
            printOptions(options);
            out.println("  q) " + STOP_OPTION.in(language));
            Optional<String> line = readLine();
            if (line.isEmpty()) {
                return Optional.empty();
            }
            String token = AnswerParser.normalize(line.get());
            if (token.equals("q") || token.equals("中断") || token.equals("quit")) {
                return Optional.empty();
            }
            Option option = AnswerParser.option(options, token);
            if (option != null) {
                return Optional.of((IncidentType) option.value());
            }
            hint(Text.of("種別は必須です。1〜" + options.size() + " の番号で答えてください（q = 中断）",
                    "the type is needed: answer with a number from 1 to " + options.size() + " (q = stop)"));
        }
    }

    private Outcome interview(Incident start) {
        Incident incident = start;
        Plan plan = planner.apply(incident);
        overview(plan);
        Set<String> skipped = new HashSet<>();
        int asked = 0;
        while (true) {
            Optional<Question> next = plan.questions().stream().filter(q -> !skipped.contains(q.field())).findFirst();
            if (next.isEmpty()) {
                finish(plan, skipped);
                return new Outcome(End.COMPLETED, Optional.of(incident));
            }
            Question question = next.get();
            Optional<IncidentField.Path> field = IncidentField.parse(question.field());
            if (field.isEmpty()) {
                // A question of a newer catalogue about a field this tool cannot set: left for the JSON.
                say(Text.of("（「" + question.field() + "」はこの対話では答えられません。JSON に直接書いてください）",
                        "(\"" + question.field() + "\" cannot be answered here: write it in the JSON)"));
                skipped.add(question.field());
                continue;
            }
            long remaining = plan.questions().stream().filter(q -> !skipped.contains(q.field())).count();
            asked++;
            Optional<Incident> answered = ask(question, field.get(), incident, asked, remaining);
            if (answered == null) {
                stopped();
                return new Outcome(End.STOPPED, Optional.of(incident));
            }
            if (answered.isEmpty()) {
                skipped.add(question.field());
                continue;
            }
            incident = answered.get();
            save.accept(incident);
            Plan previous = plan;
            plan = planner.apply(incident);
            react(previous, plan);
        }
    }

    /**
     * Asks one question until it gets an answer the model takes. Empty when left unknown; null when
     * the person stopped.
     */
    private Optional<Incident> ask(Question question, IncidentField.Path path, Incident incident, int number,
            long remaining) {
        List<Option> options = options(path);
        while (true) {
            out.println();
            out.println("[" + number + "] " + question.text().in(language));
            out.println("    " + path + Text.of(" ・ 残り " + remaining + " 問", " · " + remaining + " to go").in(language));
            printOptions(options);
            Text how = how(path.field().kind());
            if (how != null) {
                out.println("  " + how.in(language));
            }
            out.println("  ?) " + UNKNOWN_OPTION.in(language) + "   q) " + STOP_OPTION.in(language));
            Optional<String> line = readLine();
            if (line.isEmpty()) {
                return null;
            }
            Reply reply = AnswerParser.parse(path.field(), options, line.get());
            if (reply instanceof Reply.Stop) {
                return null;
            }
            if (reply instanceof Reply.Unknown) {
                return Optional.empty();
            }
            if (reply instanceof Reply.Invalid invalid) {
                hint(invalid.hint());
                continue;
            }
            try {
                return Optional.of(IncidentEditor.apply(incident, path, ((Reply.Value) reply).value()));
            } catch (IllegalArgumentException refused) {
                // The model's own checks (occurredAt after awareAt…): its message names fields, not data.
                hint(Text.of("この答えは他の答えと矛盾します（" + refused.getMessage() + "）",
                        "this answer contradicts another one (" + refused.getMessage() + ")"));
            }
        }
    }

    private List<Option> options(IncidentField.Path path) {
        List<Option> options = new ArrayList<>();
        switch (path.field().kind()) {
            case YES_NO -> {
                for (Answer answer : List.of(Answer.YES, Answer.NO)) {
                    options.add(new Option(answer.name(), answer, yesNoLabel(path.field(), answer)));
                }
            }
            case CHOICE, CHOICES -> {
                for (Enum<?> constant : path.field().choices()) {
                    options.add(new Option(constant.name(), constant, labels.value(constant)));
                }
            }
            default -> {
            }
        }
        return options;
    }

    /**
     * はい / いいえ, from the catalogue; the one either-or question of the checklist (盗まれたのですか、
     * それとも紛失ですか) names both sides, since "yes" alone would not say which.
     */
    private Text yesNoLabel(IncidentField field, Answer answer) {
        Text label = labels.value(answer);
        if (field == IncidentField.LOST_STOLEN) {
            return answer == Answer.YES ? Text.of(label.ja() + "（盗難）", label.en() + " (stolen)")
                    : Text.of(label.ja() + "（紛失）", label.en() + " (lost)");
        }
        return label;
    }

    private static Text how(IncidentField.Kind kind) {
        return switch (kind) {
            case CHOICES -> Text.of("（番号をカンマで区切って複数選べます。どれでもなければ 0）",
                    "(several numbers, separated by commas; 0 for none)");
            case TEXT -> Text.of("（文字で入力）", "(type the answer)");
            case TEXTS -> Text.of("（名前をカンマで区切って入力）", "(type the names, separated by commas)");
            case COUNT -> Text.of("（人数を数字で入力。例: 1200）", "(type the number of persons, e.g. 1200)");
            case DATE_TIME -> Text.of("（日時を入力。例: 2026-12-01 10:00 ＝日本時間）",
                    "(type the date and time, e.g. 2026-12-01 10:00 = Japan time)");
            default -> null;
        };
    }

    private void printOptions(List<Option> options) {
        for (int i = 0; i < options.size(); i++) {
            out.println("  " + (i + 1) + ") " + options.get(i).label().in(language));
        }
    }

    /** Where the plan stands: what to do first, the nearest deadline, the report to the PPC. */
    private void overview(Plan plan) {
        out.println();
        List<PlannedAction> first = first(plan);
        if (!first.isEmpty()) {
            say(Text.of("■ 真っ先にすべき対応", "■ Do these first"));
            first.forEach(a -> out.println("  - " + title(a)));
        }
        out.println("■ " + deadlineLine(plan).in(language));
        out.println("■ " + ppcLine(plan.ppcReport()).in(language));
    }

    /** After an answer: what the new plan adds that cannot wait. */
    private void react(Plan previous, Plan plan) {
        Set<String> before = new HashSet<>(first(previous).stream().map(PlannedAction::code).toList());
        for (PlannedAction action : first(plan)) {
            if (!before.contains(action.code())) {
                say(Text.of("  → 真っ先にすべき対応が加わりました: " + title(action),
                        "  → New, do it first: " + title(action)));
            }
        }
        if (!deadlineLine(previous).equals(deadlineLine(plan))) {
            out.println("  → " + deadlineLine(plan).in(language));
        }
        PpcReport was = previous.ppcReport();
        PpcReport now = plan.ppcReport();
        if (was.required() != now.required() || was.provisional() != now.provisional()) {
            out.println("  → " + ppcLine(now).in(language));
        }
        out.flush();
    }

    private void finish(Plan plan, Set<String> skipped) {
        out.println();
        say(Text.of("質問は以上です" + (skipped.isEmpty() ? "。" : "（わからない: " + skipped.size() + " 問）。"),
                "No more questions" + (skipped.isEmpty() ? "." : " (" + skipped.size() + " left unknown).")));
        overview(plan);
        List<PlannedAction> dated = plan.actions().stream().filter(a -> a.deadline().isPresent())
                .sorted(Comparator.comparing((PlannedAction a) -> a.deadline().get(), DeadlineText.ORDER))
                .toList();
        if (!dated.isEmpty()) {
            say(Text.of("■ 期限のある対応", "■ Actions with a deadline"));
            for (PlannedAction action : dated) {
                Deadline d = action.deadline().get();
                out.println("  " + DeadlineText.due(d) + Text.of(" まで（目標 ", " at the latest (aim for ").in(language)
                        + d.target() + Text.of("） ", ") ").in(language) + overdue(d).in(language) + title(action));
            }
        }
        say(Text.of("回答は「" + saveName + "」に保存しました。対応計画の全体（理由・出典つき）は:",
                "The answers are saved in \"" + saveName + "\". The whole plan, with reasons and sources:"));
        out.println("  " + command + " report " + shellWord(saveName) + " --format html --output report.html"
                + (language == Language.EN ? " --lang en" : ""));
        out.flush();
    }

    private void stopped() {
        out.println();
        say(Text.of("中断しました。回答は「" + saveName + "」に保存してあります。続けるには:",
                "Stopped. The answers are saved in \"" + saveName + "\". To go on:"));
        out.println("  " + command + " interview --resume " + shellWord(saveName) + (language == Language.EN ? " --lang en" : ""));
        out.flush();
    }

    /** A file name as a shell reads it back: quoted when it holds a space or a character the shell would expand. */
    public static String shellWord(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9._/:@%+=,-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private Text deadlineLine(Plan plan) {
        Optional<PlannedAction> nearest = nearest(plan);
        if (nearest.isEmpty()) {
            return Text.of("期限: まだ計算できません（気づいた日時 discovery.awareAt が未回答）",
                    "Deadlines: not computed yet (discovery.awareAt, when you became aware, is unanswered)");
        }
        PlannedAction action = nearest.get();
        Deadline d = action.deadline().get();
        return Text.of("最も近い期限: " + DeadlineText.due(d) + "（目標 " + d.target() + "） " + overdue(d).ja()
                + title(action, Language.JA), "Nearest deadline: " + DeadlineText.due(d) + " (aim for " + d.target() + ") "
                + overdue(d).en() + title(action, Language.EN));
    }

    /** 「【期限切れ】」 before the title of a deadline that had passed when the plan was made. */
    private static Text overdue(Deadline d) {
        return d.overdue() ? Text.of("【" + DeadlineText.OVERDUE.ja() + "】", "[" + DeadlineText.OVERDUE.en() + "] ")
                : Text.of("", "");
    }

    private static Text ppcLine(PpcReport report) {
        if (!report.required()) {
            return Text.of("個人情報保護委員会への報告: 不要", "Report to the PPC: not required");
        }
        if (report.provisional()) {
            return Text.of("個人情報保護委員会への報告: 必要かもしれません（暫定。質問に答えると確定します）",
                    "Report to the PPC: may be required (provisional: the questions will settle it)");
        }
        return Text.of("個人情報保護委員会への報告: 必要", "Report to the PPC: required");
    }

    /** The action due first (then aimed at first, then in plan order). */
    static Optional<PlannedAction> nearest(Plan plan) {
        return plan.actions().stream().filter(a -> a.deadline().isPresent())
                .min(Comparator.comparing((PlannedAction a) -> a.deadline().get(), DeadlineText.ORDER));
    }

    private static List<PlannedAction> first(Plan plan) {
        return plan.actions().stream().filter(a -> a.phase() == Phase.FIRST).toList();
    }

    private String title(PlannedAction action) {
        return title(action, language);
    }

    private static String title(PlannedAction action, Language language) {
        String title = action.title().in(language);
        return action.provisional() ? title + Text.of("（暫定）", " (provisional)").in(language) : title;
    }

    /** The next answer; empty at the end of the input. A line past the bound is refused, and asked again. */
    private Optional<String> readLine() {
        while (true) {
            out.print("> ");
            out.flush();
            Optional<AnswerLines.Line> line;
            try {
                line = in.next();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (echo) {
                out.println(line.map(l -> l.tooLong() ? l.text().substring(0, ECHOED) + "…" : l.text()).orElse(""));
            }
            if (line.isEmpty() || !line.get().tooLong()) {
                return line.map(AnswerLines.Line::text);
            }
            hint(TOO_LONG);
        }
    }

    private void hint(Text hint) {
        out.println("  ! " + hint.in(language));
    }

    private void say(Text text) {
        out.println(text.in(language));
    }
}
