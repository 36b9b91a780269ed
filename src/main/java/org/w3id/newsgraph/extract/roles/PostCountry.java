package org.w3id.newsgraph.extract.roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.model.Sentence;

/**
 * The country a government post belongs to when the text names none beside it ("Interior Minister Jane Doe"). First
 * what the article says of that person: the country of another of their posts written with its country ("Ruritanian
 * President Jane Doe"). Else the country the story is about, when one is: named at least twice in the body and more
 * often than any other country; but never when the post's sentence names another country, and for a bare
 * "President" only when the article names no other country: news names its own head of state bare in stories about
 * other countries ("President X has come twice" in a story about the host), so the country named most is no
 * evidence there.
 */
final class PostCountry {
    private static final int MIN_MENTIONS = 2;
    private static final Pattern PRESIDENT = Pattern.compile("(?i)^(?:(?:former|then|vice|acting|interim|outgoing)[\\s-]+)*"
            + "president$");

    /** "speaks Spanish": a demonym that names a language, not the country. */
    private static final Pattern SPEAK_BEFORE = Pattern.compile("(?i)(?:^|\\s)(?:speak|speaks|spoke|speaking)\\s++$");
    /** "written in French", "translated into Spanish": "in" a demonym with no noun after it ("in French politics"). */
    private static final Pattern IN_BEFORE = Pattern.compile("(?i)(?:^|\\s)(?:in|into)\\s++$");
    private static final Pattern NO_NOUN_AFTER = Pattern.compile("^(?:\\s*+$|[.,;:)!?]|\\s++(?:was|is|were|are|and|or|"
            + "but|to|at|on|for|with|by|from|as)\\b)");
    /** "French-speaking", "Spanish language", "Arabic speakers". */
    private static final Pattern LANGUAGE_AFTER = Pattern.compile("(?i)^(?:-speaking|-language|\\s++(?:language|speakers?)\\b)");
    private static final int WINDOW = 12;
    /** The endings of the demonyms that name languages: French, Spanish, Russian, Chinese, Arabic. */
    private static final Pattern DEMONYM = Pattern.compile("(?:ese|ish|ian|ic|ch)$");

    private PostCountry() {}

    /**
     * A mention of a country in a sentence, not a language named by its demonym ("signs only in French",
     * "French-speaking province"): a language says nothing of the country a story is about.
     */
    private static boolean country(ArticleView view, Hit h) {
        if (h.type() != EntityType.COUNTRY || view.sentenceAt(h.begin()) == null) {
            return false;
        }
        if (h.mention().text().equalsIgnoreCase(h.entity().name()) || !DEMONYM.matcher(h.mention().text()).find()) {
            return true; // "in America." names the country
        }
        String text = view.text();
        String before = text.substring(Math.max(0, h.begin() - WINDOW), h.begin());
        String after = text.substring(h.end(), Math.min(text.length(), h.end() + WINDOW));
        boolean language = SPEAK_BEFORE.matcher(before).find() || LANGUAGE_AFTER.matcher(after).find()
                || IN_BEFORE.matcher(before).find() && NO_NOUN_AFTER.matcher(after).find();
        return !language;
    }

    /** The story's country, or null when no country dominates. */
    static Entity of(ArticleView view) {
        Map<String, Integer> counts = new HashMap<>();
        Entity best = null;
        int bestCount = 0;
        for (Hit h : view.mentions().hits()) {
            if (country(view, h)) {
                int c = counts.merge(h.key(), 1, Integer::sum);
                if (c > bestCount) {
                    bestCount = c;
                    best = h.entity();
                }
            }
        }
        if (best == null || bestCount < MIN_MENTIONS) {
            return null;
        }
        String bestKey = best.key();
        int top = bestCount;
        boolean tied = counts.entrySet().stream().anyMatch(e -> !e.getKey().equals(bestKey) && e.getValue() >= top);
        return tied ? null : best;
    }

    /** Whether the article's sentences name one country only. */
    static boolean sole(ArticleView view) {
        return view.mentions().hits().stream()
                .filter(h -> country(view, h))
                .map(Hit::key).distinct().count() == 1;
    }

    /**
     * Whether the post {@code title} of sentence {@code s} may take the story's country {@code home}; a bare
     * "President" only when the article names no other country ({@code sole}).
     */
    static boolean fits(String title, Entity home, boolean sole, Sentence s, MentionIndex mentions) {
        if (home == null || !sole && PRESIDENT.matcher(title.strip()).matches()) {
            return false;
        }
        return mentions.within(s.span().begin(), s.span().end()).stream()
                .noneMatch(h -> h.type() == EntityType.COUNTRY && !h.key().equals(home.key()));
    }

    /**
     * The roles with each government post that has no owner given the country of another government post of the
     * same person in the article, when there is exactly one such country.
     */
    static List<Role> withNationality(List<Role> roles, MentionIndex mentions) {
        Map<String, String> country = new HashMap<>();
        for (Role r : roles) {
            Entity org = r.organizationKey() == null ? null : mentions.entity(r.organizationKey());
            if (org != null && org.type() == EntityType.COUNTRY && Titles.isGovernment(r.title())) {
                country.merge(r.personKey(), org.key(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        List<Role> out = new ArrayList<>(roles.size());
        for (Role r : roles) {
            String c = country.getOrDefault(r.personKey(), "");
            boolean fill = r.organizationKey() == null && !c.isEmpty() && Titles.isGovernment(r.title());
            out.add(fill ? new Role(r.personKey(), r.title(), c, r.evidence(), r.confidence()) : r);
        }
        return out;
    }
}
