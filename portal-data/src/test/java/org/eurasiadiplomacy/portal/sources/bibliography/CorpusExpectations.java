package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eurasiadiplomacy.portal.sources.bibliography.BibliographyCorpusTest.Sample;

/**
 * What {@link BibliographyCorpusTest} expects of the corpus, typed from the files' own text: the sampled
 * entries field by field, and the files that need a change by hand (why: docs/bibliography.md).
 */
final class CorpusExpectations {

    private CorpusExpectations() {
    }

    static final List<Sample> SAMPLES = List.of(
        new Sample("bib-bbt-chinese-cjk-key-1682.bib", 2, "BOOK", "性命古訓辨證", List.of("AUTHOR =傅斯年"), "1985",
                null, null, null, null, null, null, "zh (guessed)"),
        new Sample("bib-bbt-chinese-cnki-2320.bib", 17, "JOURNAL_ARTICLE",
                "数字化转型是否促进了企业内共同富裕?——来自中国A股上市公司的证据",
                List.of("AUTHOR 方|明月", "AUTHOR 林|佳妮", "AUTHOR 聂|辉华"), "2022", "数量经济技术经济研究", null, "11",
                "50-70", "https://kns.cnki.net/kcms/detail/detail.aspx?dbcode=CAPJ&dbname=CAPJLAST"
                        + "&filename=SLJY20221021002&uniplatform=NZKPT"
                        + "&v=IKfCs3qqx5LoqvozRJvCsO5v8yR5fswy1se1qnGXD_Z_OmIq9MChOrsEzUwqHIs_",
                "2022-11-15", "zh"),
        new Sample("bib-bbt-japanese-979.bib", 1, "BOOK_CHAPTER", "日本型排外主義をめぐる問い", List.of("AUTHOR 樋口|直人"),
                "2014", "日本型排外主義: 在特会・外国人参政権・東アジア地政学", null, null, "9-28", null, null, "ja"),
        new Sample("bib-bbt-russian-2413.bib", 1, "JOURNAL_ARTICLE",
                "Полимеразная цепная реакция (ПЦР), как эффективный скрининговый метод выявления транслокаций"
                        + " с участием генов NTRK при немелкоклеточном раке легкого",
                List.of("AUTHOR Романько|Александр", "AUTHOR Преображенская|Елена", "AUTHOR Митюшкина|Наталья",
                        "AUTHOR Тюрин|Владислав", "AUTHOR Мулкиджан|Римма", "AUTHOR Кривошеева|Елена",
                        "AUTHOR Имянитов|Евгений"),
                "2022-05-06", "Вопросы онкологии", "68", "2", "182-187",
                "https://voprosyonkologii.ru/index.php/journal/article/view/1392", "2022-11-21", "ru"),
        new Sample("bib-bbt-zh-cn-2391.bib", 1, "BOOK", "法医学铁道损伤图谱", List.of("AUTHOR 肖|发民"), "2003", null,
                null, null, null, null, null, "zh"),
        new Sample("bib-bbt-split-cjk-names-2624.bib", 7, "BOOK", "Hant Author: Dongfang Bubai",
                List.of("AUTHOR =東方不敗"), null, null, null, null, null, null, null, "zh-Hant"),
        new Sample("bib-bbt-online-1358.bib", 1, "WEB_PAGE", "Intel Atom E3826 specifications",
                List.of("AUTHOR =Intel"), "2019", null, null, null, null,
                "https://ark.intel.com/content/www/us/en/ark/products/78477/intel-atom-processor-e3826-1m-cache"
                        + "-1-46-ghz.html", null, "und (guessed)"),
        new Sample("bib-biblatex-examples.bib", 10, "BOOK_CHAPTER",
                "The True Frontier: Confronting and Avoiding the Realities of Space in American Science Fiction"
                        + " Films", List.of("AUTHOR Westfahl|Gary"), null,
                "Space and Beyond: The Frontier Theme in Science Fiction", null, null, "55-65", null, null, "en"),
        new Sample("bib-biblatex-examples.bib", 37, "JOURNAL_ARTICLE",
                "Effect of immobilization on catalytic characteristics of saturated Pd-N-heterocyclic carbenes in"
                        + " Mizoroki-Heck reactions",
                List.of("AUTHOR Aksın|Özge", "AUTHOR Türkmen|Hayati", "AUTHOR Artok|Levent", "AUTHOR Çetinkaya|Bekir",
                        "AUTHOR Ni|Chaoying", "AUTHOR Büyükgüngör|Orhan", "AUTHOR Özkal|Erhan"),
                "2006", "J.\u00A0Organomet. Chem.", "691", "13", "3027-3036", null, null, "und (guessed)"),
        new Sample("bib-gost-examples.bib", 9, "BOOK", "Парадоксы безконечнаго", List.of("AUTHOR Больцано|Бернард"),
                "1911", null, null, null, null, null, null, "ru"),
        new Sample("bib-citationjs-langid.bib", 1, "BOOK", "La libertà",
                List.of("AUTHOR Valle|Mario", "AUTHOR Galgano|Antonella"), "2023-03", null, "19", null, null, null,
                null, "it"),
        new Sample("bib-citationjs-unicode-and-capitalized-types.bib", 1, "BOOK", "Faust. Der Tragödie Erster Teil",
                List.of("AUTHOR Goethe|J.W."), "1986", null, null, null, null, null, null, "und (guessed)"),
        new Sample("bib-citationjs-escaped-characters.bib", 1, "JOURNAL_ARTICLE", "a&b%c$d#e_f~^\\", List.of(),
                null, null, null, null, null, null, null, "und (guessed)"),
        new Sample("csl-bbt-normalizing-english-language-tag-3100.json", 2, "JOURNAL_ARTICLE",
                "A verse translation of Abbo of St. Germain's Bella Parisiacae urbis",
                List.of("AUTHOR Adams|Anthony", "AUTHOR Rigg|A. G."), "2004", "The Journal of Medieval Latin", "14",
                null, "1-68", "http://dx.doi.org/10.1484/J.JML.2.304214", "2013-08-30", "en"),
        new Sample("csl-bbt-normalizing-english-language-tag-3100.json", 3, "BOOK_CHAPTER",
                "The hagiography of doubt and scepticism",
                List.of("AUTHOR Kaldellis|Anthony", "EDITOR Efthymiádis|Stéfanos"), "2011",
                "The Ashgate research companion to Byzantine hagiography", "2", null, "453-477", null, null, "en"),
        new Sample("csl-bbt-page-issue-and-volume-range-sign-in-csl-json-is-hy.json", 2, "JOURNAL_ARTICLE",
                "Coexistence or competition for resources? Transboundary transformations of natural resource use in"
                        + " China’s neighborhood",
                List.of("AUTHOR Alff|Henryk", "AUTHOR Spies|Michael"), "2023-11-17", "Eurasian Geography and Economics",
                "64", "7–8", "797-810", "https://doi.org/10.1080/15387216.2023.2258150", null, "und (guessed)"),
        new Sample("ris-rispy-basic.ris", 1, "JOURNAL_ARTICLE", "A Mathematical Theory of Communication",
                List.of("AUTHOR Shannon|Claude E."), "1948-07", "Bell System Technical Journal", "27", null,
                "379-423", null, null, "und (guessed)"),
        new Sample("ris-rispy-extraneous-data.ris", 5, "JOURNAL_ARTICLE", "Title of reference",
                List.of("AUTHOR Marx|Karl", "AUTHOR Lindgren|Astrid", "EDITOR Glattauer|Daniel"), "2014", "Lorem", "9",
                "3", "e0815", "http://example.com", null, "und (guessed)"),
        new Sample("ris-rispy-empty-tag.ris", 1, "JOURNAL_ARTICLE",
                "Outcome Measures After Shoulder Stabilization in the Athletic Population: A Systematic Review of"
                        + " Clinical and Patient-Reported Metrics",
                List.of("AUTHOR =Fanning E."), "2020", "Orthopaedic Journal of Sports Medicine", "8", "9", null,
                "https://doi.org/10.1177/2325967120950040", null, "und (guessed)"));

    /**
     * Entries (by their place in the export) that come back from RIS changed, and why: RIS links a chapter to
     * its book by the book's title alone, and has no way to mark a name as literal.
     * <ul>
     * <li>gb7714 4: 昂温S., a CJK family name with a Latin initial, whose "Family, Given" reads back as parts.</li>
     * <li>gost 37: a chapter of Мифологии, a title two books of the file share (1996 and 2010 editions).</li>
     * <li>gost 97, 113, 128, 218, 219, 376, 377, 378, 485, 486, 512, 563, 751: chapters of a volume of collected
     * works that has no title of its own (only its work's, "Сочинения в 4-х т.", as the container), so RIS
     * has no title to link the chapter by: the chapter comes back without its book.</li>
     * <li>gost 681, 742: names BibTeX splits oddly ("Univalent Foundations Program, The"; an editor list with
     * a stray comma), whose RIS "Family, Given" reads back as other parts.</li>
     * </ul>
     */
    static final Map<String, List<Integer>> RIS_CHANGED = Map.of(
            "RIS bib-gb7714-example.bib", List.of(4),
            "RIS bib-gost-examples.bib", List.of(37, 97, 113, 128, 218, 219, 376, 377, 378, 485, 486, 512, 563,
                    681, 742, 751));

    /** The files that need a change by hand before they import whole; docs/bibliography.md says why. */
    static final Set<String> REFUSED = Set.of(
            "bib-biblatex-examples.bib", "bib-citationjs-crossref.bib", "bib-citationjs-different-delimiters.bib",
            "bib-citationjs-literals.bib", "bib-citationjs-uri.bib", "bib-gb7714-example.bib", "bib-gost-examples.bib",
            "csl-bbt-date-export-to-better-csl-json-360-811.json",
            "csl-bbt-season-ranges-should-be-exported-as-pseudo-months.json", "ris-rispy-wos.ris");
}
