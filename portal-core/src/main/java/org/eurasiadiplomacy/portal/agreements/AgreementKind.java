package org.eurasiadiplomacy.portal.agreements;

public enum AgreementKind {
    RECOGNITION,
    DIPLOMATIC_RELATIONS,
    JOINT_STATEMENT,
    AGREEMENT,
    ACTION_PLAN,
    MEMORANDUM,
    DECLARATION
}
