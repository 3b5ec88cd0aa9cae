package org.eurasiadiplomacy.portal.country;

public enum ActorType {
    STATE,
    SUPRANATIONAL
}
