package dev.leakcheck.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What every HTML report must be: well-formed XML, an HTML5 document without a single parse error,
 * and self-contained (nothing loaded, nothing run; the only web addresses are plain links whose text
 * is the address itself, to addresses the plan's texts quote).
 */
public final class HtmlChecks {

    private static final Set<String> LOADING_ELEMENTS = Set.of("script", "link", "iframe", "frame", "object", "embed",
            "img", "picture", "source", "audio", "video", "track", "base", "form", "input", "button");
    private static final Set<String> LOADING_ATTRIBUTES = Set.of("src", "srcset", "action", "formaction", "poster",
            "data", "background", "ping", "manifest", "xlink:href");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+");

    private HtmlChecks() {
    }

    /** Parses the page as XML; fails on the first well-formedness error. */
    public static Document parseXml(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(failing());
            return builder.parse(new InputSource(new StringReader(html)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("the report is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /**
     * Parses the page with the W3C validator's HTML5 parser (its SAX parser, which reports every parse
     * error of the HTML5 algorithm: stray or misnested tags, bad character references…); fails on any.
     */
    public static void parseStrictHtml5(String html) {
        HtmlParser parser = new HtmlParser(XmlViolationPolicy.FATAL);
        parser.setContentHandler(new DefaultHandler());
        parser.setErrorHandler(failing());
        try {
            parser.parse(new InputSource(new StringReader(html)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("the report is not error-free HTML5: " + e.getMessage(), e);
        }
    }

    private static ErrorHandler failing() {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw new SAXException("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                        + e.getMessage(), e);
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                error(e);
            }
        };
    }

    /** The web addresses a text quotes. */
    public static List<String> addresses(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = WEB_ADDRESS.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /**
     * Every web address the plan's texts quote, in either language: the reasons and sources of the
     * actions, the bases of their deadlines and the reasons of the PPC decision. The only addresses
     * a report may link to.
     */
    public static Set<String> quotedBy(Plan plan) {
        Set<String> addresses = new HashSet<>();
        for (PlannedAction action : plan.actions()) {
            action.because().forEach(text -> addQuoted(addresses, text));
            addQuoted(addresses, action.source());
            action.deadline().ifPresent(deadline -> addQuoted(addresses, deadline.basis()));
        }
        plan.ppcReport().because().forEach(text -> addQuoted(addresses, text));
        return addresses;
    }

    private static void addQuoted(Set<String> addresses, Text text) {
        addresses.addAll(addresses(text.ja()));
        addresses.addAll(addresses(text.en()));
    }

    /**
     * Nothing is loaded and nothing runs; every web address is a plain link to an address in
     * {@code quoted}.
     */
    public static void assertSelfContained(String html, Set<String> quoted) {
        Document document = parseXml(html);
        // Escaped text never holds a tag; what text may say (javascript:, url(…)) matters in markup only.
        assertThat(html).doesNotContainIgnoringCase("<script");
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String name = element.getLocalName();
            assertThat(LOADING_ELEMENTS).as("element <%s>", name).doesNotContain(name);
            if (name.equals("style")) {
                assertThat(element.getTextContent()).doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(");
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Attr attribute = (Attr) attributes.item(a);
                String attributeName = attribute.getName();
                if (attributeName.equals("xmlns") || attributeName.startsWith("xmlns:")) {
                    continue;
                }
                assertThat(LOADING_ATTRIBUTES).as("attribute %s on <%s>", attributeName, name)
                        .doesNotContain(attributeName);
                assertThat(attributeName).as("event handler on <%s>", name).doesNotStartWithIgnoringCase("on");
                assertThat(attributeName).as("attribute of <%s>", name).isNotEqualToIgnoringCase("http-equiv");
                String value = attribute.getValue();
                assertThat(value).as("attribute %s on <%s>", attributeName, name).doesNotContainIgnoringCase("javascript:")
                        .doesNotContainIgnoringCase("url(");
                if (value.contains("://")) {
                    assertThat(name + "@" + attributeName).as("a web address outside a link: %s", value)
                            .isEqualTo("a@href");
                    assertThat(element.getTextContent()).as("the text of the link to %s", value).isEqualTo(value);
                    assertThat(quoted).as("links only to addresses the plan quotes").contains(value);
                }
            }
        }
    }
}
