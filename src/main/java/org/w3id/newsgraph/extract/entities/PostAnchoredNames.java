package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.roles.Titles;
import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.model.EntityType;

/**
 * Organisations that only a post around a person names: "Zorvex spokesman Jane Doe" and "Jane Doe, manager of
 * Quandry Air". Wire sentences name small employers once, in capitals the name rules cannot type ("XBT", "Healy"),
 * so the post is the cue: capitalised words right before a title that right precedes a person, or after "TITLE
 * of (the)" in a person's apposition, are an organisation. Posts of a place ("Ohio Gov.", "Fontana Mayor") are left
 * alone: their owner is a place the gazetteer may lack (a country's president is named by a listed country). A name another rule found there is kept, except a person
 * after "TITLE of", which no post belongs to.
 */
final class PostAnchoredNames {
    private static final int MAX_WORDS = 5;
    /** Offices of a place: the capitalised words before them are most likely a town or a state. */
    private static final Set<String> PLACE_OFFICES = Set.of("mayor", "governor", "gov", "sheriff", "premier",
            "senator", "sen", "rep", "representative", "congressman", "congresswoman", "assemblyman", "assemblywoman",
            "lawmaker", "legislator", "delegate", "councillor", "councilman", "councilwoman", "alderman",
            "ambassador", "consul", "envoy", "king", "queen", "emperor", "governor-general");
    /** Words that open a sentence before a name but are none: "Former Acme executive", "Then Acme chief". */
    private static final Set<String> OPENERS = Set.of("the", "former", "then", "late", "acting", "interim", "new", "a",
            "an", "ex", "but", "and", "as", "by", "when", "while", "said", "says");
    /** Lower-case words that may join the capitalised words of one name: "Foundation for the Advancement of". */
    private static final Set<String> JOINERS = Set.of("of", "for", "and", "the", "&");
    private static final Pattern APPOSITION = Pattern.compile("^\\s*,\\s*+(?:(?:a|an|the)\\s++)?");
    private static final Pattern OF_THE = Pattern.compile("^\\s++(?:of|at)\\s++(?:the\\s++)?");

    private final TokenView v;
    private final NameLexicon lexicon;

    PostAnchoredNames(TokenView v, NameLexicon lexicon) {
        this.v = v;
        this.lexicon = lexicon;
    }

    /** The candidates (sorted by first token) with the organisations posts name added or retyped. */
    List<EntityStep.Candidate> add(List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found);
        for (EntityStep.Candidate p : found) {
            if (p.type().isPerson()) {
                before(p, out);
                after(p, out);
            }
        }
        out.sort(Comparator.comparingInt(EntityStep.Candidate::first));
        return out;
    }

    /** "Zorvex spokesman Jane Doe": the capitalised words before the title. */
    private void before(EntityStep.Candidate p, List<EntityStep.Candidate> out) {
        String text = v.fullText();
        int pb = v.token(p.first()).span().begin();
        int from = Math.max(0, pb - 80);
        Matcher m = Titles.TITLE_AT_END.matcher(text.substring(from, pb));
        if (!m.find() || placeOffice(m.group(1)) || shouted(m.group(1))) {
            return;
        }
        int tb = from + m.start(1);
        int last = tokenEndingBefore(p.first(), tb);
        if (last < 0) {
            return;
        }
        int first = last;
        while (first - 1 >= 0 && last - first + 1 < MAX_WORDS && v.sameSentence(first - 1, last) && v.isCap(first - 1)
                && !v.text(first - 1).endsWith(".")) {
            first--;
        }
        while (first <= last && OPENERS.contains(v.text(first).toLowerCase(Locale.ROOT))) {
            first++;
        }
        if (first > last || !v.isCap(last) || !names(first, last)
                || first > 0 && v.sameSentence(first - 1, first) && covered(out, first - 1, first - 1)) {
            return; // "U.S. Bankruptcy Judge": a name's second half
        }
        EntityStep.Candidate place = placeAtStart(out, first, last);
        if (place != null) {
            // "Delmarva Highway Patrol officer": a place and two more words name the place's own body
            out.remove(place);
        } else if (covered(out, first, last)) {
            return;
        }
        if (first == last && !v.isAllCaps(first) && (lexicon.isCommonWord(v.text(first)) || v.seenLowerCase(v.text(first)))
                || "ADJ".equals(v.pos(last)) && !v.isAllCaps(last)) {
            return; // "Yesterday spokesman", "Democratic candidate": an ordinary word or an adjective
        }
        out.add(organization(first, last));
    }

    /** "Jane Doe, manager of Quandry Air": the capitalised words after "TITLE of (the)". */
    private void after(EntityStep.Candidate p, List<EntityStep.Candidate> out) {
        String text = v.fullText();
        int pe = v.token(p.last()).span().end();
        int se = sentenceEnd(p.last());
        String rest = text.substring(pe, se);
        Matcher ap = APPOSITION.matcher(rest);
        if (!ap.find()) {
            return;
        }
        Matcher t = Titles.TITLE_AT_START.matcher(rest.substring(ap.end()));
        if (!t.find() || t.start(1) != 0 || placeOffice(t.group(1)) || shouted(t.group(1))) {
            return;
        }
        int q = pe + ap.end() + t.end(1);
        Matcher of = OF_THE.matcher(text.substring(q, se));
        if (!of.find()) {
            return;
        }
        int first = tokenStartingAt(p.last() + 1, q + of.end());
        if (first < 0 || !v.isCap(first)) {
            return;
        }
        int last = first;
        int k = first + 1;
        while (k < v.size() && v.sameSentence(first, k) && k - first < MAX_WORDS + 2) {
            if (v.isCap(k)) {
                last = k;
            } else if (!JOINERS.contains(v.text(k).toLowerCase(Locale.ROOT))) {
                break;
            }
            k++;
        }
        if (!names(first, last) || last + 2 < v.size() && v.sameSentence(first, last + 2)
                && v.text(last + 1).equals("in") && v.isCap(last + 2)) {
            return; // "of the Organisation for Security and Cooperation in Europe": where the name ends is unclear
        }
        // pieces of the name the rules found ("Air" read as a person) give way; a listed name stays
        List<EntityStep.Candidate> pieces = new ArrayList<>();
        for (EntityStep.Candidate c : out) {
            if (c.first() <= last && c.last() >= first) {
                if (c.first() < first || c.last() > last || c.gazetteerId() != null || !c.type().isPerson()
                        && c.first() == first && c.last() == last) {
                    return;
                }
                pieces.add(c);
            }
        }
        out.removeAll(pieces);
        out.add(organization(first, last));
    }

    /** Whether a place's own office: a government post or one of {@link #PLACE_OFFICES}. */
    private static boolean placeOffice(String title) {
        String t = title.strip().toLowerCase(Locale.ROOT).replace(".", "");
        String head = t.substring(t.lastIndexOf(' ') + 1);
        // a company has a president too: only the other national posts say "place"
        return Titles.isGovernmentPost(t) && !head.equals("president") || PLACE_OFFICES.contains(head);
    }

    /** A title in capitals ("SPECIALIST"): a headline shouts, and its capitals say nothing of names. */
    private static boolean shouted(String title) {
        return title.length() > 3 && title.equals(title.toUpperCase(Locale.ROOT));
    }

    /** Words of a name: no calendar word, no title, no possessive, no lone given name. */
    private boolean names(int first, int last) {
        for (int k = first; k <= last; k++) {
            String w = v.text(k);
            if (v.isPossessive(k) || NameLexicon.isCalendar(w) || NameLexicon.isTitle(w)) {
                return false;
            }
        }
        return !(first == last && lexicon.isGivenName(v.text(first)));
    }

    /** The one place found at the start of [first, last] when two or more words of it follow unfound, else null. */
    private static EntityStep.Candidate placeAtStart(List<EntityStep.Candidate> found, int first, int last) {
        List<EntityStep.Candidate> in = found.stream().filter(c -> c.first() <= last && c.last() >= first).toList();
        if (in.size() != 1) {
            return null;
        }
        EntityStep.Candidate c = in.get(0);
        return c.type().isPlace() && c.first() == first && last - c.last() >= 2 ? c : null;
    }

    private EntityStep.Candidate organization(int first, int last) {
        return new EntityStep.Candidate(first, last, v.token(first).sentence(), v.written(first, last),
                EntityType.ORGANIZATION, 2, null, null, false, false);
    }

    private static boolean covered(List<EntityStep.Candidate> found, int first, int last) {
        return found.stream().anyMatch(c -> c.first() <= last && c.last() >= first);
    }

    /** The token ending right before offset {@code b} (only white space between), searching back from {@code k}. */
    private int tokenEndingBefore(int k, int b) {
        for (int i = k - 1; i >= 0 && v.token(i).span().end() >= b - 2; i--) {
            if (v.token(i).span().end() <= b && v.fullText().substring(v.token(i).span().end(), b).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private int tokenStartingAt(int k, int b) {
        for (int i = k; i < v.size() && v.token(i).span().begin() <= b; i++) {
            if (v.token(i).span().begin() == b) {
                return i;
            }
        }
        return -1;
    }

    private int sentenceEnd(int k) {
        int i = k;
        while (i + 1 < v.size() && v.sameSentence(k, i + 1)) {
            i++;
        }
        return v.token(i).span().end();
    }
}
