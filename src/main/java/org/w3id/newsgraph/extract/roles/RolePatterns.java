package org.w3id.newsgraph.extract.roles;

import org.w3id.newsgraph.extract.text.CodePoints;
import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.coref.Referents;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.quotes.Attribution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.model.Sentence;

/**
 * The surface patterns that state a person's post, tried around every person mention of a sentence:
 * a title before the name ("French President Emmanuel Macron", "the company's chairperson Jane Doe"),
 * an apposition after it ("Jane Doe, the CEO of Acme's retail arm,") or before it ("the head of the agency,
 * Jane Doe,"), and "X, who heads Y".
 */
public final class RolePatterns {
    private static final Pattern LEADING_DET = Pattern.compile("^(?:the|a|an)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE = Pattern.compile("^[’']s?\\s+");
    private static final Pattern PREP_THE = Pattern.compile("^\\s+(?:of|at|for|with|in|on)\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHO_HEADS = Pattern.compile(
            "^\\s*,\\s*who\\s+(heads|leads|chairs|runs|founded|co-founded|directs)\\s+(?:the\\s+)?");
    private static final Map<String, String> WHO_TITLES = Map.of("heads", "head", "leads", "leader", "chairs",
            "chair", "runs", "head", "founded", "founder", "co-founded", "co-founder", "directs", "director");

    /** What may stand before an apposition's title: a closing quote mark and a reporting verb ("…,” said"). */
    private static final Pattern LEAD_VERB = Pattern.compile("^[\\s”\"]*(?:(?:" + Attribution.VERBS + ")\\s+)?");
    /** " of the NBI" after a name that a title precedes. */
    private static final Pattern OF_ORG = Pattern.compile("^,?\\s+(?:of|at|from)\\s+(?:the\\s+)?");
    /** A clause ending in a comma, maybe with an honorific that is not part of the name ("chairman, Sir"). */
    private static final Pattern APPOSITION_BEFORE = Pattern.compile(
            ",\\s*+(?:(?:Sir|Dame|Dr|Prof|Professor|Lord|Lady|Mr|Mrs|Ms|Miss)\\.?\\s++)?$");
    private static final Pattern AND = Pattern.compile("(?<!\\s)\\s++and\\s++");

    private final ArticleView view;
    private final String text;
    private final MentionIndex mentions;
    private final Referents referents;

    RolePatterns(ArticleView view) {
        this.view = view;
        this.text = view.text();
        this.mentions = view.mentions();
        this.referents = new Referents(view);
        this.homeCountry = homeCountry(view);
    }

    private final Entity homeCountry;

    /** The country the story is about: the country mentioned most often in the body (first on a tie). */
    private static Entity homeCountry(ArticleView view) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Entity best = null;
        int bestCount = 0;
        for (Hit h : view.mentions().hits()) {
            if (h.type() == EntityType.COUNTRY && view.sentenceAt(h.begin()) != null) {
                int c = counts.merge(h.key(), 1, Integer::sum);
                if (c > bestCount) {
                    bestCount = c;
                    best = h.entity();
                }
            }
        }
        return best;
    }

    /** A title and the organisation (or country) it belongs to. */
    record Post(String title, Entity org) {}

    List<Role> find() {
        Map<String, Role> out = new LinkedHashMap<>();
        for (Sentence s : view.sentences()) {
            for (Hit h : mentions.within(s.span().begin(), s.span().end())) {
                if (!h.type().isPerson()) {
                    continue;
                }
                for (Post p : completed(postsOf(h, s), h)) {
                    Role r = new Role(h.key(), p.title(), p.org() == null ? null : p.org().key(), s.span());
                    out.putIfAbsent(h.key() + "\u0000" + p.title().toLowerCase(Locale.ROOT) + "\u0000" + r.organizationKey(),
                            r);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * Splits "Deputy Prime Minister and Minister for Defence" into two posts of the same owner, and gives a
     * government post without owner the story's country and a legislator the legislature the title implies.
     */
    private List<Post> completed(List<Post> posts, Hit person) {
        List<Post> out = new ArrayList<>();
        for (Post p : posts) {
            for (String title : split(p.title())) {
                Entity org = p.org();
                if (!Titles.legislatureOf(title).isEmpty() && (org == null || org.type().isPlace())) {
                    Entity house = byName(Titles.legislatureOf(title));
                    org = house != null ? house : org;
                }
                if (org == null && homeCountry != null && Titles.isGovernment(title)) {
                    org = homeCountry;
                }
                out.add(new Post(withoutOrganization(title, org), org));
            }
        }
        return out;
    }

    /**
     * The title without its organisation, which the role names already: "professor of law at Uppsala University"
     * to "professor of law", "fellow at the Acme Institute in Omaha" to "fellow"; "CEO of Acme's retail arm"
     * stays whole (the post is in a part of the organisation).
     */
    static String withoutOrganization(String title, Entity org) {
        if (org == null) {
            return title;
        }
        List<String> names = new ArrayList<>(org.aliases());
        names.add(0, org.name());
        for (String n : names) {
            Matcher m = Pattern.compile("\\s+(?:at|of|for|with|in)\\s+(?:the\\s+)?" + Pattern.quote(n) + "(?:\\s+in\\s.*)?$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL).matcher(title);
            if (m.find() && m.start() > 0) {
                return title.substring(0, m.start());
            }
        }
        return title;
    }

    /** "founder and chief executive" gives both titles; a single title stays whole. */
    private static List<String> split(String title) {
        Matcher m = AND.matcher(title);
        if (m.find()) {
            String a = title.substring(0, m.start());
            String b = title.substring(m.end());
            Matcher tb = Titles.TITLE_AT_START.matcher(b);
            if (Titles.isTitle(a) && tb.find() && tb.start(1) == 0) {
                return List.of(a, b);
            }
        }
        return List.of(title);
    }

    private Entity byName(List<String> names) {
        for (String n : names) {
            for (Hit h : mentions.hits()) {
                if (h.entity().name().equalsIgnoreCase(n) || h.entity().aliases().stream().anyMatch(n::equalsIgnoreCase)) {
                    return h.entity();
                }
            }
        }
        return null;
    }

    private List<Post> postsOf(Hit person, Sentence s) {
        List<Post> posts = new ArrayList<>();
        int sb = s.span().begin();
        int se = s.span().end();
        premodifier(person, sb).ifPresent(posts::add);
        // apposition after the name
        String after = text.substring(person.end(), se);
        Matcher who = WHO_HEADS.matcher(after);
        if (who.find()) {
            Optional<Hit> org = mentions.startingAt(person.end() + who.end());
            if (org.isPresent() && !org.get().type().isPerson()) {
                posts.add(new Post(WHO_TITLES.get(who.group(1)), org.get().entity()));
            }
        } else if (after.matches("(?s)^\\s*,.*")) {
            int b = person.end() + after.indexOf(',') + 1;
            int e = phraseEnd(b, se);
            titlePhrase(b, e).ifPresent(posts::add);
        }
        // apposition before the name: "the head of the agency, Jane Doe,"
        String before = text.substring(sb, person.begin());
        if (APPOSITION_BEFORE.matcher(before).find()) {
            int c1 = sb + before.lastIndexOf(',');
            int c0 = text.lastIndexOf(',', c1 - 1);
            int b = c0 >= sb ? c0 + 1 : sb;
            String rest = text.substring(person.end(), Math.min(se, person.end() + 3));
            if (rest.isEmpty() || rest.startsWith(",") || rest.startsWith(" ") || rest.startsWith(".")) {
                Matcher lv = LEAD_VERB.matcher(text.substring(b, c1));
                if (lv.find()) {
                    b += lv.end();
                }
                titleBefore(b, c1).ifPresent(posts::add);
            }
        }
        return posts;
    }

    /**
     * The title phrase ending at {@code e} in a clause that may say more before it ("The hearing heard from
     * Acme's UK vice-president, Jane Doe"): the longest suffix that starts a title phrase.
     */
    private Optional<Post> titleBefore(int b, int e) {
        Optional<Post> whole = titlePhrase(b, e);
        if (whole.isPresent()) {
            return whole;
        }
        for (int i = Math.max(b + 1, e - 70); i < e; i++) {
            if (CodePoints.isSpace(text.charAt(i - 1)) && !CodePoints.isSpace(text.charAt(i))) {
                Optional<Post> p = titlePhrase(i, e);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    /** "French President Emmanuel Macron", "Y's chief executive X", "the company's chairperson X". */
    private Optional<Post> premodifier(Hit person, int sb) {
        int from = Math.max(sb, person.begin() - 80);
        String pre = text.substring(from, person.begin());
        Matcher m = Titles.TITLE_AT_END.matcher(pre);
        if (!m.find()) {
            return Optional.empty();
        }
        String title = m.group(1).strip();
        int tb = from + m.start(1);
        int q = referents.skipSpacesBack(tb, sb);
        Optional<Entity> owner = ownerEndingAt(q, sb);
        if (owner.isEmpty()) {
            // "Council leader Jane Doe", "company chairman John Doe": a kind noun stands for the organisation
            String w = referents.wordEndingAt(q, sb);
            if (w != null && q == tb - 1 && Referents.kindOf(w) != null) {
                owner = referents.antecedent(Referents.kindOf(w), q - w.length(), Set.of());
            }
        }
        if (owner.isEmpty()) {
            // "Conservative candidate Jane Doe": a party named by its adjective
            String w = referents.wordEndingAt(q, sb);
            if (w != null && q == tb - 1 && Character.isUpperCase(w.charAt(0))) {
                owner = partyOf(w);
            }
        }
        if (owner.isEmpty()) {
            // "Detective Inspector Jane Doe of the Metropolitan Police"
            Matcher of = OF_ORG.matcher(text.substring(person.end(), Math.min(text.length(), person.end() + 12)));
            if (of.find()) {
                owner = mentions.startingAt(person.end() + of.end()).filter(o -> o.type().isOrganization())
                        .map(Hit::entity);
            }
        }
        return Optional.of(new Post(title, owner.orElse(null)));
    }

    /** The political party whose name the adjective {@code w} starts ("Conservative" for the Conservative Party). */
    private Optional<Entity> partyOf(String w) {
        for (Hit h : mentions.hits()) {
            String n = h.entity().name();
            if (h.type() == EntityType.POLITICAL_ORGANIZATION
                    && (n.startsWith(w + " ") || n.equals(w + "s") || n.equals("The " + w + "s"))) {
                return Optional.of(h.entity());
            }
        }
        return Optional.empty();
    }

    /** The organisation or country named just before {@code q}: a mention, a possessive, "its", "the company's". */
    private Optional<Entity> ownerEndingAt(int q, int floor) {
        Optional<Hit> direct = mentions.endingAt(q);
        if (direct.isPresent() && direct.get().begin() >= floor && !direct.get().type().isPerson()) {
            return Optional.of(direct.get().entity());
        }
        String tail = text.substring(Math.max(floor, q - 2), q);
        int poss = tail.endsWith("’s") || tail.endsWith("'s") ? q - 2
                : tail.endsWith("’") || tail.endsWith("'") ? q - 1 : -1;
        if (poss > 0) {
            Optional<Hit> owner = mentions.endingAt(poss);
            if (owner.isPresent() && !owner.get().type().isPerson()) {
                return Optional.of(owner.get().entity());
            }
            String w = referents.wordEndingAt(poss, floor);
            if (w != null && Referents.kindOf(w) != null) {
                return referents.antecedent(Referents.kindOf(w), poss - w.length(), Set.of());
            }
            return Optional.empty();
        }
        String w = referents.wordEndingAt(q, floor);
        if (w != null && (w.equalsIgnoreCase("its") || w.equalsIgnoreCase("their"))) {
            return referents.antecedent(EntityType::isOrganization, q - w.length(), Set.of());
        }
        return Optional.empty();
    }

    /** Where an apposition ends: the next comma, semicolon, parenthesis, or the sentence end. */
    private int phraseEnd(int b, int se) {
        for (int i = b; i < se; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '(' || c == ')' || c == ':' || c == '“' || c == '"' || c == '—') {
                return i;
            }
            if (c == ' ' && (text.startsWith(" who ", i) || text.startsWith(" which ", i))) {
                return i;
            }
        }
        int e = se;
        while (e > b && (CodePoints.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) {
            e--;
        }
        return e;
    }

    /**
     * Reads [b, e) as a title phrase: "the CEO of Acme's retail arm" (whole phrase, org Acme), "the head of
     * the IMF" (title "head", org IMF), "Acme's chief executive", "its chairman".
     */
    Optional<Post> titlePhrase(int b, int e) {
        while (b < e && CodePoints.isSpace(text.charAt(b))) {
            b++;
        }
        while (e > b && CodePoints.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e - b < 2 || e - b > 90) {
            return Optional.empty();
        }
        String phrase = text.substring(b, e);
        Matcher det = LEADING_DET.matcher(phrase);
        int tb = b + (det.find() ? det.end() : 0);
        // "Acme's chief executive", "the company's chairperson", "its president"
        Optional<Hit> lead = mentions.startingAt(tb);
        Entity owner = null;
        int titleStart = tb;
        if (lead.isPresent() && lead.get().end() < e && !lead.get().type().isPerson()) {
            Matcher pm = POSSESSIVE.matcher(text.substring(lead.get().end(), e));
            if (pm.find()) {
                owner = lead.get().entity();
                titleStart = lead.get().end() + pm.end();
            } else if (lead.get().type().isOrganization() && tb > b && CodePoints.isSpace(text.charAt(lead.get().end()))) {
                // "a Huawei executive vice-president": the organisation as a noun modifier
                Matcher tm = Titles.TITLE_AT_START.matcher(text.substring(lead.get().end(), e));
                if (tm.find() && tm.start(1) == referents.skipSpaces(lead.get().end(), e) - lead.get().end()) {
                    owner = lead.get().entity();
                    titleStart = lead.get().end() + tm.start(1);
                }
            }
        } else {
            String w = referents.wordStartingAt(tb, e);
            if (w != null) {
                String lw = w.toLowerCase(Locale.ROOT);
                Matcher pm = POSSESSIVE.matcher(text.substring(tb + w.length(), e));
                if ((lw.equals("its") || lw.equals("their"))) {
                    owner = referents.antecedent(EntityType::isOrganization, tb, Set.of()).orElse(null);
                    titleStart = referents.skipSpaces(tb + w.length(), e);
                } else if (Referents.kindOf(lw) != null && pm.find()) {
                    owner = referents.antecedent(Referents.kindOf(lw), tb, Set.of()).orElse(null);
                    titleStart = tb + w.length() + pm.end();
                }
            }
        }
        Matcher tm = Titles.TITLE_AT_START.matcher(text.substring(titleStart, e));
        int region = titleStart;
        if (!tm.find() || tm.start(1) != 0) {
            // "Acme's UK vice-president": a country written before the title belongs to it
            Optional<Hit> place = mentions.startingAt(titleStart);
            if (owner == null || place.isEmpty() || !place.get().type().isPlace() || place.get().end() >= e) {
                return Optional.empty();
            }
            region = referents.skipSpaces(place.get().end(), e);
            tm = Titles.TITLE_AT_START.matcher(text.substring(region, e));
            if (!tm.find() || tm.start(1) != 0) {
                return Optional.empty();
            }
        }
        int titleEnd = region + tm.end(1);
        String title = text.substring(titleStart, titleEnd);
        String rem = text.substring(titleEnd, e);
        if (rem.isBlank()) {
            return Optional.of(new Post(title, owner));
        }
        Matcher prep = PREP_THE.matcher(rem);
        if (!prep.find()) {
            return Optional.empty();
        }
        Optional<Hit> obj = mentions.startingAt(titleEnd + prep.end());
        if (obj.isPresent() && obj.get().end() == e && !obj.get().type().isPerson() && owner == null) {
            return Optional.of(new Post(title, obj.get().entity()));
        }
        if (owner == null) {
            owner = firstOwnerIn(titleEnd, e).orElse(null);
        }
        return Optional.of(new Post(text.substring(titleStart, e), owner));
    }

    private Optional<Entity> firstOwnerIn(int b, int e) {
        List<Hit> inside = mentions.within(b, e);
        for (Hit h : inside) {
            if (h.type().isOrganization()) {
                return Optional.of(h.entity());
            }
        }
        for (Hit h : inside) {
            if (h.type().isPlace()) {
                return Optional.of(h.entity());
            }
        }
        Matcher m = Pattern.compile("\\bthe\\s+(\\p{L}+)\\b").matcher(text.substring(b, e));
        while (m.find()) {
            if (Referents.kindOf(m.group(1)) != null) {
                return referents.antecedent(Referents.kindOf(m.group(1)), b + m.start(), Set.of());
            }
        }
        return Optional.empty();
    }
}
