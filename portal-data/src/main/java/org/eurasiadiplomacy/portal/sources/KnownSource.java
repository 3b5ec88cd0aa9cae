package org.eurasiadiplomacy.portal.sources;

/** What the duplicate check needs of a stored source, or of an earlier entry of the same import (no id yet). */
public record KnownSource(Long id, String title, String titleEn, Integer year, String url) {

    public static KnownSource of(Source source) {
        return new KnownSource(source.getId(), source.getTitle(), source.getTitleEn().orElse(null),
                source.getDate().map(d -> d.getYear()).orElse(null), source.getUrl().orElse(null));
    }

    long idOrZero() {
        return id == null ? 0 : id;
    }
}
