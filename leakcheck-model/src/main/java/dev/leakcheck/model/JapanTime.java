package dev.leakcheck.model;

import java.time.ZoneId;

/**
 * The one time zone of the project: the legal clocks run on the calendar of Tokyo (the dates of
 * {@link Deadline} and {@link Plan#awareDate()}), whatever zone the awareness time was given in, and
 * a date and time written without an offset (in the incident JSON, in the interview) is Tokyo's.
 */
public final class JapanTime {

    /** Asia/Tokyo. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private JapanTime() {
    }
}
