package org.w3id.newsgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every regular expression of the extraction side, run on adversarial input: long runs of one unit ("x", "[{",
 * quotes, dashes, spaces, capitalised words, digits ...) in the three ways code uses a pattern (find every match,
 * matches, lookingAt). java.util.regex recurses once per repetition of a group under a greedy star, so such a
 * pattern overflows the stack on a long line (800 × "x" did); and a pattern that backtracks re-reads its input.
 * The audit therefore runs each pattern on a small stack and counts the characters it reads, on a short and on an
 * 8 times longer input: a linear pattern reads about 8 times as many, a quadratic one 64 times.
 *
 * <p>The patterns are found by reflection: every static {@code Pattern} field of the main classes, and the
 * patterns held by static lists of records (the relation cues). The web server's classes, owned and audited
 * separately, are left out.
 */
class PatternAuditTest {
    static final List<String> UNITS = List.of("x", "[{", "\"", "“", "”", "'", "’", "-", "—", ".", ",", " ", "\n",
            "Word ", "A, ", "9", "1,", "x ", "the ", "a-", "Mr ", "A.", "( ", "ab", "a b ", ", ", ": ", "in ",
            "and ", "share | ", "minister of ", "£1 ", "(", ")", "Ӂ🗍", "Aa-", "A B, ", "a, ", "1 of 1 ");
    private static final int SHORT = 500;
    private static final int LONG = 8 * SHORT;
    /** Reading growth from the short to the long input above which a pattern counts as superlinear. */
    private static final double MAX_GROWTH = 20;
    /** A hard stop for catastrophic (exponential) backtracking. */
    private static final long MAX_READS = 50_000_000L;
    private static final long STACK_BYTES = 256 * 1024;
    private static final List<String> SKIPPED_PACKAGES = List.of(".server.", ".store.", ".ingest.");

    @Test
    void noPatternOverflowsTheStackOrBacktracksSuperlinearly() throws Exception {
        Map<String, Pattern> patterns = patterns();
        assertTrue(patterns.size() > 100, "found only " + patterns.size() + " patterns");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Pattern> p : patterns.entrySet()) {
            List<String> found = new ArrayList<>();
            for (String unit : UNITS) {
                for (Mode mode : Mode.values()) {
                    String problem = probe(p.getValue(), unit, mode);
                    if (problem != null) {
                        found.add(mode + "('" + unit.replace("\n", "\\n") + "'…): " + problem);
                    }
                }
            }
            if (!found.isEmpty()) {
                problems.add(p.getKey() + " " + found.get(0) + (found.size() > 1 ? " and " + (found.size() - 1)
                        + " more" : ""));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theAuditCatchesWhatItLooksFor() throws Exception {
        assertEquals("stack overflow", probe(Pattern.compile("^(?:(?:x|y)\\s*)+$"), "x", Mode.MATCHES));
        assertTrue(probe(Pattern.compile("(?:ab)*c"), "ab", Mode.FIND).startsWith("superlinear"));
        assertEquals("catastrophic backtracking", probe(Pattern.compile("^(?:x+x+)+y"), "x", Mode.MATCHES));
        assertEquals(null, probe(Pattern.compile("^(?:(?:x|y)\\s*)++$"), "x", Mode.MATCHES));
    }

    enum Mode { FIND, MATCHES, LOOKING_AT }

    /** Null when the pattern behaves on this input, else what went wrong. */
    static String probe(Pattern p, String unit, Mode mode) throws InterruptedException {
        long[] reads = new long[2];
        String[] problem = new String[1];
        Thread t = new Thread(null, () -> {
            try {
                reads[0] = run(p, unit.repeat(Math.max(1, SHORT / unit.length())), mode);
                reads[1] = run(p, unit.repeat(Math.max(1, LONG / unit.length())), mode);
            } catch (StackOverflowError e) {
                problem[0] = "stack overflow";
            } catch (TooManyReads e) {
                problem[0] = "catastrophic backtracking";
            }
        }, "pattern-audit", STACK_BYTES);
        t.start();
        t.join();
        if (problem[0] != null) {
            return problem[0];
        }
        double growth = (double) reads[1] / Math.max(reads[0], SHORT);
        return growth > MAX_GROWTH ? String.format("superlinear (reads %d, then %d on 8 × the input)", reads[0],
                reads[1]) : null;
    }

    private static long run(Pattern p, String input, Mode mode) {
        Counting text = new Counting(input);
        Matcher m = p.matcher(text);
        switch (mode) {
            case FIND -> {
                while (m.find()) {
                    if (m.end() == text.length()) {
                        break;
                    }
                }
            }
            case MATCHES -> m.matches();
            case LOOKING_AT -> m.lookingAt();
        }
        return text.reads;
    }

    /** A character sequence that counts its reads and stops a runaway match. */
    private static final class Counting implements CharSequence {
        private final String s;
        long reads;

        Counting(String s) {
            this.s = s;
        }

        @Override
        public char charAt(int index) {
            if (++reads > MAX_READS) {
                throw new TooManyReads();
            }
            return s.charAt(index);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Counting(s.substring(start, end));
        }

        @Override
        public String toString() {
            return s;
        }
    }

    private static final class TooManyReads extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyReads() {
            super(null, null, false, false);
        }
    }

    /** Every pattern of the main classes, by class and field name. */
    static Map<String, Pattern> patterns() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path root = Path.of(org.w3id.newsgraph.extract.Extractor.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<String> classes;
        try (Stream<Path> files = Files.walk(root.resolve("org/w3id/newsgraph"))) {
            classes = files.map(f -> root.relativize(f).toString()).filter(f -> f.endsWith(".class"))
                    .map(f -> f.substring(0, f.length() - 6).replace('/', '.').replace('\\', '.')).sorted().toList();
        }
        Map<String, Pattern> out = new LinkedHashMap<>();
        for (String name : classes) {
            if (SKIPPED_PACKAGES.stream().anyMatch(name::contains)) {
                continue;
            }
            Class<?> c = Class.forName(name, true, PatternAuditTest.class.getClassLoader());
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                    continue;
                }
                f.setAccessible(true);
                collect(c.getSimpleName() + "." + f.getName(), f.get(null), out);
            }
        }
        return out;
    }

    private static void collect(String where, Object value, Map<String, Pattern> out) throws IllegalAccessException {
        if (value instanceof Pattern p) {
            out.put(where, p);
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                if (item != null && item.getClass().isRecord()) {
                    for (Field f : item.getClass().getDeclaredFields()) {
                        if (f.getType() == Pattern.class && !Modifier.isStatic(f.getModifiers())) {
                            f.setAccessible(true);
                            collect(where + "[" + i + "]." + f.getName(), f.get(item), out);
                        }
                    }
                }
                i++;
            }
        }
    }
}
