package dev.leakcheck.cli.report;

import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The plan's deadlines on one time axis: the actions that have one, due first at the top, on a scale
 * from the day of awareness to the last due date. Positions are percentages of the axis, written with
 * a fixed number of decimals so that the same plan always gives the same page.
 *
 * <p>The axis runs on the square root of the days: the first days, where the same-day actions and the
 * 3-to-5-day preliminary report sit, get room, and a 60-day final report still fits. Every tick is
 * labelled with its date, and the page says that the axis is not to scale.
 */
final class Timeline {

    /** One action on the axis; days count from the start of the axis. */
    record Row(PlannedAction action, Deadline deadline, long targetDay, long dueDay) {
    }

    /** Days after awareness worth a tick, as far as the axis reaches. */
    private static final int[] TICK_DAYS = {0, 1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 90, 120, 180, 270, 365};
    /** Ticks closer than this (percent of the axis) would print their dates over each other on A4. */
    private static final double MIN_TICK_GAP = 12.0;
    private static final int MIN_SPAN = 7;

    private final LocalDate start;
    private final long span;
    private final List<Row> rows;

    private Timeline(LocalDate start, long span, List<Row> rows) {
        this.start = start;
        this.span = span;
        this.rows = rows;
    }

    static Timeline of(Plan plan) {
        List<PlannedAction> dated = plan.actions().stream().filter(a -> a.deadline().isPresent())
                .sorted(Comparator.comparing((PlannedAction a) -> a.deadline().get(), DeadlineText.ORDER))
                .toList();
        LocalDate start = plan.awareDate().orElseGet(() -> dated.stream().map(a -> a.deadline().get().target())
                .min(Comparator.naturalOrder()).orElse(LocalDate.EPOCH));
        List<Row> rows = new ArrayList<>();
        long last = 0;
        for (PlannedAction action : dated) {
            Deadline d = action.deadline().get();
            long target = ChronoUnit.DAYS.between(start, d.target());
            long due = ChronoUnit.DAYS.between(start, d.due());
            rows.add(new Row(action, d, target, due));
            last = Math.max(last, due);
        }
        return new Timeline(start, Math.max(MIN_SPAN, last), List.copyOf(rows));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    List<Row> rows() {
        return rows;
    }

    LocalDate start() {
        return start;
    }

    /** The days of the axis' ticks: round numbers of days that fit without overlapping, and the end. */
    List<Long> ticks() {
        List<Long> ticks = new ArrayList<>();
        double last = -MIN_TICK_GAP;
        for (int day : TICK_DAYS) {
            if (day > span) {
                break;
            }
            double position = position(day);
            if (position - last >= MIN_TICK_GAP) {
                ticks.add((long) day);
                last = position;
            }
        }
        // The end of the axis is the last due date: it gets its date, in place of a tick too close to it.
        if (ticks.get(ticks.size() - 1) != span) {
            if (position(span) - last < MIN_TICK_GAP && ticks.size() > 1) {
                ticks.remove(ticks.size() - 1);
            }
            ticks.add(span);
        }
        return ticks;
    }

    LocalDate date(long day) {
        return start.plusDays(day);
    }

    /** Where a day sits on the axis, as a CSS percentage ({@code 12.50%}). */
    String at(long day) {
        return percent(position(day));
    }

    /** The width of the days from one day to another, as a CSS percentage. */
    String width(long from, long to) {
        return percent(position(to) - position(from));
    }

    private double position(long day) {
        return Math.sqrt((double) Math.max(0, day) / span) * 100.0;
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }
}
