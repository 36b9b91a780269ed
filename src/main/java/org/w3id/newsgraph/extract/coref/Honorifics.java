package org.w3id.newsgraph.extract.coref;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Honorifics and titles that stand before a name ("Mr.", "Sen.", "Gov.", "Navy Capt."). A phrase made of them alone
 * is no one: a sentence splitter that cuts "said Gov. | Phil Bryant" leaves "Gov." looking like a speaker.
 */
public final class Honorifics {
    /** The alternation shared with {@link TitleNameSieve}. */
    static final String ALTERNATION = "Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Reverend|Sen|"
            + "Senator|Rep|Representative|Gov|Governor|Lt|Gen|General|Col|Colonel|Capt|Captain|Maj|Major|Sgt|Adm|"
            + "Admiral|Cmdr|Judge|Justice|President|Vice President|Chancellor|Premier|Prime Minister|Minister|"
            + "Secretary|Speaker|Mayor|Sheriff|Ambassador|Congressman|Congresswoman|Chairman|Chairwoman|Chief|"
            + "Coach|Pope|King|Queen|Prince|Princess|Saint|St|Detective|Officer|Inspector|Superintendent|"
            + "Commissioner|Attorney General|Assemblyman|Assemblywoman|Councilman|Councilwoman|Councilmember|Del|"
            + "Delegate";
    private static final Set<String> WORDS = Set.copyOf(java.util.Arrays.asList(
            ALTERNATION.toLowerCase(Locale.ROOT).replace(" ", "|").split("\\|")));
    /** Words that may come with a title without naming anyone ("Navy Capt.", "U.S. Rep."). */
    private static final Set<String> WITH = Set.of("navy", "army", "air", "force", "marine", "u.s", "us", "state",
            "former", "deputy", "vice", "lt", "d", "r", "democratic", "republican", "gop");
    /** A text ending in an abbreviated title: "… said Gov." */
    public static final Pattern ABBREVIATION_AT_END = Pattern.compile(
            "(?<![\\p{L}])(?:Sen|Rep|Gov|Capt|Lt|Gen|Col|Sgt|Dr|Mr|Mrs|Ms|Adm|Cmdr|Maj|Del|Rev|Prof|St|Supt|Insp)\\.\\s*$");

    private Honorifics() {}

    /** True when {@code name} is titles only ("Gov.", "Rep", "Navy Capt."), with at least one title in it. */
    public static boolean titleOnly(String name) {
        boolean title = false;
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (WORDS.contains(w)) {
                title = true;
            } else if (!WITH.contains(w)) {
                return false;
            }
        }
        return title;
    }
}
