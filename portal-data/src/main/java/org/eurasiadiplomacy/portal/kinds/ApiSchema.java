package org.eurasiadiplomacy.portal.kinds;

import java.util.Objects;

/**
 * How the API's OpenAPI description names and explains a kind's collection: the schema's name, what one record
 * is, and an example answer. The schema's properties come from the kind's listing, so they are the fields the
 * API returns.
 *
 * @param name the schema's name in {@code components/schemas} ({@code OdaFigure})
 * @param description what one record of the collection is, in English
 * @param example one record as the API answers it, in JSON
 */
public record ApiSchema(String name, String description, String example) {

    /** An ODA figure as the API answers it; also the example of the API's operations. */
    public static final String ODA_EXAMPLE = "{\"id\":1600,\"donor\":\"JPN\",\"recipient\":\"KAZ\",\"year\":2010,"
            + "\"amountUsdMillions\":-1.46,\"flow\":\"NET_DISBURSEMENTS\",\"dataset\":\"OECD TABLE2A\","
            + "\"citationIds\":[2142]}";

    public ApiSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(example, "example");
    }
}
