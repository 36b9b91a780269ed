package org.w3id.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale corpus: the same N and seed give the same files, byte for byte; the articles are distinct; every
 * base name is replaced consistently; distinct names keep growing with N while a few names take a large share of
 * the mentions. The bases here are made up in the test; one test reads CoNLL-2003 beside the project when there.
 */
class CorpusGeneratorTest {
    private static final String TEXT = "Anna Berg met Carl Dunn of Ebco Ltd in Faro. Berg said Ebco Ltd would stay in Faro.";

    @TempDir
    Path tmp;

    /** The base above, its names marked by hand: two people, a company, a place, and a surname alone; each name once more. */
    static BaseArticle base() {
        return new BaseArticle("base", TEXT, List.of(span("Anna Berg", 0, NamePools.Kind.PER),
                span("Carl Dunn", 0, NamePools.Kind.PER), span("Ebco Ltd", 0, NamePools.Kind.ORG),
                span("Faro", 0, NamePools.Kind.LOC), span("Berg", 40, NamePools.Kind.PER),
                span("Ebco Ltd", 50, NamePools.Kind.ORG), span("Faro", 70, NamePools.Kind.LOC)));
    }

    private static BaseArticle.NameSpan span(String name, int from, NamePools.Kind kind) {
        int at = TEXT.indexOf(name, from);
        return new BaseArticle.NameSpan(at, at + name.length(), kind);
    }

    private static CorpusGenerator generator(long seed) {
        return new CorpusGenerator(List.of(base()), new NamePools(NameParts.load(), seed), seed);
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void sameArticlesAndSeedGiveIdenticalFilesAndAnotherSeedOthers() throws IOException {
        generator(7).write(tmp.resolve("a"), 50, n -> {});
        generator(7).write(tmp.resolve("b"), 50, n -> {});
        generator(8).write(tmp.resolve("c"), 50, n -> {});
        Map<String, String> a = files(tmp.resolve("a"));
        assertEquals(50, a.size());
        assertEquals(a, files(tmp.resolve("b")));
        assertEquals(a.keySet(), files(tmp.resolve("c")).keySet(), "file names follow the article number");
        assertNotEquals(a, files(tmp.resolve("c")));
        assertEquals(50, new HashSet<>(a.values()).size(), "every article is distinct");
        assertTrue(a.containsKey("0000000-base.txt") && a.containsKey("0000049-base.txt"), a.keySet().toString());
        // a smaller run is the start of a larger one
        generator(7).write(tmp.resolve("d"), 10, n -> {});
        files(tmp.resolve("d")).forEach((name, text) -> assertEquals(a.get(name), text));
    }

    @Test
    void namesAreReplacedConsistentlyWithinAnArticle() {
        CorpusGenerator g = generator(3);
        for (int i = 0; i < 20; i++) {
            CorpusGenerator.Generated a = g.next(i);
            List<String> made = a.mentions().stream().map(Map.Entry::getValue).toList();
            String person = made.get(0);
            String org = made.get(2);
            String place = made.get(3);
            String surname = NamePools.surnameOf(person);
            String expected = person + " met " + made.get(1) + " of " + org + " in " + place + ". " + surname
                    + " said " + org + " would stay in " + place + ".";
            assertEquals(expected, a.text());
            assertEquals(person, made.get(4), "the surname alone counts as its person");
            assertFalse(a.text().contains("Berg") || a.text().contains("Ebco") || a.text().contains("Faro"), a.text());
        }
    }

    @Test
    void distinctNamesGrowWithTheArticlesWhileTheTopTenTakeALargeShare() {
        CorpusGenerator g = generator(1);
        for (int i = 0; i < 10_000; i++) {
            g.next(i);
        }
        CorpusStats s = g.stats();
        assertEquals(10_000, s.articles());
        assertEquals(70_000, s.mentions(), "seven names per article");
        List<long[]> curve = s.curve();
        assertEquals(List.of(1L, 10L, 100L, 1000L, 10_000L), curve.stream().map(p -> p[0]).toList());
        for (int i = 1; i < curve.size(); i++) {
            assertTrue(curve.get(i)[1] > curve.get(i - 1)[1] * 3, "distinct names grow: " + curve.get(i)[1]);
        }
        assertTrue(curve.get(4)[1] < 40_000, "but well below one per mention: " + curve.get(4)[1]);
        double top = s.topTenShare();
        assertTrue(top > 0.15 && top < 0.6, "the ten most frequent names of each kind take " + top);
    }

    @Test
    void namePoolsAreDeterministicAndZipfLike() {
        NamePools p = new NamePools(NameParts.load(), 5);
        assertEquals(p.name(NamePools.Kind.ORG, 42), new NamePools(NameParts.load(), 5).name(NamePools.Kind.ORG, 42));
        Set<String> people = new HashSet<>();
        for (long r = 1; r <= 1000; r++) {
            people.add(p.name(NamePools.Kind.PER, r));
        }
        assertTrue(people.size() > 990, "1,000 ranks, nearly as many names: " + people.size());
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        int first = 0;
        for (int i = 0; i < 10_000; i++) {
            if (NamePools.rank(rnd) == 1) {
                first++;
            }
        }
        assertTrue(first > 400 && first < 1200, "rank 1 comes up about 8% of the time: " + first);
    }

    @Test
    void conllBasesCarryTheirGoldNames() throws IOException {
        Path conll = Path.of("").toAbsolutePath().resolveSibling("shared").resolve("corpora/conll2003/train.txt");
        assumeTrue(Files.isRegularFile(conll), "CoNLL-2003 is not beside the project (../shared/corpora)");
        List<BaseArticle> bases = BaseArticles.conll(conll);
        assertEquals(946, bases.size(), "the training split's articles");
        long named = bases.stream().filter(b -> !b.names().isEmpty()).count();
        assertTrue(named > 900, "nearly every article names someone: " + named);
        BaseArticle first = bases.get(0);
        BaseArticle.NameSpan s = first.names().get(0);
        assertTrue(Character.isUpperCase(first.text().charAt(s.begin())), first.text().substring(s.begin(), s.end()));
    }
}
