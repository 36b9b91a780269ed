package org.w3id.newsgraph.extract.relations;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.extract.entities.SourceLines;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Sentence;

/**
 * Places written as an address: an organisation followed by its town and the town's state or country ("Sarn Tool
 * Co., Brockton, Mass.", "the Brant Mining Center in Carterville, Ill.", "Volta Radio, based in Crestburg, Mich.")
 * is based in both (in the state alone when the town is unlisted, "Acme Co. of Elm Lakes, N.J."); and a news
 * service's source line, a place right before the outlet's name, alone on its line or followed by the language of the text ("Lisbon DIARIO in Portuguese 12 May 94 p 3"), names where the outlet
 * is published. The state after the town is what makes the pair an address rather than a place the organisation
 * merely acts in.
 */
final class AddressRelations {
    /** Between the organisation and the town: a comma, "in", "of", "at", "based in"; "Co." may keep its stop outside. */
    private static final Pattern ORG_TOWN_GAP = Pattern.compile(
            ",\\s++|(?:\\.|(?<!\\s))\\s++(?:in|of|at)\\s++|(?:,|(?<!\\s))\\s++(?:based|headquartered)\\s++in\\s++");
    /** "of" and a town that is no entity, one to three capitalised words, then a comma. */
    private static final Pattern UNLISTED_TOWN_GAP = Pattern.compile(
            "^\\.?+\\s++of\\s++(?:\\p{Lu}[\\p{Ll}'-]++\\s++){0,2}\\p{Lu}[\\p{Ll}'-]++,\\s++");
    /** Between the town and its state or country: a comma. */
    private static final Pattern TOWN_STATE_GAP = Pattern.compile(",\\s+");
    /** What may follow the outlet on a source line: nothing, or "in" and a word (a language, by SourceLines). */
    private static final Pattern SOURCE_TAIL = Pattern.compile("[\\s.]*|\\s+in\\s+([\\p{L}-]+)\\b.*", Pattern.DOTALL);

    private final String text;
    private final MentionIndex mentions;

    AddressRelations(String text, MentionIndex mentions) {
        this.text = text;
        this.mentions = mentions;
    }

    void find(Sentence s, Map<String, Relation> found) {
        List<Hit> hits = mentions.within(s.span().begin(), s.span().end());
        sourceLine(s, hits, found);
        CompanySeats.find(text, hits, s, found);
        FacilitySeats.find(text, hits, s, found);
        PlaceChains.find(text, hits, s, found);
        PlaceNamedBodies.find(text, hits, s, found);
        unlistedTown(hits, s, found);
        for (int i = 0; i + 2 < hits.size(); i++) {
            Hit org = hits.get(i);
            Hit town = hits.get(i + 1);
            Hit state = hits.get(i + 2);
            if (!org.type().isOrganization() || !town.type().isPlace() || town.type() == EntityType.COUNTRY
                    || !isStateOrCountry(state.type()) || town.begin() < org.end() || state.begin() < town.end()
                    || !ORG_TOWN_GAP.matcher(text.substring(org.end(), town.begin())).matches()
                    || !TOWN_STATE_GAP.matcher(text.substring(town.end(), state.begin())).matches()) {
                continue;
            }
            String cue = text.substring(org.begin(), state.end());
            RelationFinder.add(found, org.entity(), RelationType.BASED_IN, town.entity(), cue, s);
            RelationFinder.add(found, org.entity(), RelationType.BASED_IN, state.entity(), cue, s);
        }
    }

    /**
     * "The Acme Co. of Elm Lakes, N.J.": the town is no entity (unlisted), but "of", capitalised words and a comma
     * before a state still make an address; the organisation is based in the state.
     */
    private void unlistedTown(List<Hit> hits, Sentence s, Map<String, Relation> found) {
        for (int i = 0; i + 1 < hits.size(); i++) {
            Hit org = hits.get(i);
            Hit state = hits.get(i + 1);
            if (org.type().isOrganization() && isStateOrCountry(state.type()) && state.begin() >= org.end()
                    && UNLISTED_TOWN_GAP.matcher(text.substring(org.end(), state.begin())).matches()) {
                RelationFinder.add(found, org.entity(), RelationType.BASED_IN, state.entity(),
                        text.substring(org.begin(), state.end()), s);
            }
        }
    }

    private static boolean isStateOrCountry(EntityType t) {
        return t == EntityType.REGION || t == EntityType.COUNTRY;
    }

    /**
     * "[headline] [number] PLACE OUTLET [in LANGUAGE ...]": the place starts the sentence or follows a document
     * number, and the outlet ends it or is followed by its language or the issue's date; the outlet is published in
     * the place.
     */
    private void sourceLine(Sentence s, List<Hit> hits, Map<String, Relation> found) {
        for (int i = 0; i + 1 < hits.size(); i++) {
            Hit place = hits.get(i);
            Hit outlet = hits.get(i + 1);
            String before = text.substring(s.span().begin(), Math.max(s.span().begin(), place.begin())).strip();
            if (!place.type().isPlace() || !outlet.type().isOrganization() || outlet.begin() < place.end()
                    || !text.substring(place.end(), outlet.begin()).equals(" ")
                    || !before.isEmpty() && !SourceLines.isDocumentNumber(before.substring(before.lastIndexOf(' ') + 1))) {
                continue;
            }
            String after = text.substring(outlet.end(), s.span().end());
            after = after.substring(SourceLines.serviceLength(after)); // "XINHUA Domestic Service": the outlet's feed
            Matcher tail = SOURCE_TAIL.matcher(after);
            if (tail.matches() && (tail.group(1) == null || SourceLines.isLanguage(tail.group(1)))
                    || SourceLines.startsWithIssueDate(after)) {
                RelationFinder.add(found, outlet.entity(), RelationType.BASED_IN, place.entity(),
                        text.substring(place.begin(), outlet.end()), s);
            }
            return;
        }
    }
}
