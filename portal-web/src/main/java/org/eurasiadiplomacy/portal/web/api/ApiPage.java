package org.eurasiadiplomacy.portal.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import org.eurasiadiplomacy.portal.catalog.Column;
import org.eurasiadiplomacy.portal.catalog.Field;
import org.eurasiadiplomacy.portal.catalog.Listing;

/**
 * Backs the API guide (api.xhtml) with what the listings declare, so the field lists shown can never drift from
 * the API. Request-scoped: reading the guide costs no session.
 */
@Named
@RequestScoped
public class ApiPage {

    /**
     * One collection as the guide shows it; names are identifiers, the same in every language. The page calls
     * the accessors as methods ({@code c.path()}): Expression Language 5 does not read records as beans.
     */
    public record CollectionGuide(String name, String path, String fields, String countryFields, String yearField,
            String searchedFields, String sortFields) {
    }

    public List<CollectionGuide> getCollections() {
        return ApiCollections.ALL.stream().map(ApiPage::describe).toList();
    }

    /** Where this portal answers, for the example commands: scheme, host, port and context path. */
    public String getBase() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.getRequestScheme() + "://" + context.getRequestServerName() + ":"
                + context.getRequestServerPort() + context.getRequestContextPath();
    }

    private static CollectionGuide describe(Listing listing) {
        return new CollectionGuide(listing.name(), "/api/v1/" + listing.name(),
                names(listing.columns()),
                String.join(", ", listing.countryColumns()),
                listing.yearField().orElse(""),
                String.join(", ", listing.searchedColumns()),
                names(listing.columns().stream().filter(Field.class::isInstance).toList()));
    }

    private static String names(List<Column> columns) {
        return String.join(", ", columns.stream().map(Column::name).toList());
    }
}
