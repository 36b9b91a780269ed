package org.w3id.newsgraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.ContentHash;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Mention;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.rdf.ArticleMapper;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.store.EntitySummary;
import org.w3id.newsgraph.store.NewsStore;

/**
 * Made-up articles for measuring the graph view on a large store without any real text: a fixed pool of
 * invented entities (names from syllables), each article naming a dozen of them with a long-tailed popularity
 * (a few entities in many articles, most in few), some pairs related. The same count and seed give the same
 * articles. They go through the project's {@link ArticleMapper} into the store like extracted ones.
 */
public final class SyntheticNews {
    private static final String[] SYLLABLES = {"ka", "ro", "ven", "mil", "ta", "dor", "lis", "an", "bre", "su",
        "tor", "el", "wy", "nak", "po", "rin", "ge", "hal", "mo", "vi", "qua", "zen", "lu", "fer"};
    private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.PERSON, EntityType.PERSON,
        EntityType.COMPANY, EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION, EntityType.COUNTRY,
        EntityType.CITY, EntityType.MEDIA_ORGANIZATION, EntityType.REGION};
    private static final RelationType[] RELATIONS = {RelationType.WORKS_WITH, RelationType.MEETS_WITH,
        RelationType.DEAL_WITH, RelationType.BASED_IN, RelationType.INVESTIGATES, RelationType.HOLDS_ROLE_IN};

    private final Random random;
    private final List<String> names = new ArrayList<>();
    private final List<EntityType> types = new ArrayList<>();
    private final double[] cumulative;

    /** A pool of entities sized for {@code articles} articles (at least 200, about one per two articles). */
    public SyntheticNews(int articles, long seed) {
        this.random = new Random(seed);
        int pool = Math.max(200, articles / 2);
        cumulative = new double[pool];
        double sum = 0;
        for (int i = 0; i < pool; i++) {
            names.add(name(i));
            types.add(TYPES[i % TYPES.length]);
            sum += 1 / Math.pow(i + 1, 0.9);
            cumulative[i] = sum;
        }
        for (int i = 0; i < pool; i++) {
            cumulative[i] /= sum;
        }
    }

    private String name(int i) {
        StringBuilder b = new StringBuilder();
        int x = i;
        for (int word = 0; word < 2; word++) {
            StringBuilder w = new StringBuilder();
            for (int s = 0; s < 2; s++) {
                w.append(SYLLABLES[x % SYLLABLES.length]);
                x = x / SYLLABLES.length + 7 * (s + word + 1);
            }
            b.append(b.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b + " " + (i + 1);
    }

    /** The name of the {@code rank}-th most popular entity (0 first). */
    public String nameOf(int rank) {
        return names.get(rank);
    }

    /** The key (IRI segment) of the {@code rank}-th most popular entity. */
    public String keyOf(int rank) {
        return Ids.slug(names.get(rank));
    }

    private int pick() {
        double r = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The facts of article number {@code n}. */
    public ArticleFacts article(int n) {
        List<Integer> cast = new ArrayList<>();
        while (cast.size() < 8 + random.nextInt(8)) {
            int e = pick();
            if (!cast.contains(e)) {
                cast.add(e);
            }
        }
        StringBuilder text = new StringBuilder("Report ").append(n + 1).append("\n\n");
        List<Sentence> sentences = new ArrayList<>();
        Map<Integer, List<Mention>> mentions = new LinkedHashMap<>();
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i + 1 < cast.size(); i++) {
            int a = cast.get(i);
            int b = cast.get(i > 0 && random.nextInt(3) == 0 ? 0 : i + 1);
            int begin = text.length();
            Span sa = append(text, names.get(a));
            text.append(" met representatives of ");
            Span sb = append(text, names.get(b));
            text.append(" on day ").append(random.nextInt(28) + 1).append(". ");
            Span sentence = new Span(begin, text.length() - 1);
            int index = sentences.size();
            sentences.add(new Sentence(index, sentence));
            mentions.computeIfAbsent(a, k -> new ArrayList<>()).add(new Mention(names.get(a), sa, index));
            mentions.computeIfAbsent(b, k -> new ArrayList<>()).add(new Mention(names.get(b), sb, index));
            if (random.nextInt(3) > 0) {
                relations.add(new Relation(keyOf(a), RELATIONS[(a + b) % RELATIONS.length], keyOf(b), "met",
                        sentence));
            }
        }
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((e, ms) -> entities.add(new Entity(keyOf(e), names.get(e), types.get(e), Set.of(), ms, null)));
        String body = text.toString();
        return new ArticleFacts("synthetic/report-" + (n + 1) + ".txt", body, new Span(0, body.length()), List.of(),
                sentences, entities, List.of(), List.of(), relations);
    }

    private static Span append(StringBuilder text, String s) {
        int begin = text.length();
        text.append(s);
        return new Span(begin, text.length());
    }

    /**
     * Maps {@code count} articles and writes them into the store in one write transaction, the entity summary
     * (labels, mention counts) built at the end of it as a bulk load does.
     */
    public void fill(NewsStore store, int count) {
        ArticleMapper mapper = new ArticleMapper();
        Txn.executeWrite(store.dataset(), () -> {
            for (int n = 0; n < count; n++) {
                ArticleFacts facts = article(n);
                String sha = ContentHash.sha256(facts.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                Node article = Ids.article(facts.source(), sha);
                Graph g = mapper.map(facts, sha);
                g.find().forEach(t -> store.dataset().add(article, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            EntitySummary.rebuild(store.dataset());
        });
    }
}
