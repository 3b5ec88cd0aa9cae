package org.eurasiadiplomacy.portal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The read-only data API under {@code /api}; its description is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(
        title = "Eurasia Diplomacy Portal API",
        version = "1",
        description = "Every published record of the portal, read-only: the countries, people, initiatives,"
                + " meetings, visits, agreements, exercises, timeline events, ODA figures, sources, citations and"
                + " curator's notes curated from \"Japan's Eurasian diplomacy in the New Great Game\" (Review of"
                + " Global Politics No. 71, July 2020). JSON by default, CSV with ?format=csv or Accept: text/csv."
                + " Every record carries citationIds, the footnotes that support it. Responses carry an ETag and"
                + " may be cached for five minutes; errors are RFC 9457 problem details. The human guide is at"
                + " /api.xhtml."))
public class ApiApplication extends Application {

    /** No WADL (/api/application.wadl, and in answers to OPTIONS): it names Jersey and its version. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
