package dev.leakcheck.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of the report to the PPC (APPI Enforcement Rules Art. 8(1) lists nine), drafted from
 * what the incident already says.
 *
 * @param number    the item's number in Rule 8(1), 1 to 9
 * @param content   what the incident already answers; empty when nothing is known yet
 * @param toCollect the incident fields still to fill for this item; an item with no fields of its
 *                  own (secondary damage, prevention measures…) is written by hand
 */
public record ReportItem(int number, Text title, Optional<Text> content, List<String> toCollect) {

    /**
     * Checks that no component is null; the list of what to collect is copied.
     *
     * @param number the {@code number} component
     * @param title the {@code title} component
     * @param content the {@code content} component
     * @param toCollect the {@code toCollect} component
     * @throws NullPointerException if a component is null
     */
    public ReportItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        toCollect = List.copyOf(toCollect);
    }
}
