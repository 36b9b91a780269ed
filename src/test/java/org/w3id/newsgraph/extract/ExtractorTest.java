package org.w3id.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.pipeline.Step;

class ExtractorTest {
    @Test
    void pipelineHasItsStepsInOrder() {
        Extractor x = Extractor.create();
        assertEquals(List.of("BoilerplateStep", "SentenceStep", "TokenStep", "QuoteSpanStep", "EntityStep", "CorefStep", "LearnedPairStep", "RoleStep", "QuoteStep",
                "RelationStep", "AmountStep", "DateStep", "EventStep", "StanceStep"),
                x.pipeline().steps().stream().map(Step::name).toList());
    }

    @Test
    void factsCarryEveryStepsResults() {
        ArticleFacts f = Extractor.create().extract(Seeds.read(Seeds.ITWIRE));
        assertEquals(Seeds.ITWIRE, f.source());
        assertEquals(17, f.sentences().size());
        assertEquals(3, f.roles().size(), f.roles().toString());
        // Quotes running over several paragraphs come out as one quote each.
        assertEquals(List.of("christopher-wray", "ncsc-uk", "ncsc-uk", "huawei"),
                f.quotes().stream().filter(q -> q.text().length() > 40).map(q -> q.speakerKey()).toList());
        assertEquals(true, f.relations().size() >= 10, f.relations().toString());
    }

    @Test
    void twoThreadsGiveTheSameFactsAsASequentialRun() throws Exception {
        Extractor x = Extractor.create();
        List<ArticleFacts> sequential = new ArrayList<>();
        for (String s : Seeds.ALL) {
            sequential.add(x.extract(Seeds.read(s)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<ArticleFacts>>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> {
                    List<ArticleFacts> out = new ArrayList<>();
                    for (int round = 0; round < 3; round++) {
                        out.clear();
                        for (String s : Seeds.ALL) {
                            out.add(x.extract(Seeds.read(s)));
                        }
                    }
                    return out;
                }));
            }
            for (Future<List<ArticleFacts>> r : runs) {
                assertEquals(sequential, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
