package org.w3id.newsgraph.query;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * A SPARQL query shipped as a {@code .rq} file, with a header of comment lines that names and documents it.
 *
 * <p><b>File format.</b> The header is the run of comment ({@code #}) and blank lines at the top of the file;
 * the first other line starts the query. Header lines of the form {@code # key: value} are read, other comment
 * lines are free text and ignored:
 * <pre>
 * # title: Roles
 * # description: Who holds which post in which organisation or country, per article.
 * # param: entity — the entity's name (rdfs:label or skos:altLabel), e.g. "Huawei"
 * # param: lang = en — a language tag (this one has a default)
 * SELECT ...
 * </pre>
 * <ul>
 * <li>{@code title:} a short title (default: the query name);</li>
 * <li>{@code description:} one sentence; repeating the key appends to it;</li>
 * <li>{@code param: NAME [= DEFAULT] — DESCRIPTION}: one per parameter. The separator is an em dash
 * {@code —}, {@code --} or a hyphen between spaces. A default in double quotes may contain spaces. The query
 * must use the parameter as the variable {@code ?NAME}.</li>
 * <li>{@code param: limit = 1000 — ...} and {@code param: offset = 0 — ...} are paging parameters: whole numbers
 * set as the query's {@code LIMIT} and {@code OFFSET} ({@link Paging}), not variables.</li>
 * <li>{@code paged-rows: N}: only the list's first N rows have pages ({@link Paging}); a whole number.</li>
 * </ul>
 * The whole file is parsed as SPARQL (comments included), so error positions are file positions.
 *
 * <p><b>Parameters</b> are bound with Jena's variable substitution, never by splicing text: a value is an
 * {@code xsd:string} literal, or an IRI when written in angle brackets {@code <...>}. A value such as
 * {@code x" } ; DROP ALL #} is therefore just a string.
 *
 * @param name        the file name without {@code .rq}
 * @param source      where it came from, for messages (e.g. {@code queries/roles.rq})
 * @param title       short title
 * @param description one-sentence description (may be empty)
 * @param params      parameters in header order
 * @param sparql      the full file text
 */
public record PreparedQuery(String name, String source, String title, String description, List<Param> params,
                            String sparql) {
    private static final Pattern KEY = Pattern.compile("(?i)(title|description|param|paged-rows)\\s*:\\s*(.*)");
    private static final Pattern PARAM = Pattern.compile(
            "[?$]?([A-Za-z_][A-Za-z0-9_]*)\\s*(?:=\\s*(\"[^\"]*\"|\\S+)\\s*)?(?:(?:—|--|\\s-)\\s*(.*))?");
    private static final Pattern AT = Pattern.compile("(?<!\\s)\\s*+\\bat line (\\d+), column (\\d+)\\.?");
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \" (?:<[^>]*>|\"[^\"]*\") \"(.*) \"\"\\.?");
    private static final Pattern POSITION = Pattern.compile("(?i)^\\s*line \\d+, column \\d+:\\s*");

    public PreparedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        params = List.copyOf(params);
        Objects.requireNonNull(sparql, "sparql");
    }

    /** Reads and checks a {@code .rq} file; the name is the file name without {@code .rq}. */
    public static PreparedQuery fromFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new QueryException("no such query file: " + file, e);
        } catch (MalformedInputException e) {
            throw new QueryException("cannot read " + file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new QueryException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(nameOf(file.getFileName().toString()), file.toString(), text);
    }

    static String nameOf(String fileName) {
        return fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    /**
     * Parses the header and checks the query: valid SPARQL, every parameter used as a variable.
     *
     * @throws QueryException one line, e.g. {@code queries/x.rq: line 3, column 5: Encountered ...}
     */
    public static PreparedQuery parse(String name, String source, String text) {
        String title = null;
        StringBuilder description = new StringBuilder();
        List<Param> params = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\r\n|\r|\n", -1)) {
            lineNo++;
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (!s.startsWith("#")) {
                break;
            }
            Matcher m = KEY.matcher(s.substring(1).strip());
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "title" -> title = value;
                case "description" -> {
                    if (!description.isEmpty() && !value.isEmpty()) {
                        description.append(' ');
                    }
                    description.append(value);
                }
                case "paged-rows" -> pagedRows(source, lineNo, value);
                default -> params.add(param(source, lineNo, value, params));
            }
        }
        PreparedQuery q = new PreparedQuery(name, source, title == null || title.isEmpty() ? name : title,
                description.toString(), params, text);
        Query parsed = q.parsed();
        for (Param p : params) {
            if (p.paging()) {
                continue; // LIMIT/OFFSET, set by the runner
            }
            boolean used = parsed.toString().matches("(?s).*[?$]" + p.name() + "\\b.*");
            if (!used) {
                throw new QueryException(source + ": parameter '" + p.name() + "' is not used as ?" + p.name()
                        + " in the query");
            }
        }
        return q;
    }

    /**
     * Checks a {@code # paged-rows: N} header ({@link Paging}): a value the runner cannot read would page the whole
     * list and answer only its first page's rows, fast and wrong (a query file of another version did just that).
     */
    private static void pagedRows(String source, int lineNo, String value) {
        if (!value.matches("\\d{1,15}")) {
            throw new QueryException(source + ": line " + lineNo + ": '# paged-rows: " + value
                    + "' must be a whole number of rows (this version of newsgraph pages no other way)");
        }
    }

    private static Param param(String source, int lineNo, String value, List<Param> seen) {
        Matcher m = PARAM.matcher(value);
        if (!m.matches()) {
            throw new QueryException(source + ": line " + lineNo + ": cannot read parameter '" + value
                    + "' (expected: # param: NAME [= DEFAULT] — DESCRIPTION)");
        }
        String pname = m.group(1);
        if (seen.stream().anyMatch(p -> p.name().equals(pname))) {
            throw new QueryException(source + ": line " + lineNo + ": parameter '" + pname + "' declared twice");
        }
        String def = m.group(2);
        if (def != null && def.length() >= 2 && def.startsWith("\"") && def.endsWith("\"")) {
            def = def.substring(1, def.length() - 1);
        }
        String desc = m.group(3) == null ? "" : m.group(3).strip();
        return new Param(pname, desc, Optional.ofNullable(def));
    }

    /**
     * The query, parsed afresh (Jena's {@link Query} is mutable, so it is not kept).
     *
     * @throws QueryException one line with the file position of a syntax error
     */
    public Query parsed() {
        try {
            return QueryFactory.create(sparql, Syntax.syntaxSPARQL_12);
        } catch (QueryParseException e) {
            throw new QueryException(source + ": " + describe(e), e);
        } catch (RuntimeException e) {
            throw new QueryException(source + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * {@code line L, column C: Encountered "}"}: the position is taken from the message when it has one (Jena's
     * getLine/getColumn may point at the previous token), and JavaCC's token listing is reduced to the text.
     */
    static String describe(QueryParseException e) {
        String msg = firstLine(e.getMessage());
        int line = e.getLine();
        int column = e.getColumn();
        Matcher at = AT.matcher(msg);
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
            msg = (msg.substring(0, at.start()) + msg.substring(at.end())).strip();
        }
        Matcher enc = ENCOUNTERED.matcher(msg);
        if (enc.matches()) {
            msg = "Encountered \"" + enc.group(1) + "\"";
        }
        return (line > 0 ? "line " + line + ", column " + column + ": " : "") + msg;
    }

    private static String firstLine(String message) {
        String m = message == null ? "syntax error" : message;
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return POSITION.matcher(m).replaceFirst("").replaceAll("\\s{2,}", " ").strip();
    }

    /** The parameter called {@code name}, if declared. */
    public Optional<Param> param(String pname) {
        return params.stream().filter(p -> p.name().equals(pname)).findFirst();
    }
}
