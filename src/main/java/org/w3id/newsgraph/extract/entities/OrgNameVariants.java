package org.w3id.newsgraph.extract.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One organisation written with different legal forms: "Acme Co.", "Acme Inc.", "Acme Corp.", "The Acme Company"
 * and "Acme Corporation" share the core "acme" and are one entity. Names that differ in anything but a leading
 * "The" and a trailing legal form stay apart ("Acme Foods Inc." and "Acme Inc."); a bare "Acme" joins them too.
 * Stateless.
 */
final class OrgNameVariants {
    /** Legal-form words that end a company name, optionally after a comma ("Acme, Inc."). */
    private static final String FORMS = "(?:co|company|corp|corporation|inc|incorporated|ltd|limited|llc|plc)\\.?";
    private static final Pattern LEGAL_FORM = Pattern.compile("(?<![\\s,]),?\\s++" + FORMS + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONLY_FORM = Pattern.compile("^(?:the\\s+)?" + FORMS + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+", Pattern.CASE_INSENSITIVE);

    private OrgNameVariants() {}

    /**
     * The core of a name: without a leading "The" and trailing legal forms, lower-cased ("The Acme Company" and
     * "Acme Corp." give "acme"), or null when nothing else is left ("The Company").
     */
    static String core(String name) {
        String s = LEADING_THE.matcher(name.strip()).replaceFirst("");
        for (Matcher m = LEGAL_FORM.matcher(s); m.find(); m = LEGAL_FORM.matcher(s)) {
            s = s.substring(0, m.start()).strip();
        }
        return s.isEmpty() || ONLY_FORM.matcher(s).matches() ? null : s.toLowerCase(Locale.ROOT);
    }

    /**
     * Calls {@code join} with (first index, later index) for every name whose core equals the core of an earlier
     * one; {@code organization} says which indexes may take part (people and places never do).
     */
    static void link(List<String> names, IntPredicate organization, Joiner join) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String c = organization.test(i) ? core(names.get(i)) : null;
            if (c != null) {
                Integer earlier = first.putIfAbsent(c, i);
                if (earlier != null) {
                    join.join(earlier, i);
                }
            }
        }
    }

    /** Joins two indexes of the name list. */
    @FunctionalInterface
    interface Joiner {
        void join(int a, int b);
    }
}
