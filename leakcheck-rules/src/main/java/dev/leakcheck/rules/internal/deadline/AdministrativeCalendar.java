package dev.leakcheck.rules.internal.deadline;

import dev.leakcheck.rules.internal.workbook.DataSheet;
import dev.leakcheck.rules.RulesDefinitionException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days on which administrative organs are closed (行政機関の休日, Act on Holidays of
 * Administrative Organs Art. 1): weekdays such as Saturday and Sunday, national holidays from the
 * Cabinet Office list, and recurring periods such as 29 December to 3 January. All of it comes
 * from {@code calendar.xlsx}, which staff extend each year.
 *
 * <p>National holidays are data, not a formula, so a date after the last year of the list cannot
 * be vouched for, nor one before the first: {@link #covers(LocalDate)} says so, and the plan warns,
 * naming the side.
 */
public final class AdministrativeCalendar {

    public static final String FILE = "calendar.xlsx";

    /** A recurring closed period within a year, or across the new year (12-29 to 01-03). */
    record Period(MonthDay from, MonthDay to) {

        boolean contains(LocalDate date) {
            MonthDay day = MonthDay.from(date);
            if (!from.isAfter(to)) {
                return !day.isBefore(from) && !day.isAfter(to);
            }
            return !day.isBefore(from) || !day.isAfter(to);
        }
    }

    private final NavigableSet<LocalDate> holidays;
    private final Set<DayOfWeek> closedWeekdays;
    private final List<Period> closedPeriods;

    private AdministrativeCalendar(NavigableSet<LocalDate> holidays, Set<DayOfWeek> closedWeekdays,
            List<Period> closedPeriods) {
        this.holidays = holidays;
        this.closedWeekdays = closedWeekdays;
        this.closedPeriods = closedPeriods;
    }

    public static AdministrativeCalendar read(byte[] bytes) {
        List<DataSheet> sheets = DataSheet.read(FILE, bytes, "国民の祝日", "行政機関の休日");
        sheets.get(0).expect("日付");
        sheets.get(1).expect("区分", "開始", "終了");
        NavigableSet<LocalDate> holidays = new TreeSet<>();
        for (DataSheet.DataRow row : sheets.get(0).rows()) {
            LocalDate date = row.date("日付");
            if (!holidays.add(date)) {
                throw row.error("日付", "日付 " + date + " が二度あります", "date " + date + " appears twice");
            }
        }
        if (holidays.isEmpty()) {
            throw new RulesDefinitionException(FILE + " ＞ 国民の祝日: 祝日が一つもありません / no holidays listed");
        }
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        List<Period> periods = new ArrayList<>();
        for (DataSheet.DataRow row : sheets.get(1).rows()) {
            String kind = row.required("区分");
            switch (kind) {
                case "曜日", "WEEKDAY" -> weekdays.add(weekday(row));
                case "期間", "PERIOD" -> periods.add(new Period(monthDay(row, "開始"), monthDay(row, "終了")));
                default -> throw row.error("区分", "区分は「曜日」か「期間」で書いてください: '" + kind + "'",
                        "the kind is 曜日 (weekday) or 期間 (period): '" + kind + "'");
            }
        }
        return new AdministrativeCalendar(holidays, weekdays, List.copyOf(periods));
    }

    private static DayOfWeek weekday(DataSheet.DataRow row) {
        String cell = row.required("開始");
        return switch (cell) {
            case "月曜日", "MONDAY" -> DayOfWeek.MONDAY;
            case "火曜日", "TUESDAY" -> DayOfWeek.TUESDAY;
            case "水曜日", "WEDNESDAY" -> DayOfWeek.WEDNESDAY;
            case "木曜日", "THURSDAY" -> DayOfWeek.THURSDAY;
            case "金曜日", "FRIDAY" -> DayOfWeek.FRIDAY;
            case "土曜日", "SATURDAY" -> DayOfWeek.SATURDAY;
            case "日曜日", "SUNDAY" -> DayOfWeek.SUNDAY;
            default -> throw row.error("開始", "曜日は「土曜日」のように書いてください: '" + cell + "'",
                    "write the weekday like 土曜日 or SATURDAY: '" + cell + "'");
        };
    }

    private static MonthDay monthDay(DataSheet.DataRow row, String label) {
        String cell = row.required(label);
        try {
            return MonthDay.parse("--" + cell);
        } catch (DateTimeParseException e) {
            throw row.error(label, "「" + label + "」は「12-29」のように月-日で書いてください: '" + cell + "'",
                    "write '" + label + "' as month-day, such as 12-29: '" + cell + "'");
        }
    }

    public boolean isClosed(LocalDate date) {
        if (closedWeekdays.contains(date.getDayOfWeek()) || holidays.contains(date)) {
            return true;
        }
        for (Period period : closedPeriods) {
            if (period.contains(date)) {
                return true;
            }
        }
        return false;
    }

    /** The date itself when offices are open, otherwise the next day they are. */
    public LocalDate openOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (isClosed(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Whether the national-holiday list reaches this date's year. */
    public boolean covers(LocalDate date) {
        return date.getYear() >= holidays.first().getYear() && date.getYear() <= holidays.last().getYear();
    }

    int firstCoveredYear() {
        return holidays.first().getYear();
    }

    int lastCoveredYear() {
        return holidays.last().getYear();
    }
}
