package org.eurasiadiplomacy.portal.sources;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.record.Record;

/**
 * A bibliographic item the article cites. A chapter points to its edited book (its parent),
 * so the book of footnotes 12 and 13 exists once.
 */
@Entity
@Table(name = "source")
@DiscriminatorValue("SOURCE")
@SourceRules
@Audited
public class Source extends Record {

    public static final int TITLE_LENGTH = 500;
    public static final int CONTAINER_LENGTH = 300;
    public static final int URL_LENGTH = 1000;
    public static final int PUBLISHER_LENGTH = 200;
    public static final int PLACE_LENGTH = 100;
    public static final int NUMBER_LENGTH = 30;
    public static final int LANGUAGE_LENGTH = 10;
    /** Absolute http(s) addresses only: no javascript: or data: links, no spaces, quotes or angle brackets. */
    public static final String URL_PATTERN = "https?://[^\\s<>\"{}|\\\\^`]+";
    /** A page: "147", "xii", "e0815", "扉页", or an article's numbered page "4:1" or "1.1". */
    private static final String PAGE = "[\\p{L}\\p{N}]{1,12}(?:[:.][\\p{L}\\p{N}]{1,12})?";
    private static final String PAGE_RANGE = PAGE + "(?:-" + PAGE + ")?";
    /** "73-81", "147", "xii-xv", "4:1-4:10", "序2-3", and lists of ranges "431-456, 791-823", "1-3;7-11". */
    public static final String PAGES_PATTERN = PAGE_RANGE + "(?:[,;] ?" + PAGE_RANGE + ")*";
    /** A BCP 47 tag as the portal uses them: zh-TW, zh-CN, ja, en. */
    public static final String LANGUAGE_PATTERN = "[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 30)
    private SourceType type;

    /** Any number: a physics paper may name hundreds; the upload limit bounds a file, not this list. */
    @Valid
    @ElementCollection
    @CollectionTable(name = "source_contributor", joinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "idx")
    private List<Contributor> contributors = new ArrayList<>();

    /** Printed "et al.": the list of contributors is knowingly incomplete. */
    @Column(name = "et_al", nullable = false)
    private boolean etAl;

    /**
     * The title in its original script; empty (never null) in a draft whose file gave none, which cannot be
     * published until staff add it ({@link SourceRulesValidator#missingForPublication}).
     */
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Size(max = TITLE_LENGTH)
    @Column(name = "title_en", length = TITLE_LENGTH)
    private String titleEn;

    /** Journal, magazine, newspaper or web site; a chapter's book is its parent instead. */
    @Size(max = CONTAINER_LENGTH)
    @Column(length = CONTAINER_LENGTH)
    private String container;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Source parent;

    @Size(max = PUBLISHER_LENGTH)
    @Column(length = PUBLISHER_LENGTH)
    private String publisher;

    @Size(max = PLACE_LENGTH)
    @Column(length = PLACE_LENGTH)
    private String place;

    @Valid
    @Embedded
    private PartialDate date;

    /** When a web page, online paper or document was read at its URL; as precise as the source states it. */
    @Valid
    @Embedded
    @AttributeOverride(name = "year", column = @Column(name = "accessed_year"))
    @AttributeOverride(name = "month", column = @Column(name = "accessed_month"))
    @AttributeOverride(name = "day", column = @Column(name = "accessed_day"))
    private PartialDate accessed;

    @Size(max = NUMBER_LENGTH)
    @Column(length = NUMBER_LENGTH)
    private String volume;

    @Size(max = NUMBER_LENGTH)
    @Column(length = NUMBER_LENGTH)
    private String issue;

    @Size(max = NUMBER_LENGTH)
    @Pattern(regexp = PAGES_PATTERN, message = "{source.pages.pattern}")
    @Column(length = NUMBER_LENGTH)
    private String pages;

    @Size(max = URL_LENGTH)
    @Pattern(regexp = URL_PATTERN, message = "{source.url.pattern}")
    @Column(length = URL_LENGTH)
    private String url;

    /** BCP 47 tag of the source's language (zh-TW, zh-CN, ja, en, ru, und); pages name it through the JDK. */
    @NotBlank
    @Size(max = LANGUAGE_LENGTH)
    @Pattern(regexp = LANGUAGE_PATTERN, message = "{source.language.pattern}")
    @Column(name = "lang", nullable = false, length = LANGUAGE_LENGTH)
    private String language;

    protected Source() {
    }

    public Source(SourceType type, String title, String language) {
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
        this.language = Objects.requireNonNull(language, "language");
    }

    public SourceType getType() {
        return type;
    }

    public List<Contributor> getContributors() {
        return Collections.unmodifiableList(contributors);
    }

    public void addContributor(Contributor contributor) {
        contributors.add(Objects.requireNonNull(contributor, "contributor"));
    }

    public boolean isEtAl() {
        return etAl;
    }

    public String getTitle() {
        return title;
    }

    public Optional<String> getTitleEn() {
        return Optional.ofNullable(titleEn);
    }

    public Optional<String> getContainer() {
        return Optional.ofNullable(container);
    }

    public Optional<Source> getParent() {
        return Optional.ofNullable(parent);
    }

    public void partOf(Source book) {
        if (book == this) {
            throw new IllegalArgumentException("A source cannot contain itself");
        }
        this.parent = book;
    }

    public Optional<String> getPublisher() {
        return Optional.ofNullable(publisher);
    }

    public Optional<String> getPlace() {
        return Optional.ofNullable(place);
    }

    public Optional<PartialDate> getDate() {
        return Optional.ofNullable(date);
    }

    public Optional<PartialDate> getAccessed() {
        return Optional.ofNullable(accessed);
    }

    public Optional<String> getVolume() {
        return Optional.ofNullable(volume);
    }

    public Optional<String> getIssue() {
        return Optional.ofNullable(issue);
    }

    public Optional<String> getPages() {
        return Optional.ofNullable(pages);
    }

    public Optional<String> getUrl() {
        return Optional.ofNullable(url);
    }

    public String getLanguage() {
        return language;
    }

    /** The editor's and importers' way in: every field at once, blanks stored as absent. */
    public void describe(SourceType type, String title, String titleEn, String language) {
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title").strip();
        this.titleEn = absentIfBlank(titleEn);
        this.language = Objects.requireNonNull(language, "language").strip();
    }

    public void publishedIn(String container, String publisher, String place, PartialDate date) {
        this.container = absentIfBlank(container);
        this.publisher = absentIfBlank(publisher);
        this.place = absentIfBlank(place);
        this.date = date;
    }

    public void locatedAt(String volume, String issue, String pages, String url) {
        this.volume = absentIfBlank(volume);
        this.issue = absentIfBlank(issue);
        this.pages = absentIfBlank(pages);
        this.url = absentIfBlank(url);
    }

    /** The access date of its URL, or none. */
    public void accessedOn(PartialDate accessed) {
        this.accessed = accessed;
    }

    /** Replaces the contributors, keeping the given order (the printed order). */
    public void creditedTo(List<Contributor> contributors, boolean etAl) {
        // the same names in the same order change nothing: a rewritten list would be a revision of its own
        if (!new ArrayList<>(this.contributors).equals(contributors)) {
            this.contributors.clear();
            contributors.forEach(this::addContributor);
        }
        this.etAl = etAl;
    }

    /** A chapter that is no longer part of a book, or any source that never was. */
    public void standAlone() {
        this.parent = null;
    }

    private static String absentIfBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
