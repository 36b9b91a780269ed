package org.w3id.newsgraph.extract;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.ArticleFacts;

class TmpDumpTest {
    @Test
    void dump() {
        Extractor x = Extractor.create();
        for (String n : Seeds.ALL) {
            ArticleFacts f = x.extract(Seeds.read(n));
            System.out.println("=== " + n + " date=" + f.date());
            f.amounts().forEach(a -> System.out.println("AMOUNT " + a));
            f.dates().forEach(a -> System.out.println("DATE " + a));
            f.events().forEach(a -> System.out.println("EVENT " + a.type() + " " + a.trigger() + " " + a.participants() + " place=" + a.placeKey() + " date=" + a.date() + " amt=" + (a.amount() == null ? null : a.amount().value() + a.amount().currency())));
            f.stances().forEach(a -> System.out.println("STANCE " + a.holderKey() + " -> " + a.targetKey() + " " + a.polarity() + " " + a.cues() + " q=" + (a.quote() != null) + " r=" + (a.relation() != null) + " :: " + a.span().of(f.text()).substring(0, Math.min(80, a.span().length()))));
        }
    }
}
