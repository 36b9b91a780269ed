package org.w3id.newsgraph.extract.roles;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LastWordsTest {
    private static final LastWords HEADS = new LastWords(TitleLexicon.DEFAULT.heads());

    @Test
    void passesTextEndingWithAnEntrysLastWordThenWhitespace() {
        LastWords w = new LastWords(Set.of("chief executive", "mayor"));
        assertTrue(w.mayEnd("the firm's Chief Executive "));
        assertTrue(w.mayEnd("Deputy MAYOR\n"));
        assertTrue(w.mayEnd("mayor\u2028"));
        assertFalse(w.mayEnd("the firm's chief executive"), "no whitespace at the end");
        assertFalse(w.mayEnd("as the company said "));
        assertFalse(w.mayEnd("executives "));
        assertFalse(w.mayEnd(" "));
    }

    @Test
    void foldsCaseAsTheRegexDoes() {
        // U+017F (long s) and U+212A (Kelvin sign) match "s" and "k" under CASE_INSENSITIVE | UNICODE_CASE
        LastWords w = new LastWords(Set.of("spokesman"));
        Pattern p = Pattern.compile("(spokesman)\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String odd = "\u017Fpo\u212Aesman ";
        assertTrue(p.matcher(odd).find());
        assertTrue(w.mayEnd(odd));
    }

    @Test
    void neverRejectsTextTheTitleRegexMatches() {
        // made-up phrases: lexicon words and ordinary words, in any case, with the whitespace that may end them
        List<String> pieces = new ArrayList<>(TitleLexicon.DEFAULT.heads());
        pieces.addAll(TitleLexicon.DEFAULT.modifiers());
        pieces.addAll(List.of("the", "said", "and", "of", "Acme", "Corp's", "vice-", "former", "told", "x-", ",", "'s"));
        String[] ends = {" ", "  ", "\n", " \r\n", "\t", " \u2028", ""};
        Random r = new Random(7);
        int matched = 0;
        int rejected = 0;
        for (int n = 0; n < 20000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                String p = pieces.get(r.nextInt(pieces.size()));
                p = switch (r.nextInt(3)) {
                    case 0 -> p.toUpperCase(java.util.Locale.ROOT);
                    case 1 -> p.isEmpty() ? p : Character.toUpperCase(p.charAt(0)) + p.substring(1);
                    default -> p;
                };
                sb.append(p).append(r.nextInt(5) == 0 ? "-" : " ");
            }
            String text = sb.toString().strip() + ends[r.nextInt(ends.length)];
            boolean regex = Titles.TITLE_AT_END.matcher(text).find();
            boolean may = HEADS.mayEnd(text);
            if (regex) {
                matched++;
                assertTrue(may, text);
            }
            if (!may) {
                rejected++;
            }
        }
        assertTrue(matched > 2000, "the phrases exercise the regex: " + matched);
        assertTrue(rejected > 2000, "the test skips text: " + rejected);
    }
}
