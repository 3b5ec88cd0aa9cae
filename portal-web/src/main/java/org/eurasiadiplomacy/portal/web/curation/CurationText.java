package org.eurasiadiplomacy.portal.web.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.ResourceBundle;

/** Labels the curation pages compute: an enum constant in the reader's language, a list value as one line. */
@Named
@ApplicationScoped
public class CurationText {

    /** {@code curation.enum.<Type>.<CONSTANT>} from the bundle; the constant itself where none is written. */
    public String constant(Object constant) {
        if (!(constant instanceof Enum<?> value)) {
            return constant == null ? "" : constant.toString();
        }
        String key = "curation.enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        ResourceBundle bundle = bundle();
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
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
