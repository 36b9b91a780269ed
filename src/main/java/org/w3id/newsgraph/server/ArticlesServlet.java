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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.newsgraph.ingest.ArticleOutcome;
import org.w3id.newsgraph.ingest.Ingestor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.rdf.Prefixes;
import org.w3id.newsgraph.store.NewsStore;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Adds and removes articles over HTTP, only on a server started with credentials (Jetty's basic authentication
 * guards the path; a read-only server answers 405).
 * <ul>
 * <li>{@code POST /newsgraph/articles[?name=FILE.txt]}: the body is one article as UTF-8 text (at most
 * {@code maxUpload} bytes, else 413). It is extracted, mapped and validated like a file in {@code build}, then
 * stored in one transaction, replacing an article of the same name; 201 with the counts. Invalid UTF-8, an
 * empty body or a page of boilerplate only: 400. Without a name, the name comes from the content hash.</li>
 * <li>{@code DELETE /newsgraph/articles/ID} (ID = the last segment of the article IRI): 204, or 404.</li>
 * </ul>
 * The extractor loads its models on the first upload and is shared by all later ones.
 */
final class ArticlesServlet extends HttpServlet {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,199}");

    private final Optional<NewsStore> store;
    private final boolean updatable;
    private final long maxUpload;
    private Ingestor ingestor;

    ArticlesServlet(Optional<NewsStore> store, ServerConfig config) {
        this.store = store;
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
            tooLarge(resp);
            return;
        }
        byte[] body = readAtMost(req.getInputStream(), maxUpload + 1);
        if (body.length > maxUpload) {
            tooLarge(resp);
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
        String name = given.orElseGet(() -> "article-" + hash(body) + ".txt");
        if (!NAME.matcher(name).matches()) {
            Json.error(resp, HttpServletResponse.SC_BAD_REQUEST, "bad article name '" + name
                    + "': use a file name of letters, digits, '.', '_', '-' or spaces");
            return;
        }
        ArticleOutcome outcome = ingestor().prepare(new SourceText(name, text));
        switch (outcome) {
            case ArticleOutcome.Failed f -> Json.error(resp, HttpServletResponse.SC_BAD_REQUEST, f.message());
            case ArticleOutcome.Ready r -> {
                store.get().replaceArticle(r.article(), r.graph());
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

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
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
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            Json.error(resp, HttpServletResponse.SC_NOT_FOUND, "no article '" + id + "'");
        }
    }

    private void tooLarge(HttpServletResponse resp) throws IOException {
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

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
