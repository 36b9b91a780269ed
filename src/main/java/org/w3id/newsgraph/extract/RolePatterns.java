package org.w3id.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.MentionIndex.Hit;
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
final class RolePatterns {
    private static final Pattern LEADING_DET = Pattern.compile("^(?:the|a|an)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE = Pattern.compile("^[’']s?\\s+");
    private static final Pattern PREP_THE = Pattern.compile("^\\s+(?:of|at|for|with|in)\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHO_HEADS = Pattern.compile(
            "^\\s*,\\s*who\\s+(heads|leads|chairs|runs|founded|co-founded|directs)\\s+(?:the\\s+)?");
    private static final Map<String, String> WHO_TITLES = Map.of("heads", "head", "leads", "leader", "chairs",
            "chair", "runs", "head", "founded", "founder", "co-founded", "co-founder", "directs", "director");

    private final ArticleView view;
    private final String text;
    private final MentionIndex mentions;
    private final Referents referents;

    RolePatterns(ArticleView view) {
        this.view = view;
        this.text = view.text();
        this.mentions = view.mentions();
        this.referents = new Referents(view);
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
                for (Post p : postsOf(h, s)) {
                    Role r = new Role(h.key(), p.title(), p.org() == null ? null : p.org().key(), s.span());
                    out.putIfAbsent(h.key() + "\u0000" + p.title().toLowerCase(Locale.ROOT) + "\u0000" + r.organizationKey(),
                            r);
                }
            }
        }
        return List.copyOf(out.values());
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
        if (before.matches("(?s).*,\\s*$")) {
            int c1 = sb + before.lastIndexOf(',');
            int c0 = text.lastIndexOf(',', c1 - 1);
            int b = c0 >= sb ? c0 + 1 : sb;
            String rest = text.substring(person.end(), Math.min(se, person.end() + 3));
            if (rest.isEmpty() || rest.startsWith(",") || rest.startsWith(" ") || rest.startsWith(".")) {
                titlePhrase(b, c1).ifPresent(posts::add);
            }
        }
        return posts;
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
        return Optional.of(new Post(title, ownerEndingAt(q, sb).orElse(null)));
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
        }
        int e = se;
        while (e > b && (Referents.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) {
            e--;
        }
        return e;
    }

    /**
     * Reads [b, e) as a title phrase: "the CEO of Acme's retail arm" (whole phrase, org Acme), "the head of
     * the IMF" (title "head", org IMF), "Acme's chief executive", "its chairman".
     */
    Optional<Post> titlePhrase(int b, int e) {
        while (b < e && Referents.isSpace(text.charAt(b))) {
            b++;
        }
        while (e > b && Referents.isSpace(text.charAt(e - 1))) {
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
        if (!tm.find() || tm.start(1) != 0) {
            return Optional.empty();
        }
        int titleEnd = titleStart + tm.end(1);
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
