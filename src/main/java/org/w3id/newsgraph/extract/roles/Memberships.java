package org.w3id.newsgraph.extract.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.roles.RolePatterns.Post;
import org.w3id.newsgraph.model.Entity;

/**
 * Memberships a name's own context states without a post: "Jane Doe of the University of Freedonia", "Jane Doe,
 * of Acme,", "Jane Doe and John Roe of the Acme Party", "Jane Doe of Freedonia's Acme Institute", "Jane Doe,
 * who works for Acme". Posts ("Jane Doe, director of Acme") are found by the title phrases instead.
 */
final class Memberships {
    /** " of the ", ", of ", with a lower-case adjective or a place's possessive before the organisation. */
    private static final Pattern OF = Pattern.compile("^,?\\s+of\\s+(?:the\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+)?");
    private static final Pattern BARE_OF = Pattern.compile("^,?\\s+of\\s+(?:the\\s+)?");
    private static final Pattern PLACE_POSSESSIVE = Pattern.compile("^[’']s?\\s+");
    private static final Pattern AND = Pattern.compile("^,?\\s+and\\s+");
    /**
     * "X, who works for", "X has covered education for", "X covers the State House for", "X plays for", "X, who
     * follows oil prices for the investment firm": work done for an organisation (up to five words of what is
     * covered, a name among them, and up to two lower-case words describing the organisation).
     */
    private static final Pattern WORKS_FOR = Pattern.compile("^(?:\\s*+,\\s*+|\\s++)(?:who\\s++)?(?:has\\s++|had\\s++|is\\s++|was\\s++)?"
            + "(?:works?|worked|working|writes|wrote|writing|reports|reported|reporting|covers|covered|covering|follows|"
            + "followed|following|plays|played|playing)\\s++(?:[\\p{L}’'-]++\\s++){0,5}?(?:for|at)\\s++(?:[Tt]he\\s++)?"
            + "(?:\\p{Ll}[\\p{Ll}-]*+\\s++){0,2}");

    private final String text;
    private final MentionIndex mentions;

    Memberships(ArticleView view) {
        this.text = view.text();
        this.mentions = view.mentions();
    }

    /** The memberships stated right after the person named by {@code person}, within the sentence ending at se. */
    List<Post> after(Hit person, int se) {
        List<Post> out = new ArrayList<>();
        ofOrganization(person.end(), se).ifPresent(o -> out.add(new Post("", o)));
        if (out.isEmpty()) {
            // "Jane Doe and John Roe of the Acme Party": the organisation of the next name in the pair
            Matcher and = AND.matcher(text.substring(person.end(), Math.min(se, person.end() + 8)));
            if (and.find()) {
                mentions.startingAt(person.end() + and.end()).filter(h -> h.type().isPerson())
                        .flatMap(next -> ofOrganization(next.end(), se)).ifPresent(o -> out.add(new Post("", o)));
            }
        }
        Matcher works = WORKS_FOR.matcher(text.substring(person.end(), se));
        if (works.find()) {
            organizationAt(person.end() + works.end()).ifPresent(o -> out.add(new Post("", o)));
        }
        return out;
    }

    private Optional<Entity> ofOrganization(int p, int se) {
        Matcher of = OF.matcher(text.substring(p, Math.min(se, p + 40)));
        if (!of.find()) {
            return Optional.empty();
        }
        int q = p + of.end();
        Optional<Hit> h = mentions.startingAt(q);
        if (h.isEmpty() && of.end() > 0) {
            // the optional lower-case word may have been the organisation's own start: try without it
            Matcher bare = BARE_OF.matcher(text.substring(p, Math.min(se, p + 12)));
            if (bare.find()) {
                q = p + bare.end();
                h = mentions.startingAt(q);
            }
        }
        if (h.isPresent() && h.get().type().isPlace()) {
            // "of Freedonia's Acme Institute"
            Matcher poss = PLACE_POSSESSIVE.matcher(text.substring(h.get().end(), Math.min(se, h.get().end() + 4)));
            if (poss.find()) {
                return organizationAt(h.get().end() + poss.end());
            }
        }
        return h.filter(x -> x.type().isOrganization()).map(Hit::entity);
    }

    private Optional<Entity> organizationAt(int p) {
        return mentions.startingAt(p).filter(h -> h.type().isOrganization()).map(Hit::entity);
    }
}
