package org.eurasiadiplomacy.portal.curation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.record.RecordStatus;

/** One line of the administrators' list of records: enough to find a record and see its state. */
public record RecordSummary(long id, RecordKind kind, String labelZh, String labelEn, RecordStatus status,
        Instant modifiedAt, Instant deletedAt, long version) implements Serializable {

    public boolean inTrash() {
        return deletedAt != null;
    }

    public String label(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        String preferred = chinese ? labelZh : labelEn;
        return preferred != null ? preferred : chinese ? labelEn : labelZh;
    }
}
