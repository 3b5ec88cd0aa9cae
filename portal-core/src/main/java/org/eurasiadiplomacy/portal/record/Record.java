package org.eurasiadiplomacy.portal.record;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.envers.Audited;

/**
 * Everything a person curates: one id space, one version for optimistic locking,
 * timestamps, a publication state and a trash. Subclasses add their own table (JOINED),
 * so citations and curator notes can reference any record with a real foreign key.
 */
@Entity
@Table(name = "record")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "record_type", length = 20)
@Audited
@StorableText
public abstract class Record {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "record_seq")
    @SequenceGenerator(name = "record_seq", sequenceName = "record_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RecordStatus status = RecordStatus.DRAFT;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Record() {
    }

    @PrePersist
    void beforeInsert() {
        createdAt = Instant.now();
        modifiedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        modifiedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public RecordStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == RecordStatus.PUBLISHED && deletedAt == null;
    }

    public void publish() {
        status = RecordStatus.PUBLISHED;
    }

    public void unpublish() {
        status = RecordStatus.DRAFT;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public Optional<Instant> getDeletedAt() {
        return Optional.ofNullable(deletedAt);
    }

    public boolean isInTrash() {
        return deletedAt != null;
    }

    public void moveToTrash(Instant when) {
        deletedAt = when;
    }

    public void restoreFromTrash() {
        deletedAt = null;
    }

    /** Equal when both are persisted with the same id: ids are unique across every kind of record. */
    @Override
    public final boolean equals(Object other) {
        return this == other
                || other instanceof Record record && id != null && id.equals(record.getId());
    }

    @Override
    public final int hashCode() {
        return Record.class.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "#" + id;
    }
}
