package org.eurasiadiplomacy.portal.sources;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.envers.Audited;
import org.eurasiadiplomacy.portal.record.Record;

/**
 * A footnote (or table note) of the article: the sources it cites, in printed order, and where in them.
 * "同前註" and "Ibid." cite the previous footnote's sources; {@link #ibid} resolves them once, when created.
 */
@Entity
@Table(name = "citation")
@DiscriminatorValue("CITATION")
@Audited
public class Citation extends Record {

    public static final int FIRST_FOOTNOTE = 1;
    public static final int LAST_FOOTNOTE = 39;

    private static final String DIGITS = "一二三四五六七八九";
    /** 表, then a Chinese numeral up to 99: [tens digit] 十 [units digit], or a units digit alone */
    private static final Pattern TABLE_LABEL = Pattern.compile("表(?:([一二三四五六七八九])?(十))?([一二三四五六七八九])?");

    @NotBlank
    @Size(max = 10)
    @Column(nullable = false, length = 10, unique = true)
    private String label;

    @Min(FIRST_FOOTNOTE)
    @Max(LAST_FOOTNOTE)
    @Column(unique = true)
    private Integer footnote;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "citation_kind", nullable = false, length = 20)
    private CitationKind kind;

    @Column(nullable = false)
    private boolean ibid;

    @Size(max = 100)
    @Column(length = 100)
    private String locator;

    /** The note exactly as the article prints it. */
    @NotBlank
    @Size(max = 2000)
    @Column(name = "printed_text", nullable = false, length = 2000)
    private String printedText;

    @ManyToMany
    @JoinTable(name = "citation_source",
            joinColumns = @JoinColumn(name = "citation_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "idx")
    private List<Source> sources = new ArrayList<>();

    protected Citation() {
    }

    private Citation(String label, Integer footnote, CitationKind kind, String printedText) {
        if (footnote != null && (footnote < FIRST_FOOTNOTE || footnote > LAST_FOOTNOTE)) {
            throw new IllegalArgumentException("The article has footnotes 1 to 39, not " + footnote);
        }
        if ((footnote != null) != (kind == CitationKind.FOOTNOTE)) {
            throw new IllegalArgumentException("Footnotes, and only footnotes, have a number");
        }
        this.label = Objects.requireNonNull(label, "label");
        this.footnote = footnote;
        this.kind = kind;
        this.printedText = Objects.requireNonNull(printedText, "printedText");
    }

    public static Citation footnote(int number, String printedText, String locator, List<Source> sources) {
        Citation citation = new Citation(Integer.toString(number), number, CitationKind.FOOTNOTE, printedText);
        citation.locator = locator;
        citation.sources.addAll(sources);
        return citation;
    }

    /** "同前註" / "Ibid.": the same sources as the footnote before it. */
    public static Citation ibid(int number, String printedText, String locator, Citation previous) {
        if (previous.footnote == null || previous.footnote != number - 1) {
            throw new IllegalArgumentException("Footnote " + number + " can only repeat footnote " + (number - 1));
        }
        Citation citation = footnote(number, printedText, locator, previous.sources);
        citation.ibid = true;
        return citation;
    }

    public static Citation note(String label, CitationKind kind, String printedText, List<Source> sources) {
        if (kind == CitationKind.FOOTNOTE) {
            throw new IllegalArgumentException("Use footnote() for numbered footnotes");
        }
        Citation citation = new Citation(label, null, kind, printedText);
        citation.sources.addAll(sources);
        return citation;
    }

    public String getLabel() {
        return label;
    }

    /**
     * The table a printed label names: 1 for "表一", 12 for "表十二"; empty for a footnote number or "*". Pages in
     * another language than the article's say "Table 1" while the record keeps its printed label.
     */
    public static Optional<Integer> tableNumber(String printedLabel) {
        Matcher table = printedLabel == null ? null : TABLE_LABEL.matcher(printedLabel);
        if (table == null || !table.matches() || printedLabel.length() == 1) {
            return Optional.empty();
        }
        int tens = table.group(2) == null ? 0 : table.group(1) == null ? 1 : DIGITS.indexOf(table.group(1)) + 1;
        int units = table.group(3) == null ? 0 : DIGITS.indexOf(table.group(3)) + 1;
        return Optional.of(tens * 10 + units);
    }

    public Optional<Integer> getFootnote() {
        return Optional.ofNullable(footnote);
    }

    public CitationKind getKind() {
        return kind;
    }

    public boolean isIbid() {
        return ibid;
    }

    public Optional<String> getLocator() {
        return Optional.ofNullable(locator);
    }

    public String getPrintedText() {
        return printedText;
    }

    public List<Source> getSources() {
        return Collections.unmodifiableList(sources);
    }

    /** The staff editor assigns a source to this note; it is added after the printed ones. */
    public void cite(Source source) {
        if (!sources.contains(Objects.requireNonNull(source, "source"))) {
            sources.add(source);
        }
    }

    public void uncite(Source source) {
        sources.remove(source);
    }

    /** Where in its sources the note points ("p. 12", "頁 73-81"); blank means nowhere in particular. */
    public void locate(String locator) {
        this.locator = locator == null || locator.isBlank() ? null : locator.strip();
    }
}
