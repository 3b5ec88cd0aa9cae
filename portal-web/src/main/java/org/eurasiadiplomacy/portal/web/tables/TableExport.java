package org.eurasiadiplomacy.portal.web.tables;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
 */
@WebServlet(TableExport.PATH + "*")
public class TableExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/export/";
    private static final Pattern FILE = Pattern.compile("/([a-z]+)\\.(csv|xlsx)");

    @Inject
    transient Catalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher file = FILE.matcher(String.valueOf(request.getPathInfo()));
        Optional<Listing> listing = file.matches() ? Tables.named(file.group(1)) : Optional.empty();
        if (listing.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<Row> rows;
        try {
            rows = rows(listing.get(), request);
        } catch (InvalidQueryException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Parameter " + e.getParameter() + ": " + e.getMessage());
            return;
        }
        String name = file.group(1);
        boolean csv = "csv".equals(file.group(2));
        byte[] body = csv ? CsvRecords.write(listing.get(), rows)
                : XlsxWorkbook.write(name, CsvRecords.table(listing.get(), rows));
        response.setContentType(csv ? "text/csv;charset=UTF-8" : XlsxWorkbook.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "." + file.group(2) + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
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
