package org.eurasiadiplomacy.portal.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eurasiadiplomacy.portal.catalog.Catalog;
import org.eurasiadiplomacy.portal.catalog.InvalidQueryException;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.catalog.ListingQuery;
import org.eurasiadiplomacy.portal.catalog.Page;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.catalog.SortKey;
import org.eurasiadiplomacy.portal.kinds.ApiSchema;
import org.eurasiadiplomacy.portal.web.api.ApiSchemas.Problem400;
import org.eurasiadiplomacy.portal.web.api.ApiSchemas.Problem404;
import org.eurasiadiplomacy.portal.web.api.ApiSchemas.PublishedRecord;

/**
 * The published records, read-only: a collection, or one record of it. Parses and checks the parameters,
 * asks the catalog, and writes JSON or CSV; everything else is the catalog's. Request-scoped and
 * session-free: an anonymous reader costs no HTTP session.
 */
@Path("v1")
@RequestScoped
@Tag(name = "records", description = "The article's curated records, read-only.")
@APIResponse(responseCode = "304", description = "Not Modified: the If-None-Match tag is the current one; no body.",
        headers = {
            @Header(name = "ETag", description = "The current tag.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "public, max-age=300",
                    schema = @Schema(type = SchemaType.STRING))})
@APIResponse(responseCode = "404", description = "Not Found: no such collection, or no published record with that"
        + " id in it.", content = @Content(mediaType = ProblemDetails.MEDIA_TYPE,
                schema = @Schema(implementation = Problem404.class)))
public class RecordsResource {

    /** The collections' names are added, with their enumeration, by {@link CollectionsFilter}. */
    static final String COLLECTION_DESCRIPTION = "The collection";
    private static final String FORMAT_DESCRIPTION = "json (the default) or csv; instead, Accept: text/csv also"
            + " asks for CSV.";
    private static final String CSV_EXAMPLE = "\uFEFFid,donor,recipient,year,amountUsdMillions,flow,dataset,"
            + "citationIds\r\n1600,JPN,KAZ,2010,-1.46,NET_DISBURSEMENTS,OECD TABLE2A,2142\r\n";

    @Inject
    Catalog catalog;

    @GET
    @Path("{collection}")
    @Operation(operationId = "list", summary = "List a collection",
            description = "One page of the published records of a collection, with the total in X-Total-Count and"
                    + " links to the other pages in Link. Filters that a collection does not support are refused"
                    + " with 400, as are unknown values. Drafts and deleted records are never listed.")
    @APIResponse(responseCode = "200", description = "The page, in JSON (an array) or CSV (a header row first).",
            headers = {
                @Header(name = "X-Total-Count", description = "How many records match in all.",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "Link", description = "first, prev, next and last pages (RFC 8288).",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", description = "SHA-256 of the body; send it back in If-None-Match.",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Cache-Control", description = "public, max-age=300",
                        schema = @Schema(type = SchemaType.STRING))},
            content = {
                @Content(mediaType = "application/json",
                        schema = @Schema(type = SchemaType.ARRAY, implementation = PublishedRecord.class),
                        examples = @ExampleObject(name = "oda", summary = "GET /api/v1/oda?country=KAZ&limit=1",
                                value = "[" + ApiSchema.ODA_EXAMPLE + "]")),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "oda", summary = "GET /api/v1/oda?format=csv&limit=1",
                                value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "400", description = "Bad Request: a parameter has a value the API cannot use;"
            + " the detail names it.", content = @Content(mediaType = ProblemDetails.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem400.class)))
    public Response list(
            @PathParam("collection") @Parameter(description = COLLECTION_DESCRIPTION, example = "oda",
                    required = true, schema = @Schema(type = SchemaType.STRING))
            String collection,
            @QueryParam("format") @Parameter(description = FORMAT_DESCRIPTION, example = "csv",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv"}))
            String format,
            @QueryParam("country") @Parameter(description = "An ISO 3166-1 alpha-3 code (EUU for the EU); matches"
                    + " the record's countries: donor or recipient (oda), host (meetings), origin or destinations"
                    + " (visits), parties (agreements), participants (exercises), countries (events), members"
                    + " (initiatives), country (people), code (countries).", example = "KAZ")
            String country,
            @QueryParam("yearFrom") @Parameter(description = "The first year, inclusive, for dated collections.",
                    example = "2012", schema = @Schema(type = SchemaType.INTEGER))
            String yearFrom,
            @QueryParam("yearTo") @Parameter(description = "The last year, inclusive.", example = "2015",
                    schema = @Schema(type = SchemaType.INTEGER))
            String yearTo,
            @QueryParam("q") @Parameter(description = "Free text; every word must occur in one of the collection's"
                    + " text fields, ignoring case and full-width or half-width forms.", example = "塔什干")
            String q,
            @QueryParam("sort") @Parameter(description = "Fields to order by, comma-separated, - for descending;"
                    + " a localized field sorts by English unless .zh is added.", example = "year,-amountUsdMillions")
            String sort,
            @QueryParam("offset") @Parameter(description = "How many records to skip (default 0).", example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            String offset,
            @QueryParam("limit") @Parameter(description = "Page size, 0 to 500 (default 100); 0 only counts.",
                    example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "500"))
            String limit,
            @Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        Listing listing = collection(collection);
        Format chosen = Format.choose(format, headers.getAcceptableMediaTypes());
        ListingQuery query = new ListingQuery(q, country, integer("yearFrom", yearFrom, null),
                integer("yearTo", yearTo, null), Map.of(), sort == null || sort.isBlank() ? List.of()
                        : SortKey.parse(sort), integer("offset", offset, 0),
                integer("limit", limit, ListingQuery.DEFAULT_LIMIT));
        Page page = catalog.page(listing, query);
        byte[] body = chosen == Format.CSV ? CsvRecords.write(listing, page.rows())
                : JsonRecords.array(page.rows());
        return Answers.paged(Answers.cacheable(request, body, chosen), uri, page.total(), query.offset(),
                query.limit()).build();
    }

    @GET
    @Path("{collection}/{id}")
    @Operation(operationId = "get", summary = "One record",
            description = "The published record with this id in this collection; drafts and deleted records are"
                    + " not found.")
    @APIResponse(responseCode = "200", description = "The record, in JSON (an object) or CSV (header and one row).",
            headers = @Header(name = "ETag", description = "SHA-256 of the body.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = PublishedRecord.class),
                        examples = @ExampleObject(name = "oda", summary = "GET /api/v1/oda/1600",
                                value = ApiSchema.ODA_EXAMPLE)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "oda", summary = "GET /api/v1/oda/1600?format=csv",
                                value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "400", description = "Bad Request: unknown format.",
            content = @Content(mediaType = ProblemDetails.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem400.class)))
    public Response get(
            @PathParam("collection") @Parameter(description = COLLECTION_DESCRIPTION, example = "oda",
                    required = true, schema = @Schema(type = SchemaType.STRING))
            String collection,
            @PathParam("id") @Parameter(description = "The record's id.", example = "1600", in = ParameterIn.PATH,
                    required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            String id,
            @QueryParam("format") @Parameter(description = FORMAT_DESCRIPTION, example = "json",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv"}))
            String format,
            @Context Request request, @Context HttpHeaders headers) {
        Listing listing = collection(collection);
        Format chosen = Format.choose(format, headers.getAcceptableMediaTypes());
        Row row = parseId(id).flatMap(number -> catalog.find(listing, number))
                .orElseThrow(() -> new NoSuchRecord("No published record " + id + " in " + collection + "."));
        byte[] body = chosen == Format.CSV ? CsvRecords.write(listing, List.of(row)) : JsonRecords.object(row);
        return Answers.cacheable(request, body, chosen).build();
    }

    private static Listing collection(String name) {
        return ApiCollections.named(name).orElseThrow(() -> new NoSuchRecord("There is no collection \"" + name
                + "\"; the collections are " + String.join(", ", ApiCollections.ALL.stream().map(Listing::name)
                        .toList()) + "."));
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Integer integer(String parameter, String value, Integer otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(parameter, "must be a whole number, not "
                    + InvalidQueryException.quoted(value));
        }
    }
}
