package dev.leakcheck.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web addresses a text of the plan's own quotes (JPCERT/CC, the police, the Cabinet Office's
 * holiday list), found so that a report can link them. Only the plan's own texts are split this way:
 * what an incident says (its id, the answers quoted in the PPC draft) is never a link, in either format.
 */
final class WebAddresses {

    /** An address runs from its scheme to the first character that no address holds. */
    private static final Pattern ADDRESS = Pattern.compile("https?://[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+");

    /** A piece of a text: plain text, or a web address. */
    record Piece(String text, boolean address) {
    }

    private WebAddresses() {
    }

    /** The text in pieces, in order; a text without an address is one plain piece. */
    static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        Matcher address = ADDRESS.matcher(text);
        int from = 0;
        while (address.find()) {
            if (address.start() > from) {
                pieces.add(new Piece(text.substring(from, address.start()), false));
            }
            pieces.add(new Piece(address.group(), true));
            from = address.end();
        }
        if (from < text.length() || pieces.isEmpty()) {
            pieces.add(new Piece(text.substring(from), false));
        }
        return pieces;
    }
}
