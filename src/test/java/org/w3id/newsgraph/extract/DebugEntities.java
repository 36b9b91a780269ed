package org.w3id.newsgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;

import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.SourceText;

/** Manual inspection aid: prints the entities of the given files and the score against the seeds gold. */
public class DebugEntities {
    public static void main(String[] args) throws Exception {
        Extractor x = Extractor.create();
        for (String f : args) {
            Path p = Path.of(f);
            ArticleFacts facts = x.extract(new SourceText(p.getFileName().toString(), Files.readString(p)));
            for (Entity e : facts.entities()) {
                System.out.println(e.key() + " | " + e.name() + " | " + e.type() + " | " + e.aliases() + " | "
                        + e.mentions().size() + " | " + e.wikidata());
            }
            GoldScorer.Score s = GoldScorer.score(facts, GoldScorer.entities(GoldScorer.gold(p.getFileName().toString())));
            System.out.println(s);
            System.out.printf("F1 %.3f%n", s.f1());
        }
    }
}
