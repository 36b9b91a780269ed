package org.w3id.newsgraph.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.eval.GoldFile.GoldEntity;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;

/**
 * Decides which gold entities of one gold file an extracted entity stands for: it matches when any of its names
 * (canonical name or alias) equals the gold name or a gold alias after {@link NameMatcher#normalize}. Immutable.
 */
public final class EntityMatcher {
    private final GoldFile gold;
    private final List<Set<String>> goldForms = new ArrayList<>();

    public EntityMatcher(GoldFile gold) {
        this.gold = gold;
        for (GoldEntity g : gold.entities()) {
            goldForms.add(forms(g));
        }
    }

    /** The normalised surface forms of a gold entity: its name and aliases. */
    public static Set<String> forms(GoldEntity g) {
        Set<String> s = new LinkedHashSet<>();
        s.add(NameMatcher.normalize(g.name()));
        g.aliases().forEach(a -> s.add(NameMatcher.normalize(a)));
        return s;
    }

    /** The names of an extracted entity: canonical name first, then aliases. */
    public static List<String> names(Entity e) {
        List<String> n = new ArrayList<>();
        n.add(e.name());
        e.aliases().stream().sorted().forEach(n::add);
        return n;
    }

    /**
     * The names of the entity with this key in the article, or the key alone when the article lists no such
     * entity (a dangling key still gets a chance to match by its slug, and shows up readably in reports).
     */
    public static List<String> names(ArticleFacts facts, String key) {
        if (key == null) {
            return List.of();
        }
        Entity e = facts.entity(key);
        return e == null ? List.of(key) : names(e);
    }

    /** True when one of {@code names} equals a form of {@code g}. */
    public boolean matches(Collection<String> names, GoldEntity g) {
        Set<String> forms = goldForms.get(gold.entities().indexOf(g));
        for (String n : names) {
            if (forms.contains(NameMatcher.normalize(n))) {
                return true;
            }
        }
        return false;
    }

    public boolean matches(Entity e, GoldEntity g) {
        return matches(names(e), g);
    }

    /** True when one of {@code names} equals a form of the gold entity named {@code goldName}. */
    public boolean matches(Collection<String> names, String goldName) {
        return gold.entity(goldName).map(g -> matches(names, g)).orElse(false);
    }

    /** As {@link #matches(Collection, String)}, comparing {@link NameMatcher#loose} forms (for role pairs). */
    public boolean matchesLoosely(Collection<String> names, String goldName) {
        return gold.entity(goldName).map(g -> {
            Set<String> forms = new LinkedHashSet<>();
            forms(g).forEach(f -> forms.add(NameMatcher.loose(f)));
            return names.stream().anyMatch(n -> forms.contains(NameMatcher.loose(n)));
        }).orElse(false);
    }

    /** Every gold entity (optional ones included) that these names match, in gold order. */
    public List<GoldEntity> matching(Collection<String> names) {
        List<GoldEntity> out = new ArrayList<>();
        for (GoldEntity g : gold.entities()) {
            if (matches(names, g)) {
                out.add(g);
            }
        }
        return out;
    }

    public List<GoldEntity> matching(Entity e) {
        return matching(names(e));
    }

    /** True when these names match at least one optional gold entity. */
    public boolean matchesOptional(Collection<String> names) {
        return matching(names).stream().anyMatch(GoldEntity::optional);
    }
}
