package org.eurasiadiplomacy.portal.web.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eurasiadiplomacy.portal.agreements.AgreementKind;
import org.eurasiadiplomacy.portal.country.ActorType;
import org.eurasiadiplomacy.portal.country.Region;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.details.Value;
import org.eurasiadiplomacy.portal.exercises.ExerciseKind;
import org.eurasiadiplomacy.portal.initiatives.BriRelation;
import org.eurasiadiplomacy.portal.initiatives.InitiativeKind;
import org.eurasiadiplomacy.portal.initiatives.MemberRole;
import org.eurasiadiplomacy.portal.meetings.MeetingLevel;
import org.eurasiadiplomacy.portal.notes.NoteCategory;
import org.eurasiadiplomacy.portal.oda.OdaFlow;
import org.eurasiadiplomacy.portal.timeline.EventCategory;
import org.eurasiadiplomacy.portal.visits.OfficeStatus;
import org.eurasiadiplomacy.portal.web.i18n.EnumLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The detail template builds some bundle keys from data (enum.Region.CENTRAL_ASIA, details.kind.VISIT),
 * which I18nBundlesTest cannot see in the pages: every constant a detail page can show has its label.
 */
class DetailLabelsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/eurasiadiplomacy/portal/web/i18n");
    private static final List<Class<? extends Enum<?>>> SHOWN = List.of(Region.class, ActorType.class,
            InitiativeKind.class, BriRelation.class, MemberRole.class, MeetingLevel.class, OfficeStatus.class,
            AgreementKind.class, ExerciseKind.class, EventCategory.class, NoteCategory.class, OdaFlow.class);

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_TW.properties"})
    void everyConstantAndKindHasALabel(String file) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> constant : type.getEnumConstants()) {
                Value.Choice choice = Value.Choice.of(constant);
                String key = EnumLabels.key(choice.enumType(), choice.name());
                if (!messages.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        for (RecordKind kind : RecordKind.values()) {
            if (!messages.containsKey("details.kind." + kind.name())) {
                missing.add("details.kind." + kind.name());
            }
        }
        assertTrue(missing.isEmpty(), file + " lacks " + missing);
    }

    @Test
    void aChoiceIsLabelledByTheOneKeyOfItsConstant() {
        Value.Choice region = Value.Choice.of(Region.CENTRAL_ASIA);
        assertEquals("enum.Region.CENTRAL_ASIA", EnumLabels.key(region.enumType(), region.name()));
        assertEquals(EnumLabels.key(EventCategory.SECURITY), EnumLabels.key(Value.Choice.of(EventCategory.SECURITY)
                .enumType(), "SECURITY"));
    }
}
