package org.w3id.newsgraph.eval;

import java.util.List;
import java.util.Optional;

/**
 * One hand-checked gold annotation file (see the seeds-gold README): what a perfect extractor would report for
 * one article. Plain immutable values; {@link GoldReader} builds them from JSON.
 *
 * @param doc            the article's file name (matched against {@code ArticleFacts.source()})
 * @param bodyStartsWith the first words of the article body
 * @param entities       gold entities, optional ones included
 * @param roles          gold roles
 * @param quotes         gold quotes
 * @param relations      gold relations
 */
public record GoldFile(String doc, String bodyStartsWith, List<GoldEntity> entities, List<GoldRole> roles,
        List<GoldQuote> quotes, List<GoldRelation> relations) {
    public GoldFile {
        entities = List.copyOf(entities);
        roles = List.copyOf(roles);
        quotes = List.copyOf(quotes);
        relations = List.copyOf(relations);
    }

    /** The gold entity whose {@code name} is exactly {@code name}; gold items refer to entities this way. */
    public Optional<GoldEntity> entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * A gold entity.
     *
     * @param name     the most complete proper name
     * @param type     Person, Organization or Place
     * @param subtype  Company, Country, ..., "Other", or null (people)
     * @param aliases  other surface forms
     * @param optional neither required nor penalised
     * @param inBody   false when it occurs only in boilerplate
     */
    public record GoldEntity(String name, String type, String subtype, List<String> aliases, boolean optional,
            boolean inBody) {
        public GoldEntity {
            aliases = List.copyOf(aliases);
        }

        @Override
        public String toString() {
            return name + " (" + (subtype == null ? type : type + "/" + subtype) + ")";
        }
    }

    /** A gold role: {@code person} holds {@code role} in {@code organization} (entity names). */
    public record GoldRole(String person, String role, String organization, boolean optional) {
        @Override
        public String toString() {
            return person + " — " + role + " — " + organization;
        }
    }

    /** A gold quote: its speaker's entity name, its opening words and the unnamed channel ({@code via}) or null. */
    public record GoldQuote(String speaker, String startsWith, String via, boolean optional) {
        @Override
        public String toString() {
            return speaker + (via == null ? "" : " (via " + via + ")") + ": \u201c" + startsWith + "\u2026\u201d";
        }
    }

    /** A gold relation between two entity names; the phrase is free text. */
    public record GoldRelation(String subject, String relation, String object, boolean optional) {
        @Override
        public String toString() {
            return subject + " —" + relation + "→ " + object;
        }
    }
}
