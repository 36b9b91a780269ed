package org.w3id.newsgraph.extract;

import static org.w3id.newsgraph.model.EntityType.CITY;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.COUNTRY;
import static org.w3id.newsgraph.model.EntityType.GOVERNMENT_BODY;
import static org.w3id.newsgraph.model.EntityType.MEDIA_ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.REGION;

import org.w3id.newsgraph.pipeline.Document;

/**
 * The seed article bodies with their gold entities (as the seeds-gold files list them) as hand-made
 * mentions, so the attribution steps are judged on correct entities.
 */
public final class SeedDocs {
    private SeedDocs() {}

    /** CNN page on BT and Huawei, body only (the photo caption lines inside the body removed as boilerplate). */
    public static Document seed000() {
        return TestDocs.entities()
                .of("cnn-business", "CNN Business", MEDIA_ORGANIZATION, "CNN Business")
                .of("bt", "BT", COMPANY, "BT")
                .of("united-kingdom", "United Kingdom", COUNTRY, "United Kingdom", "UK", "British")
                .of("china", "China", COUNTRY, "China", "Chinese")
                .of("chinese-government", "Chinese government", GOVERNMENT_BODY, "Chinese government", "Chinese state")
                .of("huawei", "Huawei", COMPANY, "Huawei")
                .person("Marc Allera")
                .of("cnn", "CNN", MEDIA_ORGANIZATION, "CNN")
                .of("australia", "Australia", COUNTRY, "Australia")
                .of("british-government-oversight-panel", "British government oversight panel", GOVERNMENT_BODY,
                        "British government oversight panel", "supervisory panel")
                .of("uk-parliament", "UK Parliament", GOVERNMENT_BODY, "UK lawmakers")
                .of("west", "West", REGION, "Western")
                .of("beijing", "Beijing", CITY, "Beijing")
                .person("Angela Merkel", "Merkel")
                .of("germany", "Germany", COUNTRY, "German")
                .person("Michael Kaplan")
                .person("Ivana Kottasová")
                .doc(TestDocs.resource("seed-000-body.txt"));
    }

    /** iTWire article on the NCSC and Huawei (the CMS tag removed). */
    public static Document seed004() {
        return TestDocs.entities()
                .of("united-states", "United States", COUNTRY, "US")
                .of("china", "China", COUNTRY, "Chinese")
                .of("huawei", "Huawei", COMPANY, "Huawei")
                .of("united-kingdom", "United Kingdom", COUNTRY, "UK", "Britain", "British")
                .of("national-cyber-security-centre", "National Cyber Security Centre", GOVERNMENT_BODY,
                        "National Cyber Security Centre", "NCSC")
                .of("the-telegraph", "The Telegraph", MEDIA_ORGANIZATION, "Telegraph")
                .of("government-communications-headquarters", "Government Communications Headquarters",
                        GOVERNMENT_BODY, "Government Communications Headquarters", "GCHQ")
                .of("the-cell", "The Cell", ORGANIZATION, "The Cell")
                .of("fbi", "FBI", GOVERNMENT_BODY, "FBI")
                .person("Christopher Wray")
                .of("us-senate", "US Senate", GOVERNMENT_BODY, "US Senate")
                .of("itwire", "iTWire", MEDIA_ORGANIZATION, "iTWire")
                .person("Sun Yafang")
                .person("Theresa May")
                .of("beijing", "Beijing", CITY, "Beijing")
                .of("at-t", "AT&T", COMPANY, "AT&T")
                .of("verizon", "Verizon", COMPANY, "Verizon")
                .of("us-government", "US Government", GOVERNMENT_BODY, "US Government")
                .doc(TestDocs.resource("seed-004.txt"));
    }
}
