package org.eurasiadiplomacy.portal.meetings;

public enum MeetingLevel {
    FOREIGN_MINISTERS,
    SUMMIT,
    FORUM
}
