package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jbibtex.ConcateValue;
import org.jbibtex.CrossReferenceValue;
import org.jbibtex.LiteralValue;
import org.jbibtex.ReferenceValue;
import org.jbibtex.Value;

/**
 * Turns a JBibTeX value ({@code "a" # macro # "b"}) into its text, within two bounds: one value at most
 * {@link #MAX_VALUE_CHARS} characters, and all values of one file together at most {@link #MAX_FILE_CHARS}.
 * Macros that double each other ({@code @string{b = a # a}}, {@code c = b # b} …) reach a bound after a few
 * dozen characters of file instead of filling the heap. The bounds count characters, not time, so the same
 * file gets the same answer on any machine; the work is linear in what they allow. Walks the value with its
 * own stack, so a long chain of {@code #} cannot overflow the thread's.
 */
final class Expansion {

    /** No field of a bibliography entry is this long; an abstract is a few thousand characters. */
    static final int MAX_VALUE_CHARS = 100_000;
    /** Four times the largest file the import accepts (2 MiB). */
    static final int MAX_FILE_CHARS = 8 * 1024 * 1024;

    /** A value or the file's values expand beyond the bounds. */
    static final class TooLarge extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final int line;

        TooLarge(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    private long total;

    /** The text of {@code value}, read at {@code line}; counts towards the file's bound. */
    String of(Value value, int line) {
        StringBuilder text = new StringBuilder();
        Deque<Value> pending = new ArrayDeque<>();
        pending.push(value);
        while (!pending.isEmpty()) {
            Value next = pending.pop();
            if (next instanceof ConcateValue concatenation) {
                pending.push(concatenation.getRight());
                pending.push(concatenation.getLeft());
            } else if (next instanceof ReferenceValue reference) {
                if (reference.getString() != null) {
                    pending.push(reference.getString().getValue());
                }
            } else if (next instanceof CrossReferenceValue inherited) {
                pending.push(inherited.getValue());
            } else {
                String piece = next instanceof LiteralValue literal ? literal.getString() : next.toUserString();
                if (text.length() + piece.length() > MAX_VALUE_CHARS) {
                    throw new TooLarge(line, "a value expands to more than " + MAX_VALUE_CHARS + " characters");
                }
                text.append(piece);
            }
        }
        total += text.length();
        if (total > MAX_FILE_CHARS) {
            throw new TooLarge(line, "the file's values expand to more than " + MAX_FILE_CHARS + " characters");
        }
        return text.toString();
    }
}
