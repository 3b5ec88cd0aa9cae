package org.eurasiadiplomacy.portal.visits;

/** Whether the visitor held the office during the trip: Hatoyama visited Kazakhstan in 2011 as a former prime minister. */
public enum OfficeStatus {
    SITTING,
    FORMER
}
