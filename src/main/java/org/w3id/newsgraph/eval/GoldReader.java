package org.w3id.newsgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.newsgraph.eval.GoldFile.GoldEntity;
import org.w3id.newsgraph.eval.GoldFile.GoldQuote;
import org.w3id.newsgraph.eval.GoldFile.GoldRelation;
import org.w3id.newsgraph.eval.GoldFile.GoldRole;

/**
 * Reads gold files ({@code *.gold.json}) with Jena's JSON parser, so evaluation needs no extra dependency.
 * Checks that every item refers to an entity of the same file, because a dangling name would silently score
 * as a miss.
 */
public final class GoldReader {
    /** File name suffix of gold files. */
    public static final String SUFFIX = ".gold.json";

    private GoldReader() {}

    /** Reads one gold file. */
    public static GoldFile read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad gold file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads every {@code *.gold.json} in a directory, ordered by file name; a single file is read alone. */
    public static List<GoldFile> readAll(Path dirOrFile) {
        if (!Files.isDirectory(dirOrFile)) {
            return List.of(read(dirOrFile));
        }
        try (Stream<Path> files = Files.list(dirOrFile)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted()
                    .map(GoldReader::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dirOrFile, e);
        }
    }

    /** Parses the JSON text of one gold file. */
    public static GoldFile parse(String json) {
        JsonObject o = JSON.parse(json);
        List<GoldEntity> entities = new ArrayList<>();
        for (JsonObject e : objects(o, "entities")) {
            entities.add(new GoldEntity(string(e, "name"), string(e, "type"), optString(e, "subtype"),
                    strings(e, "aliases"), flag(e, "optional", false), flag(e, "in_body", true)));
        }
        List<GoldRole> roles = new ArrayList<>();
        for (JsonObject r : objects(o, "roles")) {
            roles.add(new GoldRole(string(r, "person"), string(r, "role"), string(r, "organization"),
                    flag(r, "optional", false)));
        }
        List<GoldQuote> quotes = new ArrayList<>();
        for (JsonObject q : objects(o, "quotes")) {
            quotes.add(new GoldQuote(string(q, "speaker"), string(q, "starts_with"), optString(q, "via"),
                    flag(q, "optional", false)));
        }
        List<GoldRelation> relations = new ArrayList<>();
        for (JsonObject r : objects(o, "relations")) {
            relations.add(new GoldRelation(string(r, "subject"), string(r, "relation"), string(r, "object"),
                    flag(r, "optional", false)));
        }
        GoldFile gold = new GoldFile(string(o, "doc"), optString(o, "body_starts_with"), entities, roles, quotes,
                relations);
        checkReferences(gold);
        return gold;
    }

    private static void checkReferences(GoldFile g) {
        List<String> names = new ArrayList<>();
        g.roles().forEach(r -> { names.add(r.person()); names.add(r.organization()); });
        // An optional quote may have no named speaker ("" for "a source said", as the PolNeAR gold files write it).
        g.quotes().stream().filter(q -> !(q.optional() && q.speaker().isBlank()))
                .forEach(q -> names.add(q.speaker()));
        g.relations().forEach(r -> { names.add(r.subject()); names.add(r.object()); });
        for (String n : names) {
            if (g.entity(n).isEmpty()) {
                throw new IllegalArgumentException("'" + n + "' is not the name of an entity in " + g.doc());
            }
        }
    }

    private static List<JsonObject> objects(JsonObject o, String key) {
        if (!o.hasKey(key) || o.get(key).isNull()) {
            return List.of();
        }
        return o.get(key).getAsArray().stream().map(JsonValue::getAsObject).toList();
    }

    private static String string(JsonObject o, String key) {
        String s = optString(o, key);
        if (s == null) {
            throw new IllegalArgumentException("missing \"" + key + "\" in " + o);
        }
        return s;
    }

    private static String optString(JsonObject o, String key) {
        if (!o.hasKey(key) || o.get(key).isNull()) {
            return null;
        }
        return o.get(key).getAsString().value();
    }

    private static List<String> strings(JsonObject o, String key) {
        if (!o.hasKey(key) || o.get(key).isNull()) {
            return List.of();
        }
        return o.get(key).getAsArray().stream().map(v -> v.getAsString().value()).toList();
    }

    private static boolean flag(JsonObject o, String key, boolean dflt) {
        if (!o.hasKey(key) || o.get(key).isNull()) {
            return dflt;
        }
        return o.get(key).getAsBoolean().value();
    }
}
