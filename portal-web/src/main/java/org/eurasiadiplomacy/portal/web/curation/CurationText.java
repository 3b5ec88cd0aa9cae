package org.eurasiadiplomacy.portal.web.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.curation.Choice;
import org.eurasiadiplomacy.portal.curation.FormFieldType;
import org.eurasiadiplomacy.portal.curation.FormField;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.record.RecordStatus;
import org.eurasiadiplomacy.portal.web.i18n.EnumLabels;

/** Labels the curation pages compute: an enum constant in the reader's language, a list value as one line. */
@Named
@ApplicationScoped
public class CurationText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** An enum constant's label (EnumLabels); anything else as it is. */
    public String constant(Object constant) {
        if (!(constant instanceof Enum<?> value)) {
            return constant == null ? "" : constant.toString();
        }
        return EnumLabels.label(bundle(), value);
    }

    /**
     * A value of the history ({@code status}, an enum field, the enum parts of rows) as the reader's language
     * names it.
     */
    public String value(RecordKind kind, String key, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        FormField rows = kind.field(key).filter(f -> f.type() == FormFieldType.ROWS).orElse(null);
        if (rows != null) {
            // rows read "part · part; part · part": a part that is a constant of an enum part is named
            return Arrays.stream(value.split("; ")).map(row -> Arrays.stream(row.split(" · "))
                    .map(part -> rows.parts().stream().filter(p -> p.type() == FormFieldType.ENUM)
                            .map(p -> constant(part, p)).filter(label -> !label.equals(part)).findFirst()
                            .orElse(part))
                    .collect(Collectors.joining(" · "))).collect(Collectors.joining("; "));
        }
        ResourceBundle bundle = bundle();
        String label = "status".equals(key) ? EnumLabels.key(RecordStatus.class, value)
                : kind.field(key).filter(f -> f.type() == FormFieldType.ENUM)
                        .map(f -> EnumLabels.key(f.target().getSimpleName(), value)).orElse(null);
        return label != null && bundle.containsKey(label) ? bundle.getString(label) : value;
    }

    /**
     * A form value as a person reads it in the conflict table: a reference by the label its select shows, an
     * enum constant by its name in the reader's language, rows one after another with their parts.
     */
    public String shown(FormField field, Object value, Map<String, List<Choice>> choices) {
        return switch (field.type()) {
            case COUNTRY, RECORD, COUNTRIES, CITATIONS -> labelled(value, choices.get(field.name()));
            case ENUM -> constant(value, field);
            case ROWS -> rows(value, field, choices);
            default -> line(value);
        };
    }

    private String rows(Object value, FormField field, Map<String, List<Choice>> choices) {
        List<String> rows = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object row : list) {
                rows.add(row((Map<?, ?>) row, field, choices));
            }
        }
        return String.join("; ", rows);
    }

    private String row(Map<?, ?> row, FormField field, Map<String, List<Choice>> choices) {
        if (field.isReferences()) {
            return labelled(row.get(FormField.REFERENCE), choices.get(field.name()));
        }
        List<String> parts = new ArrayList<>();
        for (FormField part : field.parts()) {
            for (String key : part.keys()) {
                String text = switch (part.type()) {
                    case COUNTRY, RECORD -> labelled(row.get(key), choices.get(field.name() + "." + part.name()));
                    case ENUM -> constant(row.get(key), part);
                    default -> line(row.get(key));
                };
                if (!text.isEmpty()) {
                    parts.add(text);
                }
            }
        }
        return String.join(" · ", parts);
    }

    /** Ids (one, or a list) by their choices' labels; an id no choice has stays as it is. */
    private String labelled(Object ids, List<Choice> choices) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<String> labels = new ArrayList<>();
        Collection<?> all = ids instanceof Collection<?> many ? many : ids == null ? List.of() : List.of(ids);
        for (Object id : all) {
            String text = String.valueOf(id);
            if (!text.isBlank()) {
                labels.add((choices == null ? List.<Choice>of() : choices).stream()
                        .filter(choice -> choice.getValue().equals(text)).findFirst()
                        .map(choice -> choice.label(locale)).orElse(text));
            }
        }
        return String.join(", ", labels);
    }

    private String constant(Object name, FormField field) {
        String text = line(name);
        if (text.isEmpty()) {
            return "";
        }
        return Arrays.stream(field.constants()).filter(c -> ((Enum<?>) c).name().equals(text)).findFirst()
                .map(this::constant).orElse(text);
    }

    /** A moment as administrators read it in lists and histories, in UTC to the second. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** A form value as one line: a list of ids joined by commas. */
    public String line(Object value) {
        if (value instanceof Collection<?> values) {
            return String.join(", ", values.stream().map(String::valueOf).toList());
        }
        if (value instanceof Object[] values) {
            return line(List.of(values));
        }
        return value == null ? "" : value.toString();
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }
}
