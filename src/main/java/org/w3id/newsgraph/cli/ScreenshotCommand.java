package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.newsgraph.bench.ViewScreenshot;
import org.w3id.newsgraph.text.Printable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code screenshot}: the README's picture of the graph view ({@link ViewScreenshot}). */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = "Draw the graph view in headless Chromium into a PNG (default docs/view.png): the seeds (or"
                + " --from) built into a temporary store and served on a free port, a deep link to the"
                + " most-mentioned entity, drawn once its neighbourhood and side panel are shown.")
final class ScreenshotCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The PNG to write (default: docs/view.png).")
    Path out;

    @Option(names = "--size", defaultValue = "1600,1000", paramLabel = "W,H",
            description = "The window in pixels (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--from", paramLabel = "FILE|DIR", description = "The articles to draw (default: seeds/).")
    List<Path> from;

    @Option(names = "--chromium", defaultValue = "${env:CHROMIUM:-/usr/bin/chromium}", paramLabel = "PATH",
            description = "The Chromium binary (default: ${DEFAULT-VALUE}).")
    Path chromium;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!size.matches("\\d{3,5},\\d{3,5}")) {
            throw new ParameterException(spec.commandLine(), "--size must be WIDTH,HEIGHT in pixels (at least 100),"
                    + " not '" + size + "'");
        }
        if (!Files.isExecutable(chromium)) {
            throw new IllegalArgumentException("no Chromium at " + chromium
                    + " (apt-get install chromium, or give --chromium)");
        }
        String[] wh = size.split(",");
        Path png = out != null ? out : Home.dir().resolve("docs/view.png");
        ViewScreenshot.Shot shot = ViewScreenshot.draw(from != null ? from : List.of(Home.seeds()), png,
                Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), chromium);
        PrintWriter o = spec.commandLine().getOut();
        o.println("newsgraph screenshot: " + shot.url() + " drawn to " + Printable.escape(png.toString()) + " ("
                + Printable.escape(shot.entity()) + " selected, " + shot.counts() + ")");
        o.flush();
        return Main.OK;
    }
}
