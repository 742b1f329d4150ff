/**
 * Internal, not API: the facts the rules match, derived from an incident. Each topic of the
 * checklist becomes one {@link dev.leakcheck.rules.internal.facts.Fact}, known or unknown with the
 * incident fields that would settle it; {@code FieldFacts} derives the plain ones, each the reading of
 * one registry field as the catalogue's fact sheet names it, {@code IncidentFacts} the others, {@code IncidentFields} and
 * {@code FieldRef} name the incident's fields, {@code Topics} the values a topic may take, and
 * {@code AnswerWithFields} is a yes, no or unknown with its reasons.
 */
package dev.leakcheck.rules.internal.facts;
