package org.eurasiadiplomacy.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eurasiadiplomacy.portal.record.Publication;

/**
 * Asks the database a real question through the persistence unit, so a readiness check proves more than a
 * live pool: the schema is there and the records can be read.
 */
@ApplicationScoped
public class DatabaseProbe {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** How many records the public can see; one indexed count. */
    public long publishedRecords() {
        return em.createQuery("select count(r) from Record r where " + Publication.jpql("r"), Long.class)
                .getSingleResult();
    }
}
