package org.eurasiadiplomacy.portal.sources;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields a person sees on the source form, each able to show itself and to be copied from one version to
 * another: what the conflict screen compares and merges field by field.
 */
public enum SourceFormField {
    TYPE("type", SourceForm::getType, (f, t) -> t.setType(f.getType())),
    CONTRIBUTORS("contributors", f -> f.getContributors().stream().map(SourceForm.Line::toString).collect(Collectors.joining("; ")),
            (f, t) -> t.setContributors(f.copy().getContributors())),
    ET_AL("etAl", SourceForm::isEtAl, (f, t) -> t.setEtAl(f.isEtAl())),
    TITLE("title", SourceForm::getTitle, (f, t) -> t.setTitle(f.getTitle())),
    TITLE_EN("titleEn", SourceForm::getTitleEn, (f, t) -> t.setTitleEn(f.getTitleEn())),
    CONTAINER("container", SourceForm::getContainer, (f, t) -> t.setContainer(f.getContainer())),
    PARENT("parent", SourceForm::getParentId, (f, t) -> t.setParentId(f.getParentId())),
    PUBLISHER("publisher", SourceForm::getPublisher, (f, t) -> t.setPublisher(f.getPublisher())),
    PLACE("place", SourceForm::getPlace, (f, t) -> t.setPlace(f.getPlace())),
    DATE("date", f -> Arrays.asList(f.getYear(), f.getMonth(), f.getDay()).stream().filter(Objects::nonNull)
            .map(String::valueOf).collect(Collectors.joining("-")), (f, t) -> {
                t.setYear(f.getYear());
                t.setMonth(f.getMonth());
                t.setDay(f.getDay());
            }),
    VOLUME("volume", SourceForm::getVolume, (f, t) -> t.setVolume(f.getVolume())),
    ISSUE("issue", SourceForm::getIssue, (f, t) -> t.setIssue(f.getIssue())),
    PAGES("pages", SourceForm::getPages, (f, t) -> t.setPages(f.getPages())),
    URL("url", SourceForm::getUrl, (f, t) -> t.setUrl(f.getUrl())),
    ACCESSED("accessed", f -> Arrays.asList(f.getAccessedYear(), f.getAccessedMonth(), f.getAccessedDay()).stream()
            .filter(Objects::nonNull).map(String::valueOf).collect(Collectors.joining("-")), (f, t) -> {
                t.setAccessedYear(f.getAccessedYear());
                t.setAccessedMonth(f.getAccessedMonth());
                t.setAccessedDay(f.getAccessedDay());
            }),
    LANGUAGE("language", SourceForm::getLanguage, (f, t) -> t.setLanguage(f.getLanguage())),
    PUBLISHED("status", SourceForm::isPublished, (f, t) -> t.setPublished(f.isPublished()));

    private final String property;
    private final Function<SourceForm, Object> value;
    private final BiConsumer<SourceForm, SourceForm> copy;

    SourceFormField(String property, Function<SourceForm, Object> value, BiConsumer<SourceForm, SourceForm> copy) {
        this.property = property;
        this.value = value;
        this.copy = copy;
    }

    /** The field a Bean Validation property path ("date", "contributors") names; TITLE when none does. */
    public static SourceFormField ofProperty(String property) {
        return Arrays.stream(values()).filter(field -> field.property.equals(property)).findFirst().orElse(TITLE);
    }

    /**
     * Whether the editor shows the field for the form's type: the type takes it, or the form holds a value in it
     * (a value is never hidden, so a change of type cannot drop it unseen).
     */
    public boolean shownFor(SourceForm form) {
        return takenBy(form.getType()) || !display(form).isEmpty();
    }

    private boolean takenBy(SourceType type) {
        if (type == null) {
            return true;
        }
        return switch (this) {
            case CONTAINER -> !type.isPublishedVolume();
            case PARENT -> type == SourceType.BOOK_CHAPTER;
            case PUBLISHER, PLACE -> type.isPublishedVolume() || type == SourceType.BOOK_CHAPTER
                    || type == SourceType.OFFICIAL_DOCUMENT || type == SourceType.DATASET;
            case VOLUME, ISSUE -> type.isPublishedVolume() || type.isContained() && type != SourceType.BOOK_CHAPTER;
            case PAGES -> type != SourceType.WEB_PAGE && type != SourceType.DATASET;
            case ACCESSED -> type.isReadOnline();
            default -> true;
        };
    }

    /** The field as text; empty when absent. */
    public String display(SourceForm form) {
        Object shown = value.apply(form);
        return shown == null ? "" : shown.toString();
    }

    public void copy(SourceForm from, SourceForm to) {
        copy.accept(from, to);
    }

    public boolean differs(SourceForm one, SourceForm other) {
        return !display(one).equals(display(other));
    }

    /** The fields where two versions differ, in form order. */
    public static List<SourceFormField> differences(SourceForm one, SourceForm other) {
        return Arrays.stream(values()).filter(field -> field.differs(one, other)).toList();
    }
}
