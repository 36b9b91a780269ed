package org.w3id.newsgraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Readable, deterministic IRI path segments from text. A slug keeps ASCII letters and digits ("Société Générale"
 * gives "societe-generale"); where that loses what tells two texts apart, a short hash of the exact text follows
 * an underscore, which no slug contains: "minister of ?" and "minister of د" both slug to "minister-of" but get
 * "minister-of_…" with different hashes, so two different texts never share a node.
 */
public final class Slugs {
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Hex digits of the hash: 32 bits, readable, and no collision among the names of a store. */
    private static final int HASH_DIGITS = 8;

    private Slugs() {}

    /**
     * A lower-case ASCII slug: compatibility forms folded, accents dropped, every run of other characters one
     * hyphen, none at either end. Empty when nothing alphanumeric is left.
     */
    public static String slug(String s) {
        String slug = NOT_SLUG.matcher(fold(s).toLowerCase(Locale.ROOT)).replaceAll("-");
        int b = 0;
        int e = slug.length();
        while (b < e && slug.charAt(b) == '-') {
            b++;
        }
        while (e > b && slug.charAt(e - 1) == '-') {
            e--;
        }
        return slug.substring(b, e);
    }

    /**
     * The key of a name: its slug, which deliberately joins spellings that differ only in case, accents or
     * punctuation ("AT&T", "AT & T"), plus a hash of the name when the slug dropped a letter or digit (another
     * script, "ß", "Ø") or is empty, so "Ahmed ?" and "Ahmed د" stay two entities.
     */
    public static String nameKey(String name) {
        String slug = slug(name);
        return slug.isEmpty() || dropsLetters(name) ? withHash(slug, name) : slug;
    }

    /**
     * An exact key: the slug when the text is nothing but ASCII lower-case words and digits between single
     * spaces ("prime minister"), which the slug gives back one to one; else the slug and a hash of the text.
     */
    public static String exactKey(String text) {
        String slug = slug(text);
        return !slug.isEmpty() && slug.replace('-', ' ').equals(text) ? slug : withHash(slug, text);
    }

    /** The first {@code hexDigits} hex digits of the SHA-1 of the text's UTF-8 bytes. */
    public static String sha1Hex(String text, int hexDigits) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JVM", e);
        }
    }

    private static String withHash(String slug, String text) {
        return slug + "_" + sha1Hex(text, HASH_DIGITS);
    }

    private static boolean dropsLetters(String s) {
        return fold(s).codePoints().anyMatch(c -> c >= 0x80 && Character.isLetterOrDigit(c));
    }

    private static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    }
}
