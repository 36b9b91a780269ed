package org.w3id.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Mention;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.ner.ConllDocument;
import org.w3id.newsgraph.ner.ConllText;

import opennlp.tools.util.Span;

/**
 * The extractor on a CoNLL file: each article becomes text ({@link ConllText}) and is extracted like any other;
 * its entity mentions are scored against the gold names at mention level (exact character span and type, the
 * conlleval rules), and its entities against the article's entity-level gold ({@link ConllGold}), as for every
 * folder {@code evaluate} reads.
 *
 * @param mentions  mention-level scores of the whole extractor over PER, ORG, LOC
 * @param entities  the entity-level report, one document per article
 */
public record ConllScoring(MentionScores mentions, EvalReport entities) {
    public static final Set<String> TYPES = Set.of("PER", "ORG", "LOC");

    public static ConllScoring score(Extractor extractor, List<ConllDocument> docs) {
        MentionScores mentions = new MentionScores(TYPES);
        List<GoldFile> golds = new ArrayList<>();
        List<ArticleFacts> facts = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            String name = String.format(Locale.ROOT, "conll_%03d.txt", i);
            ConllText text = ConllText.of(docs.get(i));
            ArticleFacts f = extractor.extract(new SourceText(name, text.text()));
            mentions.add(ConllText.goldNames(docs.get(i), text), predicted(f));
            golds.add(ConllGold.of(name, docs.get(i), text));
            facts.add(f);
        }
        return new ConllScoring(mentions, new Evaluator().evaluate(golds, facts));
    }

    /**
     * Every mention of every entity, as a character span typed PER, ORG or LOC. A nationality ("German") links to
     * its country in the graph but is a MISC name in CoNLL, not a place: it is left out here, and so is its plural
     * ("Iraqis", "Palestinians"), which the extractor links to the country the same way (GazetteerMatcher).
     */
    static List<Span> predicted(ArticleFacts f) {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        List<Span> out = new ArrayList<>();
        for (Entity e : f.entities()) {
            String type = e.type().coarse() == EntityType.PERSON ? "PER"
                    : e.type().coarse() == EntityType.ORGANIZATION ? "ORG" : "LOC";
            for (Mention m : e.mentions()) {
                if (nationality(gazetteer, m.text(), e)) {
                    continue;
                }
                out.add(new Span(m.span().begin(), m.span().end(), type));
            }
        }
        return out;
    }

    /** A nationality: a demonym, or the plural of a country's demonym that is linked to a place. */
    static boolean nationality(Gazetteer gazetteer, String text, Entity e) {
        if (gazetteer.byName(text).isPresent()) {
            return false;
        }
        if (gazetteer.byDemonym(text).isPresent()) {
            return true;
        }
        return text.length() > 4 && text.endsWith("s") && e.type().coarse() == EntityType.PLACE
                && gazetteer.byDemonym(text.substring(0, text.length() - 1))
                        .filter(g -> g.type() == EntityType.COUNTRY).isPresent();
    }
}
