package org.eurasiadiplomacy.portal.curation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.function.Function;
import org.eurasiadiplomacy.portal.accounts.FakeCaller;
import org.eurasiadiplomacy.portal.testing.PortalDatabase;

/** The curation service as the container wires it, for one transaction of a test: its database and its caller. */
final class CurationIn {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private CurationIn() {
    }

    static <T> T transaction(PortalDatabase db, FakeCaller caller, Function<Curation, T> work) {
        return db.inTransaction(em -> {
            Curation curation = new Curation();
            curation.em = em;
            curation.security = caller;
            curation.validator = VALIDATOR;
            return work.apply(curation);
        });
    }
}
