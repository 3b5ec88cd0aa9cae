package org.eurasiadiplomacy.portal.timeline;

public enum EventCategory {
    HISTORY,
    SCHOLARSHIP,
    DIPLOMACY,
    ECONOMY,
    SECURITY,
    INITIATIVE,
    TERRITORY,
    HEALTH
}
