/**
 * Internal, not API: from what the rules found to a plan. The generated rules report to
 * {@code Findings} (the global {@code out} of the decision tables); {@code Proposal} is one row's
 * proposal of an action; {@code PlanAssembler} merges the proposals, deadlines, questions
 * ({@code QuestionList}, {@code QuestionRow}) and the report duty into a
 * {@link dev.leakcheck.model.Plan}.
 */
package dev.leakcheck.rules.internal.plan;
