package org.eurasiadiplomacy.portal.web.api;

import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eurasiadiplomacy.portal.catalog.Listing;

/**
 * Writes the API's collections into its OpenAPI description from the kinds of record ({@link ApiCollections}):
 * annotations take only constants, so a list there would be one more place that names every kind. Registered
 * as {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}.
 */
public class CollectionsFilter implements OASFilter {

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if ("collection".equals(parameter.getName()) && parameter.getSchema() != null) {
            List<String> names = ApiCollections.ALL.stream().map(Listing::name).toList();
            parameter.getSchema().setEnumeration(List.copyOf(names));
            parameter.setDescription(RecordsResource.COLLECTION_DESCRIPTION + ": "
                    + names.stream().collect(Collectors.joining(", ")) + ".");
        }
        return parameter;
    }
}
