package org.w3id.newsgraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.w3id.newsgraph.ner.ConllDocument;
import org.w3id.newsgraph.ner.ConllText;

import opennlp.tools.util.Span;

/**
 * The entity-level gold of a CoNLL article, made as {@code shared/tools/conll2gold.py} makes it: distinct names
 * per article; PER, ORG, LOC become Person, Organization, Place; MISC is optional; a one-word person name that
 * starts or ends a longer person name is its alias.
 */
final class ConllGold {
    private static final Map<String, String> TYPES = Map.of("PER", "Person", "ORG", "Organization", "LOC", "Place");

    private ConllGold() {
    }

    static GoldFile of(String docName, ConllDocument doc, ConllText text) {
        List<Span> names = ConllText.goldNames(doc, text);
        List<String[]> distinct = new ArrayList<>(); // {surface, type}
        for (Span n : names) {
            String surface = text.text().substring(n.getStart(), n.getEnd());
            if (distinct.stream().noneMatch(d -> d[0].equals(surface) && d[1].equals(n.getType()))) {
                distinct.add(new String[] {surface, n.getType()});
            }
        }
        distinct.sort(Comparator.comparingInt((String[] d) -> -d[0].length())); // stable: longest first
        Map<String, MutableEntity> entities = new LinkedHashMap<>();
        for (String[] d : distinct) {
            if (d[1].equals("PER") && !d[0].contains(" ")) {
                MutableEntity host = entities.values().stream().filter(e -> e.type.equals("Person")
                        && (first(e.name).equals(d[0]) || last(e.name).equals(d[0]))).findFirst().orElse(null);
                if (host != null) {
                    host.aliases.add(d[0]);
                    continue;
                }
            }
            entities.putIfAbsent(d[0].toLowerCase(Locale.ROOT) + "\t" + d[1],
                    new MutableEntity(d[0], TYPES.getOrDefault(d[1], "Organization"), d[1].equals("MISC")));
        }
        List<GoldFile.GoldEntity> gold = entities.values().stream()
                .map(e -> new GoldFile.GoldEntity(e.name, e.type, null, e.aliases, e.optional, true)).toList();
        return new GoldFile(docName, null, gold, List.of(), List.of(), List.of());
    }

    private static String first(String name) {
        return name.split(" ")[0];
    }

    private static String last(String name) {
        String[] w = name.split(" ");
        return w[w.length - 1];
    }

    private static final class MutableEntity {
        final String name;
        final String type;
        final boolean optional;
        final List<String> aliases = new ArrayList<>();

        MutableEntity(String name, String type, boolean optional) {
            this.name = name;
            this.type = type;
            this.optional = optional;
        }
    }
}
