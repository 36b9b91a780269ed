package org.w3id.newsgraph.model;

import java.time.LocalDate;

/**
 * A date or time expression of the body.
 *
 * @param text      the characters as written ("12 May 2023", "last week", "Tuesday")
 * @param span      where it is in the text
 * @param sentence  index of its sentence
 * @param date      the day it names (the first day of the week, month or year for coarser precisions), or null
 *                  when it is relative and the article has no date to resolve it against
 * @param precision how much of the date the text states
 * @param relative  true when the text needs the article's date to be understood ("yesterday", "in January")
 */
public record DateMention(String text, Span span, int sentence, LocalDate date, DatePrecision precision,
        boolean relative) {}
