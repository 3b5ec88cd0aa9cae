package org.eurasiadiplomacy.portal.sources;

public enum ContributorRole {
    AUTHOR,
    EDITOR,
    TRANSLATOR
}
