package org.eurasiadiplomacy.portal.country;

public enum Region {
    CENTRAL_ASIA,
    EAST_ASIA,
    SOUTH_ASIA,
    SOUTHEAST_ASIA,
    OCEANIA,
    EUROPE,
    NORTH_AMERICA,
    EURASIA,
    MIDDLE_EAST,
    AFRICA;

    /** The five states the article calls 中亞五國. */
    public boolean isCentralAsia() {
        return this == CENTRAL_ASIA;
    }
}
