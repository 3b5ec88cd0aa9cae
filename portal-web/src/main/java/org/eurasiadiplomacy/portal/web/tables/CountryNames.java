package org.eurasiadiplomacy.portal.web.tables;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eurasiadiplomacy.portal.catalog.Catalog;
import org.eurasiadiplomacy.portal.catalog.ListingQuery;
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

    /** Name to code, in the order of the codes: the options of a dropdown filter. */
    public Map<String, String> getOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        names().keySet().forEach(code -> options.put(name(code), code));
        return options;
    }

    private Map<String, LocalizedText> names() {
        if (names == null) {
            names = new LinkedHashMap<>();
            for (Row country : catalog.page(CountryListing.LISTING, ListingQuery.all().page(0, ListingQuery.MAX_LIMIT)).rows()) {
                names.put((String) country.get("code"), (LocalizedText) country.get("name"));
            }
        }
        return names;
    }
}
