package org.eurasiadiplomacy.portal.initiatives;

public enum MemberRole {
    MEMBER,
    OBSERVER
}
