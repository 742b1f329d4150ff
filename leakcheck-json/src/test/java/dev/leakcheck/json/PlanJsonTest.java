package dev.leakcheck.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Language;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.Text;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plan's JSON shape, on a plan built by hand: no rule engine needed. */
class PlanJsonTest {

    @Test
    void the_plan_is_written_in_the_documented_shape_and_order() {
        assertThat(PlanJson.write(HandBuiltPlan.plan(), Language.JA)).isEqualTo("""
                {
                  "incidentId": "INC-2026-0042",
                  "type": "MISSENT_OR_MISPUBLISHED",
                  "awareDate": "2026-12-01",
                  "ppcReport": {
                    "required": true,
                    "provisional": false,
                    "triggers": [
                      "OVER_1000_PERSONS"
                    ],
                    "possibleTriggers": [
                      "SENSITIVE_DATA"
                    ],
                    "exemptions": [],
                    "because": [
                      "1200人"
                    ],
                    "draft": [
                      {
                        "item": 1,
                        "title": "概要",
                        "content": "種別: メール誤送信",
                        "toCollect": [
                          "occurredAt"
                        ]
                      },
                      {
                        "item": 5,
                        "title": "二次被害",
                        "content": null,
                        "toCollect": []
                      }
                    ]
                  },
                  "actions": [
                    {
                      "code": "ASK_RECIPIENT_TO_DELETE",
                      "phase": "FIRST",
                      "necessity": "AS_NEEDED",
                      "provisional": true,
                      "title": "受信者に削除を依頼する",
                      "because": [],
                      "source": "メール誤送信・web誤公開"
                    },
                    {
                      "code": "PPC_PRELIMINARY_REPORT",
                      "phase": "INITIAL",
                      "necessity": "REQUIRED",
                      "provisional": false,
                      "title": "個人情報保護委員会へ速報する",
                      "recipient": "個人情報保護委員会",
                      "deadline": {
                        "target": "2026-12-04",
                        "due": "2026-12-06",
                        "basis": "規則8条1項: 速やかに (目安 3〜5日)"
                      },
                      "because": [
                        "1000人を超える"
                      ],
                      "source": "個人情報保護法 26条"
                    }
                  ],
                  "questions": [
                    {
                      "field": "assets[0].personal.sensitive",
                      "text": "要配慮個人情報が含まれていますか？"
                    }
                  ],
                  "warnings": [],
                  "reports": []
                }
                """);
    }

    @Test
    void english_texts_are_used_where_a_row_has_them_and_japanese_where_not() {
        String json = PlanJson.write(HandBuiltPlan.plan(), Language.EN);

        assertThat(json)
                .contains("\"title\": \"Send the preliminary report to the PPC\"")
                .contains("\"recipient\": \"Personal Information Protection Commission\"")
                .contains("\"text\": \"Does it include sensitive personal data?\"")
                .contains("\"title\": \"受信者に削除を依頼する\"");
    }

    @Test
    void an_unknown_awareness_date_is_null() {
        Plan plan = HandBuiltPlan.plan();
        Plan unaware = new Plan(plan.incidentId(), plan.type(), Optional.empty(), plan.ppcReport(), List.of(),
                List.of(), List.of(Text.of("注意", "note")));

        assertThat(PlanJson.write(unaware, Language.EN))
                .contains("\"awareDate\": null,")
                .contains("\"actions\": [],")
                .contains("\"warnings\": [\n    \"note\"\n  ],\n  \"reports\": []\n}\n");
    }

    @Test
    void output_uses_newlines_only_and_never_escapes_japanese() {
        String json = PlanJson.write(HandBuiltPlan.plan(), Language.JA);

        assertThat(json).doesNotContain("\r").doesNotContain("\\u").endsWith("}\n");
    }
}
