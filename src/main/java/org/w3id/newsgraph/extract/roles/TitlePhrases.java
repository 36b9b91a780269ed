package org.w3id.newsgraph.extract.roles;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.coref.Referents;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.extract.text.CodePoints;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.roles.RolePatterns.Post;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;

/**
 * Reads a stretch of text as a title phrase that names a post or a membership: "the CEO of Acme's retail arm",
 * "the head of the IMF", "Acme's chief executive", "its chairman", "a Tokyo University professor", "Rabin's
 * spokesman at the Defense Ministry", "a top official of the Acme Federation" (a membership: empty title).
 */
final class TitlePhrases {
    private static final Pattern LEADING_DET = Pattern.compile("^(?:the|a|an|another|one\\s+of\\s+the)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Words that may stand before an organisation used as a noun modifier ("a former Acme engineer"). */
    private static final Pattern BEFORE_ORG = Pattern.compile("^(?:former|then|longtime|veteran|top|senior)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE = Pattern.compile("^[’']s?\\s+");
    private static final Pattern PREP_THE = Pattern.compile("^\\s+(?:of|at|for|with|in|on)\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEMBER_AT_START = Pattern.compile("^(" + Titles.MEMBER + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** How far around a comma a name holding it is looked for. */
    private static final int MAX_NAME = 80;

    private final String text;
    private final MentionIndex mentions;
    private final Referents referents;
    private final PostOwners owners;

    TitlePhrases(ArticleView view, Referents referents, PostOwners owners) {
        this.text = view.text();
        this.mentions = view.mentions();
        this.referents = referents;
        this.owners = owners;
    }

    /**
     * The title phrase ending at {@code e} in a clause that may say more before it ("The hearing heard from
     * Acme's UK vice-president, Jane Doe"): the longest suffix that starts a title phrase.
     */
    Optional<Post> before(int b, int e) {
        Optional<Post> whole = read(b, e);
        if (whole.isPresent()) {
            return whole;
        }
        for (int i = Math.max(b + 1, e - 70); i < e; i++) {
            if (CodePoints.isSpace(text.charAt(i - 1)) && !CodePoints.isSpace(text.charAt(i))) {
                Optional<Post> p = read(i, e);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    /** Where an apposition ends: the next comma, semicolon, parenthesis, or the sentence end. */
    int phraseEnd(int b, int se) {
        for (int i = b; i < se; i++) {
            char c = text.charAt(i);
            if (c == ',' && insideName(i)) {
                continue; // "president of the Federation of State, County and Municipal Workers"
            }
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
     * Whether an organisation's name runs across position i. A place's comma ("in Washington, D.C.") still ends
     * the phrase: what follows it is the sentence, not the title.
     */
    private boolean insideName(int i) {
        return mentions.within(Math.max(0, i - MAX_NAME), Math.min(text.length(), i + MAX_NAME)).stream()
                .anyMatch(h -> h.begin() < i && h.end() > i + 1 && h.type().isOrganization());
    }

    /** Reads [b, e) as a title phrase, or nothing when it is not one. */
    Optional<Post> read(int b, int e) {
        while (b < e && CodePoints.isSpace(text.charAt(b))) {
            b++;
        }
        while (e > b && CodePoints.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e - b < 2 || e - b > 90) {
            return Optional.empty();
        }
        Matcher det = LEADING_DET.matcher(text.substring(b, e));
        int tb = b + (det.find() ? det.end() : 0);
        Matcher skip = BEFORE_ORG.matcher(text.substring(tb, e));
        int ob = skip.find() && mentions.startingAt(tb + skip.end()).isPresent() ? tb + skip.end() : tb;
        Entity owner = null;
        int titleStart = tb;
        Optional<Hit> lead = mentions.startingAt(ob);
        if (lead.isPresent() && lead.get().end() < e) {
            Hit l = lead.get();
            Matcher pm = POSSESSIVE.matcher(text.substring(l.end(), e));
            if (pm.find()) {
                // "Acme's chief executive"; "Rabin's spokesman at the ministry" (a person's: the post is elsewhere)
                // a one-word person is often a company's short name tagged wrongly ("Veloxa's CFO")
                owner = !l.type().isPerson() ? l.entity()
                        : owners.organisationNamedFirst(text.substring(l.begin(), l.end())).orElse(null);
                titleStart = l.end() + pm.end();
            } else if (!l.type().isPerson() && CodePoints.isSpace(text.charAt(l.end()))) {
                // "a Huawei executive vice-president", "Tokyo University professor": the organisation as a modifier
                int after = referents.skipSpaces(l.end(), e);
                if (startsPost(after, e)) {
                    owner = l.entity();
                    titleStart = after;
                }
            }
        } else {
            String w = referents.wordStartingAt(tb, e);
            if (w != null) {
                String lw = w.toLowerCase(Locale.ROOT);
                Matcher pm = POSSESSIVE.matcher(text.substring(tb + w.length(), e));
                if (lw.equals("its") || lw.equals("their")) {
                    owner = referents.antecedent(EntityType::isOrganization, tb, Set.of()).orElse(null);
                    titleStart = referents.skipSpaces(tb + w.length(), e);
                } else if (pm.find() && owners.organisationNamedFirst(w).isPresent()) {
                    owner = owners.organisationNamedFirst(w).get(); // "Acme's chief executive": Acme Stores
                    titleStart = tb + w.length() + pm.end();
                } else if (Referents.kindOf(lw) != null && pm.reset().find()) {
                    owner = referents.antecedent(Referents.kindOf(lw), tb, Set.of()).orElse(null);
                    titleStart = tb + w.length() + pm.end();
                }
            }
        }
        Optional<Post> post = titled(titleStart, e, owner);
        return post.isPresent() ? post : member(b, e);
    }

    /** True when a title or a membership noun starts exactly at {@code p}. */
    private boolean startsPost(int p, int e) {
        String rest = text.substring(p, e);
        Matcher tm = Titles.TITLE_AT_START.matcher(rest);
        Matcher mm = MEMBER_AT_START.matcher(rest);
        return tm.find() && tm.start(1) == 0 || mm.find();
    }

    private Optional<Post> titled(int titleStart, int e, Entity owner) {
        Matcher tm = Titles.TITLE_AT_START.matcher(text.substring(titleStart, e));
        int region = titleStart;
        if (!tm.find() || tm.start(1) != 0) {
            // "Acme's UK vice-president": a country written before the title belongs to it
            Optional<Hit> place = mentions.startingAt(titleStart);
            if (owner == null || place.isEmpty() || !place.get().type().isPlace() || place.get().end() >= e) {
                return membership(titleStart, e, owner);
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
            owner = owners.firstIn(titleEnd, e).orElse(null);
        }
        return Optional.of(new Post(text.substring(titleStart, e), owner));
    }

    /** "official", "employee of Acme", "staff member at Acme": a membership when an organisation is named. */
    private Optional<Post> membership(int start, int e, Entity owner) {
        Matcher mm = MEMBER_AT_START.matcher(text.substring(start, e));
        if (!mm.find()) {
            return Optional.empty();
        }
        int end = start + mm.end(1);
        String rem = text.substring(end, e);
        Entity org = owner;
        if (org == null && !rem.isBlank()) {
            Matcher prep = PREP_THE.matcher(rem);
            if (!prep.find()) {
                return Optional.empty();
            }
            org = owners.firstIn(end, e).filter(o -> o.type().isOrganization()).orElse(null);
        } else if (!rem.isBlank() && !PREP_THE.matcher(rem).find()) {
            return Optional.empty();
        }
        return org == null ? Optional.empty() : Optional.of(new Post("", org));
    }

    /** A membership noun phrase with its determiner: "a senior official of Acme". */
    private Optional<Post> member(int b, int e) {
        Matcher det = LEADING_DET.matcher(text.substring(b, e));
        return membership(b + (det.find() ? det.end() : 0), e, null);
    }
}
