package org.eurasiadiplomacy.portal.web.sources;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.sources.LanguageNames;
import org.eurasiadiplomacy.portal.sources.SourceDetail;
import org.eurasiadiplomacy.portal.sources.SourceEntries;
import org.eurasiadiplomacy.portal.sources.bibliography.BibliographyFormat;
import org.eurasiadiplomacy.portal.web.accounts.Messages;

/**
 * Backs /source.xhtml?id=…: one source with every field, the notes that cite it, the records it supports and
 * the curator's notes on it. An id that is not a published source answers 404.
 */
@Named
@RequestScoped
public class SourcePage {

    @Inject
    SourceEntries sourceEntries;

    @Inject
    HttpServletRequest request;

    private Optional<SourceDetail> detail;

    public Optional<SourceDetail> getDetail() {
        if (detail == null) {
            detail = id().flatMap(sourceEntries::find);
        }
        return detail;
    }

    /** Before the view renders: an unknown, unpublished or malformed id is a 404 with the portal's page. */
    public void requireSource() throws IOException {
        if (getDetail().isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public List<BibliographyFormat> getFormats() {
        return List.of(BibliographyFormat.values());
    }

    /** This source as a file: {@code /sources/2003.ris}. */
    public String downloadLink(BibliographyFormat format) {
        return request.getContextPath() + "/sources/" + getDetail().orElseThrow().entry().id() + "."
                + format.extension();
    }

    /** A source's date as far as it is known, in ISO 8601 form: 2006-03-17, 2018-04 or 2019. */
    public String date(Row source) {
        return iso(source.get("year"), source.get("month"), source.get("day"));
    }

    /** The date its address was read, in the same form; empty when none is stored. */
    public String accessed(Row source) {
        return iso(source.get("accessedYear"), source.get("accessedMonth"), source.get("accessedDay"));
    }

    /** The source's language named in the reader's language ("Russian", "俄文"), or "undetermined". */
    public String language(Row source) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return LanguageNames.displayName((String) source.get("language"), faces.getViewRoot().getLocale())
                .orElseGet(() -> Messages.text(faces, "source.language.undetermined"));
    }

    private static String iso(Object year, Object month, Object day) {
        if (year == null) {
            return "";
        }
        String date = year.toString();
        if (month != null) {
            date += String.format("-%02d", ((Number) month).intValue());
            if (day != null) {
                date += String.format("-%02d", ((Number) day).intValue());
            }
        }
        return date;
    }

    private Optional<Long> id() {
        try {
            return Optional.ofNullable(request.getParameter("id")).map(String::strip).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
