package org.eurasiadiplomacy.portal.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eurasiadiplomacy.portal.meetings.MeetingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
    /**
     * Where enum labels used to live before the one key per constant (enum.<SimpleClassName>.<CONSTANT>); a label
     * under any of these is a second, drifting copy. Prefixes that name the enum itself (details.enum.region.,
     * curation.enum.Region., tables.enum.region., enum.region.) are found without being listed.
     */
    private static final List<String> OLD_ENUM_PREFIXES = List.of("sources.type.", "sourceEditor.type.",
            "source.role.", "sourceEditor.role.", "sources.noteCategory.", "accounts.role.", "curation.status.",
            "sourceEditor.status.", "password.problem.");
    /** What may stand between expressions: spacing and punctuation, never words. */
    private static final Pattern NUMBERED_ARGUMENT = Pattern.compile("\\{\\d");
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

    /**
     * A message with numbered arguments is a MessageFormat pattern, and a broken one fails only when a page
     * formats it (a 500): each is formatted here with 0, 1 and 2 in every argument. Inside a choice, "#" separates
     * a limit from its text, so a nested {0,number,#} is one such break.
     */
    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_TW.properties"})
    void everyMessageWithArgumentsIsAPatternThatFormats(String file) throws Exception {
        Properties messages = load(file);
        Locale locale = file.contains("zh_TW") ? Locale.TRADITIONAL_CHINESE : Locale.ENGLISH;
        List<String> broken = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            String pattern = messages.getProperty(key);
            if (!NUMBERED_ARGUMENT.matcher(pattern).find()) {
                continue;
            }
            for (int value = 0; value <= 2; value++) {
                Object[] arguments = new Object[10];
                Arrays.fill(arguments, value);
                try {
                    new MessageFormat(pattern, locale).format(arguments);
                } catch (IllegalArgumentException e) {
                    broken.add(key + " (" + e.getMessage() + ")");
                    break;
                }
            }
        }
        assertTrue(broken.isEmpty(), file + " has patterns that do not format: " + broken);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_TW.properties"})
    void everyConstantOfThePortalsEnumsHasItsOneKey(String file) throws Exception {
        Properties messages = load(file);
        List<String> missing = new ArrayList<>();
        for (Class<?> type : portalEnums()) {
            for (Object constant : type.getEnumConstants()) {
                String key = EnumLabels.key((Enum<?>) constant);
                if (!messages.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertTrue(missing.isEmpty(), file + " lacks the labels " + missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_TW.properties"})
    void noConstantHasASecondLabelUnderAnOldPrefix(String file) throws Exception {
        Set<String> keys = load(file).stringPropertyNames();
        List<String> copies = new ArrayList<>();
        for (Class<?> type : portalEnums()) {
            for (Object constant : type.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                String theKey = EnumLabels.key((Enum<?>) constant);
                for (String key : keys) {
                    if (!key.equals(theKey) && key.endsWith("." + name) && namesEnum(key, name, type)) {
                        copies.add(key + " (the label is " + theKey + ")");
                    }
                }
            }
        }
        assertTrue(copies.isEmpty(), file + " labels constants twice: " + copies);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_TW.properties"})
    void noKeyIsWrittenTwice(String file) throws IOException {
        // Properties.load keeps the last of two lines with one key and says nothing: read the lines themselves
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            String text = line.strip();
            boolean startsEntry = !continued && !text.isEmpty() && !text.startsWith("#") && !text.startsWith("!");
            if (startsEntry) {
                String key = text.split("\\s*[=:]", 2)[0].strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            continued = (startsEntry || continued) && endsWithContinuation(line);
        }
        assertTrue(twice.isEmpty(), file + " writes these keys more than once: " + twice);
    }

    /** A key whose last two parts are the enum's name (any case) and the constant, or an old prefix and it. */
    private static boolean namesEnum(String key, String constant, Class<?> type) {
        String start = key.substring(0, key.length() - constant.length());
        String[] parts = start.split("\\.");
        return parts[parts.length - 1].toLowerCase(Locale.ROOT).equals(type.getSimpleName().toLowerCase(Locale.ROOT))
                || OLD_ENUM_PREFIXES.contains(start);
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Every enum of the domain model (portal-core): the values records hold and pages show. */
    private static List<Class<?>> portalEnums() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(MeetingLevel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(classes)) {
            try (Stream<Path> files = Files.walk(classes)) {
                files.map(classes::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
                        .forEach(names::add);
            }
        } else {
            try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(classes.toFile())) {
                jar.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.endsWith(".class"))
                        .forEach(names::add);
            }
        }
        List<Class<?>> enums = new ArrayList<>();
        for (String name : names) {
            String className = name.substring(0, name.length() - ".class".length()).replace('/', '.')
                    .replace('\\', '.');
            if (className.endsWith("package-info") || className.endsWith("module-info")) {
                continue;
            }
            Class<?> type = Class.forName(className, false, I18nBundlesTest.class.getClassLoader());
            if (type.isEnum()) {
                enums.add(type);
            }
        }
        assertTrue(enums.size() >= 10, "found the enums of portal-core in " + classes + ": " + enums);
        return enums;
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
