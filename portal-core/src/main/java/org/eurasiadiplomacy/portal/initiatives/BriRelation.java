package org.eurasiadiplomacy.portal.initiatives;

/** Where the article places an initiative relative to China's Belt and Road Initiative. */
public enum BriRelation {
    /** The BRI itself. */
    IS_BRI,
    /** China's own earlier reach into Central Asia, such as the SCO. */
    CHINESE_PRECURSOR,
    /** Older than the BRI and not framed as an answer to it. */
    PREDATES_BRI,
    /** Presented as balancing or countering China and the BRI. */
    COUNTERWEIGHT,
    /** Presented as another option beside the BRI rather than against it. */
    ALTERNATIVE;

    public boolean answersTheBri() {
        return this == COUNTERWEIGHT || this == ALTERNATIVE;
    }
}
