package org.eurasiadiplomacy.portal.sources;

/**
 * Someone saved the source between the explicit version check and the write: the transaction is rolled back
 * and the editor tries again, which then shows the conflict screen.
 */
public class SourceChangedMeanwhile extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SourceChangedMeanwhile(Throwable cause) {
        super("The source was saved by someone else meanwhile", cause);
    }
}
