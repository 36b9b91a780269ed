package org.w3id.newsgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.newsgraph.export.ExportFormat;
import org.w3id.newsgraph.export.ExportOptions;
import org.w3id.newsgraph.export.Exporter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /newsgraph/export/FORMAT}: the whole graph in any {@link ExportFormat} (whatever
 * {@link ExportFormat#parse} accepts), with {@link ExportOptions} from {@code ?types=Person,Company},
 * {@code ?relationsOnly=true} and {@code ?minWeight=2}. Unknown format: 404; bad option: 400.
 */
final class ExportServlet extends HttpServlet {
    private final Supplier<DatasetGraph> data;

    ExportServlet(Supplier<DatasetGraph> data) {
        this.data = data;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String name = path == null || path.length() < 2 ? "" : path.substring(1);
        ExportFormat fmt;
        try {
            if (name.isEmpty() || name.contains("/")) {
                throw new IllegalArgumentException("unknown export format '" + name + "'; known: "
                        + ExportFormat.names());
            }
            fmt = ExportFormat.parse(name);
        } catch (IllegalArgumentException e) {
            Json.error(resp, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        ExportOptions options;
        try {
            options = options(req);
        } catch (IllegalArgumentException e) {
            Json.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        String type = fmt.mediaType();
        resp.setContentType(type.startsWith("text/") || type.contains("json") || type.contains("xml")
                ? type + ";charset=utf-8" : type);
        resp.setHeader("Content-Disposition", "inline; filename=\"newsgraph." + fmt.extension() + "\"");
        // closed only after a complete export: a failure before the first flush still becomes a 500
        OutputStream out = resp.getOutputStream();
        Exporter.write(data.get(), fmt, options, out);
        out.close();
    }

    /** The options from the query parameters; absent ones keep {@link ExportOptions#ALL}'s values. */
    static ExportOptions options(HttpServletRequest req) {
        Set<String> types = new LinkedHashSet<>();
        String t = req.getParameter("types");
        if (t != null) {
            Arrays.stream(t.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(s -> {
                if (!s.matches("[A-Za-z][A-Za-z0-9]*")) {
                    throw new IllegalArgumentException("bad type name '" + s + "' (a class name such as Person)");
                }
                types.add(s);
            });
        }
        boolean relationsOnly = bool(req.getParameter("relationsOnly"), "relationsOnly");
        int minWeight = 1;
        String w = req.getParameter("minWeight");
        if (w != null) {
            try {
                minWeight = Integer.parseInt(w.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("minWeight must be a whole number, not '" + w + "'");
            }
        }
        return new ExportOptions(types, relationsOnly, minWeight);
    }

    private static boolean bool(String v, String name) {
        if (v == null || v.equalsIgnoreCase("false")) {
            return false;
        }
        if (v.isEmpty() || v.equalsIgnoreCase("true")) {
            return true;
        }
        throw new IllegalArgumentException(name + " must be true or false, not '" + v + "'");
    }
}
