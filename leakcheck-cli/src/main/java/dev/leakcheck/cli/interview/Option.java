package dev.leakcheck.cli.interview;

import dev.leakcheck.model.Text;
import dev.leakcheck.model.field.IncidentEditor;

/**
 * One allowed answer of a choice, as it is offered: its number is its position (from 1).
 *
 * @param code  the value's name in the model and in the JSON ({@code EMAIL}, {@code YES})
 * @param value what {@link IncidentEditor} sets: an enum constant of the model
 * @param label what a person reads
 */
record Option(String code, Object value, Text label) {
}
