package org.w3id.newsgraph.bench;

import java.util.List;
import java.util.SplittableRandom;

import org.w3id.newsgraph.model.SourceText;

/**
 * Generates hostile article texts, reproducibly: case {@code n} of seed {@code s} is always the same text, so a
 * failure is reported as "seed s, case n" and can be replayed alone. Texts are what the article reader can hand
 * on (valid Unicode, no NUL, few control characters): random code points from many scripts, emoji and
 * combining marks; soups of punctuation; long runs of one unit; and articles of the given corpus truncated,
 * repeated, stripped of their line breaks, shouted, or with soup injected. Immutable and thread-safe.
 */
public final class FuzzInputs {
    /** What a case is made of. */
    public enum Kind { UNICODE, SOUP, RUN, TRUNCATED, REPEATED, ONE_LINE, INJECTED, SHOUTED }

    /** One unit of the runs: what regular expressions and the tagger found hard. */
    static final List<String> UNITS = List.of("x", "[{", "\"", "“", "”", "'", "’", "-", "—", ".", ",", " ", "\n",
            "Word ", "A, ", "9", "1,", "x ", "the ", "a-", "Mr ", "A.", "( ", "ab", "a b ", ", ", ": ", "in ",
            "and ", "share | ", "minister of ", "£1 ", "(", ")", "Ӂ🗍", "Aa-", "A B, ", "a, ", "1 of 1 ",
            "“Yes,” he said. ", "\t", "\u00A0", "\u200B", "🇬🇧", "e\u0301", "Dr. ", "U.S. ", "$5bn ");
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’«»—–…·•§¶†‡°′″";
    /** Blocks to draw random code points from: start, size. */
    private static final int[][] BLOCKS = {
            {0x20, 0x5F}, {0x20, 0x5F}, {0xA0, 0x60}, {0x100, 0x180}, {0x300, 0x70}, {0x370, 0x90}, {0x400, 0x100},
            {0x590, 0x70}, {0x600, 0x100}, {0x900, 0x80}, {0xE00, 0x80}, {0x2000, 0x70}, {0x2100, 0x50},
            {0x3040, 0x60}, {0x4E00, 0x200}, {0xAC00, 0x200}, {0xFE00, 0x10}, {0xFF00, 0x60}, {0x1D400, 0x300},
            {0x1F300, 0x300}, {0x1F900, 0x100}, {0x20000, 0x100}, {0xE0000, 0x80}};

    private static final String LEAD = "The harbour board of Marbury said on Monday that Rosa Hallam would lead it.";
    private static final String CLOSE = "Officials will meet again next month to review the plan, a spokesman said.";

    private final List<SourceText> corpus;
    private final long seed;
    private final int maxChars;

    /**
     * @param corpus   real articles to truncate, repeat and mangle (at least one)
     * @param maxChars the longest text to make; most cases are far shorter
     */
    public FuzzInputs(List<SourceText> corpus, long seed, int maxChars) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("the fuzzer needs at least one real article");
        }
        this.corpus = List.copyOf(corpus);
        this.seed = seed;
        this.maxChars = maxChars;
    }

    /** Case {@code n}, named "fuzz-{seed}-{n}-{kind}.txt". */
    public SourceText generate(long n) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
        Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
        String text = switch (kind) {
            case UNICODE -> unicode(r, 1 + r.nextInt(Math.min(maxChars, 3_000)));
            case SOUP -> soup(r, 1 + r.nextInt(Math.min(maxChars, 3_000)));
            case RUN -> run(r);
            case TRUNCATED -> truncated(r);
            case REPEATED -> repeated(r);
            case ONE_LINE -> article(r).replaceAll("\\R+", r.nextBoolean() ? " " : "");
            case INJECTED -> injected(r);
            case SHOUTED -> article(r).toUpperCase(java.util.Locale.ROOT);
        };
        return new SourceText("fuzz-" + seed + "-" + n + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + ".txt",
                cap(text));
    }

    private String article(SplittableRandom r) {
        return corpus.get(r.nextInt(corpus.size())).text();
    }

    private static String unicode(SplittableRandom r, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            int[] block = BLOCKS[r.nextInt(BLOCKS.length)];
            int cp = block[0] + r.nextInt(block[1]);
            if (r.nextInt(12) == 0) {
                sb.append(r.nextBoolean() ? ' ' : '\n');
            } else if (Character.isDefined(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static String soup(SplittableRandom r, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            int k = r.nextInt(10);
            if (k < 6) {
                sb.appendCodePoint(PUNCTUATION.codePointAt(PUNCTUATION.offsetByCodePoints(0,
                        r.nextInt(PUNCTUATION.codePointCount(0, PUNCTUATION.length())))));
            } else if (k < 8) {
                sb.append(r.nextBoolean() ? ' ' : r.nextInt(4) == 0 ? "\n" : "  ");
            } else {
                sb.append(UNITS.get(r.nextInt(UNITS.size())));
            }
        }
        return sb.toString();
    }

    /** A run of one unit: alone, as a paragraph between two sentences, or inside one. */
    private String run(SplittableRandom r) {
        String unit = UNITS.get(r.nextInt(UNITS.size()));
        String run = unit.repeat(Math.max(1, (1 + r.nextInt(maxChars)) / unit.length()));
        return switch (r.nextInt(3)) {
            case 0 -> run;
            case 1 -> LEAD + "\n" + run + "\n" + CLOSE;
            default -> LEAD + " " + run + " " + CLOSE;
        };
    }

    private String truncated(SplittableRandom r) {
        String a = article(r);
        int b = boundary(a, r.nextInt(a.length()));
        int e = boundary(a, b + r.nextInt(a.length() - b + 1));
        return switch (r.nextInt(3)) {
            case 0 -> a.substring(0, e);
            case 1 -> a.substring(b);
            default -> a.substring(b, e);
        };
    }

    private String repeated(SplittableRandom r) {
        String a = article(r);
        if (r.nextBoolean()) {
            return a.repeat(2 + r.nextInt(3));
        }
        List<String> lines = a.lines().filter(l -> !l.isBlank()).toList();
        String line = lines.isEmpty() ? a : lines.get(r.nextInt(lines.size()));
        return line.repeat(2 + r.nextInt(40));
    }

    private String injected(SplittableRandom r) {
        StringBuilder sb = new StringBuilder(article(r));
        for (int i = 1 + r.nextInt(20); i > 0; i--) {
            int at = boundary(sb, r.nextInt(sb.length() + 1));
            String what = r.nextBoolean() ? soup(r, 1 + r.nextInt(80)) : unicode(r, 1 + r.nextInt(40));
            sb.insert(at, what);
        }
        return sb.toString();
    }

    /** At most maxChars characters, never ending inside a surrogate pair. */
    private String cap(String text) {
        return text.length() <= maxChars ? text : text.substring(0, boundary(text, maxChars));
    }

    /** The offset, moved back off the middle of a surrogate pair. */
    private static int boundary(CharSequence s, int offset) {
        int o = Math.min(offset, s.length());
        return o > 0 && o < s.length() && Character.isLowSurrogate(s.charAt(o))
                && Character.isHighSurrogate(s.charAt(o - 1)) ? o - 1 : o;
    }
}
