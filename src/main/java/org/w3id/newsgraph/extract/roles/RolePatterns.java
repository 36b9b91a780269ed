package org.w3id.newsgraph.extract.roles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.coref.Referents;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.extract.text.CodePoints;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.quotes.Attribution;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.model.Sentence;

/**
 * The surface patterns that state a person's post or membership, tried around every person mention of a
 * sentence: a title before the name ("French President Emmanuel Macron", "Acme official Jane Doe"), an apposition
 * after it ("Jane Doe, the CEO of Acme's retail arm,") or before it ("the head of the agency, Jane Doe,"), a
 * copula ("Jane Doe is a former Acme engineer"), "X, who heads Y", and "X of Y" ({@link Memberships}).
 */
final class RolePatterns {
    private static final Pattern WHO_HEADS = Pattern.compile("^\\s*,\\s*who\\s+(heads|headed|leads|led|chairs|chaired|"
            + "runs|ran|founded|co-founded|directs|directed|owns|owned)\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+)?");
    private static final Map<String, String> WHO_TITLES = Map.ofEntries(Map.entry("heads", "head"),
            Map.entry("headed", "head"), Map.entry("leads", "leader"), Map.entry("led", "leader"),
            Map.entry("chairs", "chair"), Map.entry("chaired", "chair"), Map.entry("runs", "head"),
            Map.entry("ran", "head"), Map.entry("founded", "founder"), Map.entry("co-founded", "co-founder"),
            Map.entry("directs", "director"), Map.entry("directed", "director"), Map.entry("owns", "owner"),
            Map.entry("owned", "owner"));
    /** An age or a US party-and-state tag between a name and its apposition ("Jane Doe, 54,", "Sen. Doe, D-Ohio,"). */
    private static final Pattern AGE_OR_PARTY = Pattern.compile("^\\s*,\\s*(?:\\d{1,3}|[DRI]-[\\p{L}.]+)\\s*(?=,)");
    /** A copula or an appointment between a name and its post: "is a former", "has been named", ", who will be". */
    private static final Pattern COPULA = Pattern.compile("^(?:\\s*+,\\s*+|\\s++)(?:who\\s++)?(?:(?:is|was|has\\s+been|had\\s+been|"
            + "became|will\\s+be|will\\s+become|to\\s+be)(?:\\s+(?:named|appointed|elected)(?:\\s+as)?)?|as)\\s+");

    /** What may stand before an apposition's title: a closing quote mark and a reporting verb ("…,” said"). */
    private static final Pattern LEAD_VERB = Pattern.compile("^[\\s”\"]*(?:(?:" + Attribution.VERBS + ")\\s+)?");
    /** " of the NBI" after a name that a title precedes. */
    private static final Pattern OF_ORG = Pattern.compile("^,?\\s+(?:of|at|from)\\s+(?:the\\s+)?");
    /** A clause ending in a comma, maybe with an honorific that is not part of the name ("chairman, Sir"). */
    private static final Pattern APPOSITION_BEFORE = Pattern.compile(
            ",\\s*+(?:(?:Sir|Dame|Dr|Prof|Professor|Lord|Lady|Mr|Mrs|Ms|Miss)\\.?\\s++)?$");
    private static final Pattern MEMBER_AT_END = Pattern.compile("(?<![\\p{L}\\p{N}-])(" + Titles.MEMBER + ")\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The words TITLE_AT_END and MEMBER_AT_END can end with: most text before a name ends with neither. */
    private static final LastWords HEAD_ENDS = new LastWords(TitleLexicon.DEFAULT.heads());
    private static final LastWords MEMBER_ENDS = new LastWords(TitleLexicon.DEFAULT.members());
    private static final Pattern AND = Pattern.compile("(?<!\\s)\\s++and\\s++");
    /** A journalist's title: a place before it is the beat ("Moscow correspondent", "Asia editor"). */
    private static final Pattern BEAT = Pattern.compile("(?i)(?:correspondent|reporter|bureau chief|editor|columnist)$");

    private final ArticleView view;
    private final String text;
    private final MentionIndex mentions;
    private final Referents referents;
    private final PostOwners owners;
    private final TitlePhrases phrases;
    private final Memberships memberships;
    private final Entity homeCountry;
    private final boolean soleCountry;

    RolePatterns(ArticleView view) {
        this.view = view;
        this.text = view.text();
        this.mentions = view.mentions();
        this.referents = new Referents(view);
        this.owners = new PostOwners(view, referents);
        this.phrases = new TitlePhrases(view, referents, owners);
        this.memberships = new Memberships(view);
        this.homeCountry = PostCountry.of(view);
        this.soleCountry = PostCountry.sole(view);
    }

    /** A title (empty for a membership) and the organisation (or country) it belongs to. */
    record Post(String title, Entity org) {}

    List<Role> find() {
        Map<String, Role> out = new LinkedHashMap<>();
        for (Sentence s : view.sentences()) {
            for (Hit h : mentions.within(s.span().begin(), s.span().end())) {
                if (!h.type().isPerson()) {
                    continue;
                }
                for (Post p : completed(postsOf(h, s), s)) {
                    if (p.title().isEmpty() && p.org() == null || p.org() != null && p.org().key().equals(h.key())) {
                        continue;
                    }
                    Role r = new Role(h.key(), p.title(), p.org() == null ? null : p.org().key(), s.span());
                    out.putIfAbsent(h.key() + "\u0000" + p.title().toLowerCase(Locale.ROOT) + "\u0000" + r.organizationKey(),
                            r);
                }
            }
        }
        // a membership says less than a post in the same organisation: keep the post only
        Set<String> posts = new HashSet<>();
        out.values().stream().filter(r -> !r.isMembership())
                .forEach(r -> posts.add(r.personKey() + "\u0000" + r.organizationKey()));
        return PostCountry.withNationality(out.values().stream()
                .filter(r -> !r.isMembership() || !posts.contains(r.personKey() + "\u0000" + r.organizationKey()))
                .toList(), mentions);
    }

    /**
     * Splits "Deputy Prime Minister and Minister for Defence" into two posts of the same owner, and gives a
     * government post without owner the story's country and a legislator the legislature the title implies.
     */
    private List<Post> completed(List<Post> posts, Sentence s) {
        List<Post> out = new ArrayList<>();
        for (Post p : posts) {
            for (String title : split(p.title())) {
                Entity org = p.org();
                if (!Titles.legislatureOf(title).isEmpty() && (org == null || org.type().isPlace())) {
                    Entity house = owners.byName(Titles.legislatureOf(title));
                    org = house != null ? house : org;
                }
                if (org == null && Titles.isGovernment(title) && PostCountry.fits(title, homeCountry, soleCountry, s, mentions)) {
                    org = homeCountry;
                }
                if (org != null && org.type().isPlace() && BEAT.matcher(title).find()) {
                    org = null; // "Far East correspondent": the place is the beat, not the employer
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

    private List<Post> postsOf(Hit person, Sentence s) {
        List<Post> posts = new ArrayList<>();
        int sb = s.span().begin();
        int se = s.span().end();
        premodifier(person, sb).ifPresent(posts::add);
        int nameEnd = person.end();
        Matcher tag = AGE_OR_PARTY.matcher(text.substring(nameEnd, se));
        if (tag.find()) {
            nameEnd += tag.end();
        }
        // apposition after the name
        String after = text.substring(nameEnd, se);
        Matcher who = WHO_HEADS.matcher(after);
        Matcher copula = COPULA.matcher(after);
        if (who.find()) {
            Optional<Hit> org = mentions.startingAt(nameEnd + who.end());
            if (org.isPresent() && !org.get().type().isPerson()) {
                posts.add(new Post(WHO_TITLES.get(who.group(1)), org.get().entity()));
            }
        } else if (copula.find()) {
            int b = nameEnd + copula.end();
            phrases.read(b, phrases.phraseEnd(b, se)).ifPresent(posts::add);
        } else if (after.matches("(?s)^\\s*,.*")) {
            int b = nameEnd + after.indexOf(',') + 1;
            phrases.read(b, phrases.phraseEnd(b, se)).ifPresent(posts::add);
        }
        posts.addAll(memberships.after(person, se));
        // apposition before the name: "the head of the agency, Jane Doe,"
        String before = text.substring(sb, person.begin());
        if (APPOSITION_BEFORE.matcher(before).find()) {
            int c1 = sb + before.lastIndexOf(',');
            int c0 = text.lastIndexOf(',', c1 - 1);
            int b = c0 >= sb ? c0 + 1 : sb;
            String rest = text.substring(person.end(), Math.min(se, person.end() + 3));
            // "X, secretary of Y, Z, editor": the phrase is X's apposition, not Z's
            boolean earlierOwner = c0 >= sb && mentions.endingAt(referents.skipSpacesBack(c0, sb))
                    .filter(h -> h.type().isPerson()).isPresent();
            if (!earlierOwner && (rest.isEmpty() || rest.startsWith(",") || rest.startsWith(" ") || rest.startsWith("."))) {
                Matcher lv = LEAD_VERB.matcher(text.substring(b, c1));
                if (lv.find()) {
                    b += lv.end();
                }
                phrases.before(b, c1).ifPresent(posts::add);
            }
        }
        return posts;
    }

    /** An organisation whose name ends inside the title [tb, te) and begins before it, with the title after it. */
    private Optional<Post> ownerInsideTitle(int tb, int te, int sb) {
        for (int i = tb + 1; i < te; i++) {
            if (CodePoints.isSpace(text.charAt(i)) && !CodePoints.isSpace(text.charAt(i - 1))) {
                Optional<Hit> org = mentions.endingAt(i).filter(h -> h.begin() < tb && h.begin() >= sb && !h.type().isPerson());
                String rest = text.substring(i, te).strip();
                if (org.isPresent() && Titles.isTitle(rest)) {
                    return Optional.of(new Post(rest, org.get().entity()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a bare kind noun before a title may stand for {@code o}: "company" for any firm, but "council
     * chairman" or "newspaper reporter" only for an organisation so named; otherwise the noun describes the job.
     */
    private static boolean named(String noun, Entity o) {
        return Referents.kindOf(noun).test(org.w3id.newsgraph.model.EntityType.COMPANY)
                || o.name().toLowerCase(Locale.ROOT).contains(noun.toLowerCase(Locale.ROOT));
    }

    /** "French President Emmanuel Macron", "Y's chief executive X", "the company's chairperson X", "Acme official X". */
    private Optional<Post> premodifier(Hit person, int sb) {
        int from = Math.max(sb, person.begin() - 80);
        String pre = text.substring(from, person.begin());
        Matcher m = Titles.TITLE_AT_END.matcher(pre);
        boolean titled = HEAD_ENDS.mayEnd(pre) && m.find();
        if (!titled) {
            m = MEMBER_AT_END.matcher(pre);
            if (!MEMBER_ENDS.mayEnd(pre) || !m.find()) {
                return Optional.empty();
            }
        }
        String title = titled ? m.group(1).strip() : "";
        int tb = from + m.start(1);
        int q = referents.skipSpacesBack(tb, sb);
        Optional<Entity> owner = owners.endingAt(q, sb);
        if (owner.isEmpty() && titled) {
            // "Board of Education spokesman X": the organisation's last word read as the title's modifier
            Optional<Post> inside = ownerInsideTitle(tb, from + m.end(1), sb);
            if (inside.isPresent()) {
                return inside;
            }
        }
        if (owner.isEmpty()) {
            // "Council leader Jane Doe", "company chairman John Doe": a kind noun stands for the organisation
            String w = referents.wordEndingAt(q, sb);
            if (w != null && q == tb - 1 && Referents.kindOf(w) != null) {
                owner = referents.antecedent(Referents.kindOf(w), q - w.length(), Set.of()).filter(o -> named(w, o));
            }
        }
        if (owner.isEmpty()) {
            // "Conservative candidate Jane Doe": a party named by its adjective
            String w = referents.wordEndingAt(q, sb);
            if (w != null && q == tb - 1 && Character.isUpperCase(w.charAt(0))) {
                owner = owners.partyOf(w);
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
}
