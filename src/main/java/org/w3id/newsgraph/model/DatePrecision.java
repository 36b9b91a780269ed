package org.w3id.newsgraph.model;

/** How much of a date a mention states: a day ("3 March 2024"), a week ("last week"), a month or a year. */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR
}
