package org.eurasiadiplomacy.portal.sources.bibliography;

/** A contributor's family and given parts as a file splits them, or its literal form (a body, an unsplit name). */
record NameParts(String family, String given, String literal) {

    static NameParts literal(String name) {
        return new NameParts(null, null, name);
    }
}
