/**
 * Internal, not API: the workbooks. Reading them safely ({@code WorkbookGuard}), the decision
 * tables ({@code DecisionTable}, their data cells {@code RuleRows}, their checks {@code TableChecks}
 * and allowed words {@code Vocabulary}), the data workbooks ({@code DataSheet}, the
 * {@code Catalogue}), and the set of files the rules are made of, bundled or edited
 * ({@code RuleSources}).
 */
package dev.leakcheck.rules.internal.workbook;
