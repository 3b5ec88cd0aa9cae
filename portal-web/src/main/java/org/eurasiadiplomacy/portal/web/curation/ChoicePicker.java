package org.eurasiadiplomacy.portal.web.curation;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.eurasiadiplomacy.portal.curation.Choice;
import org.eurasiadiplomacy.portal.curation.FormField;
import org.eurasiadiplomacy.portal.curation.RecordForm;

/**
 * The chosen values of the form's multiple-choice fields (footnotes, countries) as an explicit list with a
 * searchable way to add one (issue 16, item 1): a plain click can no longer drop every other choice. The
 * options are the form's own small list, so suggestions are filtered here, never more than {@link #SHOWN}.
 */
final class ChoicePicker implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 20;

    private final Map<String, List<Choice>> choices;
    /** Per field, the id picked in the search box and not yet added. */
    private final Map<String, String> pending = new HashMap<>();

    ChoicePicker(Map<String, List<Choice>> choices) {
        this.choices = choices;
    }

    Map<String, String> getPending() {
        return pending;
    }

    /** The chosen values of {@code field}, in the order chosen; an id no longer offered shows as the id. */
    List<Choice> chosen(RecordForm form, String field) {
        return ids(form, field).stream().map(id -> find(field, id).orElse(new Choice(Long.parseLong(id), id, id)))
                .toList();
    }

    /** Up to {@link #SHOWN} options not yet chosen whose label contains {@code query} (case and accents folded). */
    List<Choice> suggest(RecordForm form, String field, String query, Locale locale) {
        String wanted = fold(query);
        Set<String> taken = new LinkedHashSet<>(ids(form, field));
        return choices.getOrDefault(field, List.of()).stream()
                .filter(choice -> !taken.contains(choice.getValue()))
                .filter(choice -> fold(choice.label(locale)).contains(wanted))
                .limit(SHOWN).toList();
    }

    /** Adds the pending pick of {@code field}; false when it is not one of the options (stale or tampered). */
    boolean addPending(RecordForm form, String field) {
        String id = pending.remove(field);
        if (id == null || id.isBlank()) {
            return true;
        }
        if (find(field, id.strip()).isEmpty()) {
            return false;
        }
        List<String> ids = ids(form, field);
        if (!ids.contains(id.strip())) {
            ids.add(id.strip());
        }
        return true;
    }

    void remove(RecordForm form, String field, String id) {
        ids(form, field).remove(id);
    }

    /**
     * What changed in the multiple-choice fields between {@code before} and {@code after}: per changed field (in
     * form order), its added and removed values, worded by {@code text} (a bundle key and its argument).
     */
    Map<String, String> changes(Map<String, Object> before, RecordForm after, Locale locale,
            BiFunction<String, String, String> text) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (FormField field : after.getKind().fields()) {
            if (field.type().isMultiple()) {
                List<String> was = asIds(before.get(field.name()));
                List<String> now = ids(after, field.name());
                List<String> parts = new ArrayList<>();
                named(field.name(), now, was, locale)
                        .ifPresent(added -> parts.add(text.apply("curation.picker.added", added)));
                named(field.name(), was, now, locale)
                        .ifPresent(removed -> parts.add(text.apply("curation.picker.removed", removed)));
                if (!parts.isEmpty()) {
                    changes.put(field.name(), String.join(text.apply("curation.picker.separator", ""), parts));
                }
            }
        }
        return changes;
    }

    /** The short labels of the ids in {@code these} and not in {@code those}, joined; empty if there are none. */
    private Optional<String> named(String field, List<String> these, List<String> those, Locale locale) {
        List<String> labels = these.stream().filter(id -> !those.contains(id))
                .map(id -> shortLabel(field, id, locale)).toList();
        return labels.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", labels));
    }

    /** The chosen ids of every multiple-choice field, copied: what a save's changes are measured from. */
    static Map<String, Object> snapshot(RecordForm form) {
        Map<String, Object> copy = new HashMap<>();
        for (FormField field : form.getKind().fields()) {
            if (field.type().isMultiple()) {
                copy.put(field.name(), new ArrayList<>(asIds(form.getValues().get(field.name()))));
            }
        }
        return copy;
    }

    /**
     * How a chosen value is named in its remove button and in the save message: a footnote by its printed label
     * ("[18]"), anything else by its whole label.
     */
    String shortLabel(String field, String id, Locale locale) {
        String label = find(field, id).map(choice -> choice.label(locale)).orElse(id);
        int end = label.indexOf(']');
        return label.startsWith("[") && end > 0 ? label.substring(0, end + 1) : label;
    }

    private Optional<Choice> find(String field, String id) {
        return choices.getOrDefault(field, List.of()).stream().filter(choice -> choice.getValue().equals(id))
                .findFirst();
    }

    /** The form's list of ids of {@code field}, made a mutable list of strings if Faces left an array. */
    private static List<String> ids(RecordForm form, String field) {
        Object value = form.getValues().get(field);
        if (!(value instanceof ArrayList<?>)) {
            value = new ArrayList<>(asIds(value));
            form.getValues().put(field, value);
        }
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) value;
        return ids;
    }

    private static List<String> asIds(Object value) {
        List<String> ids = new ArrayList<>();
        if (value instanceof Iterable<?> elements) {
            elements.forEach(element -> ids.add(String.valueOf(element)));
        } else if (value instanceof Object[] elements) {
            for (Object element : elements) {
                ids.add(String.valueOf(element));
            }
        }
        return ids;
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
