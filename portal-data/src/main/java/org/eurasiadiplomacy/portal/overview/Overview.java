package org.eurasiadiplomacy.portal.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The portal at a glance: how many published records of each kind it holds. One query. */
@ApplicationScoped
public class Overview {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public KeyFigures keyFigures() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select record_type, count(*) from published_record
                group by record_type""").getResultList();
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return KeyFigures.from(counts);
    }
}
