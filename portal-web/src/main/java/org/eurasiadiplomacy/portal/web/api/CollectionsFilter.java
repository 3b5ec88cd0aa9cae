package org.eurasiadiplomacy.portal.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eurasiadiplomacy.portal.catalog.Column;
import org.eurasiadiplomacy.portal.catalog.Field;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.catalog.Relation;
import org.eurasiadiplomacy.portal.kinds.ApiSchema;
import org.eurasiadiplomacy.portal.kinds.RecordKind;

/**
 * Writes the API's collections and their schemas into its OpenAPI description from the kinds of record
 * ({@link ApiCollections}): annotations take only constants, so a list there would be one more place that names
 * every kind. Each collection's schema is made from its listing's columns, so it names exactly the fields the API
 * returns, with the name, description and example its descriptor gives ({@link RecordKind#apiSchema}).
 * Registered as {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}.
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

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        for (RecordKind kind : RecordKind.values()) {
            components.addSchema(kind.apiSchema().name(), collection(kind));
        }
        Schema any = components.getSchemas() == null ? null : components.getSchemas().get(ApiSchemas.PUBLISHED_RECORD);
        if (any != null) {
            any.setDescription("A record of the collection asked for: one of the schemas "
                    + Arrays.stream(RecordKind.values()).map(kind -> kind.apiSchema().name()).collect(Collectors.joining(", "))
                    + ".");
        }
    }

    private static Schema collection(RecordKind kind) {
        ApiSchema api = kind.apiSchema();
        Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("GET /api/v1/" + kind.listing().name() + ": " + api.description())
                .example(plain(Json.createReader(new StringReader(api.example())).readValue()));
        for (Column column : kind.listing().columns()) {
            schema.addProperty(column.name(), column instanceof Relation relation ? relation(relation) : field((Field) column));
        }
        return schema;
    }

    private static Schema relation(Relation relation) {
        Schema element;
        if (relation.objects()) {
            element = OASFactory.createSchema().type(SchemaType.OBJECT);
            for (Field part : relation.parts()) {
                element.addProperty(part.name(), field(part));
            }
        } else {
            element = field(relation.parts().get(0));
        }
        return OASFactory.createSchema().type(SchemaType.ARRAY).items(element);
    }

    /** A field's schema from its type: what the API writes for it. */
    private static Schema field(Field field) {
        Schema schema = OASFactory.createSchema();
        return switch (field.type()) {
            case ID -> schema.type(SchemaType.INTEGER).format("int64").description("A record's id.");
            case TEXT -> schema.type(SchemaType.STRING);
            case LOCALIZED_TEXT -> schema.ref(ApiSchemas.LOCALIZED_TEXT);
            case INTEGER -> schema.type(SchemaType.INTEGER).format("int32");
            case DECIMAL -> schema.type(SchemaType.NUMBER).description("An exact decimal, as printed.");
            case BOOLEAN -> schema.type(SchemaType.BOOLEAN);
            case COUNTRY_CODE -> schema.type(SchemaType.STRING).pattern("[A-Z]{3}")
                    .description("ISO 3166-1 alpha-3 code; the EU's is EUU.");
            case ENUM -> schema.type(SchemaType.STRING).enumeration(Arrays.stream(field.enumType().getEnumConstants())
                    .map(constant -> (Object) constant.name()).toList());
        };
    }

    /** A JSON value as the plain maps, lists, strings, numbers and booleans the OpenAPI model writes. */
    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((key, member) -> map.put(key, plain(member)));
                yield map;
            }
            case ARRAY -> ((JsonArray) value).stream().map(CollectionsFilter::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
