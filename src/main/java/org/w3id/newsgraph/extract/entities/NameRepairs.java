package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;
import java.util.List;

import org.w3id.newsgraph.gazetteer.Gazetteer;

/**
 * The repairs after the name model has joined the rules, in order: a source line's place and outlet parted
 * ({@link SourceLines}), two companies joined by "and" after a legal form parted ({@link CompanyLists}), names of
 * title-case headlines confirmed ({@link HeadlineNames}), forms that are no names dropped or trimmed
 * ({@link NotNames}), stock indexes ({@link MarketIndexes}), a religion's
 * adjective before a noun ({@link ReligionAdjectives}), names inside a quoted title ({@link QuotedTitles}), words glued to a name's edge
 * ({@link NameEdges}), ordinary words read as a name once ({@link CommonWordNames}), names cut in two joined
 * ({@link CutNames}), a university's campus "at" its town ({@link CampusNames}), a body named after two fields joined by "and" ({@link AndBodyNames}), numbered courts and units ({@link OrdinalBodyNames}), a body's name continued over "for the" or a list ({@link ConnectedBodyNames}), a chamber's committee written in lower case ({@link ChamberCommittees}), a body and its part
 * or a body and a person parted ({@link BodyNameSplits}), types a name's own words decide ({@link HeadWordTypes}),
 * the sites of address lines ("Fort X, Town, N.Y.;", {@link AddressLineSites}), the towns of US datelines added
 * ({@link DatelineTowns}), listed places' boundaries and links ({@link PlaceNames}), a city's name that names
 * its state ({@link StateNames}), a person's surname used as a
 * modifier or a plural ({@link SurnameForms}), "the" left out of a listed name's mention ({@link ListedArticles}),
 * organisations only a person's post names ({@link PostAnchoredNames}), a company and
 * its seat ("Acme Co. of Houston", {@link CompanySeatNames}), the outlets of source lines the name rules left apart
 * from their place ({@link SourceLineOutlets}).
 */
final class NameRepairs {
    private NameRepairs() {
    }

    /** The candidates, sorted by first token, repaired. */
    static List<EntityStep.Candidate> apply(TokenView v, NameLexicon lexicon, Gazetteer gazetteer,
            List<EntityStep.Candidate> joined) {
        List<EntityStep.Candidate> found = new HeadlineNames(v, lexicon, gazetteer)
                .confirm(CompanyLists.split(v, lexicon, SourceLines.split(v, gazetteer, joined)));
        found = ReligionAdjectives.drop(v, MarketIndexes.drop(v, new NotNames(v, lexicon).drop(found)));
        found = new CommonWordNames(v, lexicon).drop(new NameEdges(v).trim(new QuotedTitles(v).drop(found)));
        found = new ChamberCommittees(v).join(new ConnectedBodyNames(v).join(CampusNames.join(v,
                new CutNames(v, gazetteer).join(found))));
        found = new HeadWordTypes(v, lexicon).fix(new BodyNameSplits(v, lexicon).split(found));
        found = StateNames.fix(v, gazetteer, new PlaceNames(v, gazetteer, lexicon).fix(DatelineTowns.add(v, gazetteer,
                AddressLineSites.add(v, gazetteer, found))));
        found = ListedArticles.trim(v, gazetteer, new SurnameForms(v, gazetteer, lexicon).fix(found));
        found = new AndBodyNames(v, lexicon).join(new PostAnchoredNames(v, lexicon).add(found));
        found = new OrdinalBodyNames(v).join(found);
        found = CompanySeatNames.split(v, gazetteer, found);
        return SourceLineOutlets.add(v, found);
    }
}
