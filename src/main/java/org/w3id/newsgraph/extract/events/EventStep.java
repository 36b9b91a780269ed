package org.w3id.newsgraph.extract.events;

import org.w3id.newsgraph.extract.entities.MentionIndex;
import java.util.Set;

import org.w3id.newsgraph.pipeline.AnnotationKey;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Step;

/** Finds events from trigger words, with their participants, place, date and amount ({@link EventFinder}). */
public final class EventStep implements Step {
    @Override
    public Set<AnnotationKey<?>> requires() {
        return Set.of(Annotations.SENTENCES, Annotations.ENTITIES, Annotations.AMOUNTS, Annotations.DATES,
                Annotations.COREFERENCE);
    }

    @Override
    public Set<AnnotationKey<?>> provides() {
        return Set.of(Annotations.EVENTS);
    }

    @Override
    public Document apply(Document document) {
        EventFinder finder = new EventFinder(document.text(), new EventMentions(
                new MentionIndex(document.get(Annotations.ENTITIES)), document.get(Annotations.COREFERENCE)));
        return document.with(Annotations.EVENTS, finder.find(document.get(Annotations.SENTENCES),
                document.get(Annotations.AMOUNTS), document.get(Annotations.DATES)));
    }
}
