package org.w3id.newsgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.EntityType;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.loadDefault();

    /** Surface forms deliberately shared by two entries (the first file in index.txt wins). */
    private static final Set<String> SHARED_NAMES = Set.of("Georgia", "Singapore", "Vatican City");
    private static final Set<String> SHARED_DEMONYMS = Set.of("Congolese", "Dominican");

    /** Ordinary English words that start sentences or headlines; no name or alias may be one of them. */
    private static final Set<String> STOP_WORDS = Set.of("The", "A", "An", "May", "Will", "Can", "Three", "Orange",
            "Shell", "Sprint", "Target", "Visa", "Gap", "Square", "Block", "Snap", "Zoom", "Slack", "Signal", "Line",
            "Honor", "Arm", "Sky", "Sun", "Times", "Post", "Mirror", "Mail", "Independent", "Economist", "Atlantic",
            "Time", "Fortune", "Labour", "Greens", "Commission", "Parliament", "Senate", "Treasury", "Security Service",
            "Chancellery", "Amnesty", "Male", "Nice", "Reading", "Bath", "Victory", "General", "United", "Delta",
            "American", "British", "Chinese", "Lilly", "PA", "AU", "DT", "X", "It", "This", "That", "He", "She", "We",
            "They", "Government", "State", "House", "Court", "Supreme Court");

    /** Exceptions to the rule above, kept on purpose and documented in companies.tsv. */
    private static final Set<String> ACCEPTED_WORDS = Set.of("Apple", "Amazon", "Meta", "Alphabet", "Oracle", "Ford");

    @Test
    void defaultGazetteerLoadsEveryFileOfTheIndex() {
        assertTrue(G.entries().size() > 1200, "entries: " + G.entries().size());
        Map<EntityType, Long> counts = G.entries().stream()
                .collect(Collectors.groupingBy(GazetteerEntry::type, Collectors.counting()));
        assertEquals(197L, counts.get(EntityType.COUNTRY));
        assertTrue(counts.get(EntityType.CITY) >= 300, "cities: " + counts.get(EntityType.CITY));
        assertTrue(counts.get(EntityType.REGION) >= 100);
        assertTrue(counts.get(EntityType.COMPANY) >= 250, "companies: " + counts.get(EntityType.COMPANY));
        assertTrue(counts.get(EntityType.MEDIA_ORGANIZATION) >= 100);
        assertTrue(counts.get(EntityType.GOVERNMENT_BODY) >= 100);
        assertTrue(counts.get(EntityType.POLITICAL_ORGANIZATION) >= 40);
        assertTrue(counts.get(EntityType.ORGANIZATION) >= 30);
        assertTrue(G.maxNameTokens() >= 8, "longest name: " + G.maxNameTokens());
    }

    @Test
    void idsAreUniqueSlugsAndCountryReferencesResolveToCountries() {
        Pattern slug = Pattern.compile("[a-z0-9][a-z0-9-]*");
        Pattern qid = Pattern.compile("Q[1-9][0-9]*");
        Set<String> seenQids = new HashSet<>();
        for (GazetteerEntry e : G.entries()) {
            assertTrue(slug.matcher(e.id()).matches(), e.id());
            assertFalse(e.name().isBlank(), e.id());
            if (e.wikidata() != null) {
                assertTrue(qid.matcher(e.wikidata()).matches(), e.id() + " " + e.wikidata());
                assertTrue(seenQids.add(e.wikidata()), "QID used twice: " + e.wikidata());
            }
            if (e.country() != null) {
                GazetteerEntry c = G.byId(e.country()).orElseThrow(() -> new AssertionError(e.id() + " -> " + e.country()));
                assertEquals(EntityType.COUNTRY, c.type(), e.id());
            }
        }
        // the loader itself rejects a repeated id, and every file line became one entry
        assertEquals(totalDataLines(), G.entries().size());
    }

    @Test
    void everyCountryHasADemonymAndExactlyOneCapital() {
        List<GazetteerEntry> capitals = Gazetteer.parse("capitals.tsv", lines("/gazetteer/capitals.tsv"));
        Map<String, List<GazetteerEntry>> capitalsByCountry = capitals.stream()
                .collect(Collectors.groupingBy(GazetteerEntry::country));
        for (GazetteerEntry c : G.entries()) {
            if (c.type() != EntityType.COUNTRY) {
                continue;
            }
            assertFalse(c.demonyms().isEmpty(), "no demonym: " + c.id());
            assertNull(c.country(), c.id());
            List<GazetteerEntry> caps = capitalsByCountry.get(c.id());
            assertTrue(caps != null && caps.size() == 1, "capitals of " + c.id() + ": " + caps);
            GazetteerEntry cap = G.byId(caps.get(0).id()).orElseThrow();
            assertEquals(EntityType.CITY, cap.type());
            assertEquals(c.id(), cap.country());
        }
        assertEquals(197, capitals.size());
    }

    @Test
    void spotChecks() {
        assertEquals("united-kingdom", id("UK"));
        assertEquals("united-kingdom", id("U.K."));
        assertEquals("united-kingdom", id("Britain"));
        assertEquals("united-kingdom", G.byDemonym("British").orElseThrow().id());
        assertEquals("united-states", id("U.S."));
        assertEquals("united-states", id("US"));
        assertEquals("united-states", id("USA"));
        assertEquals("united-states", G.byDemonym("American").orElseThrow().id());
        assertEquals("china", id("China"));
        assertEquals("china", id("PRC"));
        assertEquals("china", G.byDemonym("Chinese").orElseThrow().id());
        assertEquals("north-korea", id("DPRK"));
        assertEquals("germany", G.byDemonym("German").orElseThrow().id());
        assertEquals("australia", id("Australia"));

        GazetteerEntry ncsc = G.byName("NCSC").orElseThrow();
        assertEquals("National Cyber Security Centre", ncsc.name());
        assertEquals(EntityType.GOVERNMENT_BODY, ncsc.type());
        assertEquals("united-kingdom", ncsc.country());
        GazetteerEntry gchq = G.byName("GCHQ").orElseThrow();
        assertEquals("Government Communications Headquarters", gchq.name());
        assertEquals(EntityType.GOVERNMENT_BODY, gchq.type());

        GazetteerEntry telegraph = G.byName("The Telegraph").orElseThrow();
        assertEquals(telegraph, G.byName("Telegraph").orElseThrow());
        assertEquals(EntityType.MEDIA_ORGANIZATION, telegraph.type());

        assertEquals("us-senate", id("US Senate"));
        assertEquals("us-senate", id("U.S. Senate"));
        assertEquals("us-government", id("US Government"));
        assertEquals("us-government", id("U.S. government"));
        assertEquals("uk-government", id("British government"));
        assertEquals("uk-government", id("UK government"));
        assertEquals("uk-parliament", id("UK Parliament"));
        assertEquals("chinese-government", id("Chinese government"));
        assertEquals("fbi", id("FBI"));
        assertEquals("Q8333", G.byId("fbi").orElseThrow().wikidata());
        assertEquals(EntityType.GOVERNMENT_BODY, G.byName("TSA").orElseThrow().type());

        assertEquals(EntityType.COMPANY, G.byName("Huawei").orElseThrow().type());
        assertEquals("china", G.byName("Huawei").orElseThrow().country());
        assertEquals("bt", id("BT"));
        assertEquals("att", id("AT&T"));
        assertEquals("verizon", id("Verizon"));
        assertEquals("meta-platforms", id("Facebook"));
        assertEquals(EntityType.MEDIA_ORGANIZATION, G.byName("CNN").orElseThrow().type());
        assertEquals(EntityType.MEDIA_ORGANIZATION, G.byName("CNN Business").orElseThrow().type());
        assertEquals(EntityType.MEDIA_ORGANIZATION, G.byName("iTWire").orElseThrow().type());
        assertEquals(EntityType.MEDIA_ORGANIZATION, G.byName("Getty Images").orElseThrow().type());
        assertEquals(EntityType.MEDIA_ORGANIZATION, G.byName("AFP").orElseThrow().type());
        assertEquals(EntityType.POLITICAL_ORGANIZATION, G.byName("GOP").orElseThrow().type());
        assertEquals("republican-party", id("GOP"));
        assertEquals("communist-party-of-china", id("Chinese Communist Party"));
        assertEquals(EntityType.GOVERNMENT_BODY, G.byName("European Union").orElseThrow().type());
        assertEquals("european-union", id("EU"));

        GazetteerEntry beijing = G.byName("Beijing").orElseThrow();
        assertEquals(EntityType.CITY, beijing.type());
        assertEquals("china", beijing.country());
        assertEquals("Q956", beijing.wikidata());
        assertEquals("germany", G.byName("Berlin").orElseThrow().country());
        assertEquals("washington-d-c", id("Washington"));
        assertEquals("new-york-city", id("New York"));
        assertEquals(EntityType.REGION, G.byName("Hong Kong").orElseThrow().type());
        assertEquals(EntityType.REGION, G.byName("Silicon Valley").orElseThrow().type());
        assertEquals(EntityType.REGION, G.byName("California").orElseThrow().type());
        assertEquals(EntityType.REGION, G.byName("North Dakota").orElseThrow().type());
        assertEquals(EntityType.REGION, G.byName("Europe").orElseThrow().type());
        assertEquals("western-world", id("the West"));
        // curly apostrophes fold to straight ones
        assertEquals("peoples-daily", id("People\u2019s Daily"));
        // the country wins the deliberate clashes
        assertEquals(EntityType.COUNTRY, G.byName("Georgia").orElseThrow().type());
        assertEquals(EntityType.COUNTRY, G.byName("Singapore").orElseThrow().type());
        assertEquals("democratic-republic-of-the-congo", G.byDemonym("Congolese").orElseThrow().id());
    }

    @Test
    void noSurfaceFormIsSharedExceptTheDocumentedOnes() {
        Map<String, Set<String>> owners = new TreeMap<>();
        Map<String, Set<String>> demonymOwners = new TreeMap<>();
        for (GazetteerEntry e : G.entries()) {
            List<String> forms = new ArrayList<>(e.aliases());
            forms.add(e.name());
            for (String f : forms) {
                owners.computeIfAbsent(Gazetteer.normalize(f), k -> new TreeSet<>()).add(e.id());
            }
            for (String d : e.demonyms()) {
                demonymOwners.computeIfAbsent(Gazetteer.normalize(d), k -> new TreeSet<>()).add(e.id());
            }
        }
        Set<String> shared = new TreeSet<>();
        owners.forEach((k, v) -> {
            if (v.size() > 1) {
                shared.add(k);
            }
        });
        assertEquals(new TreeSet<>(SHARED_NAMES), shared);
        Set<String> sharedDemonyms = new TreeSet<>();
        demonymOwners.forEach((k, v) -> {
            if (v.size() > 1) {
                sharedDemonyms.add(k);
            }
        });
        assertEquals(new TreeSet<>(SHARED_DEMONYMS), sharedDemonyms);
    }

    @Test
    void noNameOrAliasIsAnOrdinaryWord() {
        Set<String> bad = new TreeSet<>();
        for (GazetteerEntry e : G.entries()) {
            List<String> forms = new ArrayList<>(e.aliases());
            forms.add(e.name());
            for (String f : forms) {
                if (STOP_WORDS.contains(f) || f.isBlank() || !f.equals(f.strip())) {
                    bad.add(e.id() + ": " + f);
                }
            }
        }
        assertEquals(Set.of(), bad);
        for (String w : ACCEPTED_WORDS) {
            assertEquals(EntityType.COMPANY, G.byName(w).orElseThrow().type(), w);
        }
        assertTrue(G.byName("Orange").isEmpty());
        assertTrue(G.byName("Three").isEmpty());
        assertEquals("orange-sa", id("Orange SA"));
        assertEquals("three-uk", id("Three UK"));
    }

    private static String id(String surface) {
        return G.byName(surface).orElseThrow(() -> new AssertionError("not found: " + surface)).id();
    }

    private static int totalDataLines() {
        int n = 0;
        for (String f : lines("/gazetteer/index.txt")) {
            if (!f.isBlank() && !f.startsWith("#")) {
                n += (int) lines("/gazetteer/" + f.strip()).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
            }
        }
        return n;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = GazetteerTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
