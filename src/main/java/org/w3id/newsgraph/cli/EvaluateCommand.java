package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.newsgraph.eval.EvalReport;
import org.w3id.newsgraph.eval.Evaluator;
import org.w3id.newsgraph.eval.GoldFile;
import org.w3id.newsgraph.eval.GoldReader;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.text.ArticleReader;
import org.w3id.newsgraph.text.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evaluate}: score the extractor on a folder of articles against gold files. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score extraction against gold annotations (precision, recall, F1 per category, and the misses).")
final class EvaluateCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Folder of articles (default: seeds/).")
    Path articles;

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Folder of *.gold.json files (default: ../shared/seeds-gold beside the project).")
    Path gold;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--markdown", description = "Print only the per-article table, in Markdown (docs/QUALITY.md).")
    boolean markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        Path dir = articles != null ? articles : Home.seeds();
        Path goldDir = gold != null ? gold : Home.gold();
        if (!Files.isDirectory(goldDir)) {
            throw new IllegalArgumentException("no gold folder at " + goldDir + " (give one with --gold)");
        }
        List<GoldFile> golds = GoldReader.readAll(goldDir);
        if (golds.isEmpty()) {
            throw new IllegalArgumentException("no *.gold.json files in " + goldDir);
        }
        Extractor extractor = Extractor.create();
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
        List<ArticleFacts> extracted = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        for (GoldFile g : golds) {
            Path article = dir.resolve(g.doc());
            if (!Files.isRegularFile(article)) {
                err.println("newsgraph: no article " + g.doc() + " in " + dir + " for its gold file; skipped");
                continue;
            }
            extracted.add(extractor.extract(reader.read(article)));
        }
        EvalReport report = new Evaluator().evaluate(golds, extracted);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? report.toJson() : markdown ? report.markdown() : report.format());
        out.flush();
        return Main.OK;
    }
}
