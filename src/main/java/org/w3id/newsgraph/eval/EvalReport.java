package org.w3id.newsgraph.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The result of an evaluation run: per-document reports and their micro-averaged totals, printable as text
 * (tables, then misses and spurious items, so one run shows what a rule change did) or as JSON.
 */
public record EvalReport(List<DocumentReport> documents) {
    /** The scoring rules, printed at the top of the text report. */
    public static final String RULES = """
            Rules: optional gold items are neither required nor penalised. Entities and roles pair one to one \
            (names: case, quotes, whitespace folded; aliases count). Typed entities also need Person/Organization/Place. \
            Roles match on (person, organisation), names also without a leading "The" and a final full stop; the title is not \
            compared (a membership has none), and a role without an organisation is no pair and is not scored; "roles (orgs only)" \
            leaves out posts in a place (an extracted organisation typed a place, a gold one that is a gold Place). A gold quote is found when an \
            extracted quote by a matching speaker contains its opening words; "quotes found" scores the quote text \
            alone (its P: extracted quotes holding a required or optional gold quote). Relations are scored as UNORDERED \
            entity pairs (direction and relation phrase ignored, repeated gold pairs count once; names as in roles); an extracted pair \
            with an optional end, or whose two ends are the parts of one gold name "A, B", is ignored. TP = gold items found, FP = extracted items matching no gold item.""";

    public EvalReport {
        documents = List.copyOf(documents);
    }

    /** Micro-averaged total of one category over all documents. */
    public Score total(Category c) {
        return documents.stream().map(d -> d.score(c)).reduce(Score.ZERO, Score::plus);
    }

    public int subtypeCorrect() {
        return documents.stream().mapToInt(DocumentReport::subtypeCorrect).sum();
    }

    public int subtypeTotal() {
        return documents.stream().mapToInt(DocumentReport::subtypeTotal).sum();
    }

    public List<String> boilerplateLeaks() {
        return documents.stream().flatMap(d -> d.boilerplateLeaks().stream().map(l -> d.doc() + ": " + l)).toList();
    }

    public long bodyStartFailures() {
        return documents.stream().filter(d -> Boolean.FALSE.equals(d.bodyStartOk())).count();
    }

    public List<Finding> findings(Finding.Kind kind) {
        return documents.stream().flatMap(d -> d.findings(kind).stream()).toList();
    }

    /** A readable text report. */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append("newsgraph evaluation: ").append(documents.size()).append(" document(s)\n");
        b.append(wrap(RULES)).append("\n\n");
        b.append("TOTAL (micro-averaged)\n");
        table(b, true, null);
        for (DocumentReport d : documents) {
            b.append('\n').append(d.doc()).append(d.extracted() ? "" : "  (NO EXTRACTION RESULT)").append('\n');
            table(b, false, d);
        }
        section(b, "Misses", findings(Finding.Kind.MISS));
        section(b, "Spurious", findings(Finding.Kind.SPURIOUS));
        QuoteCases.format(b, documents);
        section(b, "Subtype errors", findings(Finding.Kind.SUBTYPE));
        section(b, "Role titles differing from gold (not scored)", findings(Finding.Kind.TITLE));
        List<String> leaks = boilerplateLeaks();
        b.append("\nBoilerplate leaks (must be empty): ").append(leaks.size()).append('\n');
        leaks.forEach(l -> b.append("  ").append(l).append('\n'));
        b.append("\nBody start\n");
        for (DocumentReport d : documents) {
            b.append("  ").append(d.bodyStartOk() == null ? "n/a " : d.bodyStartOk() ? "ok  " : "FAIL")
                    .append(' ').append(d.doc());
            if (Boolean.FALSE.equals(d.bodyStartOk())) {
                b.append("\n       expected: ").append(d.bodyStartExpected())
                        .append("\n       actual:   ").append(d.bodyStartActual());
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * A Markdown table: one row per document and a micro-averaged total, F1 (with TP/FP/FN) for typed entities,
     * roles, quote speakers and relation pairs. docs/QUALITY.md is made of these.
     */
    public String markdown() {
        List<Category> cols = List.of(Category.ENTITIES_TYPED, Category.ROLES, Category.QUOTES, Category.RELATIONS);
        StringBuilder b = new StringBuilder("| article |");
        cols.forEach(c -> b.append(' ').append(c.label()).append(" F1 (TP/FP/FN) |"));
        b.append(" boilerplate leaks | body start |\n|---|");
        cols.forEach(c -> b.append("---|"));
        b.append("---|---|\n");
        for (DocumentReport d : documents) {
            b.append("| ").append(d.doc()).append(" |");
            cols.forEach(c -> b.append(' ').append(cell(d.score(c))).append(" |"));
            b.append(' ').append(d.boilerplateLeaks().size()).append(" | ")
                    .append(d.bodyStartOk() == null ? "n/a" : d.bodyStartOk() ? "ok" : "FAIL").append(" |\n");
        }
        b.append("| **total** |");
        cols.forEach(c -> b.append(" **").append(cell(total(c))).append("** |"));
        b.append(' ').append(boilerplateLeaks().size()).append(" | ")
                .append(bodyStartFailures() == 0 ? "ok" : bodyStartFailures() + " failed").append(" |\n");
        return b.toString();
    }

    private static String cell(Score s) {
        return String.format(Locale.ROOT, "%.3f (%d/%d/%d)", s.f1(), s.tp(), s.fp(), s.fn());
    }

    private void table(StringBuilder b, boolean total, DocumentReport d) {
        b.append(String.format(Locale.ROOT, "  %-18s %6s %6s %6s %4s %4s %4s%n", "category", "P", "R", "F1", "TP",
                "FP", "FN"));
        for (Category c : Category.values()) {
            Score s = total ? total(c) : d.score(c);
            b.append(String.format(Locale.ROOT, "  %-18s %6.3f %6.3f %6.3f %4d %4d %4d%n", c.label(), s.precision(),
                    s.recall(), s.f1(), s.tp(), s.fp(), s.fn()));
        }
        int ok = total ? subtypeCorrect() : d.subtypeCorrect();
        int all = total ? subtypeTotal() : d.subtypeTotal();
        b.append(String.format(Locale.ROOT, "  %-18s %6s %d/%d%n", "subtype accuracy",
                all == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) ok / all), ok, all));
        int leaks = total ? boilerplateLeaks().size() : d.boilerplateLeaks().size();
        b.append(String.format(Locale.ROOT, "  %-18s %d%n", "boilerplate leaks", leaks));
        String body = total ? (bodyStartFailures() == 0 ? "ok" : bodyStartFailures() + " failed")
                : d.bodyStartOk() == null ? "n/a" : d.bodyStartOk() ? "ok" : "FAIL";
        b.append(String.format(Locale.ROOT, "  %-18s %s%n", "body start", body));
    }

    private static void section(StringBuilder b, String title, List<Finding> items) {
        b.append('\n').append(title).append(": ").append(items.size()).append('\n');
        items.forEach(f -> b.append("  ").append(f).append('\n'));
    }

    private static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String w : text.split(" ")) {
            if (col > 0 && col + w.length() + 1 > 110) {
                out.append('\n');
                col = 0;
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(w);
            col += w.length();
        }
        return out.toString();
    }

    /** The same content as JSON: totals, per-document scores, findings, leaks and body-start checks. */
    public String toJson() {
        JsonObject root = new JsonObject();
        root.put("rules", RULES);
        JsonObject totals = new JsonObject();
        for (Category c : Category.values()) {
            totals.put(c.name().toLowerCase(Locale.ROOT), json(total(c)));
        }
        totals.put("subtypeCorrect", subtypeCorrect());
        totals.put("subtypeTotal", subtypeTotal());
        root.put("total", totals);
        JsonArray docs = new JsonArray();
        for (DocumentReport d : documents) {
            JsonObject o = new JsonObject();
            o.put("doc", d.doc());
            o.put("extracted", d.extracted());
            for (Category c : Category.values()) {
                o.put(c.name().toLowerCase(Locale.ROOT), json(d.score(c)));
            }
            o.put("subtypeCorrect", d.subtypeCorrect());
            o.put("subtypeTotal", d.subtypeTotal());
            if (d.bodyStartOk() != null) {
                o.put("bodyStartOk", d.bodyStartOk());
            }
            JsonArray leaks = new JsonArray();
            d.boilerplateLeaks().forEach(leaks::add);
            o.put("boilerplateLeaks", leaks);
            JsonArray fs = new JsonArray();
            for (Finding f : d.findings()) {
                JsonObject fo = new JsonObject();
                fo.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
                fo.put("category", f.category().name().toLowerCase(Locale.ROOT));
                fo.put("item", f.item());
                fo.put("note", f.note());
                fs.add(fo);
            }
            o.put("findings", fs);
            JsonArray cases = new JsonArray();
            for (QuoteCase c : d.quoteCases()) {
                JsonObject co = new JsonObject();
                co.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
                co.put("quote", c.quote());
                co.put("gold", c.gold());
                if (c.extracted() != null) {
                    co.put("extracted", c.extracted());
                }
                co.put("context", c.context());
                cases.add(co);
            }
            o.put("quoteCases", cases);
            docs.add(o);
        }
        root.put("documents", docs);
        return JSON.toString(root);
    }

    private static JsonObject json(Score s) {
        JsonObject o = new JsonObject();
        o.put("tp", s.tp());
        o.put("fp", s.fp());
        o.put("fn", s.fn());
        o.put("precision", JsonNumber.value(round(s.precision())));
        o.put("recall", JsonNumber.value(round(s.recall())));
        o.put("f1", JsonNumber.value(round(s.f1())));
        return o;
    }

    private static BigDecimal round(double d) {
        return BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP);
    }
}
