/**
 * The registry of the incident's fields: each field's path, the kind of answer it takes, how to
 * read it from an incident and how to set it in a new one. The rules, the interview and the
 * question list's what-if go through it, so that a field is declared once beside the model.
 */
package dev.leakcheck.model.field;
