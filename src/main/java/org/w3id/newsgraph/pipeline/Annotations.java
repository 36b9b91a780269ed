package org.w3id.newsgraph.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.w3id.newsgraph.model.Amount;
import org.w3id.newsgraph.model.DateMention;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.Event;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.model.QuoteSpan;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.model.Stance;
import org.w3id.newsgraph.model.Token;

/**
 * The annotation keys of the extraction pipeline, in the order steps usually add them. Lists are immutable.
 * All spans index into {@link Document#text()}.
 */
public final class Annotations {
    private Annotations() {}

    /** Span of the article body (after any leading page furniture). */
    public static final AnnotationKey<Span> BODY = AnnotationKey.of("body", Span.class);
    /** Spans recognised as boilerplate: captions, credits, playlists, CMS tags. No fact may come from them. */
    public static final AnnotationKey<List<Span>> BOILERPLATE = AnnotationKey.of("boilerplate", List.class);
    /** Body sentences outside boilerplate, in text order; {@code Sentence.index} is the list position. */
    public static final AnnotationKey<List<Sentence>> SENTENCES = AnnotationKey.of("sentences", List.class);
    /** Tokens with UD part-of-speech tags, in text order, each with its sentence index. */
    public static final AnnotationKey<List<Token>> TOKENS = AnnotationKey.of("tokens", List.class);
    /** Entities with their mentions, aliases resolved (one entity per real-world referent). */
    /** Quote-marked spans of the body, in text order (whether or not a speaker is found for them). */
    public static final AnnotationKey<List<QuoteSpan>> QUOTE_SPANS = AnnotationKey.of("quote spans", List.class);
    public static final AnnotationKey<List<Entity>> ENTITIES = AnnotationKey.of("entities", List.class);
    public static final AnnotationKey<List<Role>> ROLES = AnnotationKey.of("roles", List.class);
    public static final AnnotationKey<List<Quote>> QUOTES = AnnotationKey.of("quotes", List.class);
    public static final AnnotationKey<List<Relation>> RELATIONS = AnnotationKey.of("relations", List.class);
    /** Sums of money in the body, in text order. */
    public static final AnnotationKey<List<Amount>> AMOUNTS = AnnotationKey.of("amounts", List.class);
    /** Date expressions of the body, in text order, relative ones resolved against {@link #ARTICLE_DATE}. */
    public static final AnnotationKey<List<DateMention>> DATES = AnnotationKey.of("dates", List.class);
    /** The article's own date (dateline, "Published …"), empty when the page shows none. */
    public static final AnnotationKey<Optional<LocalDate>> ARTICLE_DATE = AnnotationKey.of("article date", Optional.class);
    /** Events reported in the body, in text order. */
    public static final AnnotationKey<List<Event>> EVENTS = AnnotationKey.of("events", List.class);
    /** Stances (who is critical or supportive of whom), in text order of their evidence. */
    public static final AnnotationKey<List<Stance>> STANCES = AnnotationKey.of("stances", List.class);
}
