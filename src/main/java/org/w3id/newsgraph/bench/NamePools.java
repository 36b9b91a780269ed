package org.w3id.newsgraph.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Large pools of made-up names, one per kind (person, organisation, place), drawn Zipf-like: a name's rank
 * {@code r} (1 = the most frequent) comes up with probability about proportional to {@code r^-}{@value #EXPONENT}
 * over {@value #RANKS} ranks, so a few names take most mentions while new names keep appearing as more articles are
 * made, as in a real archive. A rank's name is a pure function of the seed, the kind and the rank, composed from
 * {@link NameParts}; two ranks may rarely compose the same name, which only merges them.
 */
final class NamePools {
    static final double EXPONENT = 1.1;
    static final long RANKS = 10_000_000L;

    /** The kinds of names replaced: CoNLL's tags. */
    enum Kind { PER, ORG, LOC }

    private final long seed;
    private final List<String> given;
    private final List<String> surnames;
    private final List<String> stems;
    private final List<String> placeSuffixes;
    private final List<String> placePatterns;
    private final List<String> orgWords;
    private final List<String> orgSuffixes;
    private final List<String> orgPatterns;

    NamePools(NameParts parts, long seed) {
        this.seed = seed;
        given = parts.get("given");
        surnames = parts.get("surname");
        stems = parts.get("place-stem");
        placeSuffixes = parts.get("place-suffix");
        placePatterns = parts.get("place-pattern");
        orgWords = parts.get("org-word");
        orgSuffixes = parts.get("org-suffix");
        orgPatterns = parts.get("org-pattern");
    }

    /** A Zipf-like rank in [1, {@value #RANKS}] (inverse of the continuous distribution's CDF). */
    static long rank(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        double a = 1 - EXPONENT;
        double r = Math.pow((Math.pow(RANKS, a) - 1) * u + 1, 1 / a);
        return Math.max(1, Math.min(RANKS, (long) r));
    }

    /** The name of {@code rank} in the pool of {@code kind}. */
    String name(Kind kind, long rank) {
        SplittableRandom h = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + kind.ordinal() * 1_000_003L + rank));
        return switch (kind) {
            case PER -> person(h);
            case ORG -> organisation(h);
            case LOC -> place(h);
        };
    }

    /** A person's surname alone, as a later mention of the person reads ("Smith" for "Mary A. Smith"). */
    static String surnameOf(String person) {
        return person.substring(person.lastIndexOf(' ') + 1);
    }

    private String person(SplittableRandom h) {
        String first = pick(given, h);
        int middle = h.nextInt(4); // a middle initial one time in four widens the pool
        String initial = middle == 0 ? (char) ('A' + h.nextInt(26)) + ". " : "";
        return first + " " + initial + pick(surnames, h);
    }

    private String place(SplittableRandom h) {
        String stem = pick(stems, h);
        if (h.nextBoolean()) { // a compound stem: "Ash" + "brook"
            stem += pick(stems, h).toLowerCase(Locale.ROOT);
        }
        return pick(placePatterns, h).replace("{stem}", stem).replace("{suffix}", pick(placeSuffixes, h));
    }

    private String organisation(SplittableRandom h) {
        String p = pick(orgPatterns, h);
        // each placeholder is filled in turn, so "{surname} & {surname}" gets two surnames
        while (p.contains("{surname}")) {
            p = p.replaceFirst("\\{surname\\}", pick(surnames, h));
        }
        return p.replace("{word}", pick(orgWords, h)).replace("{suffix}", pick(orgSuffixes, h))
                .replace("{place}", place(h));
    }

    private static String pick(List<String> l, SplittableRandom h) {
        return l.get(h.nextInt(l.size()));
    }

    /** Stafford's 64-bit mix (as in SplittableRandom): nearby ranks get unrelated names. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
