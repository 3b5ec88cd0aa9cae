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
    TYPE(SourceForm::getType, (f, t) -> t.setType(f.getType())),
    CONTRIBUTORS(f -> f.getContributors().stream().map(SourceForm.Line::toString).collect(Collectors.joining("; ")),
            (f, t) -> t.setContributors(f.copy().getContributors())),
    ET_AL(SourceForm::isEtAl, (f, t) -> t.setEtAl(f.isEtAl())),
    TITLE(SourceForm::getTitle, (f, t) -> t.setTitle(f.getTitle())),
    TITLE_EN(SourceForm::getTitleEn, (f, t) -> t.setTitleEn(f.getTitleEn())),
    CONTAINER(SourceForm::getContainer, (f, t) -> t.setContainer(f.getContainer())),
    PARENT(SourceForm::getParentId, (f, t) -> t.setParentId(f.getParentId())),
    PUBLISHER(SourceForm::getPublisher, (f, t) -> t.setPublisher(f.getPublisher())),
    PLACE(SourceForm::getPlace, (f, t) -> t.setPlace(f.getPlace())),
    DATE(f -> Arrays.asList(f.getYear(), f.getMonth(), f.getDay()).stream().filter(Objects::nonNull)
            .map(String::valueOf).collect(Collectors.joining("-")), (f, t) -> {
                t.setYear(f.getYear());
                t.setMonth(f.getMonth());
                t.setDay(f.getDay());
            }),
    VOLUME(SourceForm::getVolume, (f, t) -> t.setVolume(f.getVolume())),
    ISSUE(SourceForm::getIssue, (f, t) -> t.setIssue(f.getIssue())),
    PAGES(SourceForm::getPages, (f, t) -> t.setPages(f.getPages())),
    URL(SourceForm::getUrl, (f, t) -> t.setUrl(f.getUrl())),
    LANGUAGE(SourceForm::getLanguage, (f, t) -> t.setLanguage(f.getLanguage())),
    PUBLISHED(SourceForm::isPublished, (f, t) -> t.setPublished(f.isPublished()));

    private final Function<SourceForm, Object> value;
    private final BiConsumer<SourceForm, SourceForm> copy;

    SourceFormField(Function<SourceForm, Object> value, BiConsumer<SourceForm, SourceForm> copy) {
        this.value = value;
        this.copy = copy;
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
