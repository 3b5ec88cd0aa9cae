package org.eurasiadiplomacy.portal.web.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.ResourceBundle;
import org.eurasiadiplomacy.portal.curation.FieldType;
import org.eurasiadiplomacy.portal.curation.RecordKind;

/** Labels the curation pages compute: an enum constant in the reader's language, a list value as one line. */
@Named
@ApplicationScoped
public class CurationText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** {@code curation.enum.<Type>.<CONSTANT>} from the bundle; the constant itself where none is written. */
    public String constant(Object constant) {
        if (!(constant instanceof Enum<?> value)) {
            return constant == null ? "" : constant.toString();
        }
        String key = "curation.enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        ResourceBundle bundle = bundle();
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }

    /** A value of the history ({@code status}, an enum field) as the reader's language names it. */
    public String value(RecordKind kind, String key, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        ResourceBundle bundle = bundle();
        String label = "status".equals(key) ? "curation.status." + value
                : kind.field(key).filter(f -> f.type() == FieldType.ENUM)
                        .map(f -> "curation.enum." + f.target().getSimpleName() + "." + value).orElse(null);
        return label != null && bundle.containsKey(label) ? bundle.getString(label) : value;
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
            return line(java.util.List.of(values));
        }
        return value == null ? "" : value.toString();
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }
}
