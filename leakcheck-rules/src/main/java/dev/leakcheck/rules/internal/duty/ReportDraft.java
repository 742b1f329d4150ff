package dev.leakcheck.rules.internal.duty;

import dev.leakcheck.rules.internal.workbook.Catalogue;
import dev.leakcheck.rules.internal.facts.FieldRef;
import dev.leakcheck.rules.internal.facts.IncidentFields;
import dev.leakcheck.model.Question;
import dev.leakcheck.model.ReportItem;
import dev.leakcheck.model.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Drafts the nine items of the report to the PPC (Rule 8(1)) from what the incident already says:
 * each item lists the answers of its fields (catalogue.xlsx, sheet 報告事項) and the fields still
 * to collect. Items no field answers (secondary damage, prevention…) are left for a person to write.
 */
public final class ReportDraft {

    private static final FieldRef ASSET_DESCRIPTION = FieldRef.of("assets[].description");

    private final Catalogue catalogue;

    public ReportDraft(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<ReportItem> draft(IncidentFields fields, List<Question> questions) {
        // A set: an incident of many assets has many open questions, and each field is looked up in them.
        Set<String> open = new HashSet<>(questions.size() * 2);
        for (Question question : questions) {
            open.add(question.field());
        }
        List<ReportItem> items = new ArrayList<>(catalogue.reportItems().size());
        for (Catalogue.ReportItemRow row : catalogue.reportItems()) {
            List<Text> answers = new ArrayList<>();
            List<String> toCollect = new ArrayList<>();
            for (FieldRef template : row.fields()) {
                if (template.everyAsset()) {
                    for (int i = 0; i < fields.assetsToAsk(); i++) {
                        item(template, i, fields, open, answers, toCollect);
                    }
                } else {
                    item(template, -1, fields, open, answers, toCollect);
                }
            }
            items.add(new ReportItem(row.number(), row.title(), join(answers), toCollect));
        }
        return items;
    }

    /**
     * One field of an item ({@code asset} ≥ 0 for asset i of a template about every asset). A field
     * the checklist asks about is to collect only while its question is open (not moot); one it does
     * not ask about (occurredAt, a description) whenever it is unknown.
     */
    private void item(FieldRef template, int asset, IncidentFields fields, Set<String> open, List<Text> answers,
            List<String> toCollect) {
        String value = asset >= 0 ? fields.get(template, asset) : fields.get(template.template());
        if (value != null) {
            answers.add(describe(template, asset, value, fields));
            return;
        }
        String field = asset >= 0 ? template.concrete(asset) : template.template();
        if (!catalogue.askedFields().contains(template.template()) || open.contains(field)) {
            toCollect.add(field);
        }
    }

    /** 「本人の数: 1200（顧客名簿）」: an asset's answer carries the asset's name when it has one. */
    private Text describe(FieldRef template, int asset, String value, IncidentFields fields) {
        Text label = catalogue.fieldLabel(template.template());
        Text shown = show(value);
        String name = template.isDescription() ? null : assetName(template, asset, fields);
        if (name == null || name.isEmpty()) {
            return Text.of(label.ja() + ": " + shown.ja(), label.en() + ": " + shown.en());
        }
        return Text.of(label.ja() + ": " + shown.ja() + "（" + name + "）",
                label.en() + ": " + shown.en() + " (" + name + ")");
    }

    /** The description of the asset a field belongs to; null for a field of no asset. */
    private static String assetName(FieldRef template, int asset, IncidentFields fields) {
        if (asset >= 0 && template.assetPart() != null) {
            return fields.get(ASSET_DESCRIPTION, asset);
        }
        String field = asset >= 0 ? template.concrete(asset) : template.template();
        if (!field.startsWith("assets[")) {
            return null;
        }
        return fields.get(field.substring(0, field.indexOf(']') + 1) + ".description");
    }

    /** Codes shown by their labels (EMAIL → メール誤送信), other answers (free text, dates) as given. */
    private Text show(String value) {
        if (!isCodeList(value)) {
            return Text.of(value, value);
        }
        int comma = value.indexOf(',');
        if (comma < 0) {
            return catalogue.valueLabel(value);
        }
        StringBuilder ja = new StringBuilder();
        StringBuilder en = new StringBuilder();
        int start = 0;
        while (true) {
            int end = comma < 0 ? value.length() : comma;
            Text label = catalogue.valueLabel(value.substring(start, end));
            if (start > 0) {
                ja.append('、');
                en.append(", ");
            }
            ja.append(label.ja());
            en.append(label.en());
            if (comma < 0) {
                return Text.of(ja.toString(), en.toString());
            }
            start = comma + 1;
            comma = value.indexOf(',', start);
        }
    }

    /** {@code [A-Z0-9_]+(,[A-Z0-9_]+)*}: codes such as EMAIL or ATTACHMENT,LINK, and numbers. */
    static boolean isCodeList(String value) {
        if (value.isEmpty()) {
            return false;
        }
        boolean afterComma = true;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == ',') {
                if (afterComma) {
                    return false;
                }
                afterComma = true;
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                afterComma = false;
            } else {
                return false;
            }
        }
        return !afterComma;
    }

    private static Optional<Text> join(List<Text> answers) {
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        if (answers.size() == 1) {
            return Optional.of(answers.get(0));
        }
        String[] ja = new String[answers.size()];
        String[] en = new String[answers.size()];
        for (int k = 0; k < ja.length; k++) {
            ja[k] = answers.get(k).ja();
            en[k] = answers.get(k).en();
        }
        return Optional.of(Text.of(String.join("。", ja), String.join(". ", en)));
    }
}
