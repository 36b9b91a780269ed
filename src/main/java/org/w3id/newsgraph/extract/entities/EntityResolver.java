package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Mention;
import org.w3id.newsgraph.model.Slugs;
import org.w3id.newsgraph.model.Span;

/**
 * Groups name mentions into entities, one per referent within the article ({@link GroupLinks}), and names each
 * (gazetteer name, else the longest form) with the type its mentions vote for ({@link NameGroup}).
 */
public final class EntityResolver {
    private final Gazetteer gazetteer;

    EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Entity> resolve(TokenView v, List<EntityStep.Candidate> candidates) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<NameGroup> groups = new ArrayList<>();
        Map<Integer, Integer> groupAtToken = new HashMap<>();
        SentenceStops stops = new SentenceStops(v, gazetteer);
        for (EntityStep.Candidate raw : candidates) {
            EntityStep.Candidate c = cleaned(v, raw, stops);
            if (c == null) {
                continue;
            }
            String key = c.gazetteerId() != null ? "gaz:" + c.gazetteerId()
                    : c.group() != null ? c.group() : "name:" + c.surface().toLowerCase(Locale.ROOT);
            Integer g = index.get(key);
            if (g == null) {
                g = groups.size();
                index.put(key, g);
                groups.add(new NameGroup(c.gazetteerId(), c.group() != null));
            }
            groups.get(g).mentions.add(c);
            groupAtToken.put(c.first(), g);
        }
        GroupLinks.linkAll(v, groups, groupAtToken);
        return build(v, groups);
    }

    private List<Entity> build(TokenView v, List<NameGroup> groups) {
        Map<Integer, List<NameGroup>> components = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            components.computeIfAbsent(GroupLinks.root(groups, i), k -> new ArrayList<>()).add(groups.get(i));
        }
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (List<NameGroup> comp : components.values()) {
            NameGroup all = new NameGroup(null, false);
            String gazId = null;
            boolean government = false;
            for (NameGroup g : comp) {
                all.mentions.addAll(g.mentions);
                gazId = gazId == null ? g.gazetteerId : gazId;
                government |= g.government;
            }
            if (all.mentions.stream().allMatch(EntityStep.Candidate::generic)
                    || gazId == null && all.mentions.stream().anyMatch(EntityStep.Candidate::thing)) {
                continue;
            }
            all.mentions.sort((x, y) -> Integer.compare(x.first(), y.first()));
            GazetteerEntry entry = gazId == null ? null : gazetteer.byId(gazId).orElse(null);
            String name;
            EntityType type;
            if (entry != null) {
                name = entry.name();
                type = entry.type();
            } else if (government) {
                name = comp.stream().filter(g -> g.government).findFirst().orElseThrow().mentions.get(0).surface();
                type = EntityType.GOVERNMENT_BODY;
            } else {
                name = all.longest();
                type = all.vote();
            }
            Set<String> aliases = new LinkedHashSet<>();
            List<Mention> mentions = new ArrayList<>();
            for (EntityStep.Candidate c : all.mentions) {
                if (!c.surface().equals(name)) {
                    aliases.add(c.surface());
                }
            }
            String key = entry != null ? entry.id() : Slugs.nameKey(name);
            if (entry == null && clubOfATown(key, type)) {
                key = Slugs.nameKey(name + " " + type.coarse().name());
            }
            Entity previous = byKey.get(key);
            for (EntityStep.Candidate c : all.mentions) {
                Span span = NameCleaner.clean(v.fullText(),
                        new Span(v.token(c.first()).span().begin(), v.token(c.last()).span().end()));
                if (!c.surface().endsWith(".") && span.end() - span.begin() > 1
                        && v.fullText().charAt(span.end() - 1) == '.') {
                    span = new Span(span.begin(), span.end() - 1); // a sentence's stop ({@link SentenceStops})
                }
                mentions.add(new Mention(c.surface(), span, c.sentence()));
            }
            Entity e = new Entity(key, name, type, aliases, mentions, entry == null ? null : entry.wikidata());
            if (previous != null) {
                Set<String> a = new LinkedHashSet<>(previous.aliases());
                a.addAll(aliases);
                a.remove(previous.name());
                List<Mention> m = new ArrayList<>(previous.mentions());
                m.addAll(mentions);
                e = new Entity(key, previous.name(), previous.type(), a, m, previous.wikidata());
            }
            byKey.put(key, e);
        }
        return List.copyOf(byKey.values());
    }

    /**
     * An unlisted organisation whose name key is a listed place's id ("Nice have not won a league match"): a club
     * named by its town is not the town, so its key takes its type; else it would be one node with the town, and
     * in an article that also names the town ("NICE, France" in the dateline) its mentions would join the place.
     */
    private boolean clubOfATown(String key, EntityType type) {
        return type.isOrganization() && gazetteer.byId(key).filter(g -> g.type().isPlace()).isPresent();
    }

    /**
     * The candidate with its surface cleaned of stray punctuation ({@link NameCleaner}) and of a sentence's full stop
     * ({@link SentenceStops}), or null if none is left.
     */
    private static EntityStep.Candidate cleaned(TokenView v, EntityStep.Candidate c, SentenceStops stops) {
        String surface = stops.trim(NameCleaner.clean(c.surface()), v.token(c.last()).span().end());
        if (surface.equals(c.surface())) {
            return c;
        }
        return surface.isEmpty() ? null : new EntityStep.Candidate(c.first(), c.last(), c.sentence(), surface,
                c.type(), c.strength(), c.gazetteerId(), c.group(), c.generic(), c.thing());
    }
}
