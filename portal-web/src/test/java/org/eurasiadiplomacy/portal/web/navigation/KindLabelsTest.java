package org.eurasiadiplomacy.portal.web.navigation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every label a kind's declaration promises is in both bundles: its name, its menu and home-page entries and its
 * figure. A new kind with a list page but no menu label fails here, not on a page in production.
 */
class KindLabelsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/eurasiadiplomacy/portal/web/i18n");

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_TW.properties"})
    void everyDeclaredLabelOfEveryKindIsInTheBundle(String file) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        List<String> keys = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            keys.add("details.kind." + kind.name());
            keys.add("curation.kind." + kind.name());
            kind.listPage().ifPresent(page -> keys.addAll(List.of("nav." + page.name(), "home.tables." + page.name())));
            kind.figure().ifPresent(figure -> keys.add("figures." + figure));
        }

        List<String> missing = keys.stream().filter(key -> !messages.containsKey(key)).toList();

        assertTrue(missing.isEmpty(), file + " lacks " + missing);
    }
}
