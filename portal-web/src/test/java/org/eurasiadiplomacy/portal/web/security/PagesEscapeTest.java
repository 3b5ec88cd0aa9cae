package org.eurasiadiplomacy.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page and template lets Faces escape what it shows: none turns escaping off, and none writes a
 * {@code javascript:} URL (which the CSP would block, and which would run with the page's rights if allowed).
 */
class PagesEscapeTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern UNESCAPED = Pattern.compile("escape\\s*=\\s*\"\\s*(false|#\\{[^}]*})\\s*\"");
    private static final Pattern SCRIPT_URL = Pattern.compile("(?i)javascript\\s*:");

    @Test
    void noPageTurnsEscapingOffOrWritesScriptUrls() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                if (UNESCAPED.matcher(text).find()) {
                    found.add(PAGES.relativize(page) + ": escape turned off");
                }
                if (SCRIPT_URL.matcher(text).find()) {
                    found.add(PAGES.relativize(page) + ": javascript: URL");
                }
            }
        }
        assertTrue(found.isEmpty(), found.toString());
    }
}
