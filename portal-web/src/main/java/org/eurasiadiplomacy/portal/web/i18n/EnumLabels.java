package org.eurasiadiplomacy.portal.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ResourceBundle;

/**
 * The one way to name an enum constant in the reader's language: the bundle key
 * {@code enum.<SimpleClassName>.<CONSTANT>}, the same on every page (table, detail page, timeline, editor,
 * history). I18nBundlesTest checks that every constant of the portal's enums has its key in both bundles.
 * Pages write {@code #{enumLabel.of(constant)}}, or {@code #{enumLabel.named('MeetingLevel', name)}} where a
 * listing row holds the constant's name.
 */
@Named("enumLabel")
@ApplicationScoped
public class EnumLabels {

    public static final String PREFIX = "enum.";

    public static String key(Enum<?> constant) {
        return key(constant.getDeclaringClass().getSimpleName(), constant.name());
    }

    public static String key(Class<? extends Enum<?>> type, String constant) {
        return key(type.getSimpleName(), constant);
    }

    public static String key(String simpleClassName, String constant) {
        return PREFIX + simpleClassName + "." + constant;
    }

    /** The label of {@code constant} in {@code bundle}; its name where the bundle has none, blank for null. */
    public static String label(ResourceBundle bundle, Enum<?> constant) {
        return constant == null ? "" : label(bundle, constant.getDeclaringClass().getSimpleName(), constant.name());
    }

    public static String label(ResourceBundle bundle, String simpleClassName, String constant) {
        if (constant == null || constant.isEmpty()) {
            return "";
        }
        String key = key(simpleClassName, constant);
        return bundle.containsKey(key) ? bundle.getString(key) : constant;
    }

    /** For pages: an enum constant (anything else is shown as it is). */
    public String of(Object constant) {
        if (constant instanceof Enum<?> value) {
            return label(bundle(), value);
        }
        return constant == null ? "" : constant.toString();
    }

    /** For pages: the constant called {@code constant} of the enum {@code simpleClassName}. */
    public String named(String simpleClassName, Object constant) {
        return constant == null ? "" : label(bundle(), simpleClassName, constant.toString());
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }
}
