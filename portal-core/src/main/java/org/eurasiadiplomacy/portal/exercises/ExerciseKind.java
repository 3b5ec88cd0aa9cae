package org.eurasiadiplomacy.portal.exercises;

public enum ExerciseKind {
    NAVAL_EXERCISE,
    AIR_EXERCISE,
    MILITARY_EXERCISE,
    MINISTERIAL_DIALOGUE
}
