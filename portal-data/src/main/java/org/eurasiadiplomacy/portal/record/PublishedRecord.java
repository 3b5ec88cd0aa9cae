package org.eurasiadiplomacy.portal.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A row of the view {@code published_record} (V55): the id and kind of every record the public may see.
 * JPQL reaches the publication rule through this entity ({@link Publication}); it is never written.
 */
@Entity
@Immutable
@Table(name = "published_record")
public class PublishedRecord {

    @Id
    private Long id;

    @Column(name = "record_type")
    private String recordType;

    protected PublishedRecord() {
    }

    public Long getId() {
        return id;
    }

    public String getRecordType() {
        return recordType;
    }
}
