package org.eurasiadiplomacy.portal.web.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.eurasiadiplomacy.portal.curation.Choice;
import org.eurasiadiplomacy.portal.curation.RecordForm;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.record.RecordStatus;
import org.junit.jupiter.api.Test;

/** The multiple-choice picker of the record editor, without a container: suggestions, adding, removing, changes. */
class ChoicePickerTest {

    /** 42 footnotes, as the article prints them: [1] … [42], each with its own text. */
    private static final List<Choice> FOOTNOTES = IntStream.rangeClosed(1, 42)
            .mapToObj(n -> new Choice(2100 + n, "[" + n + "] Footnote " + (n == 14 ? "Yuasa Takeshi" : "text " + n),
                    null))
            .toList();

    private final ChoicePicker picker = new ChoicePicker(Map.of("citations", FOOTNOTES));

    private static RecordForm form(String... ids) {
        Map<String, Object> values = new HashMap<>();
        values.put("citations", new ArrayList<>(List.of(ids)));
        return new RecordForm(RecordKind.ODA_FIGURE, 1L, 3, RecordStatus.DRAFT, false, values);
    }

    @Test
    void atMostTwentySuggestionsAndNoneAlreadyChosen() {
        RecordForm form = form("2118");
        assertEquals(20, picker.suggest(form, "citations", "[", Locale.ENGLISH).size());
        assertTrue(picker.suggest(form, "citations", "[18]", Locale.ENGLISH).isEmpty(), "[18] is chosen already");
        assertEquals(List.of(2114L), picker.suggest(form, "citations", "YUASA", Locale.ENGLISH).stream()
                .map(Choice::id).toList(), "case is folded");
    }

    @Test
    void addingKeepsEveryOtherChoiceAndAStaleIdIsRefused() {
        RecordForm form = form("2114");
        picker.getPending().put("citations", "2118");
        assertTrue(picker.addPending(form, "citations"));
        assertEquals(List.of("2114", "2118"), form.getValues().get("citations"));
        picker.getPending().put("citations", "9999");
        assertFalse(picker.addPending(form, "citations"), "not one of the options");
        assertEquals(List.of("2114", "2118"), form.getValues().get("citations"), "nothing stored half-way");
        picker.remove(form, "citations", "2114");
        assertEquals(List.of("2118"), form.getValues().get("citations"));
    }

    @Test
    void theChangesNameTheFootnotesByTheirPrintedLabel() {
        Map<String, Object> before = ChoicePicker.snapshot(form("2114", "2101"));
        Map<String, String> changes = picker.changes(before, form("2101", "2118"), Locale.ENGLISH,
                (key, argument) -> key.substring(key.lastIndexOf('.') + 1) + " " + argument);
        assertEquals(Map.of("citations", "added [18]separator removed [14]"), changes);
        assertTrue(picker.changes(before, form("2114", "2101"), Locale.ENGLISH, (key, argument) -> key).isEmpty(),
                "no change, no message");
        assertEquals("[14]", picker.shortLabel("citations", "2114", Locale.TAIWAN));
    }
}
