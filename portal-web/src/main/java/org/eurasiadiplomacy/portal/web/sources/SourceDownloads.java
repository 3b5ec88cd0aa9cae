package org.eurasiadiplomacy.portal.web.sources;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.catalog.InvalidQueryException;
import org.eurasiadiplomacy.portal.sources.SourceEntries;
import org.eurasiadiplomacy.portal.sources.bibliography.BibliographyFormat;

/**
 * The bibliography as files for reference managers: {@code /sources/all.bib} (with the page's filters as
 * parameters) and {@code /sources/2003.ris} for one source, in BibTeX ({@code .bib}), RIS ({@code .ris}) or
 * CSL-JSON ({@code .json}). A plain servlet: a download is not a page, and needs no Faces view or session.
 */
@WebServlet(urlPatterns = "/sources/*")
public class SourceDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern FILE = Pattern.compile("/(all|\\d{1,18})\\.([a-z]+)");
    static final String FILE_PREFIX = "eurasia-diplomacy-";

    @Inject
    transient SourceEntries sourceEntries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher file = FILE.matcher(String.valueOf(request.getPathInfo()));
        Optional<BibliographyFormat> format = file.matches() ? format(file.group(2)) : Optional.empty();
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<String> text;
        String name;
        if (file.group(1).equals("all")) {
            try {
                text = Optional.of(sourceEntries.export(SourceFilter.of(request).query(), format.get()));
            } catch (InvalidQueryException e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            name = "sources";
        } else {
            text = sourceEntries.export(Long.parseLong(file.group(1)), format.get());
            name = "source-" + file.group(1);
        }
        if (text.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = text.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType(format.get().mediaType() + ";charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"" + FILE_PREFIX + name + "." + format.get().extension() + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static Optional<BibliographyFormat> format(String extension) {
        return Arrays.stream(BibliographyFormat.values()).filter(f -> f.extension().equals(extension)).findFirst();
    }
}
