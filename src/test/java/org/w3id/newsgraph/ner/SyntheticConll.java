package org.w3id.newsgraph.ner;

/** A small CoNLL-2003 file written for the tests: made-up articles, no corpus text. */
final class SyntheticConll {
    private SyntheticConll() {
    }

    private static final String[] PEOPLE = {"Ingrid Solberg", "Tomas Varga", "Amara Okonkwo", "Lena Hartwig",
        "Pavel Drozd", "Nadia Ferreira"};
    private static final String[] ORGS = {"Varnholt Industries", "Kestrel Mining", "Orbis Freight", "Talven Bank"};
    private static final String[] PLACES = {"Oslo", "Lisbon", "Nairobi", "Krakow", "Quito"};

    /** {@code articles} articles of four sentences, IOB2 tags. */
    static String text(int articles) {
        StringBuilder sb = new StringBuilder();
        for (int a = 0; a < articles; a++) {
            sb.append("-DOCSTART- -X- -X- O\n\n");
            String per = PEOPLE[a % PEOPLE.length];
            String org = ORGS[a % ORGS.length];
            String loc = PLACES[a % PLACES.length];
            sentence(sb, name(per, "PER") + "said:VBD on:IN Monday:NNP that:IN " + name(org, "ORG") + "would:MD open:VB in:IN "
                    + name(loc, "LOC") + ".:.");
            sentence(sb, name(org, "ORG") + "shares:NNS rose:VBD 3:CD percent:NN in:IN " + name(loc, "LOC") + ".:.");
            sentence(sb, "The:DT chief:NN of:IN " + name(org, "ORG") + ",:, " + name(per, "PER") + ",:, visited:VBD "
                    + name(PLACES[(a + 1) % PLACES.length], "LOC") + ".:.");
            sentence(sb, name(per.split(" ")[1], "PER") + "declined:VBD to:TO comment:VB .:.");
        }
        return sb.toString();
    }

    private static String name(String name, String type) {
        StringBuilder sb = new StringBuilder();
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            sb.append(words[i]).append(":NNP:").append(i == 0 ? "B-" : "I-").append(type).append(' ');
        }
        return sb.toString();
    }

    /** Tokens written "word:POS" (tag O) or "word:POS:TAG", separated by spaces. */
    private static void sentence(StringBuilder sb, String tokens) {
        for (String t : tokens.trim().split(" ")) {
            String[] p = t.split(":", -1);
            String word = p[0].isEmpty() ? ":" : p[0];
            sb.append(word).append(' ').append(p[1]).append(" O ").append(p.length > 2 ? p[2] : "O").append('\n');
        }
        sb.append('\n');
    }
}
