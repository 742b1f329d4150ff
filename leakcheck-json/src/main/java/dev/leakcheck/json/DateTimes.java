package dev.leakcheck.json;

import dev.leakcheck.model.JapanTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Optional;

/**
 * Reads and writes the incident's date-times: ISO-8601 with an offset, a zone or both. A local
 * date-time without either is Japan time, because that is how staff in Japan write the time of day
 * they became aware of a leak.
 */
final class DateTimes {

    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;
    private static final Instant FIRST = LocalDateTime.of(MIN_YEAR, 1, 1, 0, 0).atZone(JapanTime.ZONE).toInstant();
    private static final Instant AFTER_LAST = LocalDateTime.of(MAX_YEAR + 1, 1, 1, 0, 0).atZone(JapanTime.ZONE).toInstant();

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private DateTimes() {
    }

    /** The date-time, or empty when the text is not ISO-8601. */
    static Optional<ZonedDateTime> parse(String text) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text);
            if (parsed.query(TemporalQueries.zone()) == null) {
                return Optional.of(LocalDateTime.from(parsed).atZone(JapanTime.ZONE));
            }
            return Optional.of(ZonedDateTime.from(parsed));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the year, in Japan, is one of 0001 to 9999: ISO-8601 allows more with a sign, but the
     * deadlines counted from such a date would not be dates any more.
     */
    static boolean inRange(ZonedDateTime value) {
        Instant instant = value.toInstant();
        return !instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST);
    }

    /**
     * Writes the date-time so that {@link #parse} gives it back unchanged: seconds always, the
     * fraction only when there is one, the offset, and the zone's name when it is a region.
     */
    static String format(ZonedDateTime value) {
        StringBuilder text = new StringBuilder(LOCAL.format(value));
        if (value.getNano() != 0) {
            text.append(String.format(".%09d", value.getNano()).replaceAll("0+$", ""));
        }
        text.append(value.getOffset().getId());
        if (!(value.getZone() instanceof ZoneOffset)) {
            text.append('[').append(value.getZone().getId()).append(']');
        }
        return text.toString();
    }
}
