package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class OrgNameVariantsTest {
    @Test
    void legalFormsAndALeadingTheLeaveTheCore() {
        assertEquals("acme", OrgNameVariants.core("Acme Co."));
        assertEquals("acme", OrgNameVariants.core("Acme Inc."));
        assertEquals("acme", OrgNameVariants.core("Acme Corp."));
        assertEquals("acme", OrgNameVariants.core("The Acme Company"));
        assertEquals("acme", OrgNameVariants.core("Acme, Inc."));
        assertEquals("acme", OrgNameVariants.core("ACME Corporation Ltd"));
        assertEquals("acme foods", OrgNameVariants.core("Acme Foods Inc."));
        assertEquals("acme", OrgNameVariants.core("Acme"));
        assertNull(OrgNameVariants.core("The Company"));
        assertNull(OrgNameVariants.core("Co."));
    }

    @Test
    void linksEachVariantToTheFirstOrganisationWithItsCore() {
        List<String> names = List.of("Acme Co.", "Jane Acme", "The Acme Company", "Acme Foods Inc.", "Acme Corp.",
                "Acme Foods");
        List<String> joined = new ArrayList<>();
        OrgNameVariants.link(names, i -> i != 1, (a, b) -> joined.add(a + "-" + b));
        assertEquals(List.of("0-2", "0-4", "3-5"), joined);
    }

    @Test
    void peopleAndPlacesNeverTakePart() {
        List<String> joined = new ArrayList<>();
        OrgNameVariants.link(List.of("Georgia", "Georgia Co."), i -> i == 1, (a, b) -> joined.add(a + "-" + b));
        assertEquals(List.of(), joined);
    }
}
