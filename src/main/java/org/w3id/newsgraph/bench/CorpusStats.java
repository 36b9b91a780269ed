package org.w3id.newsgraph.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generated names look like as articles are added: distinct names per kind (the entities a perfect
 * extractor would find), mentions, and the share of mentions that fall on the ten most frequent names of each
 * kind. Distinct counts are recorded after 1, 10, 100, ... articles (the growth curve).
 */
public final class CorpusStats {
    private final Map<NamePools.Kind, Map<String, Integer>> counts = new EnumMap<>(NamePools.Kind.class);
    private final List<long[]> curve = new ArrayList<>(); // {articles, distinct names}
    private long mentions;
    private int articles;

    void add(List<Map.Entry<NamePools.Kind, String>> names) {
        for (Map.Entry<NamePools.Kind, String> e : names) {
            counts.computeIfAbsent(e.getKey(), k -> new HashMap<>()).merge(e.getValue(), 1, Integer::sum);
        }
        mentions += names.size();
        articles++;
        if (isPowerOfTen(articles)) {
            curve.add(new long[] {articles, distinct()});
        }
    }

    private static boolean isPowerOfTen(long n) {
        while (n >= 10 && n % 10 == 0) {
            n /= 10;
        }
        return n == 1;
    }

    public int articles() {
        return articles;
    }

    public long mentions() {
        return mentions;
    }

    /** Distinct names over all kinds. */
    public long distinct() {
        return counts.values().stream().mapToLong(Map::size).sum();
    }

    /** Distinct names of one kind. */
    long distinct(NamePools.Kind kind) {
        return counts.getOrDefault(kind, Map.of()).size();
    }

    /** Distinct names per kind: PER, ORG, LOC. */
    public Map<String, Long> distinctByKind() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (NamePools.Kind k : NamePools.Kind.values()) {
            out.put(k.name(), distinct(k));
        }
        return out;
    }

    /** Share of all mentions that fall on the ten most frequent names of each kind. */
    public double topTenShare() {
        long top = 0;
        for (Map<String, Integer> m : counts.values()) {
            top += m.values().stream().sorted((a, b) -> b - a).limit(10).mapToLong(Integer::longValue).sum();
        }
        return mentions == 0 ? 0 : (double) top / mentions;
    }

    /** {articles, distinct names} after 1, 10, 100, ... articles. */
    public List<long[]> curve() {
        return List.copyOf(curve);
    }
}
