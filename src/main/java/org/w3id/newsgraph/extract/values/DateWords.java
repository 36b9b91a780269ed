package org.w3id.newsgraph.extract.values;

/**
 * What a sentence holds that a date expression needs, read in one pass before any date pattern runs: a digit
 * (days and years), a month's first three letters, "day" (weekdays, "today", "yesterday") or "orrow", a period
 * word. A pattern whose words are absent cannot match, so it is not run: most sentences hold no date.
 *
 * @param digit   an ASCII digit (the patterns' {@code \d})
 * @param month   "Jan", "Feb", ... "Dec", as every month name and abbreviation begins
 * @param weekday "day", as every weekday ends
 * @param day     "day" or "orrow" ("tomorrow")
 * @param period  "week", "month" or "year"
 */
record DateWords(boolean digit, boolean month, boolean weekday, boolean day, boolean period) {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    static DateWords of(String s) {
        boolean digit = false;
        boolean upper = false; // a month needs a capital letter: most lower-case clauses are done in this pass
        for (int i = 0; i < s.length() && !(digit && upper); i++) {
            char c = s.charAt(i);
            digit |= c >= '0' && c <= '9';
            upper |= c >= 'A' && c <= 'Z';
        }
        boolean month = false;
        for (int k = 0; upper && !month && k < MONTHS.length; k++) {
            month = s.contains(MONTHS[k]);
        }
        boolean weekday = s.contains("day");
        return new DateWords(digit, month, weekday, weekday || s.contains("orrow"),
                s.contains("week") || s.contains("month") || s.contains("year"));
    }
}
