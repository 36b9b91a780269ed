package org.w3id.newsgraph.extract.text;

import java.util.Arrays;

import org.w3id.newsgraph.nlp.NlpModels;
import org.w3id.newsgraph.pipeline.Deadline;

/**
 * Part-of-speech tagging whose cost stays linear in the number of tokens. OpenNLP's tagger costs more per token
 * the longer the sentence (a 60 KB line of brackets took minutes), so a run-on "sentence" is tagged in chunks
 * of at most {@link #MAX_TOKENS} tokens, cut after a punctuation token where there is one, and the deadline is
 * checked between chunks. A chunk without a letter is no language at all (a soup of brackets, a row of
 * figures): its tokens get NUM, PUNCT or SYM from their characters, without the model. One instance per document; not shared between threads.
 */
public final class ChunkedTagger {
    /** Longer than nearly every real sentence, short enough to keep the tagger fast. */
    static final int MAX_TOKENS = 200;

    private final NlpModels models;
    private final Deadline deadline;

    ChunkedTagger(NlpModels models, Deadline deadline) {
        this.models = models;
        this.deadline = deadline;
    }

    /** One UD tag per word. */
    String[] tag(String[] words) {
        if (words.length <= MAX_TOKENS) {
            return tagChunk(words);
        }
        String[] tags = new String[words.length];
        int from = 0;
        while (from < words.length) {
            deadline.check();
            int to = cut(words, from);
            String[] part = tagChunk(Arrays.copyOfRange(words, from, to));
            System.arraycopy(part, 0, tags, from, part.length);
            from = to;
        }
        return tags;
    }

    private String[] tagChunk(String[] words) {
        return hasLetter(words) ? models.tags(words)
                : Arrays.stream(words).map(ChunkedTagger::symbolTag).toArray(String[]::new);
    }

    /** The end of the chunk from {@code from}: after the last punctuation token of its second half, or full. */
    private static int cut(String[] words, int from) {
        int end = Math.min(words.length, from + MAX_TOKENS);
        if (end == words.length) {
            return end;
        }
        for (int i = end - 1; i > from + MAX_TOKENS / 2; i--) {
            if (!words[i].isEmpty() && ",;:.!?)".indexOf(words[i].charAt(0)) >= 0) {
                return i + 1;
            }
        }
        return end;
    }

    private static boolean hasLetter(String[] words) {
        for (String w : words) {
            if (w.codePoints().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /** NUM for numbers ("1,200"), PUNCT for punctuation only, SYM for anything else. */
    static String symbolTag(String word) {
        if (word.codePoints().anyMatch(Character::isDigit)
                && word.codePoints().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.')) {
            return "NUM";
        }
        return word.codePoints().allMatch(ChunkedTagger::isPunctuation) ? "PUNCT" : "SYM";
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
