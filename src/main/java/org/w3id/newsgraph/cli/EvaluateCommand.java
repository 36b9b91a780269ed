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
    @Parameters(arity = "0..*", paramLabel = "DIR",
            description = "Folders of articles, scored together (default: seeds/).")
    List<Path> articles;

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Folder of *.gold.json files for every DIR (default: each DIR's own *.gold.json files, "
                    + "else ../shared/seeds-gold beside the project).")
    Path gold;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--markdown", description = "Print only the per-article table, in Markdown (docs/QUALITY.md).")
    boolean markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        List<Path> dirs = articles == null || articles.isEmpty() ? List.of(Home.seeds()) : articles;
        Extractor extractor = Extractor.create();
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
        List<GoldFile> golds = new ArrayList<>();
        List<ArticleFacts> extracted = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        for (Path dir : dirs) {
            Path goldDir = gold != null ? gold : hasGoldFiles(dir) ? dir : Home.gold();
            if (!Files.isDirectory(goldDir)) {
                throw new IllegalArgumentException("no gold folder at " + goldDir + " (give one with --gold)");
            }
            List<GoldFile> here = GoldReader.readAll(goldDir);
            if (here.isEmpty()) {
                throw new IllegalArgumentException("no *.gold.json files in " + goldDir);
            }
            for (GoldFile g : here) {
                Path article = dir.resolve(g.doc());
                if (!Files.isRegularFile(article)) {
                    err.println("newsgraph: no article " + g.doc() + " in " + dir + " for its gold file; skipped");
                    continue;
                }
                golds.add(g);
                extracted.add(extractor.extract(reader.read(article)));
            }
        }
        EvalReport report = new Evaluator().evaluate(golds, extracted);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? report.toJson() : markdown ? report.markdown() : report.format());
        out.flush();
        return Main.OK;
    }

    private static boolean hasGoldFiles(Path dir) {
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".gold.json"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
