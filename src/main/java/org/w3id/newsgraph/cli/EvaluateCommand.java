package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.newsgraph.eval.ConllEvaluation;
import org.w3id.newsgraph.eval.ConllScoring;
import org.w3id.newsgraph.eval.EvalReport;
import org.w3id.newsgraph.eval.FolderEvaluation;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.pipeline.TimeBudget;
import org.w3id.newsgraph.ner.ConllDocument;
import org.w3id.newsgraph.ner.ConllReader;
import org.w3id.newsgraph.ner.NameModel;
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
                    + "else ../shared/seeds-gold beside the project when present, else the project's own "
                    + Home.OWN_GOLD + ").")
    Path gold;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--conll", paramLabel = "FILE",
            description = "Score on a CoNLL-2003 file instead of folders: mention-level P/R/F1 per type (exact spans, "
                    + "conlleval rules) of the name model alone and of the whole extractor, then entity level per article.")
    Path conll;

    @Option(names = "--markdown", description = "Print only the per-article table, in Markdown (docs/QUALITY.md).")
    boolean markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException, java.io.IOException {
        if (conll != null) {
            return scoreConll();
        }
        List<Path> dirs = articles == null || articles.isEmpty() ? List.of(Home.seeds()) : articles;
        PrintWriter err = spec.commandLine().getErr();
        EvalReport report = FolderEvaluation.score(Extractor.create(TimeBudget.UNLIMITED), dirs,
                dir -> gold != null ? gold : FolderEvaluation.hasGoldFiles(dir) ? dir : Home.gold(), err::println);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? report.toJson() : markdown ? report.markdown() : report.format());
        out.flush();
        return Main.OK;
    }

    private Integer scoreConll() throws java.io.IOException {
        List<ConllDocument> docs = ConllReader.read(conll);
        PrintWriter out = spec.commandLine().getOut();
        NameModel model = NameModel.bundled();
        if (model != null) {
            out.println("Name model alone, mention level (" + docs.size() + " articles of " + conll.getFileName() + "):");
            out.print(ConllEvaluation.score(model, docs, ConllScoring.TYPES).format());
            out.println();
        }
        ConllScoring s = ConllScoring.score(Extractor.create(TimeBudget.UNLIMITED), docs); // no article dropped on a busy machine
        out.println("Extractor, mention level (exact character span and type):");
        out.print(s.mentions().format());
        out.println();
        out.println(json ? s.entities().toJson() : markdown ? s.entities().markdown() : s.entities().format());
        out.flush();
        return Main.OK;
    }
}
