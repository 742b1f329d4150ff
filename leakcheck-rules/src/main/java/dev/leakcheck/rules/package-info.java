/**
 * The engine's public API, the only package of leakcheck-rules an application names:
 * {@link dev.leakcheck.rules.LeakcheckEngine} (an incident in, a plan out),
 * {@link dev.leakcheck.rules.ReloadableEngine} (edited workbooks reloaded while the application runs),
 * {@link dev.leakcheck.rules.RulesValidator} (edited workbooks checked before they go live),
 * {@link dev.leakcheck.rules.RulesDefinitionException} (what is wrong with a table, by file, sheet and
 * cell), {@link dev.leakcheck.rules.Labels} (the words people read for codes and fields) and
 * {@link dev.leakcheck.rules.GeneratedDrl} (the DRL the tables make, for review). The packages under
 * {@code dev.leakcheck.rules.internal} are the engine's own: public only because the generated rules
 * and the engine's packages call each other, not API, and they change without notice.
 */
package dev.leakcheck.rules;
