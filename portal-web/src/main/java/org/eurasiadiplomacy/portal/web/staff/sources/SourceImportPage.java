package org.eurasiadiplomacy.portal.web.staff.sources;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eurasiadiplomacy.portal.sources.ImportPreview;
import org.eurasiadiplomacy.portal.sources.SourceExchange;
import org.eurasiadiplomacy.portal.sources.bibliography.BibliographyFormat;
import org.eurasiadiplomacy.portal.web.accounts.Messages;

/**
 * Backs /staff/source-import.xhtml: upload, preview, then store. The file's text stays in the view between the
 * preview and the store, so what is stored is exactly what was previewed; the store judges it again.
 */
@Named
@ViewScoped
public class SourceImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A bibliography of a few thousand entries; anything larger is not a bibliography file. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Request attribute: {@link UploadLimit} refused the upload before Faces saw it (the page says so). */
    static final String TOO_LARGE = "portalUploadTooLarge";

    @Inject
    SourceExchange exchange;

    private transient Part file;
    private BibliographyFormat format = BibliographyFormat.BIBTEX;
    private String text;
    private ImportPreview preview;

    public void preview() throws IOException {
        preview = null;
        text = null;
        if (file == null || file.getSize() == 0) {
            Messages.error(faces(), "sourceImport.noFile");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Messages.error(faces(), "sourceImport.tooLarge");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        preview = exchange.preview(format, text, faces().getViewRoot().getLocale());
    }

    public void store() {
        if (text == null) {
            return;
        }
        preview = exchange.store(format, text, faces().getViewRoot().getLocale());
        if (preview.stored()) {
            Messages.info(faces(), "sourceImport.stored", preview.getNewCount());
            text = null;
        } else {
            Messages.error(faces(), "sourceImport.refused");
        }
    }

    /** What the model refused in the entry at {@code line}, each named as the editor's form labels the field. */
    public List<String> refusals(int line) {
        return preview.refusals().getOrDefault(line, List.of()).stream()
                .map(problem -> Messages.text(faces(), "sourceEditor.problem",
                        Messages.text(faces(), "sourceEditor.field." + problem.field()), problem.message()))
                .toList();
    }

    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    public BibliographyFormat[] getFormats() {
        return BibliographyFormat.values();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public BibliographyFormat getFormat() {
        return format;
    }

    public void setFormat(BibliographyFormat format) {
        this.format = format;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public boolean isStorable() {
        return text != null && preview != null && preview.isStorable() && !preview.stored()
                && preview.getNewCount() > 0;
    }
}
