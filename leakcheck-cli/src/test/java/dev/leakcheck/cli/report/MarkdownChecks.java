package dev.leakcheck.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * What every Markdown report must be, read as a CommonMark renderer with GitHub's tables reads it: no
 * HTML at all (the report writes none, so any is an incident's text turned into markup), no image, a
 * link only to an address the plan quotes and reading as that address (an autolink), and every row of
 * a table as wide as its header.
 */
public final class MarkdownChecks {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private MarkdownChecks() {
    }

    /** The document as a renderer reads it. */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** Checks the report; {@code quoted} are the addresses the plan's own texts quote. */
    public static void assertSafe(String markdown, Set<String> quoted) {
        parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                throw new AssertionError("HTML block in the Markdown report: " + html.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                throw new AssertionError("inline HTML in the Markdown report: " + html.getLiteral());
            }

            @Override
            public void visit(Image image) {
                throw new AssertionError("an image in the Markdown report: " + image.getDestination());
            }

            @Override
            public void visit(Link link) {
                assertThat(quoted).as("links only to addresses the plan quotes").contains(link.getDestination());
                assertThat(textOf(link)).as("the text of the link to %s", link.getDestination())
                        .isEqualTo(link.getDestination());
                visitChildren(link);
            }
        });
        assertEvenTables(markdown);
    }

    /**
     * Every row of a table has as many cells as its header. Counted in the text, by the pipes no
     * backslash escapes: a renderer pads a short row and drops what is past the header's width, so the
     * parsed table would hide a column too many.
     */
    private static void assertEvenTables(String markdown) {
        int header = -1;
        for (String line : markdown.split("\n", -1)) {
            if (!line.startsWith("|")) {
                header = -1;
                continue;
            }
            int pipes = unescapedPipes(line);
            if (header < 0) {
                header = pipes;
            }
            assertThat(pipes).as("the cells of a table row: %s", line).isEqualTo(header);
        }
    }

    private static int unescapedPipes(String line) {
        int pipes = 0;
        boolean escaped = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|' && !escaped) {
                pipes++;
            }
            escaped = c == '\\' && !escaped;
        }
        return pipes;
    }

    /** The text a reader sees in a node: its text and code spans, in order. */
    public static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak lineBreak) {
                text.append(' ');
            }
        });
        return text.toString();
    }
}
