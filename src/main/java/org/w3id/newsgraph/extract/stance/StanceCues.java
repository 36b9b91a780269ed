package org.w3id.newsgraph.extract.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Polarity;
import org.w3id.newsgraph.model.Span;

/**
 * The stance cue words and how negation turns them: "risk" is critical, "no greater … risk" and "not … concern"
 * are supportive, "not safe" is critical; a cue governed by a word of mitigation ("managing … risks", "monitors
 * threats") is dropped, since handling a risk says nothing of whom one criticises. Negation reaches up to
 * {@link #SCOPE} words forward within one clause. Pure functions.
 */
public final class StanceCues {
    static final Set<String> CRITICAL = Set.of("concern", "concerns", "concerned", "risk", "risks", "risky", "threat",
            "threats", "threaten", "threatens", "ban", "bans", "banned", "spying", "espionage",
            "backdoor", "backdoors", "warn", "warns", "warned", "warning", "accuse", "accuses", "accused", "danger",
            "dangers", "dangerous", "vulnerable", "vulnerability", "vulnerabilities", "untrusted", "pressure",
            "criticised", "criticized", "criticism", "condemned");
    static final Set<String> SUPPORTIVE = Set.of("trust", "trusts", "trusted", "trustworthy", "benefit", "benefits",
            "reliable", "safe", "safer", "safest", "secure", "committed", "commitment", "important", "confidence",
            "confident", "partner", "partners", "praised", "welcomed", "defended");
    private static final Set<String> NEGATORS = Set.of("no", "not", "never", "nothing", "without", "none", "nor",
            "cannot");
    private static final Set<String> MITIGATORS = Set.of("managing", "manage", "manages", "managed", "mitigate",
            "mitigates", "mitigating", "reduce", "reduces", "reducing", "minimise", "minimize", "minimising",
            "minimizing", "monitor", "monitors", "monitoring", "monitored", "detect", "detects", "detecting", "prevent",
            "prevents", "preventing", "tackle", "tackling", "combat", "combating", "counter", "countering", "address",
            "addressing");
    /** Words after a negator that keep it from negating ("no doubt", "not only"). */
    private static final Set<String> NOT_NEGATING = Set.of("doubt", "only", "just", "but");
    static final Set<String> BREAKERS = Set.of("but", "however", "although", "though", "while", "whereas");
    static final int SCOPE = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++(?:[’'-][\\p{L}\\p{N}]++)*+");

    /** One cue: its words as written (a negated cue keeps its negator), its polarity and where it ends. */
    record Cue(String text, Polarity polarity, int begin) {}

    private StanceCues() {}

    /** The cues of {@code region} of {@code text}, skipping words inside {@code excluded} spans. */
    static List<Cue> find(String text, Span region, List<Span> excluded) {
        List<Cue> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(region.begin(), region.end());
        String negator = null;
        int negatorAt = -1;
        int mitigatorAt = -1;
        int index = 0;
        int previousEnd = region.begin();
        String previous = "";
        while (m.find()) {
            String gap = text.substring(previousEnd, m.start());
            previousEnd = m.end();
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (gap.contains(";") || gap.contains(":") || BREAKERS.contains(lower)) {
                negator = null;
                mitigatorAt = -1;
            }
            index++;
            boolean skip = excluded.stream().anyMatch(s -> s.begin() <= m.start() && m.end() <= s.end());
            if (NOT_NEGATING.contains(lower) && negatorAt == index - 1) {
                negator = null;
            }
            if (!skip && lower.equals("evidence") && previous.equals("no")) {
                out.add(new Cue(text.substring(negatorStart(text, m.start()), m.end()), Polarity.SUPPORTIVE,
                        m.start()));
            }
            previous = lower;
            if (NEGATORS.contains(lower) || lower.endsWith("n't")) {
                negator = word;
                negatorAt = index;
                continue;
            }
            if (MITIGATORS.contains(lower)) {
                mitigatorAt = index;
                continue;
            }
            Polarity p = CRITICAL.contains(lower) ? Polarity.CRITICAL
                    : SUPPORTIVE.contains(lower) ? Polarity.SUPPORTIVE : null;
            if (p == null || skip) {
                continue;
            }
            if (mitigatorAt >= 0 && index - mitigatorAt <= 4 && p == Polarity.CRITICAL) {
                continue;
            }
            if (negator != null && index - negatorAt <= SCOPE) {
                Polarity flipped = p == Polarity.CRITICAL ? Polarity.SUPPORTIVE : Polarity.CRITICAL;
                String shown = index - negatorAt == 1 ? negator + " " + word : negator + " … " + word;
                out.add(new Cue(shown, flipped, m.start()));
            } else {
                out.add(new Cue(word, p, m.start()));
            }
        }
        return out;
    }

    /** Critical or supportive by the majority of cues, neutral on a tie, null without cues. */
    static Polarity polarity(List<Cue> cues) {
        long critical = cues.stream().filter(c -> c.polarity() == Polarity.CRITICAL).count();
        long supportive = cues.size() - critical;
        if (cues.isEmpty()) {
            return null;
        }
        return critical > supportive ? Polarity.CRITICAL
                : supportive > critical ? Polarity.SUPPORTIVE : Polarity.NEUTRAL;
    }

    /** The start of the word "no" just before {@code at}. */
    private static int negatorStart(String text, int at) {
        int i = text.lastIndexOf("no", at);
        int j = text.lastIndexOf("No", at);
        return Math.max(0, Math.max(i, j));
    }
}
