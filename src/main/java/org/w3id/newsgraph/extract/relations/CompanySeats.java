package org.w3id.newsgraph.extract.relations;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Sentence;

/**
 * A company named with its legal form and then "of" a place is based there: wire copy names a firm by its seat
 * ("Harlow Packing Co. of Dunmore", "the Brant Tool Corp. of Toledo"). The legal form is what makes the name a
 * company's and the "of" its seat's; without it "the mayor of X" or "the Bank of X" would read the same. A name with
 * an "of" of its own ("Institute of Zoology of Kunming") is read the same: its second "of" gives the seat. Only a town
 * right after "of" is taken ("of Town, State" is an address, {@link AddressRelations}).
 */
final class CompanySeats {
    /** A name that ends in a legal form: "Co.", "Corp", "Inc.", "Ltd.", "LLC", "PLC", "GmbH", "AG". */
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?:^|\\s)(?:Co|Cos|Corp|Inc|Ltd|Bros)\\.?+$|(?:^|\\s)(?:LLC|PLC|plc|GmbH|AG|N\\.V\\.|S\\.A\\.)$");
    /** A name with its own "of" ("Institute of Zoology of Kunming"): a second "of" gives its seat. */
    private static final Pattern OF_NAME = Pattern.compile("\\p{L}\\s++of\\s++\\p{Lu}");
    private static final Pattern OF = Pattern.compile("^\\.?+,?+\\s++of\\s++$");

    private CompanySeats() {
    }

    /** A city or an unlisted place: "Co. of North America" or "of Canada" is more often part of the name. */
    private static boolean town(EntityType t) {
        return t == EntityType.CITY || t == EntityType.PLACE;
    }

    static void find(String text, List<Hit> hits, Sentence s, Map<String, Relation> found) {
        for (int i = 0; i + 1 < hits.size(); i++) {
            Hit org = hits.get(i);
            Hit place = hits.get(i + 1);
            if (org.type().isOrganization() && town(place.type()) && place.begin() >= org.end()
                    && (LEGAL_FORM.matcher(text.substring(org.begin(), org.end())).find()
                            || OF_NAME.matcher(text.substring(org.begin(), org.end())).find())
                    && OF.matcher(text.substring(org.end(), place.begin())).matches()) {
                RelationFinder.add(found, org.entity(), RelationType.BASED_IN, place.entity(),
                        text.substring(org.begin(), place.end()), s);
            }
        }
    }
}
