package org.w3id.newsgraph.extract.entities;

import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.text.TokenView;

/** A wire story's dateline, "PLACE 1996-08-30" or "PLACE, Country 1996-08-30": its first name is a place. */
final class WireDateline {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private WireDateline() {
    }

    /** The name ending at token z opens a wire dateline: an ISO date ends its sentence within a few words. */
    static boolean opens(TokenView v, int z) {
        for (int k = z + 1; k <= z + 6 && v.sameSentence(k, z); k++) {
            if (ISO_DATE.matcher(v.text(k)).matches()) {
                return !v.sameSentence(k + 1, z);
            }
        }
        return false;
    }
}
