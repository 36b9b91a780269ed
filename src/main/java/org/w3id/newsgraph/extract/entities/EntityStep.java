package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Token;
import org.w3id.newsgraph.ner.NameModel;
import org.w3id.newsgraph.pipeline.AnnotationKey;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Step;

/**
 * Finds the people, organisations and places named in the body sentences. Per sentence, first the gazetteer
 * (longest match first, names, aliases and demonyms, "US Senate"-style country + institution compounds), then
 * names the gazetteer lacks, found from capitalisation and typed by context ({@link NameTyper}). Finally
 * {@link EntityResolver} groups the mentions of one referent (surnames, acronyms, "The X", company suffixes).
 */
public final class EntityStep implements Step {
    private final Gazetteer gazetteer;
    private final NameLexicon lexicon;
    private final ModelNameJoin model;
    private final GazetteerMatcher matcher;
    private final NameDiscovery discovery;
    private final NeighbourTypes neighbours;

    public EntityStep(Gazetteer gazetteer, NameLexicon lexicon) {
        this(gazetteer, lexicon, NameModel.bundled());
    }

    /** With the statistical name model (null: the rules alone). */
    public EntityStep(Gazetteer gazetteer, NameLexicon lexicon, NameModel names) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.model = new ModelNameJoin(names);
        this.matcher = new GazetteerMatcher(gazetteer, lexicon);
        this.discovery = new NameDiscovery(gazetteer, lexicon);
        this.neighbours = new NeighbourTypes(gazetteer);
    }

    @Override
    public Set<AnnotationKey<?>> requires() {
        return Set.of(Annotations.SENTENCES, Annotations.TOKENS);
    }

    @Override
    public Set<AnnotationKey<?>> provides() {
        return Set.of(Annotations.ENTITIES);
    }

    /**
     * One name occurrence: tokens [first, last] (indices into the document's token list), typed by its cue.
     * {@code generic}: counts only beside other mentions; {@code thing}: the name of a product, craft or
     * programme ("the Hera spacecraft"), which vetoes an unknown name altogether.
     */
    record Candidate(int first, int last, int sentence, String surface, EntityType type, int strength,
            String gazetteerId, String group, boolean generic, boolean thing) {}

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Token> tokens = document.get(Annotations.TOKENS);
        TokenView view = new TokenView(text, tokens);
        List<Candidate> found = new ArrayList<>();
        int start = 0;
        for (Sentence s : document.get(Annotations.SENTENCES)) {
            int end = start;
            while (end < tokens.size() && tokens.get(end).sentence() == s.index()) {
                end++;
            }
            boolean[] used = new boolean[end - start];
            matcher.match(view, start, end, used, found);
            discovery.discover(view, start, end, used, found);
            start = end;
        }
        found.sort((a, b) -> Integer.compare(a.first(), b.first()));
        NeighbourTypes.coordinatePersons(view, found);
        neighbours.placeAfterPlace(view, found);
        found = NameRepairs.apply(view, lexicon, gazetteer, model.join(view, found));
        List<Entity> entities = new EntityResolver(gazetteer).resolve(view, found);
        return document.with(Annotations.ENTITIES, entities);
    }

    /** "NEW YORK" to "New York". */
    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean first = true;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            sb.append(first ? c : Character.toLowerCase(c));
            first = !Character.isLetter(c);
        }
        return sb.toString();
    }
}
