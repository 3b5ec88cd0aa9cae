package org.eurasiadiplomacy.portal.web.staff.sources;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.record.RecordStatus;
import org.eurasiadiplomacy.portal.sources.Option;
import org.eurasiadiplomacy.portal.sources.SourceForm;
import org.eurasiadiplomacy.portal.sources.SourceFormField;
import org.eurasiadiplomacy.portal.web.accounts.Messages;
import org.eurasiadiplomacy.portal.web.i18n.EnumLabels;

/**
 * The two versions of a source after a concurrent save: what this editor typed and what is stored now, with a
 * choice per differing field. The stored version's number is what a deliberate overwrite must present.
 */
public class ConflictView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which version a field is taken from. */
    public enum Side {
        MINE,
        THEIRS
    }

    private final SourceForm mine;
    private final SourceForm theirs;
    /** Field name to side name: Faces writes plain strings into a map it cannot see the types of. */
    private final Map<String, String> choices = new HashMap<>();

    private final List<Option> books;

    ConflictView(SourceForm mine, SourceForm theirs, List<Option> books) {
        this.mine = mine.copy();
        this.theirs = theirs;
        this.books = books;
        SourceFormField.differences(mine, theirs).forEach(field -> choices.put(field.name(), Side.MINE.name()));
    }

    /** Mine, with the stored version number: saving it overwrites theirs knowingly. */
    SourceForm keepMine() {
        SourceForm kept = mine.copy();
        kept.setVersion(theirs.getVersion());
        return kept;
    }

    SourceForm takeTheirs() {
        return theirs.copy();
    }

    /** Mine, with each field chosen as theirs copied from theirs. */
    SourceForm merged() {
        SourceForm merged = keepMine();
        choices.forEach((field, side) -> {
            if (Side.THEIRS.name().equals(side)) {
                SourceFormField.valueOf(field).copy(theirs, merged);
            }
        });
        return merged;
    }

    public List<SourceFormField> getFields() {
        return List.of(SourceFormField.values());
    }

    public boolean differs(SourceFormField field) {
        return choices.containsKey(field.name());
    }

    /** A field of my version, as a person reads it. */
    public String mine(SourceFormField field) {
        return shown(field, mine);
    }

    public String theirs(SourceFormField field) {
        return shown(field, theirs);
    }

    private String shown(SourceFormField field, SourceForm version) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return switch (field) {
            case TYPE -> Messages.text(faces, EnumLabels.key(version.getType()));
            case ET_AL -> Messages.text(faces, version.isEtAl() ? "sourceEditor.yes" : "sourceEditor.no");
            case PUBLISHED -> Messages.text(faces,
                    EnumLabels.key(version.isPublished() ? RecordStatus.PUBLISHED : RecordStatus.DRAFT));
            case PARENT -> books.stream().filter(book -> Long.valueOf(book.id()).equals(version.getParentId()))
                    .map(Option::label).findFirst().orElse("");
            case CONTRIBUTORS -> version.getContributors().stream()
                    .map(line -> line.getShown() + " (" + Messages.text(faces, EnumLabels.key(line.getRole()))
                            + ")").collect(Collectors.joining("; "));
            default -> field.display(version);
        };
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public Side[] getSides() {
        return Side.values();
    }
}
