package dev.leakcheck.rules;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Question;
import dev.leakcheck.model.ReportItem;
import dev.leakcheck.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drafts the nine items of the report to the PPC (Rule 8(1)) from what the incident already says:
 * each item lists the answers of its fields (catalogue.xlsx, sheet 報告事項) and the fields still
 * to collect. Items no field answers (secondary damage, prevention…) are left for a person to write.
 */
final class ReportDraft {

    private static final String EVERY_ASSET = "assets[]";

    private final Catalogue catalogue;

    ReportDraft(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<ReportItem> draft(Incident incident, List<Question> openQuestions) {
        IncidentFields fields = IncidentFields.of(incident);
        Set<String> open = openQuestions.stream().map(Question::field).collect(Collectors.toSet());
        // A field the checklist asks about is to collect only while its question is open (not moot);
        // one it does not ask about (occurredAt, a description) whenever it is unknown.
        Set<String> asked = catalogue.questions().stream().map(QuestionRow::field).collect(Collectors.toSet());
        List<ReportItem> items = new ArrayList<>();
        for (Catalogue.ReportItemRow row : catalogue.reportItems()) {
            List<Text> answers = new ArrayList<>();
            List<String> toCollect = new ArrayList<>();
            for (String template : row.fields()) {
                for (String field : expand(template, fields)) {
                    Optional<String> value = fields.value(field);
                    if (value.isPresent()) {
                        answers.add(describe(template, field, value.get(), fields));
                    } else if (open.contains(field) || !asked.contains(template)) {
                        toCollect.add(field);
                    }
                }
            }
            items.add(new ReportItem(row.number(), row.title(), join(answers), toCollect));
        }
        return items;
    }

    private static List<String> expand(String template, IncidentFields fields) {
        if (!template.startsWith(EVERY_ASSET)) {
            return List.of(template);
        }
        List<String> concrete = new ArrayList<>();
        for (int i = 0; i < fields.assetsToAsk(); i++) {
            concrete.add(template.replace(EVERY_ASSET, "assets[" + i + "]"));
        }
        return concrete;
    }

    /** 「本人の数: 1200（顧客名簿）」: an asset's answer carries the asset's name when it has one. */
    private Text describe(String template, String field, String value, IncidentFields fields) {
        Text label = catalogue.fieldLabel(template);
        Text shown = show(value);
        String asset = field.startsWith("assets[") && !template.endsWith(".description")
                ? fields.value(field.substring(0, field.indexOf(']') + 1) + ".description").orElse("") : "";
        return Text.of(label.ja() + ": " + shown.ja() + (asset.isEmpty() ? "" : "（" + asset + "）"),
                label.en() + ": " + shown.en() + (asset.isEmpty() ? "" : " (" + asset + ")"));
    }

    /** Codes shown by their labels (EMAIL → メール誤送信), other answers (free text, dates) as given. */
    private Text show(String value) {
        if (!value.matches("[A-Z0-9_]+(,[A-Z0-9_]+)*")) {
            return Text.of(value, value);
        }
        List<String> parts = List.of(value.split(","));
        List<Text> labels = parts.stream().map(catalogue::valueLabel).toList();
        return Text.of(labels.stream().map(Text::ja).collect(Collectors.joining("、")),
                labels.stream().map(Text::en).collect(Collectors.joining(", ")));
    }

    private static Optional<Text> join(List<Text> answers) {
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Text.of(answers.stream().map(Text::ja).collect(Collectors.joining("。")),
                answers.stream().map(Text::en).collect(Collectors.joining(". "))));
    }
}
