package org.eurasiadiplomacy.portal.sources.bibliography;

/** A contributor's family and given parts as a file splits them, or its literal form (a body, an unsplit name). */
public record NameParts(String family, String given, String literal) {

    static NameParts literal(String name) {
        return new NameParts(null, null, name);
    }

    /** CJK names print family first with no space or comma (武田史郎); others as the file printed them. */
    String display(String printed) {
        if (literal != null) {
            return literal;
        }
        if (family != null && given != null && Names.isCjk(family)) {
            return family + given;
        }
        return printed;
    }
}
