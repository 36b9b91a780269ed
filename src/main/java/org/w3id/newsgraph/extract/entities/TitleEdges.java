package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;

/**
 * Where a title at a name's edge is the title and where it is part of the name. A post named "X of Y" before a
 * person leaves its field at the start of the run of capitals ("Chief of Staff Denis McDonough", "Director of
 * Communications Jen Pike"): the field is the post's, not the person's. An abbreviated rank after a body's word is
 * the next person's ("Army Col. Dana Whitfield"): the body ends before it, even though "Army" is an organisation
 * word. A title word after a listed given name, with no capitalised word after it, is a surname ("campaign manager
 * Kevin Bishop", "Ann Judge said").
 */
final class TitleEdges {
    private TitleEdges() {
    }

    /**
     * Token s is the field of a post "title of Field" written before a person: the word before s is "of" after a
     * title, and a listed given name and at least one more word follow s within the run [s, e]; "Staff" is the
     * field of the commonest such post ("Chief of Staff"), whatever name follows it.
     */
    static boolean postField(TokenView v, NameLexicon lexicon, int s, int e) {
        return s + 2 <= e && "of".equals(v.text(s - 1)) && v.sameSentence(s - 2, s)
                && NameLexicon.isTitle(v.text(s - 2)) && !v.isAllCaps(s)
                && (lexicon.isGivenName(v.text(s + 1)) || "Staff".equals(v.text(s)));
    }

    /** Token z is a rank written short with its full stop ("Col.", "Gen", "Lt" before "."): never a name's end. */
    static boolean abbreviatedRank(TokenView v, int z) {
        String w = v.text(z);
        return (NameLexicon.isTitle(w) || NameLexicon.isTitle(w + ".")) && w.length() <= 5
                && (w.endsWith(".") || ".".equals(v.text(z + 1)) && v.glued(z, z + 1));
    }

    /**
     * Token z, a title word, ends a two-word name [a, z] as its surname: a listed given name before it, written in
     * capitals only at its start, no full stop, and no capitalised word right after it.
     */
    static boolean surnameTitle(TokenView v, NameLexicon lexicon, int a, int z) {
        String w = v.text(z);
        return z == a + 1 && lexicon.isGivenName(v.text(a)) && v.isCap(z) && !v.isAllCaps(z) && w.length() > 3
                && !w.contains(".") && !".".equals(v.text(z + 1)) && !(v.sameSentence(z, z + 1) && v.isCap(z + 1));
    }
}
