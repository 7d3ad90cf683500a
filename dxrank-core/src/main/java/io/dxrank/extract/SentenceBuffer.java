package io.dxrank.extract;

import io.dxrank.core.VnText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running sentence of a document's prose: lines are added piece by piece, a sentence closes at its end
 * punctuation (not at the full stop of an abbreviated level word), and a finished one is handed to a {@link Reader}
 * in pieces of bounded length, with the line each of its characters came from.
 */
final class SentenceBuffer {

    /** What reads a finished sentence: a piece of it, the piece's offset in the sentence, and the sentence's lines. */
    interface Reader {
        /** @param offsets {offset in the sentence, line number} of each part, in increasing offset ({@link #lineAt}) */
        void read(String piece, int base, List<int[]> offsets);
    }

    /** A sentence ends before a bullet, a capital or a figure ("... chất lượng. 75% hộ ..."): decimals have no space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?…](?=\\s+(?:[-+*•]\\s|\\p{Lu}|\\d))|[.;!?…]\\s*$");
    private static final MatchStarts SENTENCE_ENDS = MatchStarts.of(SENTENCE_END, ".;!?…");

    /** Abbreviated level words and titles a full stop closes: "TP.", "Tp.", "TX.", "TT.", "P.", "Q.", "H.", "X.", "TS.". */
    private static final Set<String> ABBREVIATIONS = Set.of("TP", "Tp", "TX", "Tx", "TT", "P", "Q", "H", "X", "TS", "ThS",
            "PGS", "GS", "BS");

    /** Longer than any sentence people write: a run of text without full stops (a flattened table, a hostile file). */
    static final int LONGEST_SENTENCE = 4_000;

    private final StringBuilder sentence = new StringBuilder();
    private final List<int[]> offsets = new ArrayList<>(); // {offset in sentence, line number}

    /**
     * Adds a line ({@link VnText#clean} done) to the running sentence; each sentence it closes at its end punctuation
     * goes to {@code reader}.
     */
    void appendLine(String line, int lineNo, Reader reader) {
        int pos = 0;
        Matcher end = SENTENCE_ENDS.matcher(line);
        while (SENTENCE_ENDS.next(end, line, pos)) {
            if (abbreviation(line, end.start())) {
                // "P. Kim Tân (TP. Lào Cai)": a unit's abbreviated level ends no sentence; go on after its full stop
                addPiece(line.substring(pos, end.start() + 1), lineNo);
                pos = end.start() + 1;
                continue;
            }
            addPiece(line.substring(pos, end.end()), lineNo);
            flush(reader);
            pos = end.end();
        }
        if (pos < line.length()) {
            addPiece(line.substring(pos), lineNo);
        }
    }

    /** Hands the running sentence, if any, to {@code reader} in pieces of at most {@link #LONGEST_SENTENCE}, and empties it. */
    void flush(Reader reader) {
        if (sentence.length() == 0) {
            return;
        }
        String whole = sentence.toString();
        for (int start = 0; start < whole.length(); ) {
            int end = pieceEnd(whole, start);
            reader.read(whole.substring(start, end), start, offsets);
            start = end;
        }
        sentence.setLength(0);
        offsets.clear();
    }

    /** The sentence read so far ends on a colon or a comma: what follows goes on with it. */
    boolean leadsOn() {
        int i = sentence.length() - 1;
        while (i >= 0 && Character.isWhitespace(sentence.charAt(i))) {
            i--;
        }
        return i >= 0 && (sentence.charAt(i) == ':' || sentence.charAt(i) == ',');
    }

    private void addPiece(String piece, int lineNo) {
        if (piece.isBlank()) {
            return;
        }
        if (sentence.length() > 0) {
            sentence.append(' ');
        }
        offsets.add(new int[] {sentence.length(), lineNo});
        sentence.append(piece.trim());
    }

    /** The full stop at {@code dot} closes an abbreviation (a word of one to three letters in {@link #ABBREVIATIONS}). */
    private static boolean abbreviation(String line, int dot) {
        if (line.charAt(dot) != '.') {
            return false;
        }
        int start = dot;
        while (start > 0 && Character.isLetter(line.charAt(start - 1)) && dot - start < 4) {
            start--;
        }
        return start < dot && (start == 0 || !Character.isLetterOrDigit(line.charAt(start - 1)))
                && ABBREVIATIONS.contains(line.substring(start, dot));
    }

    /**
     * Where the piece of a sentence that starts at {@code start} ends: the whole rest when it is of a sentence's length,
     * else just after the last clause break (";" or ",") within {@link #LONGEST_SENTENCE} characters, so that the
     * work and the text kept per statement stay bounded however long a run of text without full stops is.
     */
    static int pieceEnd(String sentence, int start) {
        if (sentence.length() - start <= LONGEST_SENTENCE) {
            return sentence.length();
        }
        int limit = start + LONGEST_SENTENCE;
        for (int i = limit - 1; i > start + LONGEST_SENTENCE / 2; i--) {
            char c = sentence.charAt(i);
            if ((c == ';' || c == ',') && Character.isWhitespace(sentence.charAt(i + 1))) {
                return i + 1;
            }
        }
        for (int i = limit - 1; i > start; i--) {
            if (Character.isWhitespace(sentence.charAt(i))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** The line of the character at {@code charPos} of a sentence whose parts began at {@code offsets}. */
    static int lineAt(List<int[]> offsets, int charPos) {
        if (offsets.isEmpty()) {
            return 0;
        }
        // offsets run in increasing position: the last one at or before charPos (binary search, as a run of text can
        // span many lines)
        int lo = 0;
        int hi = offsets.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (offsets.get(mid)[0] <= charPos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return offsets.get(lo)[1];
    }
}
