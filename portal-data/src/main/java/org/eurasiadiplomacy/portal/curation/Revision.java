package org.eurasiadiplomacy.portal.curation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Envers revision: every audited change made in one transaction, with who made it and when.
 * The number is an identity column because Hibernate inserts {@code default} for it on H2.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionEditor.class)
public class Revision {

    /** Who changed the data when no signed-in person did: migrations, imports, tests. */
    public static final String SYSTEM = "system";
    public static final int EDITOR_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "rev")
    private int number;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(name = "editor", nullable = false, length = EDITOR_LENGTH)
    private String editor = SYSTEM;

    public int getNumber() {
        return number;
    }

    public Instant getWhen() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String getEditor() {
        return editor;
    }

    void setEditor(String editor) {
        this.editor = editor == null || editor.isBlank() ? SYSTEM : editor;
    }
}
