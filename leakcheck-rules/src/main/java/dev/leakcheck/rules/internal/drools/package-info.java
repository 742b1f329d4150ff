/**
 * Internal, not API: the Drools plumbing. Compiling the decision tables into rule bases
 * ({@code RuleBase}, one pool per incident type in {@code RuleBases}), the form the build precompiles
 * the bundled tables into ({@code Precompiler}, {@code Precompiled}), which row of which table a
 * firing rule is ({@code Match}), and the self-check every engine passes before it is handed out
 * ({@code SelfCheck}).
 */
package dev.leakcheck.rules.internal.drools;
