package org.w3id.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.pipeline.TimeBudget;

/**
 * No seed-specific rule: the iTWire seed with every proper name replaced by names of the same kind that the seeds
 * never use (people and most organisations invented, so the gazetteer does not know them) gives the same roles,
 * quotes and relations, with the new names.
 *
 * <p>Entities are paired across the two runs through their surface forms: an original entity corresponds to the
 * new entity that has one of its (replaced) names or aliases.
 */
class NameSwapTest {
    /** Replacements, applied in this order (longer forms first where one contains another). */
    static final Map<String, String> SWAP = new LinkedHashMap<>();

    static {
        SWAP.put("Christopher Wray", "Daniel Okoro");
        SWAP.put("Sun Yafang", "Zhao Ruolan");
        SWAP.put("Theresa May", "Helen Carver");
        SWAP.put("National Cyber Security Centre", "National Digital Defence Agency");
        SWAP.put("NCSC", "NDDA");
        SWAP.put("Government Communications Headquarters", "Signals Intelligence Directorate");
        SWAP.put("GCHQ", "SID");
        SWAP.put("The Cell", "The Vault");
        SWAP.put("Telegraph", "Courier");
        SWAP.put("iTWire", "TechPulse");
        SWAP.put("Huawei", "Zentrix");
        SWAP.put("FBI", "CIA");
        SWAP.put("AT&T", "Telstra");
        SWAP.put("Verizon", "Vodafone");
        SWAP.put("Beijing", "Shanghai");
        SWAP.put("Chinese", "Japanese");
        SWAP.put("a US Senate", "an Australian Senate");
        SWAP.put("US Senate", "Australian Senate");
        SWAP.put("US Government", "Australian Government");
        SWAP.put("US market", "Australian market");
        SWAP.put("the US", "Australia");
        SWAP.put("US", "Australia");
        SWAP.put("British", "Dutch");
        SWAP.put("Britain", "the Netherlands");
        SWAP.put("the UK", "the Netherlands");
        // honorifics and bare surnames, in the paragraph added below (the seed itself names people in full only)
        SWAP.put("Mr. Wray", "Dr. Okoro");
        SWAP.put("Ms. May", "Mrs. Carver");
        SWAP.put("Wray", "Okoro");
        SWAP.put("May", "Carver");
    }

    /**
     * Made up, added after the seed so that honorifics, surnames and a pronoun are swapped too: every quote in it
     * must keep its speaker through the swap.
     */
    static final String ADDED = "\n\n“We will keep watching every supplier closely,” Mr. Wray said on Friday. "
            + "Ms. May did not comment at first.\n\nLater Ms. May said the government would answer every question. "
            + "“Nobody has shown us a single flaw,” she added.\n\n“We have no reason to doubt that,” Wray told "
            + "reporters.\n";

    static ArticleFacts original;
    static ArticleFacts swapped;

    static String swap(String s) {
        String out = s;
        for (var e : SWAP.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    @BeforeAll
    static void extract() throws IOException {
        String text = Files.readString(Path.of("seeds", "004_25da5277dcdc13c7.txt")).stripTrailing() + ADDED;
        Extractor x = Extractor.create(TimeBudget.UNLIMITED); // a loaded machine must not skip the article
        original = x.extract(new SourceText("original.txt", text));
        swapped = x.extract(new SourceText("swapped.txt", swap(text)));
    }

    private static Set<String> forms(Entity e) {
        return Stream.concat(Stream.of(e.name()), e.aliases().stream()).collect(Collectors.toSet());
    }

    /** The new entity standing for an original entity key, by surface forms. */
    private static String counterpart(String originalKey) {
        if (originalKey == null) {
            return null;
        }
        Set<String> wanted = forms(original.entity(originalKey)).stream().map(NameSwapTest::swap)
                .collect(Collectors.toSet());
        Entity match = swapped.entities().stream().filter(e -> forms(e).stream().anyMatch(wanted::contains))
                .findFirst().orElse(null);
        assertNotNull(match, "no counterpart for " + originalKey + " " + wanted + " among " + swapped.entities());
        return match.key();
    }

    @Test
    void theSwapReplacesEveryNameOfTheSeed() {
        String swappedText = swapped.text();
        for (String gone : SWAP.keySet()) {
            assertFalse(swappedText.contains(gone) && !SWAP.containsValue(gone), gone);
        }
        assertFalse(original.roles().isEmpty() || original.quotes().isEmpty() || original.relations().isEmpty());
    }

    @Test
    void theAddedQuotesHaveTheirSpeakersBeforeAndAfterTheSwap() {
        for (ArticleFacts f : List.of(original, swapped)) {
            Map<String, String> speakers = new LinkedHashMap<>();
            for (var q : f.quotes()) {
                speakers.put(q.text(), q.speakerKey() == null ? null : f.entity(q.speakerKey()).name());
            }
            boolean swappedRun = f == swapped;
            assertEquals(swappedRun ? "Daniel Okoro" : "Christopher Wray",
                    speakers.get("We will keep watching every supplier closely"), speakers.toString());
            assertEquals(swappedRun ? "Helen Carver" : "Theresa May", speakers.get("Nobody has shown us a single flaw"),
                    speakers.toString());
            assertEquals(swappedRun ? "Daniel Okoro" : "Christopher Wray",
                    speakers.get("We have no reason to doubt that"), speakers.toString());
        }
    }

    @Test
    void sameRolesWithTheNewNames() {
        Set<String> expected = original.roles().stream()
                .map(r -> counterpart(r.personKey()) + " | " + swap(r.title()) + " | " + counterpart(r.organizationKey()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual = swapped.roles().stream()
                .map(r -> r.personKey() + " | " + r.title() + " | " + r.organizationKey())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
    }

    @Test
    void sameQuotesAndSpeakersWithTheNewNames() {
        Set<String> expected = original.quotes().stream()
                .map(q -> counterpart(q.speakerKey()) + " | " + q.via() + " | " + swap(q.text()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual = swapped.quotes().stream().map(q -> q.speakerKey() + " | " + q.via() + " | " + q.text())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
    }

    @Test
    void sameRelationsWithTheNewNames() {
        Set<String> expected = original.relations().stream()
                .map(r -> counterpart(r.subjectKey()) + " " + r.type() + " " + counterpart(r.objectKey()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual = swapped.relations().stream()
                .map(r -> r.subjectKey() + " " + r.type() + " " + r.objectKey())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
    }
}
