package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;
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
    private final NameStarts starts;

    public EntityStep(Gazetteer gazetteer, NameLexicon lexicon) {
        this(gazetteer, lexicon, NameModel.bundled());
    }

    /** With the statistical name model (null: the rules alone). */
    public EntityStep(Gazetteer gazetteer, NameLexicon lexicon, NameModel names) {
        this.gazetteer = gazetteer;
        this.starts = new NameStarts(gazetteer);
        this.lexicon = lexicon;
        this.model = new ModelNameJoin(names);
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
            matchGazetteer(view, start, end, used, found);
            discover(view, start, end, used, found);
            start = end;
        }
        found.sort((a, b) -> Integer.compare(a.first(), b.first()));
        coordinatePersons(view, found);
        placeAfterPlace(view, found);
        found = NameRepairs.apply(view, lexicon, gazetteer, model.join(view, found));
        List<Entity> entities = new EntityResolver(gazetteer).resolve(view, found);
        return document.with(Annotations.ENTITIES, entities);
    }

    private void matchGazetteer(TokenView v, int start, int end, boolean[] used, List<Candidate> out) {
        int maxLen = gazetteer.maxNameTokens() * 2 + 1; // tokenisation may split more finely than spaces
        for (int i = start; i < end; i++) {
            if (used[i - start] || !v.startsWord(i) || !starts.mayStart(v.text(i))) {
                continue; // no gazetteer key begins with this token: none of its n-grams can match
            }
            GazetteerEntry entry = null;
            boolean demonym = false;
            int j = -1;
            for (int len = Math.min(maxLen, end - i); len >= 1 && entry == null; len--) {
                int last = i + len - 1;
                if (v.isPossessive(last) || !v.startsWord(last)) {
                    continue;
                }
                String surface = v.surface(i, last);
                Optional<GazetteerEntry> e = gazetteer.byName(surface);
                if (e.isEmpty() && v.isAllCaps(i) && v.isInitial(i)) {
                    // an upper-case dateline: "PARIS (AP) -", "WASHINGTON, March 3"; only places, as "US" or "IT"
                    // in capitals are acronyms, not title-cased words
                    e = gazetteer.byName(titleCase(surface)).filter(g -> g.type().isPlace() && surface.length() >= 4);
                }
                if (e.isPresent()) {
                    entry = e.get();
                    j = last;
                } else if (len <= 3) {
                    e = gazetteer.byDemonym(surface);
                    if (e.isEmpty() && surface.length() > 4 && surface.endsWith("s")) {
                        // people of a country: "Americans", "Germans"
                        e = gazetteer.byDemonym(surface.substring(0, surface.length() - 1))
                                .filter(g -> g.type() == EntityType.COUNTRY);
                    }
                    if (e.isPresent()) {
                        entry = e.get();
                        demonym = true;
                        j = last;
                    }
                }
            }
            if (entry == null) {
                continue;
            }
            if (entry.type().isPlace() && insideOrganizationName(v, i, start)) {
                continue; // "University of Bristol", "Institute for China Studies": discovery takes the whole name
            }
            int sentence = v.token(i).sentence();
            int inst = entry.type().isPlace() ? institutionAfter(v, j, end) : -1;
            if (inst >= 0) {
                String phrase = v.surface(j + 1, inst);
                out.add(new Candidate(i, inst, sentence, v.written(i, inst), EntityType.GOVERNMENT_BODY, 3, null,
                        "gov:" + entry.id() + ":" + NameLexicon.lower(phrase), false, false));
                mark(used, start, i, inst);
                i = inst;
                continue;
            }
            if (inst < 0 && entry.type().isPlace() && !demonym && organizationNameAfter(v, j, end)) {
                continue; // "Manchester Crown Court", "Edinburgh Napier University": discovery takes the whole name
            }
            boolean party = entry.type() == EntityType.POLITICAL_ORGANIZATION;
            if (demonym && !party && j + 1 < end && v.isCap(j + 1) && !NameLexicon.isTitle(v.text(j + 1))
                    && gazetteer.byName(v.text(j + 1)).isEmpty() && !lexicon.isGivenName(v.text(j + 1))) {
                continue; // part of a longer name ("British Airways"): discovery takes it; not "Swede Elin X"
            }
            if (entry.type().isOrganization() && !demonym) {
                int k = j;
                while (k + 1 < end && !used[k + 1 - start] && v.isCap(k + 1) && extendsName(v, k + 1)) {
                    k++;
                }
                if (k > j && (NameTyper.isDigitToken(v, k + 1) || NameTyper.THINGS.contains(NameLexicon.lower(v.text(k + 1))))) {
                    k = j; // "a SpaceX Falcon 9 rocket": the company, then its product
                }
                if (k > j) {
                    out.add(new Candidate(i, k, sentence, v.written(i, k), entry.type(), 2, null, null, false, false));
                    mark(used, start, i, k);
                    i = k;
                    continue;
                }
            }
            // "European", "Asian": a continent's or city's adjective is a scope, not a mention of the place; it
            // counts only beside a real mention. Country adjectives ("German Chancellor") do name the country, and
            // party adjectives ("Conservative candidate X", "Labour's X") the party.
            if (demonym && party && i == j && v.isInitial(i) && lexicon.isCommonWord(v.text(i)) && !v.isPossessive(j + 1)
                    && !NameLexicon.PERSON_CUES.contains(NameLexicon.lower(v.text(j + 1)))) {
                continue; // "Labour shortages are ...", "Conservative estimates put ...": ordinary words
            }
            boolean scopeOnly = demonym && entry.type() != EntityType.COUNTRY && !party;
            out.add(new Candidate(i, j, sentence, v.written(i, j), entry.type(), 3, entry.id(), null, scopeOnly, false));
            mark(used, start, i, j);
            i = j;
        }
    }

    /** A place right after a capitalised organisation keyword and "of"/"for": "University of Bristol". */
    private static boolean insideOrganizationName(TokenView v, int i, int start) {
        return i - 2 >= start && NameLexicon.ORG_CONNECTORS.contains(v.text(i - 1)) && !v.text(i - 1).equals("and")
                && v.isCap(i - 2) && NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(i - 2)))
                && v.sameSentence(i - 2, i);
    }

    /**
     * Capitalised words right after a place that end in an organisation keyword ("Manchester Crown Court"): the
     * place names an organisation, not itself. Six words at most: an unbounded look made "U.S. U.S. ..." quadratic.
     */
    private static boolean organizationNameAfter(TokenView v, int j, int end) {
        for (int k = j + 1; k < Math.min(end, j + 7) && v.isCap(k) && !NameLexicon.isCalendar(v.text(k)); k++) {
            if (NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(k)))) {
                return true;
            }
        }
        return false;
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

    private boolean extendsName(TokenView v, int k) {
        String w = v.text(k);
        return !NameLexicon.isTitle(w) && !NameLexicon.isCalendar(w) && !NameLexicon.isStop(w)
                && gazetteer.byName(w).isEmpty() && gazetteer.byDemonym(w).isEmpty() && !v.isPossessive(k);
    }

    /** The last token of an institution phrase right after token {@code j} ("Senate", "government"), or -1. */
    private static int institutionAfter(TokenView v, int j, int end) {
        if (j + 2 < end && NameLexicon.INSTITUTIONS.contains(NameLexicon.lower(v.text(j + 1) + " " + v.text(j + 2)))
                && v.isCap(j + 1)) {
            return j + 2;
        }
        if (j + 1 < end) {
            String w = NameLexicon.lower(v.text(j + 1));
            if (NameLexicon.INSTITUTIONS.contains(w)
                    && (v.isCap(j + 1) || w.equals("government") || w.equals("parliament") || w.equals("embassy"))) {
                return j + 1;
            }
        }
        return -1;
    }

    private static void mark(boolean[] used, int start, int from, int to) {
        for (int k = from; k <= to; k++) {
            used[k - start] = true;
        }
    }

    private void discover(TokenView v, int start, int end, boolean[] used, List<Candidate> out) {
        NameTyper typer = new NameTyper(v, lexicon, gazetteer);
        int k = start;
        while (k < end) {
            if (used[k - start] || !v.isCap(k) || v.isPossessive(k)) {
                k++;
                continue;
            }
            int s = k;
            int e = k;
            boolean orgKw = NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(k)));
            boolean commaList = false;
            while (true) {
                int nx = e + 1;
                if (nx < end && !used[nx - start] && v.isCap(nx) && !v.isPossessive(nx)) {
                    e = nx;
                    orgKw |= NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(nx)));
                    continue;
                }
                if (nx + 1 < end && !used[nx + 1 - start] && v.isCap(nx + 1) && !NameLexicon.isCalendar(v.text(nx + 1))) {
                    String c = v.text(nx);
                    // "Health and Social Care"; after a comma list, one word will do: "Science, Innovation and Technology"
                    boolean andJoins = !c.equals("and") || nx + 2 < end && v.isCap(nx + 2) || commaList;
                    if (c.equals("&") || orgKw && andJoins && NameLexicon.ORG_CONNECTORS.contains(c)) {
                        e = nx + 1;
                        orgKw |= NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(nx + 1)));
                        continue;
                    }
                }
                if (orgKw && nx + 3 < end && v.text(nx).equals(",") && v.isCap(nx + 1) && !used[nx + 1 - start]
                        && connectorInside(v, s, e) && listContinues(v, nx + 1, end)) {
                    e = nx + 1; // "Department for Science, Innovation and Technology"
                    commaList = true;
                    continue;
                }
                if (nx + 1 < end && v.isPossessive(nx) && lexicon.isCommonWord(v.text(e)) && v.isCap(nx + 1)
                        && !used[nx + 1 - start] && organizationNameAfter(v, nx, end)) {
                    e = nx + 1; // "the Women's Tennis Association", "the People's Bank of China"
                    orgKw = true;
                    continue;
                }
                if (nx + 1 < end && isHyphen(v.text(nx)) && v.glued(e, nx) && v.glued(nx, nx + 1) && v.isCap(nx + 1)
                        && !used[nx + 1 - start]) {
                    e = nx + 1; // a double-barrelled name split by the tokenizer: "Okafor-Hale"
                    continue;
                }
                if (nx + 1 < end && v.text(nx).equals(".") && v.text(e).length() == 1 && v.isCap(e) && v.isCap(nx + 1)
                        && !used[nx + 1 - start]) {
                    e = nx + 1; // a middle initial: "Arthur C. Brooks"
                    continue;
                }
                int p = nx;
                while (p < end && !orgKw && NameLexicon.NAME_PARTICLES.contains(v.text(p))) {
                    p++; // "von der Leyen"
                }
                if (p > nx && p < end && !used[p - start] && v.isCap(p)) {
                    e = p;
                    continue;
                }
                break;
            }
            out.addAll(typer.split(s, e));
            k = e + 1;
        }
    }

    /** The run so far has "for" or "of" after an organisation word: "Department for Science". */
    private static boolean connectorInside(TokenView v, int s, int e) {
        for (int k = s + 1; k < e; k++) {
            String w = v.text(k);
            if ((w.equals("for") || w.equals("of")) && NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** From a capitalised word after a comma, more capitalised words and commas lead to "and" + a capitalised word. */
    private static boolean listContinues(TokenView v, int k, int end) {
        while (k < end && (v.isCap(k) || v.text(k).equals(","))) {
            k++;
        }
        return k + 1 < end && v.text(k).equals("and") && v.isCap(k + 1) && v.sameSentence(k, k + 1);
    }

    private static boolean isHyphen(String w) {
        return w.equals("-") || w.equals("‑") || w.equals("‐");
    }

    /**
     * "John Doe and Jane Roe", "A, B and C": a weakly typed full name listed with a person is a person.
     */
    private static void coordinatePersons(TokenView v, List<Candidate> found) {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i + 1 < found.size(); i++) {
                Candidate a = found.get(i);
                Candidate b = found.get(i + 1);
                String between = b.first() == a.last() + 2 ? v.text(a.last() + 1) : "";
                if (!between.equals("and") && !between.equals(",") || !v.sameSentence(a.last(), b.first())) {
                    continue;
                }
                if (personLike(a) && b.type() != EntityType.PERSON && weakFullName(b)) {
                    found.set(i + 1, retype(b));
                } else if (personLike(b) && a.type() != EntityType.PERSON && weakFullName(a)) {
                    found.set(i, retype(a));
                }
            }
        }
    }

    /**
     * Weakly typed names beside a place are places: "Lansing, Michigan" (a single name right after a place and a
     * comma), "Bramhall, Greater Manchester" (a single name right before a comma and a listed region or country),
     * and names listed with a place ("in Yorkshire, the North East and the Midlands").
     */
    private void placeAfterPlace(TokenView v, List<Candidate> found) {
        for (int i = 0; i + 1 < found.size(); i++) {
            Candidate a = found.get(i);
            Candidate b = found.get(i + 1);
            if (!v.sameSentence(a.last(), b.first())) {
                continue;
            }
            boolean comma = b.first() == a.last() + 2 && v.text(a.last() + 1).equals(",");
            if (a.type().isPlace() && comma && weak(b) && b.first() == b.last()) {
                found.set(i + 1, asPlace(b));
            } else if (comma && weak(a) && a.first() == a.last() && b.gazetteerId() != null
                    && (b.type() == EntityType.REGION || b.type() == EntityType.COUNTRY)) {
                found.set(i, asPlace(a));
            } else if (listed(v, a, b)) {
                if (namedPlace(a) && weakOrThe(v, b)) {
                    found.set(i + 1, asPlace(b));
                } else if (namedPlace(b) && weakOrThe(v, a)) {
                    found.set(i, asPlace(a));
                }
            }
        }
    }

    /** A listed place named by its name, not by an adjective ("the German logistics company DHL"). */
    private boolean namedPlace(Candidate c) {
        return c.type().isPlace() && (c.gazetteerId() == null || gazetteer.byName(c.surface()).isPresent());
    }

    /** Weak, or typed only by the article before it ("the Midlands"). */
    private static boolean weakOrThe(TokenView v, Candidate c) {
        return weak(c) || c.gazetteerId() == null && c.group() == null && c.strength() == 2 && !c.type().isPlace()
                && v.text(c.first() - 1).equals("the") && c.type() == EntityType.ORGANIZATION;
    }

    /** "A, B", "A and B", "A, the B", "A and the B", "A or B". */
    private static boolean listed(TokenView v, Candidate a, Candidate b) {
        int k = a.last() + 1;
        String w = v.text(k);
        if (!w.equals(",") && !w.equals("and") && !w.equals("or")) {
            return false;
        }
        if (v.text(k + 1).equals("the")) {
            k++;
        }
        return b.first() == k + 1;
    }

    private static boolean weak(Candidate c) {
        return c.gazetteerId() == null && c.group() == null && c.strength() <= 1 && !c.type().isPlace();
    }

    private static Candidate asPlace(Candidate c) {
        return new Candidate(c.first(), c.last(), c.sentence(), c.surface(), EntityType.PLACE, 2, null, null, false,
                false);
    }

    private static boolean personLike(Candidate c) {
        return c.type() == EntityType.PERSON && c.strength() >= 2 && c.gazetteerId() == null;
    }

    private static boolean weakFullName(Candidate c) {
        return c.gazetteerId() == null && c.group() == null && c.strength() <= 1 && c.surface().split(" ").length >= 2;
    }

    private static Candidate retype(Candidate c) {
        return new Candidate(c.first(), c.last(), c.sentence(), c.surface(), EntityType.PERSON, 2, null, null, false, false);
    }

}
