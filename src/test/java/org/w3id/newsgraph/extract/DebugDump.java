package org.w3id.newsgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;

import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.model.Token;
import org.w3id.newsgraph.nlp.NlpModels;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;

/** Manual inspection aid: prints sentences and tagged tokens of the seeds. Not a test. */
public class DebugDump {
    public static void main(String[] args) throws Exception {
        NlpModels m = NlpModels.load();
        Pipeline p = Pipeline.builder().add(new BoilerplateStep()).add(new SentenceStep(m)).add(new TokenStep(m)).build();
        for (String f : args) {
            String text = Files.readString(Path.of(f));
            Document d = p.run(Document.of(new SourceText(f, text)));
            System.out.println("BODY " + d.get(Annotations.BODY) + " " + d.get(Annotations.BOILERPLATE));
            int cur = -1;
            StringBuilder sb = new StringBuilder();
            for (Token t : d.get(Annotations.TOKENS)) {
                if (t.sentence() != cur) {
                    System.out.println(sb);
                    sb.setLength(0);
                    cur = t.sentence();
                    sb.append(cur).append(": ");
                }
                sb.append(t.text()).append('/').append(t.pos()).append(' ');
            }
            System.out.println(sb);
        }
    }
}
