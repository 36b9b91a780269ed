package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Mention;

/**
 * All entity mentions of a document in text order, so the attribution steps can ask "which entity is named at,
 * just before or just after this offset" without rescanning the entity list. Immutable.
 */
public final class MentionIndex {
    /** One mention together with the entity it names. */
    public record Hit(Entity entity, Mention mention) {
        public int begin() {
            return mention.span().begin();
        }

        public int end() {
            return mention.span().end();
        }

        public String key() {
            return entity.key();
        }

        public EntityType type() {
            return entity.type();
        }
    }

    private final List<Hit> hits;
    private final int[] begins;
    private final int maxLength;
    private final Map<String, Entity> byKey;

    public MentionIndex(List<Entity> entities) {
        List<Hit> all = new ArrayList<>();
        Map<String, Entity> keys = new HashMap<>();
        for (Entity e : entities) {
            keys.put(e.key(), e);
            for (Mention m : e.mentions()) {
                all.add(new Hit(e, m));
            }
        }
        all.sort(Comparator.comparingInt(Hit::begin).thenComparing(h -> -h.end()));
        this.hits = List.copyOf(all);
        this.begins = all.stream().mapToInt(Hit::begin).toArray();
        this.maxLength = all.stream().mapToInt(h -> h.end() - h.begin()).max().orElse(0);
        this.byKey = Map.copyOf(keys);
    }

    /**
     * Index of the first hit beginning at or after {@code offset}. Lookups start there (or {@code maxLength}
     * before, for hits that end at or cover an offset) instead of scanning from the top: the attribution steps
     * ask many questions per sentence, and a scan from the start made them quadratic in article length.
     */
    private int firstFrom(int offset) {
        int lo = 0;
        int hi = begins.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begins[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public List<Hit> hits() {
        return hits;
    }

    public Entity entity(String key) {
        return byKey.get(key);
    }

    /** The longest mention ending exactly at {@code end}. */
    public Optional<Hit> endingAt(int end) {
        Hit best = null;
        for (int i = firstFrom(end - maxLength); i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.begin() >= end) {
                break;
            }
            if (h.end() == end && (best == null || h.begin() < best.begin())) {
                best = h;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The longest mention starting exactly at {@code begin}. */
    public Optional<Hit> startingAt(int begin) {
        for (int i = firstFrom(begin); i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.begin() == begin) {
                return Optional.of(h);
            }
            if (h.begin() > begin) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Mentions lying entirely inside [begin, end), in text order. */
    public List<Hit> within(int begin, int end) {
        List<Hit> out = new ArrayList<>();
        for (int i = firstFrom(begin); i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.begin() >= end) {
                break;
            }
            if (h.begin() >= begin && h.end() <= end) {
                out.add(h);
            }
        }
        return out;
    }

    /** The mention covering {@code offset}, if any. */
    Optional<Hit> covering(int offset) {
        for (int i = firstFrom(offset - maxLength); i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.begin() > offset) {
                break;
            }
            if (h.end() > offset) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
