package org.eurasiadiplomacy.portal.web.staff.sources;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eurasiadiplomacy.portal.sources.SourceExchange;
import org.eurasiadiplomacy.portal.sources.bibliography.BibliographyFormat;

/**
 * GET /staff/sources/export?format=bibtex|ris|csl_json: the whole bibliography as a download. Under /staff/, so
 * web.xml's constraint applies. Served as an attachment with its own media type (never text/html), so text
 * in it is never markup to a browser.
 */
@WebServlet("/staff/sources/export")
public class SourceExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SourceExchange exchange;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<BibliographyFormat> format = format(request.getParameter("format"));
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format must be bibtex, ris or csl_json");
            return;
        }
        byte[] body = exchange.export(format.get()).getBytes(StandardCharsets.UTF_8);
        response.setContentType(format.get().mediaType() + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"sources." + format.get().extension() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static Optional<BibliographyFormat> format(String name) {
        return Arrays.stream(BibliographyFormat.values())
                .filter(f -> name != null && f.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
