package org.w3id.newsgraph.server.view;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.server.view.ViewParams.BadParameter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The graph view's JSON API under {@code /view/api/}; each answer holds only what the view will draw:
 * <ul>
 * <li>{@code top?n=40&type=Person,Company&minMentions=1&relTypes=&coMentions=false&minWeight=1}: the most-mentioned
 * entities and the links among them;</li>
 * <li>{@code neighbours?entity=KEY&depth=1&limit=80&relTypes=&coMentions=false&minWeight=1&type=&minMentions=}:
 * an entity and its neighbourhood;</li>
 * <li>{@code search?q=merk&n=12&type=}: entities by name or other name;</li>
 * <li>{@code vocabulary}: the entity types and relation types the filters offer.</li>
 * </ul>
 * Answers are {@code {"nodes": [...], "edges": [...], "truncated": false}}; errors are one line,
 * {@code {"error": "..."}}: 400 bad parameter, 404 unknown entity or path, 503 timeout.
 */
public final class ViewApiServlet extends HttpServlet {
    private final transient EntityGraph graph;
    private final Duration timeout;

    /** The API over the dataset {@code data} gives (the store's, looked up on each request). */
    public ViewApiServlet(Supplier<DatasetGraph> data, Duration timeout) {
        this.graph = new EntityGraph(new ViewQueries(data, timeout));
        this.timeout = timeout;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        try {
            switch (path) {
                case "/top" -> send(resp, 200, graph.top(ViewParams.of(req.getParameterMap(), 40)).json());
                case "/neighbours" -> neighbours(ViewParams.of(req.getParameterMap(), 40), resp);
                case "/search" -> {
                    ViewParams p = ViewParams.of(req.getParameterMap(), 12);
                    if (p.q() == null) {
                        throw new BadParameter("parameter 'q' (the text to look for) is required");
                    }
                    send(resp, 200, graph.search(p).json());
                }
                case "/vocabulary" -> send(resp, 200, vocabulary());
                default -> error(resp, 404, "no such view API '" + path
                        + "'; known: top, neighbours, search, vocabulary");
            }
        } catch (BadParameter e) {
            error(resp, 400, e.getMessage());
        } catch (QueryCancelledException e) {
            error(resp, 503, "the view's query timed out after " + timeout.toMillis() + " ms");
        }
    }

    private void neighbours(ViewParams p, HttpServletResponse resp) throws IOException {
        if (p.entity() == null) {
            throw new BadParameter("parameter 'entity' (an entity key such as angela-merkel) is required");
        }
        Optional<ViewGraph> g = graph.neighbours(p);
        if (g.isEmpty()) {
            error(resp, 404, "no entity '" + p.entity() + "'");
        } else {
            send(resp, 200, g.get().json());
        }
    }

    private static JsonObject vocabulary() {
        JsonArray types = new JsonArray();
        for (EntityType t : EntityType.values()) {
            JsonObject o = new JsonObject();
            o.put("type", t.localName());
            o.put("kind", t.coarse().localName());
            types.add(o);
        }
        JsonArray relations = new JsonArray();
        for (RelationType t : RelationType.values()) {
            JsonObject o = new JsonObject();
            o.put("relation", t.localName());
            o.put("label", t.label());
            relations.add(o);
        }
        JsonObject o = new JsonObject();
        o.put("types", types);
        o.put("relations", relations);
        return o;
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        JsonObject o = new JsonObject();
        o.put("error", message.strip().replaceAll("\\s*\\R\\s*", " "));
        send(resp, status, o);
    }

    private static void send(HttpServletResponse resp, int status, JsonValue value) throws IOException {
        byte[] body = (JSON.toStringFlat(value) + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }
}
