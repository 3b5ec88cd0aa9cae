package org.eurasiadiplomacy.portal.web.tables;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.country.CountryListing;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.sources.CitationListing;
import org.eurasiadiplomacy.portal.web.tables.PageColumns.PageColumn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.catalog.Catalog;
import org.eurasiadiplomacy.portal.catalog.InvalidQueryException;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.catalog.ListingQuery;
import org.eurasiadiplomacy.portal.catalog.Page;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.web.api.CsvRecords;
import org.eurasiadiplomacy.portal.web.i18n.LanguageSelection;

/**
 * The rows of a public table as a file: {@code GET /export/oda.csv?recipient=KAZ&sort=-amountUsdMillions}
 * (or {@code .xlsx}). It takes the table's own address parameters ({@link TableQueries}) and runs the same
 * catalog query as the table, so the file holds exactly the filtered rows in the order on screen, every page of
 * them. A plain GET, not a Faces postback: the public views are transient, and PrimeFaces' DataExporter on a
 * non-ajax postback rebuilt the table without its filters. It needs no view state and creates no session.
 * The file is what the page shows (ExportSheet): the columns chosen with "Columns" ({@code columns=…}), the
 * page's headings in the reader's language, labels rather than codes; the workbook adds an "About" sheet and a
 * CSV the same facts as {@code Link} headers (ExportAbout).
 */
@WebServlet(TableExport.PATH + "*")
public class TableExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/export/";
    /** The page's shown columns, comma-separated fields, as listing-table.js writes them. */
    static final String COLUMNS = "columns";
    private static final Pattern FILE = Pattern.compile("/([a-z]+)\\.(csv|xlsx)");

    @Inject
    transient Catalog catalog;

    /** Each table page's t:column declarations, read once from the page. */
    private final transient Map<String, List<PageColumn>> pageColumns = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher file = FILE.matcher(String.valueOf(request.getPathInfo()));
        Optional<Listing> listing = file.matches() ? Tables.named(file.group(1)) : Optional.empty();
        if (listing.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = file.group(1);
        List<Row> rows;
        List<PageColumn> shown;
        try {
            shown = shown(name, request.getParameter(COLUMNS));
            rows = rows(listing.get(), request);
        } catch (InvalidQueryException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Parameter " + e.getParameter() + ": " + e.getMessage());
            return;
        }
        boolean csv = "csv".equals(file.group(2));
        Locale locale = LanguageSelection.of(request).locale();
        ResourceBundle msg = ExportAbout.bundle(locale);
        List<List<String>> table = new ExportSheet(locale, msg, countries(), footnotes())
                .table(listing.get(), shown, rows);
        ExportAbout about = new ExportAbout(msg, view(request, name), LocalDate.now(ZoneOffset.UTC), rows.size());
        byte[] body = csv ? CsvRecords.write(table)
                : XlsxWorkbook.write(List.of(new XlsxWorkbook.Sheet(name, table),
                        new XlsxWorkbook.Sheet(msg.getString("export.about.sheet"), about.rows())));
        response.setContentType(csv ? "text/csv;charset=UTF-8" : XlsxWorkbook.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "." + file.group(2) + "\"");
        // a CSV has no room for a header block that tools would not take for data: it travels in the headers
        about.links().forEach(link -> response.addHeader("Link", link));
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The page's columns that the reader has shown: {@code columns=recipient,year} as the page's script keeps it
     * in step with the "Columns" choice, in the page's order; without it, those the page shows at first.
     */
    private List<PageColumn> shown(String listing, String chosen) {
        List<PageColumn> page = pageColumns.computeIfAbsent(listing, this::readPage);
        if (chosen == null) {
            return page.stream().filter(PageColumn::visible).toList();
        }
        Set<String> fields = new LinkedHashSet<>(Arrays.asList(chosen.split(",")));
        fields.remove("");
        for (String field : fields) {
            if (page.stream().noneMatch(column -> column.field().equals(field))) {
                throw new InvalidQueryException(COLUMNS, "\"" + field + "\" is not a column of this table; it has "
                        + page.stream().map(PageColumn::field).collect(Collectors.joining(", ")));
            }
        }
        return page.stream().filter(column -> fields.contains(column.field())).toList();
    }

    private List<PageColumn> readPage(String listing) {
        String page = RecordKind.inMenu().stream().filter(RecordKind::hasTable)
                .filter(kind -> kind.listing().name().equals(listing)).findFirst()
                .flatMap(RecordKind::listPage).orElseThrow().name();
        try (InputStream xhtml = getServletContext().getResourceAsStream("/" + page + ".xhtml")) {
            return PageColumns.of(new String(xhtml.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of the page this file exports, with the same filters, order and columns. */
    private static String view(HttpServletRequest request, String listing) {
        String page = RecordKind.inMenu().stream().filter(kind -> kind.listing().name().equals(listing))
                .findFirst().flatMap(RecordKind::listPage).orElseThrow().name();
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
        String query = request.getQueryString();
        return base + "/" + page + ".xhtml" + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    private Map<String, LocalizedText> countries() {
        Map<String, LocalizedText> names = new HashMap<>();
        catalog.all(CountryListing.NAMES).forEach(row -> names.put((String) row.get("code"), (LocalizedText) row.get("name")));
        return names;
    }

    private Map<Long, String> footnotes() {
        Map<Long, String> labels = new HashMap<>();
        catalog.all(CitationListing.MARKERS).forEach(row -> labels.put(row.id(), (String) row.get("label")));
        return labels;
    }

    /** Every row that matches, read a catalog page at a time, in the table's order. */
    private List<Row> rows(Listing listing, HttpServletRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((key, values) -> parameters.put(key, values[0]));
        ListingQuery query = TableQueries.query(listing, parameters).sortedBy(TableQueries.inLanguage(listing,
                TableQueries.sort(request.getParameter(TableQueries.SORT)), LanguageSelection.of(request)));
        List<Row> rows = new ArrayList<>();
        Page page;
        do {
            page = catalog.page(listing, query.page(rows.size(), ListingQuery.MAX_LIMIT));
            rows.addAll(page.rows());
        } while (!page.rows().isEmpty() && rows.size() < page.total());
        return rows;
    }
}
