package org.eurasiadiplomacy.portal.sources;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eurasiadiplomacy.portal.record.PartialDate;

/**
 * A source as the staff editor holds it between requests: every editable field as plain text and numbers, the
 * version it was loaded at (compared explicitly on save), and the notes that cite it. The entity is the judge:
 * {@link SourceEditing} applies the form to a {@link Source} and validates that.
 */
public class SourceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private boolean published;
    private SourceType type = SourceType.BOOK;
    private List<Line> contributors = new ArrayList<>();
    private boolean etAl;
    private String title;
    private String titleEn;
    private String container;
    private Long parentId;
    private String publisher;
    private String place;
    private Integer year;
    private Integer month;
    private Integer day;
    private Integer accessedYear;
    private Integer accessedMonth;
    private Integer accessedDay;
    private String volume;
    private String issue;
    private String pages;
    private String url;
    private String language;
    private List<Assignment> assignments = new ArrayList<>();

    /**
     * One contributor row of the form: a person by family and given name, or, with no family name, a name as
     * written (a body, or a name the article prints unsplit).
     */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String family;
        private String given;
        private ContributorRole role = ContributorRole.AUTHOR;

        public Line() {
        }

        public Line(String name, ContributorRole role) {
            this.name = name;
            this.role = role;
        }

        static Line of(Contributor contributor) {
            Line line = new Line(contributor.isLiteral() ? contributor.getName() : null, contributor.getRole());
            line.family = contributor.getFamily().orElse(null);
            line.given = contributor.getGiven().orElse(null);
            return line;
        }

        Line copy() {
            Line copy = new Line(name, role);
            copy.family = family;
            copy.given = given;
            return copy;
        }

        /** The contributor the row names, or empty for a blank row; a given name alone throws. */
        Optional<Contributor> contributor() {
            ContributorRole chosen = role == null ? ContributorRole.AUTHOR : role;
            if (!isBlank(family)) {
                return Optional.of(Contributor.person(family, given, chosen));
            }
            if (!isBlank(given)) {
                throw new IllegalArgumentException("A given name needs a family name");
            }
            return isBlank(name) ? Optional.empty() : Optional.of(Contributor.literal(name, chosen));
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getFamily() {
            return family;
        }

        public void setFamily(String family) {
            this.family = family;
        }

        public String getGiven() {
            return given;
        }

        public void setGiven(String given) {
            this.given = given;
        }

        public ContributorRole getRole() {
            return role;
        }

        public void setRole(ContributorRole role) {
            this.role = role;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Line line && Objects.equals(name, line.name)
                    && Objects.equals(family, line.family) && Objects.equals(given, line.given) && role == line.role;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, family, given, role);
        }

        /** As the conflict screen lists it: the display form of the name. */
        @Override
        public String toString() {
            String shown = isBlank(family) ? name
                    : Contributor.person(family, given, ContributorRole.AUTHOR).getName();
            return shown + " (" + role + ")";
        }
    }

    /** A note that cites the source: the footnote or table note, and its locator. */
    public static class Assignment implements Serializable {
        private static final long serialVersionUID = 1L;
        private long citationId;
        private String label;
        private String locator;

        public Assignment() {
        }

        public Assignment(long citationId, String label, String locator) {
            this.citationId = citationId;
            this.label = label;
            this.locator = locator;
        }

        public long getCitationId() {
            return citationId;
        }

        public String getLabel() {
            return label;
        }

        public String getLocator() {
            return locator;
        }

        public void setLocator(String locator) {
            this.locator = locator;
        }
    }

    public static SourceForm of(Source source, List<Citation> citingNotes) {
        SourceForm form = new SourceForm();
        form.id = source.getId();
        form.version = source.getVersion();
        form.published = source.getStatus() == org.eurasiadiplomacy.portal.record.RecordStatus.PUBLISHED;
        form.type = source.getType();
        source.getContributors().forEach(c -> form.contributors.add(Line.of(c)));
        form.etAl = source.isEtAl();
        form.title = source.getTitle();
        form.titleEn = source.getTitleEn().orElse(null);
        form.container = source.getContainer().orElse(null);
        form.parentId = source.getParent().map(Source::getId).orElse(null);
        form.publisher = source.getPublisher().orElse(null);
        form.place = source.getPlace().orElse(null);
        source.getDate().ifPresent(date -> {
            form.year = date.getYear();
            form.month = date.getMonth();
            form.day = date.getDay();
        });
        source.getAccessed().ifPresent(date -> {
            form.accessedYear = date.getYear();
            form.accessedMonth = date.getMonth();
            form.accessedDay = date.getDay();
        });
        form.volume = source.getVolume().orElse(null);
        form.issue = source.getIssue().orElse(null);
        form.pages = source.getPages().orElse(null);
        form.url = source.getUrl().orElse(null);
        form.language = source.getLanguage();
        citingNotes.forEach(c -> form.assignments.add(
                new Assignment(c.getId(), c.getLabel(), c.getLocator().orElse(null))));
        return form;
    }

    /** The date fields as a date; 31 February or a year out of range throw {@link IllegalArgumentException}. */
    PartialDate date() {
        return date(year, month, day);
    }

    /** The access date fields as a date, judged like {@link #date()}; none for a type not read online. */
    PartialDate accessed() {
        return type != null && type.isReadOnline() ? date(accessedYear, accessedMonth, accessedDay) : null;
    }

    private static PartialDate date(Integer year, Integer month, Integer day) {
        if (year == null) {
            if (month != null || day != null) {
                throw new IllegalArgumentException("A month or day needs a year");
            }
            return null;
        }
        return PartialDate.of(year.intValue(), month, day);
    }

    /** The named rows in order; a row with a given name and no family name throws. */
    List<Contributor> named() {
        List<Contributor> named = new ArrayList<>();
        contributors.forEach(line -> line.contributor().ifPresent(named::add));
        return named;
    }

    /**
     * Writes the form, with its dates and names already judged, into the entity; the rest is Bean Validation's
     * to judge.
     */
    void applyTo(Source source, Source parent, Judged judged) {
        source.describe(type, title == null ? "" : title, titleEn, language == null ? "" : language);
        source.publishedIn(container, publisher, place, judged.date());
        source.accessedOn(judged.accessed());
        source.locatedAt(volume, issue, pages, url);
        source.creditedTo(judged.contributors(), etAl);
        if (parent == null || type != SourceType.BOOK_CHAPTER) {
            source.standAlone();
        } else {
            source.partOf(parent);
        }
        if (published) {
            source.publish();
        } else {
            source.unpublish();
        }
    }

    /** What the form's text became once read: the dates and names, as {@link SourceEditing} judged them. */
    record Judged(PartialDate date, PartialDate accessed, List<Contributor> contributors) {
    }

    public void addContributor() {
        contributors.add(new Line("", ContributorRole.AUTHOR));
    }

    public void removeContributor(int index) {
        contributors.remove(index);
    }

    /** Moves a contributor one place up: the printed order is the order of the list. */
    public void moveUp(int index) {
        if (index > 0 && index < contributors.size()) {
            Collections.swap(contributors, index, index - 1);
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < contributors.size() - 1) {
            Collections.swap(contributors, index, index + 1);
        }
    }

    /** Adds the note to those citing the source, once. */
    public void assign(Option note) {
        if (assignments.stream().noneMatch(a -> a.citationId == note.id())) {
            assignments.add(new Assignment(note.id(), note.label(), null));
        }
    }

    public void unassign(int index) {
        assignments.remove(index);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** A copy, so that the conflict screen can offer both versions and a merge of them. */
    public SourceForm copy() {
        SourceForm copy = new SourceForm();
        copy.id = id;
        copy.version = version;
        copy.published = published;
        copy.type = type;
        contributors.forEach(l -> copy.contributors.add(l.copy()));
        copy.etAl = etAl;
        copy.title = title;
        copy.titleEn = titleEn;
        copy.container = container;
        copy.parentId = parentId;
        copy.publisher = publisher;
        copy.place = place;
        copy.year = year;
        copy.month = month;
        copy.day = day;
        copy.accessedYear = accessedYear;
        copy.accessedMonth = accessedMonth;
        copy.accessedDay = accessedDay;
        copy.volume = volume;
        copy.issue = issue;
        copy.pages = pages;
        copy.url = url;
        copy.language = language;
        assignments.forEach(a -> copy.assignments.add(new Assignment(a.citationId, a.label, a.locator)));
        return copy;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public SourceType getType() {
        return type;
    }

    public void setType(SourceType type) {
        this.type = type;
    }

    public List<Line> getContributors() {
        return contributors;
    }

    public void setContributors(List<Line> contributors) {
        this.contributors = contributors;
    }

    public boolean isEtAl() {
        return etAl;
    }

    public void setEtAl(boolean etAl) {
        this.etAl = etAl;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getContainer() {
        return container;
    }

    public void setContainer(String container) {
        this.container = container;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public Integer getDay() {
        return day;
    }

    public void setDay(Integer day) {
        this.day = day;
    }

    public Integer getAccessedYear() {
        return accessedYear;
    }

    public void setAccessedYear(Integer accessedYear) {
        this.accessedYear = accessedYear;
    }

    public Integer getAccessedMonth() {
        return accessedMonth;
    }

    public void setAccessedMonth(Integer accessedMonth) {
        this.accessedMonth = accessedMonth;
    }

    public Integer getAccessedDay() {
        return accessedDay;
    }

    public void setAccessedDay(Integer accessedDay) {
        this.accessedDay = accessedDay;
    }

    public String getVolume() {
        return volume;
    }

    public void setVolume(String volume) {
        this.volume = volume;
    }

    public String getIssue() {
        return issue;
    }

    public void setIssue(String issue) {
        this.issue = issue;
    }

    public String getPages() {
        return pages;
    }

    public void setPages(String pages) {
        this.pages = pages;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }

    public void setAssignments(List<Assignment> assignments) {
        this.assignments = assignments;
    }
}
