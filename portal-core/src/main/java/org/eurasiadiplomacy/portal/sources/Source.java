package org.eurasiadiplomacy.portal.sources;

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
@Audited
public class Source extends Record {

    public static final int TITLE_LENGTH = 500;
    public static final int CONTAINER_LENGTH = 300;
    public static final int URL_LENGTH = 1000;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 30)
    private SourceType type;

    @Valid
    @ElementCollection
    @CollectionTable(name = "source_contributor", joinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "idx")
    private List<Contributor> contributors = new ArrayList<>();

    /** Printed "et al.": the list of contributors is knowingly incomplete. */
    @Column(name = "et_al", nullable = false)
    private boolean etAl;

    /** The title in its original script. */
    @NotBlank
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

    @Size(max = 200)
    @Column(length = 200)
    private String publisher;

    @Size(max = 100)
    @Column(length = 100)
    private String place;

    @Valid
    @Embedded
    private PartialDate date;

    @Size(max = 30)
    @Column(length = 30)
    private String volume;

    @Size(max = 30)
    @Column(length = 30)
    private String issue;

    @Size(max = 30)
    @Column(length = 30)
    private String pages;

    @Size(max = URL_LENGTH)
    @Column(length = URL_LENGTH)
    private String url;

    /** BCP 47 tag of the source's language: zh-TW, zh-CN, ja, en. */
    @NotBlank
    @Size(max = 10)
    @Column(name = "lang", nullable = false, length = 10)
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
}
