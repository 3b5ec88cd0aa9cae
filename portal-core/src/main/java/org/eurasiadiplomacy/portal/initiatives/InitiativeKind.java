package org.eurasiadiplomacy.portal.initiatives;

public enum InitiativeKind {
    DIALOGUE,
    CONNECTIVITY,
    SECURITY,
    AID,
    STRATEGY,
    DOCTRINE,
    ORGANIZATION
}
