package org.w3id.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.events.EventMentions.Arg;
import org.w3id.newsgraph.model.EventType;
import org.w3id.newsgraph.model.Span;

/**
 * An event's participants by their role in the trigger's clause, not every name of the sentence. A verb trigger
 * takes its subject ({@link ClauseSubject}) as agent and the phrase right after it (or after "with") as patient or
 * partner; a passive one ("was elected") its subject and a "by" agent. A noun trigger takes its possessor ("Acme's
 * deal", "his meeting"), the name modifying it ("a Senate hearing"), the subject of its light verb ("Acme signed a
 * deal", "Lee told a hearing", "Acme said in a statement") and its partners ("with Y", "between X and Y", "a
 * statement from X"). A statement's participant is its author alone: what it says and to whom are no part of it.
 * So the speaker of a reporting verb around the event ("X said Y met Z"), a reporter, the entities of a job title or
 * of the content are never taken. A pronoun counts only when coreference resolved it. Pure.
 */
final class EventRoles {
    /** Trigger words that are verbs when no determiner stands before them. */
    private static final Set<String> VERBS = Set.of("met", "acquired", "ban", "banned", "banning", "block", "blocked",
            "blocking", "blocks", "restrict", "restricts", "restricted", "restricting", "blacklist", "blacklisted",
            "blacklisting", "testified", "testify", "testifies", "announced", "announces", "ruled", "sentenced",
            "convicted", "acquitted", "elected", "re-elected");
    private static final Pattern DETERMINER = Pattern.compile("(?i)(?:\\b(?:a|an|the|its|his|her|their|this|that"
            + "|any|new|[’']s)|[’'])\\s*$");
    /** Verbs whose object is an event noun they hold, make or take part in: their subject is its agent. */
    private static final Map<EventType, String> LIGHT_VERBS = Map.of(
            EventType.MEETING, "held|holds|hold|holding|hosted|hosts|hosting|had|attended|attends|chaired|convened"
                    + "|told|addressed|spoke\\s+(?:at|to|before)|appeared\\s+(?:at|before)|joined",
            EventType.HEARING, "held|holds|hold|holding|had|attended|chaired|convened|told|addressed|testified"
                    + "\\s+(?:at|before)|spoke\\s+(?:at|to|before)|appeared\\s+(?:at|before)",
            EventType.DEAL, "signed|signs|signing|struck|strikes|reached|reaches|sealed|brokered|negotiated|closed"
                    + "|completed|finalized|finalised|inked|made|cut|announced",
            EventType.STATEMENT, "issued|issues|released|releases|sent|sends|wrote|writes|published|made|read",
            EventType.BAN, "imposed|imposes|issued|announced|signed|enacted",
            EventType.ELECTION, "won|wins|lost|loses|held|holds|called|contested",
            EventType.COURT_RULING, "issued|handed|delivered|returned");
    /** Between a light verb and its event noun: a determiner and up to three modifiers, no function word. */
    private static final String LIGHT_GAP = "\\s+(?:(?:a|an|the|its|his|her|their|this|that|another)\\s+)?(?:(?!(?:that"
            + "|to|of|for|in|on|at|with|about|from|by|as|and|or)\\b)[\\p{L}\\p{N}&.’'-]+\\s+){0,3}$";
    private static final Map<EventType, Pattern> LIGHT = light();

    /** "Acme said in a statement": the speaker of the verb before "in a statement" is its author. */
    private static final Pattern IN_CHANNEL = Pattern.compile("\\b([\\p{Ll}]+)(?:\\s+(?:itself|himself|herself"
            + "|themselves))?\\s+in\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    private static final Pattern POSSESSOR = Pattern.compile("^[’']s?\\s+(?:[\\p{Ll}\\p{N}-]+\\s+){0,2}$");
    private static final Pattern POSSESSIVE_PRONOUN = Pattern.compile("(?i)his|her|their|its");
    private static final Pattern MODIFIER = Pattern.compile("^(?:\\s+|\\s*[-–]\\s*)$");
    /** After a noun trigger, where its partners begin: "with Y", "between X and Y", "from X". */
    private static final Pattern PARTNER_WORD = Pattern.compile("^\\s+(with|between|from|by|for|of)\\s+");
    /** After a verb trigger: its object, after a few title words ("met former Gov. Ann Lee", "met with Lee"). */
    private static final Pattern OBJECT_GAP = Pattern.compile("^\\s+(?:with\\s+)?(?:(?:the|a|an)\\s+)?"
            + "(?:(?![Ii]n\\b|[Aa]t\\b|[Oo]n\\b|[Oo]f\\b|[Ff]or\\b|[Tt]o\\b|[Ff]rom\\b|[Aa]bout\\b|[Oo]ver\\b|[Aa]fter\\b"
            + "|[Bb]efore\\b|[Dd]uring\\b|[Tt]hat\\b|[Ww]hich\\b|[Ww]ho\\b|[Aa]nd\\b|[Oo]r\\b|[Bb]y\\b|[Aa]s\\b|[Ll]ast\\b"
            + "|[Tt]his\\b|[Nn]ext\\b|[Ss]aid\\b|[Ss]ays\\b|[Ss]ince\\b|[Ww]hen\\b|[Ii]f\\b)[\\p{L}.’'-]+\\s+){0,3}$");
    private static final Pattern PREMODIFIES = Pattern.compile("^\\s+\\p{Lu}");
    private static final Pattern GERUND_AFTER = Pattern.compile("(?i)\\b(?:from|about|of|for|by|without|on|in|after"
            + "|before|to|at|against|into|toward|towards|like)\\s+$");
    private static final Pattern INFINITIVE = Pattern.compile("\\bto\\s+$");
    /** A possessive pronoun in front of a noun ("met their bankers"): the object is the noun, not the owner. */
    private static final Pattern DETERMINER_PRONOUN = Pattern.compile("(?i)his|their|its|our|my|your");
    private static final Pattern BY_AGENT = Pattern.compile("^(?:\\s+[a-z]+ly)?\\s+by\\s+(?:the\\s+)?$");
    /** Where a noun phrase ends: punctuation, a preposition, a clause word, a verb-like "to". */
    private static final Pattern NP_END = Pattern.compile("[,;:.!?()\"“”]|\\s(?:in|at|on|to|for|over|about|after"
            + "|before|during|when|where|who|which|that|or|last|this|next|from|of|with|as|since|said|says|and|worth"
            + "|valued|amid|under|until|while|because|earlier|later)\\s");
    /** What may follow the head of a partner's noun phrase: nothing, or the clause's verb ("... and Lee ended"). */
    private static final Pattern HEAD_END = Pattern.compile("^\\s*$|^\\s+(?:was|were|is|are|has|have|had|began|took"
            + "|came|went|[a-z]+ed)\\b");
    private static final Pattern AND = Pattern.compile("^\\s+and\\s+(?:(?:the|a|an)\\s+)?$");

    private EventRoles() {}

    /** The participants' phrases, agent first; place phrases only when they act ("Ruritania banned"). */
    static List<Arg> participants(String text, EventType type, Span clause, Span trigger, List<Arg> args) {
        String word = trigger.of(text).toLowerCase(Locale.ROOT);
        boolean verb = VERBS.contains(word)
                && !DETERMINER.matcher(text.substring(clause.begin(), trigger.begin())).find();
        List<Arg> out = new ArrayList<>();
        if (verb) {
            String before = text.substring(clause.begin(), trigger.begin());
            if (word.endsWith("ing") && GERUND_AFTER.matcher(before).find() || INFINITIVE.matcher(before).find()) {
                return List.of(); // "from blocking X", "a bid to block Y": no subject, and rarely a fact
            }
            boolean passive = ClauseSubject.passive(text, clause.begin(), trigger.begin());
            if (type == EventType.STATEMENT) {
                return passive ? List.of() : ClauseSubject.of(text, clause.begin(), trigger.begin(), args);
            }
            // what one testifies is content, not a participant ("testified the attack was planned")
            List<Arg> object = word.startsWith("testif") && !passive ? List.of()
                    : after(text, clause, trigger.end(), args, passive ? BY_AGENT : OBJECT_GAP);
            if (word.equals("acquired") && !passive && object.stream().noneMatch(EventRoles::organisation)) {
                return List.of(); // "acquired citizenship": a purchase is of a company
            }
            out.addAll(ClauseSubject.of(text, clause.begin(), trigger.begin(), args));
            out.addAll(object);
        } else {
            out.addAll(nounAgents(text, type, clause, trigger, args));
            Matcher p = PARTNER_WORD.matcher(text.substring(trigger.end(), clause.end()));
            if (p.find() && partnerWord(type, word, p.group(1))) {
                out.addAll(phrases(text, clause, trigger.end() + p.end(), args));
            }
        }
        return out.stream().distinct().toList();
    }

    /** Which word may introduce a noun trigger's partner: "with" and "between" any; "from"/"by" an author. */
    private static boolean partnerWord(EventType type, String trigger, String word) {
        return switch (word) {
            case "with", "between" -> type != EventType.STATEMENT;
            case "from", "by" -> type == EventType.STATEMENT;
            case "for" -> type == EventType.DEAL;
            default -> type == EventType.ELECTION || trigger.matches("acquisitions?|takeover|mergers?");
        };
    }

    /** A noun trigger's possessor, name modifier, or the subject of the light verb that governs it. */
    private static List<Arg> nounAgents(String text, EventType type, Span clause, Span trigger, List<Arg> args) {
        List<Arg> out = new ArrayList<>();
        int i = ClauseSubject.lastBefore(args, trigger.begin());
        if (i >= 0) {
            Arg a = args.get(i);
            String gap = text.substring(a.end(), trigger.begin());
            boolean possessive = a.pronoun() && POSSESSIVE_PRONOUN.matcher(a.begin() < a.end()
                    ? text.substring(a.begin(), a.end()) : "").matches();
            if (POSSESSOR.matcher(gap).matches() && !a.pronoun()
                    || possessive && (gap.isBlank() || POSSESSOR.matcher("'" + gap).matches())) {
                out.add(a);
            } else if (!a.pronoun() && MODIFIER.matcher(gap).matches() && !a.place()) {
                out.add(a);
                if (i > 0 && MODIFIER.matcher(text.substring(args.get(i - 1).end(), a.begin())).matches()
                        && text.substring(args.get(i - 1).end(), a.begin()).contains("-")) {
                    out.add(0, args.get(i - 1)); // "Acme-Rivalco merger"
                }
            }
        }
        String before = text.substring(clause.begin(), trigger.begin());
        Matcher light = LIGHT.get(type).matcher(before);
        if (light.find()) {
            out.addAll(0, ClauseSubject.of(text, clause.begin(), clause.begin() + light.start(), args));
        } else if (type == EventType.STATEMENT) {
            Matcher in = IN_CHANNEL.matcher(before);
            if (in.find()) {
                out.addAll(0, ClauseSubject.of(text, clause.begin(), clause.begin() + in.start(), args));
            }
        }
        return out;
    }

    private static Map<EventType, Pattern> light() {
        Map<EventType, Pattern> out = new java.util.EnumMap<>(EventType.class);
        LIGHT_VERBS.forEach((t, verbs) -> out.put(t, Pattern.compile("\\b(?:" + verbs + ")" + LIGHT_GAP)));
        return Map.copyOf(out);
    }

    private static boolean organisation(Arg a) {
        return a.type() != null && a.type().isOrganization();
    }

    /** The phrase right after {@code from} when the gap fits, and one joined to it by "and". */
    private static List<Arg> after(String text, Span clause, int from, List<Arg> args, Pattern gap) {
        for (Arg a : args) {
            if (a.begin() < from) {
                continue;
            }
            if (!gap.matcher(text.substring(from, a.begin())).matches() || text.startsWith("’s", a.end())
                    || text.startsWith("'s", a.end())) {
                return List.of();
            }
            if (a.pronoun() && DETERMINER_PRONOUN.matcher(text.substring(a.begin(), a.end())).matches()) {
                return List.of();
            }
            if (PREMODIFIES.matcher(text.substring(a.end(), clause.end())).find()) {
                continue; // "met Zenda Mayor Ann Lee": the place or party is part of the title
            }
            List<Arg> out = new ArrayList<>(List.of(a));
            conjunct(text, args, a).ifPresent(out::add);
            return out;
        }
        return List.of();
    }

    /**
     * The head phrases of the noun phrases starting at {@code from}: "Ann Lee" of "the mayor Ann Lee", and of
     * "X and Y" both. A phrase counts only when it ends its noun phrase ("Acme" of "Acme lawyers" does not).
     */
    private static List<Arg> phrases(String text, Span clause, int from, List<Arg> args) {
        List<Arg> out = new ArrayList<>();
        int start = from;
        for (int round = 0; round < 2 && start < clause.end(); round++) {
            Matcher end = NP_END.matcher(text).region(start, clause.end());
            int stop = end.find() ? end.start() : clause.end();
            Arg head = null;
            for (Arg a : args) {
                if (a.begin() >= start && a.end() <= stop) {
                    head = a;
                }
            }
            if (head == null || !HEAD_END.matcher(text.substring(head.end(), stop)).find()) {
                break;
            }
            out.add(head);
            if (!text.startsWith(" and ", stop)) {
                break;
            }
            start = stop + " and ".length();
        }
        return out;
    }

    /** A phrase joined to {@code a} by "and" right after it. */
    private static java.util.Optional<Arg> conjunct(String text, List<Arg> args, Arg a) {
        int k = args.indexOf(a);
        if (k + 1 < args.size() && AND.matcher(text.substring(a.end(), args.get(k + 1).begin())).matches()) {
            return java.util.Optional.of(args.get(k + 1));
        }
        return java.util.Optional.empty();
    }
}
