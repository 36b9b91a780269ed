package org.w3id.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.ContentHash;
import org.w3id.newsgraph.model.SourceText;

/**
 * Makes the scale corpus: article {@code i} is a base article (taken round robin through a seeded shuffle of the
 * bases) with every person, organisation and place replaced by a name from {@link NamePools}, the same original
 * name by the same new one throughout the article, and a person's surname alone by the new person's surname. A
 * text identical to an earlier one is drawn again, so the N articles are distinct. Everything follows from the
 * seed and the bases: the same N and seed give the same files, and the first N of a larger run are the N of a
 * smaller one.
 */
public final class CorpusGenerator {
    private static final int MAX_ATTEMPTS = 50;

    private final List<BaseArticle> bases;
    private final NamePools pools;
    private final long seed;
    private final Set<String> seen = new HashSet<>();
    private final CorpusStats stats = new CorpusStats();

    CorpusGenerator(List<BaseArticle> bases, NamePools pools, long seed) {
        List<BaseArticle> usable = new ArrayList<>(bases.stream().filter(b -> !b.names().isEmpty()).toList());
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("no base article names anyone: nothing to vary");
        }
        java.util.Collections.shuffle(usable, new java.util.Random(seed));
        this.bases = List.copyOf(usable);
        this.pools = pools;
        this.seed = seed;
    }

    /**
     * Reads the bases ({@link BaseArticles}: CoNLL files and folders of texts, whose spans are cached in
     * {@code cache}) and writes {@code n} articles to {@code out}.
     *
     * @param progress told of each article written (its count)
     */
    public static CorpusStats make(List<Path> from, Path cache, Function<SourceText, ArticleFacts> extractor,
            int threads, int n, long seed, Path out, IntConsumer progress) throws IOException {
        BaseArticles reader = new BaseArticles(cache, extractor, threads);
        List<BaseArticle> bases = new ArrayList<>();
        for (Path p : from) {
            bases.addAll(reader.read(p));
        }
        return new CorpusGenerator(bases, new NamePools(NameParts.load(), seed), seed).write(out, n, progress);
    }

    /** The statistics of the articles made so far. */
    CorpusStats stats() {
        return stats;
    }

    /** The number of base articles used (those naming at least one person, organisation or place). */
    int bases() {
        return bases.size();
    }

    /** Writes articles 0..n-1 to {@code out} as {@code NNNNNNN-base.txt}; returns the names' statistics. */
    CorpusStats write(Path out, int n, IntConsumer progress) throws IOException {
        Files.createDirectories(out);
        for (int i = 0; i < n; i++) {
            Generated g = next(i);
            Files.writeString(out.resolve(String.format(Locale.ROOT, "%07d-%s.txt", i, g.base().name())), g.text(),
                    StandardCharsets.UTF_8);
            progress.accept(i + 1);
        }
        return stats;
    }

    /** Article {@code i}: must be asked for in order 0, 1, 2, ... (distinctness looks at the earlier ones). */
    Generated next(int i) {
        BaseArticle base = bases.get(i % bases.size());
        for (int attempt = 0; ; attempt++) {
            Generated g = vary(base, new SplittableRandom(NamePools.mix(seed * 0x632BE59BD9B4E019L + i) + attempt));
            if (seen.add(ContentHash.sha256(g.text().getBytes(StandardCharsets.UTF_8))) || attempt >= MAX_ATTEMPTS) {
                stats.add(g.mentions());
                return g;
            }
        }
    }

    /** A generated article, its base, and each replaced mention's new name. */
    record Generated(BaseArticle base, String text, List<Map.Entry<NamePools.Kind, String>> mentions) {}

    private Generated vary(BaseArticle base, SplittableRandom rnd) {
        String text = base.text();
        Map<NamePools.Kind, Map<String, String>> names = new EnumMap<>(NamePools.Kind.class);
        Map<String, String> surnames = new HashMap<>(); // an original person's last word -> the new surname
        // full person names first, so a later (or earlier) surname alone follows its person
        for (BaseArticle.NameSpan s : base.names()) {
            String original = text.substring(s.begin(), s.end());
            if (s.kind() == NamePools.Kind.PER && original.contains(" ")) {
                String made = names.computeIfAbsent(s.kind(), k -> new HashMap<>()).computeIfAbsent(original,
                        o -> pools.name(NamePools.Kind.PER, NamePools.rank(rnd)));
                surnames.putIfAbsent(original.substring(original.lastIndexOf(' ') + 1), NamePools.surnameOf(made));
            }
        }
        StringBuilder sb = new StringBuilder(text.length() + 64);
        List<Map.Entry<NamePools.Kind, String>> mentions = new ArrayList<>();
        int at = 0;
        for (BaseArticle.NameSpan s : base.names()) {
            String original = text.substring(s.begin(), s.end());
            Map<String, String> byOriginal = names.computeIfAbsent(s.kind(), k -> new HashMap<>());
            String made = byOriginal.get(original);
            if (made == null && s.kind() == NamePools.Kind.PER && surnames.containsKey(original)) {
                made = surnames.get(original);
                mentions.add(Map.entry(s.kind(), fullNameWith(byOriginal, made)));
            } else {
                if (made == null) {
                    made = pools.name(s.kind(), NamePools.rank(rnd));
                    byOriginal.put(original, made);
                }
                mentions.add(Map.entry(s.kind(), made));
            }
            sb.append(text, at, s.begin()).append(made);
            at = s.end();
        }
        sb.append(text, at, text.length());
        return new Generated(base, sb.toString(), mentions);
    }

    /** The full name a surname mention stands for, so statistics count the person once. */
    private static String fullNameWith(Map<String, String> persons, String surname) {
        for (String full : persons.values()) {
            if (NamePools.surnameOf(full).equals(surname)) {
                return full;
            }
        }
        return surname;
    }
}
