package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Written forms that look like names but never are, dropped after the rules and the model have joined. US copy
 * tags a legislator with party and state, "Sen. Rand Paul (R-Ky.)", "(D-N.Y.)", "(I-Vt)": the capitalised tag
 * was read as a place or an organisation (4 of the 43 errors of the polnear-train precision sample).
 */
final class NotNames {
    /** A party initial, a hyphen and a state's abbreviation ("R-Ky.", "D-Calif.", "R-S.C"). */
    static final Pattern PARTY_STATE = Pattern.compile("[DRI]-[A-Z][A-Za-z.]{0,5}");

    private NotNames() {
    }

    static List<EntityStep.Candidate> drop(List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            if (!PARTY_STATE.matcher(c.surface()).matches()) {
                out.add(c);
            }
        }
        return out;
    }
}
