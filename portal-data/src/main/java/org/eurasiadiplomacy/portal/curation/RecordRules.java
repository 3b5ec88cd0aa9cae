package org.eurasiadiplomacy.portal.curation;

import java.util.ArrayList;
import java.util.List;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.notes.CuratorNote;
import org.eurasiadiplomacy.portal.oda.OdaFigure;
import org.eurasiadiplomacy.portal.people.Office;
import org.eurasiadiplomacy.portal.people.Person;
import org.eurasiadiplomacy.portal.record.Record;
import org.eurasiadiplomacy.portal.sources.Citation;
import org.eurasiadiplomacy.portal.sources.CitationKind;

/**
 * The rules the entities' constructors enforce across fields, which Bean Validation on single fields does not:
 * checked again here because the form writes fields, not constructors.
 */
final class RecordRules {

    private RecordRules() {
    }

    static List<Problem> check(RecordKind kind, Record record) {
        List<Problem> problems = new ArrayList<>();
        if (record instanceof OdaFigure figure && figure.getDonor() != null
                && figure.getDonor().equals(figure.getRecipient())) {
            problems.add(Problem.of("recipient", "sameCountry"));
        }
        if (record instanceof Citation citation && citation.getKind() != null
                && citation.getFootnote().isPresent() != (citation.getKind() == CitationKind.FOOTNOTE)) {
            problems.add(Problem.of("footnote", "footnoteKind"));
        }
        if (record instanceof CuratorNote note && note.getTarget() != null
                && (note.getTarget() instanceof CuratorNote || note.getTarget().equals(note))) {
            problems.add(Problem.of("target", "noteTarget"));
        }
        if (record instanceof Person person) {
            List<Office> offices = person.getOffices();
            for (int i = 0; i < offices.size(); i++) {
                Office office = offices.get(i);
                if (office.getYearFrom() != null && office.getYearTo() != null
                        && office.getYearTo() < office.getYearFrom()) {
                    problems.add(Problem.of("offices." + i + ".yearTo", "yearOrder"));
                }
            }
        }
        return problems;
    }
}
