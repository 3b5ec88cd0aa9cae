package org.eurasiadiplomacy.portal.notes;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.eurasiadiplomacy.portal.record.CuratedRecord;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.Record;

/**
 * Where the article contradicts itself or looks wrong: its text is kept as printed,
 * and the note says what is odd. Nothing is silently corrected.
 */
@Entity
@Table(name = "curator_note")
@DiscriminatorValue("NOTE")
@Audited
public class CuratorNote extends CuratedRecord {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false)
    private Record target;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "note_category", nullable = false, length = 30)
    private NoteCategory category;

    /** The article's words, exactly as printed. */
    @NotBlank
    @Size(max = 2000)
    @Column(name = "quoted_text", nullable = false, length = 2000)
    private String quotedText;

    @Valid
    @NotNull
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "note_zh", nullable = false, length = 4000))
    @AttributeOverride(name = "en", column = @Column(name = "note_en", nullable = false, length = 4000))
    private LocalizedText note;

    protected CuratorNote() {
    }

    public CuratorNote(Record target, NoteCategory category, String quotedText, LocalizedText note) {
        if (target instanceof CuratorNote) {
            throw new IllegalArgumentException("Notes annotate records, not other notes");
        }
        this.target = Objects.requireNonNull(target, "target");
        this.category = Objects.requireNonNull(category, "category");
        this.quotedText = Objects.requireNonNull(quotedText, "quotedText");
        this.note = Objects.requireNonNull(note, "note");
    }

    public Record getTarget() {
        return target;
    }

    public NoteCategory getCategory() {
        return category;
    }

    public String getQuotedText() {
        return quotedText;
    }

    public LocalizedText getNote() {
        return note;
    }
}
