package org.eurasiadiplomacy.portal.sources;

/**
 * A published footnote or table note that cites a source, and where in it.
 *
 * @param footnote the footnote's number, or null for a table note or the author's note
 * @param locator the pages cited ("頁 440", "pp. 36-37"), or null
 * @param printedText the note exactly as the article prints it
 */
public record CitingNote(long id, String label, Integer footnote, String locator, String printedText) {
}
