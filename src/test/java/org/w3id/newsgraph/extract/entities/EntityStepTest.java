package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.extract.Seeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.eval.Category;
import org.w3id.newsgraph.eval.EntityMatcher;
import org.w3id.newsgraph.eval.Evaluator;
import org.w3id.newsgraph.eval.GoldFile;
import org.w3id.newsgraph.eval.Score;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Mention;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.nlp.NlpModels;

class EntityStepTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    private static ArticleFacts facts(String seed) {
        return EXTRACTOR.extract(Seeds.read(seed));
    }

    private static Entity byName(ArticleFacts f, String name) {
        for (Entity e : f.entities()) {
            if (e.name().equals(name) || e.aliases().contains(name)) {
                return e;
            }
        }
        return null;
    }

    @Test
    void everyRequiredGoldEntityIsFoundWithItsCoarseType() throws Exception {
        for (String seed : Seeds.ALL) {
            ArticleFacts f = facts(seed);
            GoldFile gold = Seeds.gold(seed);
            EntityMatcher matcher = new EntityMatcher(gold);
            for (GoldFile.GoldEntity g : gold.entities()) {
                if (g.optional()) {
                    continue;
                }
                Entity e = f.entities().stream().filter(x -> matcher.matches(x, g)).findFirst().orElse(null);
                assertNotNull(e, seed + ": " + g.name());
                assertEquals(g.type(), e.type().coarse().localName(), seed + ": " + g.name());
            }
        }
    }

    @Test
    void typedEntityF1OnTheSeedsIsAtLeastNinetyFive() throws Exception {
        Score s = Score.ZERO;
        for (String seed : Seeds.ALL) {
            s = s.plus(new Evaluator().evaluate(Seeds.gold(seed), facts(seed)).score(Category.ENTITIES_TYPED));
        }
        assertTrue(s.f1() >= 0.95, "typed entity F1 " + s.f1() + " " + s);
    }

    @Test
    void cnnEntitiesAndAliases() {
        ArticleFacts f = facts(Seeds.CNN);
        Entity merkel = f.entity("angela-merkel");
        assertEquals("Angela Merkel", merkel.name());
        assertEquals(EntityType.PERSON, merkel.type());
        assertEquals(Set.of("Merkel"), merkel.aliases());
        assertEquals(List.of("Angela Merkel", "Merkel"), merkel.mentions().stream().map(Mention::text).toList());
        Entity uk = f.entity("united-kingdom");
        assertEquals("Q145", uk.wikidata());
        assertEquals(EntityType.COUNTRY, uk.type());
        assertTrue(uk.aliases().contains("UK"));
        assertEquals(EntityType.PERSON, f.entity("marc-allera").type());
        assertEquals(EntityType.PERSON, f.entity("ivana-kottasova").type());
        assertEquals("Ivana Kottasová", f.entity("ivana-kottasova").name());
        assertEquals(EntityType.GOVERNMENT_BODY, f.entity("chinese-government").type());
        Entity bt = f.entity("bt");
        assertEquals(List.of("BT", "BT", "BT"), bt.mentions().stream().map(Mention::text).toList());
        for (Entity e : f.entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), m.span().of(f.text()), "mention spans index the text");
                assertTrue(f.body().contains(m.span()));
            }
        }
    }

    @Test
    void boilerplateOnlyNamesAreNotEntities() {
        ArticleFacts f = facts(Seeds.CNN);
        for (String name : List.of("Xander Heinl", "Sheryl Sandberg", "Getty Images", "Keystone XL", "Photothek",
                "Donald Trump", "Trump", "Fred Dufour", "FRED DUFOUR", "AFP", "Facebook", "North Dakota", "Friday",
                "December", "Cyber")) {
            assertEquals(null, byName(f, name), name);
        }
    }

    @Test
    void itwireAcronymsAndCompounds() {
        ArticleFacts f = facts(Seeds.ITWIRE);
        Entity ncsc = byName(f, "NCSC");
        assertEquals("National Cyber Security Centre", ncsc.name());
        assertEquals(Set.of("NCSC"), ncsc.aliases());
        assertEquals(EntityType.GOVERNMENT_BODY, ncsc.type());
        Entity gchq = byName(f, "GCHQ");
        assertEquals("Government Communications Headquarters", gchq.name());
        assertEquals(EntityType.GOVERNMENT_BODY, f.entity("us-senate").type());
        assertEquals("US Senate", f.entity("us-senate").name());
        assertEquals(EntityType.GOVERNMENT_BODY, f.entity("us-government").type());
        assertEquals(EntityType.PERSON, f.entity("theresa-may").type());
        assertEquals(EntityType.PERSON, f.entity("sun-yafang").type());
        assertEquals(EntityType.PERSON, f.entity("christopher-wray").type());
        assertEquals("The Cell", f.entity("the-cell").name());
        assertEquals(EntityType.MEDIA_ORGANIZATION, byName(f, "iTWire").type());
        assertEquals(null, byName(f, "ICT"), "a generic acronym");
        assertEquals(null, byName(f, "Intelligence"));
        assertEquals(null, byName(f, "Last"));
    }

    @Test
    void worksWithAFullerGazetteer() throws Exception {
        // The test's own entries replace any the shipped gazetteer has under the same id.
        List<GazetteerEntry> entries = new ArrayList<>();
        entries.add(new GazetteerEntry("the-telegraph", "The Telegraph", EntityType.MEDIA_ORGANIZATION,
                List.of("Telegraph", "The Daily Telegraph"), List.of(), "Q192621", "united-kingdom"));
        entries.add(new GazetteerEntry("ncsc", "National Cyber Security Centre", EntityType.GOVERNMENT_BODY,
                List.of("NCSC"), List.of(), null, "united-kingdom"));
        entries.add(new GazetteerEntry("at-and-t", "AT&T", EntityType.COMPANY, List.of(), List.of(), "Q35476",
                "united-states"));
        entries.add(new GazetteerEntry("verizon", "Verizon", EntityType.COMPANY, List.of("Verizon Communications"),
                List.of(), null, "united-states"));
        entries.add(new GazetteerEntry("us-senate", "United States Senate", EntityType.GOVERNMENT_BODY,
                List.of("US Senate", "U.S. Senate"), List.of(), "Q66096", "united-states"));
        Set<String> ids = entries.stream().map(GazetteerEntry::id).collect(java.util.stream.Collectors.toSet());
        Set<String> names = entries.stream().flatMap(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()),
                e.aliases().stream())).collect(java.util.stream.Collectors.toSet());
        Gazetteer.loadDefault().entries().stream().filter(e -> !ids.contains(e.id()) && !names.contains(e.name()))
                .forEach(entries::add);
        Extractor x = Extractor.create(NlpModels.load(), Gazetteer.of(entries), NameLexicon.load());
        ArticleFacts f = x.extract(Seeds.read(Seeds.ITWIRE));
        assertEquals(Set.of("Telegraph"), f.entity("the-telegraph").aliases());
        assertEquals(3, f.entity("the-telegraph").mentions().size());
        assertEquals(Set.of("NCSC"), f.entity("ncsc").aliases());
        assertEquals(EntityType.COMPANY, f.entity("at-and-t").type());
        assertEquals("United States Senate", f.entity("us-senate").name());
        Score s = new Evaluator().evaluate(Seeds.gold(Seeds.ITWIRE), f).score(Category.ENTITIES_TYPED);
        assertEquals(new Score(17, 0, 0), s);
    }
}
