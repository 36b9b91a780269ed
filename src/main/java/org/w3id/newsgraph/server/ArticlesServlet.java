package org.w3id.newsgraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.newsgraph.ingest.ArticleOutcome;
import org.w3id.newsgraph.ingest.ErrorText;
import org.w3id.newsgraph.ingest.Ingestor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.ContentHash;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.rdf.Prefixes;
import org.w3id.newsgraph.store.ArticleVersions;
import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.text.InputException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Adds and removes articles over HTTP, only on a server started with credentials (Jetty's basic authentication
 * guards the path; a read-only server answers 405).
 * <ul>
 * <li>{@code POST /newsgraph/articles[?name=FILE.txt]}: the body is one article as UTF-8 text (at most
 * {@code maxUpload} bytes, else 413). It is extracted, mapped and validated like a file in {@code build}, then
 * stored in one transaction; 201 with the counts. Its IRI is the one {@code build} gives a file of that name and
 * bytes ({@link org.w3id.newsgraph.rdf.Ids#article}), so posting the same text again changes nothing, and a new
 * text under a name already stored replaces the old version in the same transaction. Without a name the
 * source is {@value #UNNAMED} (which no name can be) and nothing is replaced. Invalid UTF-8, an empty body or a
 * page of boilerplate only: 400; extraction or the store breaking on it: 500. Every error is a one-line JSON
 * message, never a stack trace.</li>
 * <li>{@code DELETE /newsgraph/articles/ID} (ID = the last segment of the article IRI): 204, or 404.</li>
 * </ul>
 * The extractor loads its models on the first upload and is shared by all later ones.
 */
final class ArticlesServlet extends HttpServlet {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,199}");
    /** The source of an upload without a name: not a valid name, so no named upload can replace it. */
    static final String UNNAMED = "(upload)";

    private final Optional<NewsStore> store;
    private final ListRepaging repaging;
    private final boolean updatable;
    private final long maxUpload;
    private Ingestor ingestor;

    ArticlesServlet(Optional<NewsStore> store, ServerConfig config, ListRepaging repaging) {
        this.store = store;
        this.repaging = repaging;
        this.updatable = config.updatable();
        this.maxUpload = config.maxUpload();
    }

    private synchronized Ingestor ingestor() {
        if (ingestor == null) {
            ingestor = Ingestor.standard(maxUpload);
        }
        return ingestor;
    }

    /** False (and the answer sent) unless this server may write and the user is authenticated. */
    private boolean mayWrite(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!updatable || store.isEmpty()) {
            resp.setHeader("Allow", "");
            Json.error(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "the server is read-only; start it with --update and a password to change articles");
            return false;
        }
        if (req.getUserPrincipal() == null) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"" + NewsServer.REALM + "\"");
            Json.error(resp, HttpServletResponse.SC_UNAUTHORIZED, "authentication required");
            return false;
        }
        return true;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Allow", updatable ? "POST, DELETE" : "");
        Json.error(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                "articles are added with POST and removed with DELETE; query them at " + NewsServer.DATASET
                        + "/queries/articles");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            post(req, resp);
        } catch (Throwable t) { // a one-line 500, never a stack trace: the article is not stored
            fail(resp, "could not store the article: " + ErrorText.of(t));
        }
    }

    private void post(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!mayWrite(req, resp)) {
            return;
        }
        if (req.getPathInfo() != null && !req.getPathInfo().equals("/")) {
            resp.setHeader("Allow", "DELETE");
            Json.error(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "POST articles to " + NewsServer.DATASET
                    + "/articles");
            return;
        }
        long declared = req.getContentLengthLong();
        if (declared > maxUpload) {
            tooLarge(req, resp, declared);
            return;
        }
        byte[] body = readAtMost(req.getInputStream(), maxUpload + 1);
        if (body.length > maxUpload) {
            tooLarge(req, resp, declared);
            return;
        }
        String text;
        try {
            text = decode(body);
        } catch (CharacterCodingException e) {
            Json.error(resp, HttpServletResponse.SC_BAD_REQUEST, "the article is not valid UTF-8 text");
            return;
        }
        if (text.isBlank()) {
            Json.error(resp, HttpServletResponse.SC_BAD_REQUEST, "the article is empty");
            return;
        }
        Optional<String> given = queryParameter(req.getQueryString(), "name");
        String name = given.orElse(UNNAMED);
        if (given.isPresent() && !NAME.matcher(name).matches()) {
            Json.error(resp, HttpServletResponse.SC_BAD_REQUEST, "bad article name '" + name
                    + "': use a file name of letters, digits, '.', '_', '-' or spaces");
            return;
        }
        ArticleOutcome outcome = ingestor().prepare(new SourceText(name, text, ContentHash.sha256(body)));
        switch (outcome) {
            case ArticleOutcome.Failed f -> Json.error(resp, refused(f) ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_INTERNAL_SERVER_ERROR, f.message());
            case ArticleOutcome.Duplicate d -> throw new IllegalStateException("one upload cannot repeat itself");
            case ArticleOutcome.Ready r -> {
                if (given.isPresent()) { // a new text under a known name replaces the old version
                    ArticleVersions.replace(store.get(), r.article(), r.graph(), name, Set.of());
                } else {
                    store.get().replaceArticle(r.article(), r.graph());
                }
                repaging.request();
                ArticleFacts facts = r.facts();
                JsonObject o = new JsonObject();
                o.put("article", r.article().getURI());
                o.put("source", name);
                o.put("entities", facts.entities().size());
                o.put("roles", facts.roles().size());
                o.put("quotes", facts.quotes().size());
                o.put("relations", facts.relations().size());
                resp.setHeader("Location", req.getContextPath() + ResourceServlet.localPath(r.article().getURI()));
                Json.send(resp, HttpServletResponse.SC_CREATED, o);
            }
        }
    }

    /** Refused for what the article is (400), as against extraction breaking on it (500). */
    private static boolean refused(ArticleOutcome.Failed f) {
        return f.cause() == null || f.cause() instanceof InputException;
    }

    private static void fail(HttpServletResponse resp, String message) throws IOException {
        if (!resp.isCommitted()) {
            resp.reset();
            Json.error(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, message);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            delete(req, resp);
        } catch (Throwable t) {
            fail(resp, "could not delete the article: " + ErrorText.of(t));
        }
    }

    private void delete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!mayWrite(req, resp)) {
            return;
        }
        String path = req.getPathInfo();
        String id = path == null || path.length() < 2 ? "" : path.substring(1);
        if (!ID.matcher(id).matches()) {
            Json.error(resp, HttpServletResponse.SC_NOT_FOUND, "no article '" + id + "'");
            return;
        }
        Node article = NodeFactory.createURI(Prefixes.NGID + "article/" + id);
        if (store.get().deleteArticle(article)) {
            repaging.request();
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            Json.error(resp, HttpServletResponse.SC_NOT_FOUND, "no article '" + id + "'");
        }
    }

    /**
     * The 413, after what is left of a body of at most {@link RequestLimits#DRAIN} bytes has been read and dropped:
     * closing a socket with unread data makes TCP reset the connection, and the client would lose the 413.
     */
    private void tooLarge(HttpServletRequest req, HttpServletResponse resp, long declared) throws IOException {
        if (declared > RequestLimits.DRAIN || !RequestLimits.drain(req.getInputStream())) {
            resp.setHeader("Connection", "close");
        }
        Json.error(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the article is larger than "
                + maxUpload + " bytes (the server's --max-upload)");
    }

    /** Reads up to {@code limit} bytes, so an oversized body is never held whole. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long left = limit;
        int n;
        while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
            out.write(buf, 0, n);
            left -= n;
        }
        return out.toByteArray();
    }

    /** Strict UTF-8; a leading byte-order mark is dropped. */
    static String decode(byte[] body) throws CharacterCodingException {
        CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body));
        String s = chars.toString();
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /**
     * A parameter of the query string, decoded. The body is never parsed as a form (curl sends article files as
     * {@code application/x-www-form-urlencoded} by default).
     */
    static Optional<String> queryParameter(String queryString, String key) {
        if (queryString == null) {
            return Optional.empty();
        }
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (k.equals(key)) {
                return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
