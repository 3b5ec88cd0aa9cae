package org.eurasiadiplomacy.portal.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The two languages never drift apart, and pages hold no text that a bundle does not translate. */
class I18nBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/eurasiadiplomacy/portal/web/i18n");
    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern EL = Pattern.compile("#\\{[^}]*}");
    private static final Pattern MESSAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");
    /** Attributes a reader sees or hears. */
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder",
            "value", "label", "summary", "detail", "itemLabel", "emptyMessage", "header", "footer");
    /** What may stand between expressions: spacing and punctuation, never words. */
    private static final Pattern NO_WORDS = Pattern.compile("[\\s\\p{Punct}·–—（）、，。：]*");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> chinese = load("messages_zh_TW.properties").stringPropertyNames();

        assertEquals(new TreeSet<>(english), new TreeSet<>(chinese));
    }

    @Test
    void noMessageIsBlank() throws IOException {
        for (String file : List.of("messages.properties", "messages_zh_TW.properties")) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                assertTrue(!messages.getProperty(key).isBlank(), file + ": " + key + " is blank");
            }
        }
    }

    @Test
    void everyKeyThatAPageUsesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            Matcher used = MESSAGE_KEY.matcher(Files.readString(page));
            while (used.find()) {
                if (!keys.contains(used.group(1))) {
                    missing.add(PAGES.relativize(page) + ": " + used.group(1));
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys missing from the bundles: " + missing);
    }

    @Test
    void pagesHoldNoLiteralText() throws Exception {
        List<String> literals = new ArrayList<>();
        for (Path page : pages()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document document = factory.newDocumentBuilder().parse(page.toFile());
            collectLiterals(document.getDocumentElement(), PAGES.relativize(page).toString(), literals);
        }
        assertTrue(literals.isEmpty(), "literal text in pages (move it to the bundles): " + literals);
    }

    private static void collectLiterals(Node node, String page, List<String> literals) {
        if (node.getNodeType() == Node.TEXT_NODE && hasWords(node.getNodeValue())) {
            literals.add(page + ": \"" + node.getNodeValue().strip() + "\"");
        }
        if (node instanceof Element element) {
            if ("style".equals(element.getLocalName()) || "script".equals(element.getLocalName())) {
                return;
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                if (VISIBLE_ATTRIBUTES.contains(attribute.getLocalName()) && hasWords(attribute.getNodeValue())
                        && !isParameterOrBinding(element, attribute)) {
                    literals.add(page + ": " + element.getTagName() + "@" + attribute.getNodeName() + "=\""
                            + attribute.getNodeValue() + "\"");
                }
            }
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            collectLiterals(children.item(i), page, literals);
        }
    }

    /** ui:param and f:param values are names passed to templates, not text on screen. */
    private static boolean isParameterOrBinding(Element element, Node attribute) {
        return "param".equals(element.getLocalName()) && "value".equals(attribute.getLocalName());
    }

    private static boolean hasWords(String text) {
        return !NO_WORDS.matcher(EL.matcher(text).replaceAll("")).matches();
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
