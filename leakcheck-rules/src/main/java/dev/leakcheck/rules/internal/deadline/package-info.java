/**
 * Internal, not API: deadlines. The deadline table's rows that apply ({@code DeadlineFinding}: day
 * counts and how they are counted) become dates ({@code DeadlineCalculator}), moved past
 * administrative holidays by the bundled calendar ({@code AdministrativeCalendar}).
 */
package dev.leakcheck.rules.internal.deadline;
