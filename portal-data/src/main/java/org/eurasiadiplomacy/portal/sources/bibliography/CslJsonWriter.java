package org.eurasiadiplomacy.portal.sources.bibliography;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.sources.Contributor;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.eurasiadiplomacy.portal.sources.Source;

/**
 * CSL-JSON (the schema of CSL 1.0.2), an array of items. A person is {@code family} and {@code given}, a
 * literal name {@code literal}; the access date is {@code accessed}. What CSL has no variable
 * for goes into the item's {@code custom} object: the portal's own type (CSL's "book" is both a book and an
 * edited book), the English title, "et al." and a chapter's book.
 */
final class CslJsonWriter {

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(
            Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private CslJsonWriter() {
    }

    static String write(ExportSet set) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (Source source : set.sources()) {
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("id", set.key(source))
                    .add("type", CslTypes.cslType(source.getType()))
                    .add("title", source.getTitle())
                    .add("language", source.getLanguage());
            names(item, "author", source, ContributorRole.AUTHOR);
            names(item, "editor", source, ContributorRole.EDITOR);
            names(item, "translator", source, ContributorRole.TRANSLATOR);
            source.getContainer().ifPresent(container -> item.add("container-title", container));
            source.getParent().ifPresent(book -> item.add("container-title", book.getTitle()));
            source.getPublisher().ifPresent(publisher -> item.add("publisher", publisher));
            source.getPlace().ifPresent(place -> item.add("publisher-place", place));
            source.getDate().ifPresent(date -> item.add("issued", dateParts(date)));
            source.getAccessed().ifPresent(date -> item.add("accessed", dateParts(date)));
            source.getVolume().ifPresent(volume -> item.add("volume", volume));
            source.getIssue().ifPresent(issue -> item.add("issue", issue));
            source.getPages().ifPresent(pages -> item.add("page", pages));
            source.getUrl().ifPresent(url -> item.add("URL", url));
            JsonObjectBuilder custom = Json.createObjectBuilder().add(CslTypes.PORTAL_TYPE, source.getType().name());
            source.getTitleEn().ifPresent(title -> custom.add(CslTypes.TITLE_EN, title));
            if (source.isEtAl()) {
                custom.add(CslTypes.ET_AL, true);
            }
            source.getParent().ifPresent(book -> custom.add(CslTypes.PARENT, set.key(book)));
            items.add(item.add("custom", custom));
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = PRETTY.createWriter(out)) {
            writer.writeArray(items.build());
        }
        return out.toString();
    }

    private static void names(JsonObjectBuilder item, String variable, Source source, ContributorRole role) {
        List<Contributor> names = ExportSet.names(source, role);
        if (!names.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (Contributor name : names) {
                JsonObjectBuilder written = Json.createObjectBuilder();
                if (name.isLiteral()) {
                    written.add("literal", name.getName());
                } else {
                    written.add("family", name.getFamily().orElseThrow());
                    name.getGiven().ifPresent(given -> written.add("given", given));
                }
                array.add(written);
            }
            item.add(variable, array);
        }
    }

    private static JsonObjectBuilder dateParts(PartialDate date) {
        JsonArrayBuilder parts = Json.createArrayBuilder().add(date.getYear());
        if (date.getMonth() != null) {
            parts.add(date.getMonth());
        }
        if (date.getDay() != null) {
            parts.add(date.getDay());
        }
        return Json.createObjectBuilder().add("date-parts", Json.createArrayBuilder().add(parts));
    }
}
