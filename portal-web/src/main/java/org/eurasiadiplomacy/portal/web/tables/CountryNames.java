package org.eurasiadiplomacy.portal.web.tables;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.catalog.Catalog;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.country.CountryListing;
import org.eurasiadiplomacy.portal.record.LocalizedText;

/** Country codes shown as names in the reader's language, and the choices of country filters. One query a request. */
@Named
@RequestScoped
public class CountryNames {

    @Inject
    Catalog catalog;

    private Map<String, LocalizedText> names;

    public String name(String code) {
        LocalizedText name = names().get(code);
        return name == null ? code : name.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Several countries' names, in the given order, as one text: 哈薩克、烏茲別克 or Kazakhstan, Uzbekistan. */
    public String names(List<String> codes) {
        return codes == null ? "" : codes.stream().map(this::name).collect(Collectors.joining(separator()));
    }

    /** An initiative's members by name, an observer marked as such. */
    public String members(List<Map<String, Object>> members) {
        if (members == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        return members.stream().map(member -> {
            String name = name((String) member.get("country"));
            return "OBSERVER".equals(member.get("role")) ? MessageFormat.format(msg.getString("tables.observer"), name)
                    : name;
        }).collect(Collectors.joining(separator()));
    }

    /**
     * Name to code for these countries, by name in the reader's language (the locale's collation: alphabetical
     * in English, by stroke count in Chinese): the options of a dropdown filter.
     */
    public Map<String, String> options(Collection<String> codes) {
        Collator collator = Collator.getInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        Map<String, String> options = new LinkedHashMap<>();
        codes.stream().sorted(Comparator.comparing(this::name, collator))
                .forEach(code -> options.put(name(code), code));
        return options;
    }

    private static String separator() {
        return "zh".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()) ? "、" : ", ";
    }

    private Map<String, LocalizedText> names() {
        if (names == null) {
            names = new LinkedHashMap<>();
            for (Row country : catalog.all(CountryListing.NAMES)) {
                names.put((String) country.get("code"), (LocalizedText) country.get("name"));
            }
        }
        return names;
    }
}
