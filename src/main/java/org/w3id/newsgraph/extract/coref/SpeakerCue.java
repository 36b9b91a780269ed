package org.w3id.newsgraph.extract.coref;

import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Span;

/**
 * Whether a mention is the subject of an attribution: "Smith said", "Smith has told", "Smith, an analyst at Acme,
 * said", "Smith welcomed the review but said", "said Smith", "according to Smith". Pronouns and person descriptions prefer such a subject ("the subject of the previous attribution
 * first"). The core verbs only: this is a salience cue, not the attribution itself.
 */
final class SpeakerCue {
    private static final String VERBS = "said|says|told|tells|added|adds|wrote|writes|asked|asks|stated|states|"
            + "explained|argued|insisted|noted|continued|replied|tweeted|declared|warned|claimed|recalled|"
            + "acknowledged|testified|announced";
    private static final Pattern AFTER = Pattern.compile("^(?:[’']s\\s+spokes\\w+)?(?:,[^,;.“”\"]{1,90},|\\s[^,;.:“”\"]{1,60}?\\s(?:and|but))?[\\s,]*(?:(?:has|had|also|then|"
            + "later|previously|once|repeatedly|recently|will|would)\\s+)*(?:" + VERBS + ")(?![\\p{L}])");
    private static final Pattern BEFORE = Pattern.compile("(?:(?<![\\p{L}])(?:" + VERBS
            + ")|according\\s+to)\\s+(?:(?:former|\\p{Lu}[\\p{L}.-]*)\\s+){0,3}$");

    private SpeakerCue() {}

    static boolean marks(String text, Span span) {
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 140));
        if (AFTER.matcher(after).find()) {
            return true;
        }
        String before = text.substring(Math.max(0, span.begin() - 40), span.begin());
        return BEFORE.matcher(before).find();
    }
}
