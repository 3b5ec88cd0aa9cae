package org.eurasiadiplomacy.portal.curation;

import java.io.Serializable;
import java.util.Locale;

/** A record a reference field can point to, as a select list offers it. */
public record Choice(long id, String labelZh, String labelEn) implements Serializable {

    public String label(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        String preferred = chinese ? labelZh : labelEn;
        return preferred != null ? preferred : chinese ? labelEn : labelZh;
    }

    public String getValue() {
        return Long.toString(id);
    }
}
