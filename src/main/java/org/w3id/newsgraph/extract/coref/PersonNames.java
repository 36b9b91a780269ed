package org.w3id.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;

import org.w3id.newsgraph.model.Entity;

/**
 * Finds the person a short name stands for: the people whose full name ends ("Sanders") or starts ("Bernie") with
 * it, or whose given name it is a usual nickname of ("Bill" for William). Two people with one surname stay apart:
 * a short name goes to the one that fits the gender shown, else to the one named last before it.
 */
final class PersonNames {
    /** Usual short forms of given names: general English usage. */
    private static final Map<String, List<String>> NICKNAMES = Map.ofEntries(
            Map.entry("Bill", List.of("William")), Map.entry("Will", List.of("William")),
            Map.entry("Bob", List.of("Robert")), Map.entry("Rob", List.of("Robert")),
            Map.entry("Dick", List.of("Richard")), Map.entry("Rick", List.of("Richard")),
            Map.entry("Jim", List.of("James")), Map.entry("Jimmy", List.of("James")),
            Map.entry("Mike", List.of("Michael")), Map.entry("Tom", List.of("Thomas")),
            Map.entry("Joe", List.of("Joseph")), Map.entry("Chris", List.of("Christopher", "Christine")),
            Map.entry("Dave", List.of("David")), Map.entry("Dan", List.of("Daniel")),
            Map.entry("Ted", List.of("Edward", "Theodore")), Map.entry("Ed", List.of("Edward")),
            Map.entry("Tony", List.of("Anthony")), Map.entry("Steve", List.of("Steven", "Stephen")),
            Map.entry("Liz", List.of("Elizabeth")), Map.entry("Beth", List.of("Elizabeth")),
            Map.entry("Kate", List.of("Katherine", "Catherine", "Kathryn")), Map.entry("Sam", List.of("Samuel")),
            Map.entry("Pat", List.of("Patrick", "Patricia")),
            Map.entry("Bernie", List.of("Bernard")), Map.entry("Hank", List.of("Henry")),
            Map.entry("Chuck", List.of("Charles")), Map.entry("Charlie", List.of("Charles")));

    private final Map<String, List<Entity>> bySurname = new HashMap<>();
    private final Map<String, List<Entity>> byGiven = new HashMap<>();

    /** Indexes the people of one article named with two words or more by surname and by given name. */
    PersonNames(List<Entity> entities) {
        for (Entity e : entities) {
            String[] w = e.type().isPerson() ? e.name().split("\\s+") : new String[0];
            if (w.length >= 2) {
                bySurname.computeIfAbsent(w[w.length - 1], k -> new ArrayList<>()).add(e);
                byGiven.computeIfAbsent(w[0], k -> new ArrayList<>()).add(e);
            }
        }
    }

    boolean isEmpty() {
        return bySurname.isEmpty();
    }

    /**
     * The person {@code word} names at {@code offset}, or null: surnames first, then given names and nicknames,
     * each only when the fitting people are few enough to choose by gender or recency.
     */
    String resolve(CorefState state, String word, int offset, Gender gender) {
        String s = choose(state, bySurname.getOrDefault(word, List.of()), offset, gender);
        if (s != null) {
            return s;
        }
        List<Entity> given = new ArrayList<>(byGiven.getOrDefault(word, List.of()));
        for (String full : NICKNAMES.getOrDefault(word, List.of())) {
            given.addAll(byGiven.getOrDefault(full, List.of()));
        }
        return given.size() == 1 || gender != Gender.UNKNOWN ? choose(state, given, offset, gender) : null;
    }

    private static String choose(CorefState state, List<Entity> people, int offset, Gender gender) {
        List<Entity> fit = people.stream().filter(e -> gender != Gender.UNKNOWN && state.gender(e.key()) == gender)
                .toList();
        if (fit.isEmpty()) {
            fit = people.stream().filter(e -> state.gender(e.key()).compatible(gender)).toList();
        }
        if (fit.size() <= 1) {
            return fit.isEmpty() ? null : fit.get(0).key();
        }
        // several fit: the one named last before the offset
        String best = null;
        int at = -1;
        for (Entity e : fit) {
            for (org.w3id.newsgraph.model.Mention m : e.mentions()) {
                if (m.span().end() <= offset && m.span().begin() > at) {
                    at = m.span().begin();
                    best = e.key();
                }
            }
        }
        return best;
    }

    /** The gender an honorific or gendered title shows ("Mr.", "Congresswoman"), or UNKNOWN. */
    static Gender genderOf(String honorific) {
        String h = honorific.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (h) {
            case "mr", "sir", "lord", "king", "prince", "congressman", "chairman", "spokesman", "father", "brother",
                    "businessman", "father-in-law" -> Gender.MALE;
            case "mrs", "ms", "miss", "madam", "lady", "dame", "queen", "princess", "congresswoman", "chairwoman",
                    "spokeswoman", "sister", "mother", "businesswoman" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }
}
