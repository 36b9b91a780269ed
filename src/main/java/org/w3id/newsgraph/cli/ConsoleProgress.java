package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.w3id.newsgraph.ingest.ArticleOutcome;
import org.w3id.newsgraph.ingest.ProgressListener;
import org.w3id.newsgraph.text.Printable;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of an ingest run: a progress bar (count, rate, ETA) on a terminal, plain lines otherwise, so logs and
 * CI output stay readable. Failures are always printed, one line each (with the stack trace under
 * {@code --verbose}). Every line is escaped ({@link Printable}): a file name cannot split it or drive the terminal.
 */
final class ConsoleProgress implements ProgressListener {
    /** How much to show: a bar, a line per article, or failures (and inputs stored once) only. */
    enum Mode { BAR, LINES, FAILURES }

    private final PrintWriter err;
    private final Mode mode;
    private final List<String> deferred = new ArrayList<>();
    private boolean traces;
    private ProgressBar bar;
    private int total;
    private int done;

    ConsoleProgress(PrintWriter err, Mode mode) {
        this.err = err;
        this.mode = mode;
    }

    /** A bar on an interactive terminal, plain lines when output goes to a file, a pipe or CI. */
    static ConsoleProgress forConsole(PrintWriter err) {
        return new ConsoleProgress(err, isTerminal() ? Mode.BAR : Mode.LINES);
    }

    /**
     * Whether output goes to an interactive terminal, not a file, a pipe or CI. From JDK 22 System.console() is
     * non-null even when redirected; Console.isTerminal() (22+) tells.
     */
    static boolean isTerminal() {
        return System.getenv("CI") == null && consoleIsTerminal();
    }

    private static boolean consoleIsTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Prints the stack trace under each failure's line ({@code --verbose}). */
    ConsoleProgress withTraces(boolean on) {
        traces = on;
        return this;
    }

    @Override
    public void started(int total) {
        this.total = total;
        if (mode == Mode.BAR && total > 1) {
            bar = barBuilder(total).build();
        }
    }

    /**
     * The bar: count, rate and ETA. The rate pattern is explicit because the library's default ({@code #.0})
     * prints ".0 art/s"; {@link Locale#ROOT} keeps the decimal point a point.
     */
    static ProgressBarBuilder barBuilder(int total) {
        return new ProgressBarBuilder().setTaskName("Articles").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .showSpeed(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
                .setUnit(" art", 1).continuousUpdate();
    }

    @Override
    public void finished(ArticleOutcome outcome) {
        done++;
        String line = Printable.escape(switch (outcome) {
            case ArticleOutcome.Ready r -> "[" + done + "/" + total + "] " + r.file() + ": "
                    + Plural.of(r.facts().entities().size(), "entity") + ", "
                    + Plural.of(r.facts().roles().size(), "role") + ", " + Plural.of(r.facts().quotes().size(), "quote")
                    + ", " + Plural.of(r.facts().relations().size(), "relation");
            case ArticleOutcome.Duplicate d -> "[" + done + "/" + total + "] " + d.file() + ": same text as "
                    + d.original() + ", stored once";
            case ArticleOutcome.Failed f -> "newsgraph: " + f.message();
        });
        if (traces && outcome instanceof ArticleOutcome.Failed f && f.cause() != null) {
            StringWriter trace = new StringWriter();
            f.cause().printStackTrace(new PrintWriter(trace));
            line += System.lineSeparator() + trace.toString().stripTrailing();
        }
        boolean notice = !(outcome instanceof ArticleOutcome.Ready); // failures and duplicates always show
        if (bar != null) {
            bar.step();
            if (notice) {
                deferred.add(line);
            }
        } else if (mode == Mode.LINES || notice) {
            err.println(line);
            err.flush();
        }
    }

    /** An unchanged input moves the bar, and gets a line of its own only where every input does. */
    @Override
    public void unchanged(String file) {
        done++;
        if (bar != null) {
            bar.step();
        } else if (mode == Mode.LINES) {
            err.println(Printable.escape("[" + done + "/" + total + "] " + file + ": unchanged, skipped"));
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            deferred.forEach(err::println);
        }
        err.flush();
    }
}
