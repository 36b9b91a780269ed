package org.w3id.newsgraph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the extractor found in one article: plain values, no RDF. The RDF mapper turns this into the
 * article's named graph.
 *
 * @param source      input file name (dcterms:source); also determines the article IRI
 * @param text        the full text as read (all spans index into it)
 * @param body        where the article body is (boilerplate before it, such as a video playlist, is outside)
 * @param boilerplate spans inside or outside the body recognised as page furniture (captions, credits, CMS tags)
 * @param sentences   body sentences, boilerplate excluded
 * @param entities    entities named in the body
 * @param roles       people's posts
 * @param quotes      direct quotes
 * @param relations   typed relations between entities
 * @param date        the article's own date (a dateline, "Published …"), or null when the page shows none
 * @param amounts     sums of money named in the body
 * @param dates       date expressions of the body, relative ones resolved against {@code date} when known
 * @param events      meetings, deals, bans, hearings, statements ... reported in the body
 * @param stances     who is critical or supportive of whom
 */
public record ArticleFacts(String source, String text, Span body, List<Span> boilerplate, List<Sentence> sentences,
        List<Entity> entities, List<Role> roles, List<Quote> quotes, List<Relation> relations, LocalDate date,
        List<Amount> amounts, List<DateMention> dates, List<Event> events, List<Stance> stances) {
    public ArticleFacts {
        boilerplate = List.copyOf(boilerplate);
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        roles = List.copyOf(roles);
        quotes = List.copyOf(quotes);
        relations = List.copyOf(relations);
        amounts = List.copyOf(amounts);
        dates = List.copyOf(dates);
        events = List.copyOf(events);
        stances = List.copyOf(stances);
    }

    /** Facts without date, amounts, events or stances (hand-built facts in tests, the evaluator's empty facts). */
    public ArticleFacts(String source, String text, Span body, List<Span> boilerplate, List<Sentence> sentences,
            List<Entity> entities, List<Role> roles, List<Quote> quotes, List<Relation> relations) {
        this(source, text, body, boilerplate, sentences, entities, roles, quotes, relations, null, List.of(),
                List.of(), List.of(), List.of());
    }

    public Entity entity(String key) {
        for (Entity e : entities) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }
}
