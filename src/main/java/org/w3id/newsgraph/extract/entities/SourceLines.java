package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;
import org.w3id.newsgraph.model.EntityType;

/**
 * A news service's source line names the place of publication and then the outlet, with no punctuation between
 * ("PM2303111794 Lisbon DIARIO NOVO in Portuguese 23 Mar 94 p 3", "Lisbon NOTICIAS" alone on its line), so the
 * name rules read "Lisbon DIARIO NOVO" as one name. On such a line a name that begins with a listed place is two
 * names: the place and the outlet. A line is a source line when the name starts it or follows a document number
 * (letters and digits run together), and the name ends it or is followed by "in" and a language or by the issue's
 * date ("30 Jan 94").
 */
public final class SourceLines {
    /** A document number: "FL1402001894", "944E0738B". */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("(?=[A-Z0-9]{6,}$)[A-Z]*\\d[A-Z0-9]*");
    /** A language's name: "Russian", "Portuguese", "English", "Arabic", "French", "Thai", "Serbo-Croatian". */
    private static final Pattern LANGUAGE = Pattern.compile("(?:\\p{Lu}\\p{Ll}+-)?\\p{Lu}\\p{Ll}+(?:an|ese|ish|ic|ch|ai|di)");

    /** The issue's date after the outlet ("London THE DAILY POST 30 Jan 94 p 1"): day, month, two-digit year. */
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern MONTH = Pattern.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec");
    private static final Pattern YEAR = Pattern.compile("\\d{2}");
    /** The feeds of a news agency named after it ("XINHUA Domestic Service"). */
    private static final Set<String> SERVICES = Set.of("Domestic", "World", "International", "Overseas", "Foreign");
    private static final Pattern SERVICE_AFTER = Pattern.compile(
            "\\s++(?:Domestic|World|International|Overseas|Foreign)\\s++Service\\b");

    /** Whether the words start with the issue's date ("30 Jan 94 pp 1, 15"). */
    public static boolean startsWithIssueDate(String words) {
        String[] w = words.strip().split("\\s++", 4);
        return w.length >= 3 && DAY.matcher(w[0]).matches() && MONTH.matcher(w[1]).matches()
                && YEAR.matcher(w[2]).matches();
    }

    private SourceLines() {
    }

    /** Whether the word is a document number of a news service's source line. */
    public static boolean isDocumentNumber(String word) {
        return DOCUMENT_NUMBER.matcher(word).matches();
    }

    /** Whether the word names a language ("in Russian"), by the endings of language names. */
    public static boolean isLanguage(String word) {
        return LANGUAGE.matcher(word).matches();
    }

    /** The candidates (sorted by first token), a place and outlet joined on a source line parted. */
    static List<EntityStep.Candidate> split(TokenView v, Gazetteer gazetteer, List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            if (c.gazetteerId() != null || c.first() == c.last() || !endsLine(v, c.last())) {
                out.add(c);
                continue;
            }
            int start = lineStart(v, c);
            Optional<GazetteerEntry> place = Optional.empty();
            int placeLast = -1;
            for (int q = c.last() - 1; start >= 0 && q >= start && place.isEmpty(); q--) {
                place = gazetteer.byName(v.surface(start, q)).filter(e -> e.type().isPlace());
                placeLast = q;
            }
            if (place.isEmpty() || !v.isCap(placeLast + 1)) {
                out.add(c);
                continue;
            }
            out.add(new EntityStep.Candidate(start, placeLast, c.sentence(), v.written(start, placeLast),
                    place.get().type(), 3, place.get().id(), null, false, false));
            int outletLast = withoutService(v, placeLast + 1, c.last());
            out.add(new EntityStep.Candidate(placeLast + 1, outletLast, c.sentence(), v.written(placeLast + 1, outletLast),
                    EntityType.MEDIA_ORGANIZATION, 3, null, null, false, false));
        }
        return out;
    }

    /**
     * The outlet's last token without a service of it ("XINHUA Domestic Service", "ZK World Service": the agency is
     * the outlet in capitals; "Domestic Service" is one of its feeds, no body of its own).
     */
    static int withoutService(TokenView v, int first, int last) {
        if (last - first < 2 || !v.text(last).equals("Service") || !SERVICES.contains(v.text(last - 1))) {
            return last;
        }
        for (int k = first; k <= last - 2; k++) {
            if (!v.isAllCaps(k)) {
                return last;
            }
        }
        return last - 2;
    }

    /** Whether the text after an outlet starts with one of its feeds ("XINHUA| Domestic Service in Chinese"). */
    public static boolean serviceFollows(String after) {
        return serviceLength(after) > 0;
    }

    /** The length of the feed's words the text after an outlet starts with, else 0. */
    public static int serviceLength(String after) {
        java.util.regex.Matcher m = SERVICE_AFTER.matcher(after);
        return m.lookingAt() ? m.end() : 0;
    }

    /** The first token after the document number inside or right before the candidate, its first token when it
     *  starts the sentence, else -1. */
    private static int lineStart(TokenView v, EntityStep.Candidate c) {
        for (int k = c.last() - 1; k >= c.first(); k--) {
            if (isDocumentNumber(v.text(k))) {
                return k + 1;
            }
        }
        int before = c.first() - 1;
        boolean firstOfSentence = before < 0 || !v.sameSentence(before, c.first());
        return firstOfSentence || isDocumentNumber(v.text(before)) ? c.first() : -1;
    }

    /** The name ends its sentence, or is followed by "in" and a language, or by the issue's date. */
    private static boolean endsLine(TokenView v, int last) {
        int k = last + 1;
        if (k >= v.size() || !v.sameSentence(last, k) || v.text(k).equals(".") && !v.sameSentence(k, k + 1)) {
            return true;
        }
        return v.text(k).equals("in") && v.sameSentence(k, k + 1) && isLanguage(v.text(k + 1))
                || k + 2 < v.size() && v.sameSentence(k, k + 2) && DAY.matcher(v.text(k)).matches()
                        && MONTH.matcher(v.text(k + 1)).matches() && YEAR.matcher(v.text(k + 2)).matches();
    }
}
