package org.w3id.newsgraph.server.view;

import java.util.EnumSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.RelationType;

/**
 * The API's request parameters, checked: each bad value is one line naming the parameter and what it accepts
 * ({@link BadParameter}). Absent parameters take their defaults. A coarse type (Organization) includes its
 * narrower ones (Company, ...).
 *
 * @param n           how many entities to open on (top) or to list (search)
 * @param types       the entity types shown
 * @param minMentions entities named fewer times are left out (the focus of a neighbourhood never is)
 * @param entity      the key of the entity whose neighbourhood is asked for, or null
 * @param depth       1 (neighbours) or 2 (their neighbours too)
 * @param relTypes    the relation types shown
 * @param coMentions  whether "named in the same articles" counts as a link
 * @param minWeight   links stated in (or pairs named together in) fewer articles are left out
 * @param limit       at most this many entities in a neighbourhood
 * @param q           the search text, lower case, or null
 */
record ViewParams(int n, Set<EntityType> types, long minMentions, String entity, int depth,
        Set<RelationType> relTypes, boolean coMentions, long minWeight, int limit, String q) {
    static final int MAX_NODES = 500;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._~-]{1,200}");
    private static final Set<String> KNOWN = Set.of("n", "type", "minMentions", "entity", "depth", "relTypes",
            "coMentions", "minWeight", "limit", "q");

    /** A parameter value the API does not accept; the message is the one line sent back. */
    static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads the request's parameters (each given at most once). */
    static ViewParams of(Map<String, String[]> raw, int defaultN) {
        for (Map.Entry<String, String[]> e : raw.entrySet()) {
            if (!KNOWN.contains(e.getKey())) {
                throw new BadParameter("unknown parameter '" + e.getKey() + "'; known: "
                        + String.join(", ", KNOWN.stream().sorted().toList()));
            }
            if (e.getValue().length != 1) {
                throw new BadParameter("parameter '" + e.getKey() + "' is given " + e.getValue().length
                        + " times; give it once");
            }
        }
        return new ViewParams(
                (int) number(raw, "n", defaultN, 1, MAX_NODES),
                types(value(raw, "type")),
                number(raw, "minMentions", 1, 0, Integer.MAX_VALUE),
                key(value(raw, "entity")),
                (int) number(raw, "depth", 1, 1, 2),
                relTypes(value(raw, "relTypes")),
                bool(raw, "coMentions"),
                number(raw, "minWeight", 1, 1, Integer.MAX_VALUE),
                (int) number(raw, "limit", 80, 1, MAX_NODES),
                text(value(raw, "q")));
    }

    private static String value(Map<String, String[]> raw, String name) {
        String[] v = raw.get(name);
        return v == null ? null : v[0].strip();
    }

    private static long number(Map<String, String[]> raw, String name, long dflt, long min, long max) {
        String v = value(raw, name);
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            long x = Long.parseLong(v);
            if (x >= min && x <= max) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below, as any value out of range
        }
        throw new BadParameter("parameter '" + name + "' must be a whole number from " + min + " to " + max
                + ", not '" + v + "'");
    }

    private static boolean bool(Map<String, String[]> raw, String name) {
        String v = value(raw, name);
        if (v == null || v.isEmpty()) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new BadParameter("parameter '" + name + "' must be true or false, not '" + v + "'");
        };
    }

    private static Set<EntityType> types(String v) {
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (EntityType t : names(v, EntityType.values(), EntityType::localName, "type", "type")) {
            for (EntityType c : EntityType.values()) {
                if (c == t || c.coarse() == t) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static Set<RelationType> relTypes(String v) {
        return EnumSet.copyOf(names(v, RelationType.values(), RelationType::localName, "relTypes", "relation"));
    }

    /** The constants a comma-separated list names (case aside), or all of them when the list is absent. */
    private static <E extends Enum<E>> List<E> names(String v, E[] all, Function<E, String> name, String param,
            String what) {
        if (v == null || v.isEmpty()) {
            return List.of(all);
        }
        List<E> out = new ArrayList<>();
        for (String given : v.split(",")) {
            E found = Arrays.stream(all).filter(c -> name.apply(c).equalsIgnoreCase(given.strip())).findFirst()
                    .orElseThrow(() -> new BadParameter("parameter '" + param + "': unknown " + what + " '"
                            + given.strip() + "'; known: "
                            + String.join(", ", Arrays.stream(all).map(name).toList())));
            out.add(found);
        }
        return out;
    }

    private static String key(String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (!KEY.matcher(v).matches()) {
            throw new BadParameter("parameter 'entity' must be an entity key such as angela-merkel (letters,"
                    + " digits, '.', '_', '~', '-'), not '" + v + "'");
        }
        return v;
    }

    private static String text(String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.length() > 100) {
            throw new BadParameter("parameter 'q' must be at most 100 characters");
        }
        return v.toLowerCase(Locale.ROOT);
    }
}
