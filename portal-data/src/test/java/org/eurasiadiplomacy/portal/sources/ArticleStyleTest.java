package org.eurasiadiplomacy.portal.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.junit.jupiter.api.Test;

/** The article's footnote form for names given in parts; the printed footnotes themselves are SourceEntriesTest's. */
class ArticleStyleTest {

    private static Row row(String type, String language, String title, List<Contributor> contributors) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", 1L);
        values.put("type", type);
        values.put("language", language);
        values.put("title", title);
        values.put("etAl", false);
        values.put("publisher", "有斐閣");
        values.put("year", 1984L);
        values.put("contributors", contributors.stream().map(c -> Map.of("name", c.getName(),
                "role", c.getRole().name())).toList());
        return new Row(values);
    }

    @Test
    void cjkPersonsArePrintedFamilyFirstWithoutAComma() {
        Row book = row("BOOK", "ja", "民事訴訟法", List.of(
                Contributor.person("三ケ月", "章", ContributorRole.AUTHOR),
                Contributor.person("武田", "史郎", ContributorRole.TRANSLATOR)));

        assertEquals("三ケ月章著；武田史郎譯，《民事訴訟法》（有斐閣，1984 年）。", ArticleStyle.format(book, null));
    }

    @Test
    void latinPersonsArePrintedGivenNameFirst() {
        Row book = row("BOOK", "en", "The Great Game", List.of(Contributor.person("Hopkirk", "Peter",
                ContributorRole.AUTHOR)));

        assertEquals("Peter Hopkirk, The Great Game (有斐閣, 1984).", ArticleStyle.format(book, null));
    }
}
