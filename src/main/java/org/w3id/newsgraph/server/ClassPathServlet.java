package org.w3id.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Static files from a class-path folder: the YASGUI WebJar ({@code META-INF/resources/webjars}) and the graph
 * view ({@code view/}). Nothing is fetched from the internet and nothing outside the folder can be reached: paths
 * with {@code ..}, empty segments or backslashes are 404. A path ending in {@code /} serves its
 * {@code index.html}; the bare mount path ({@code /view}) redirects to {@code /view/}.
 */
final class ClassPathServlet extends HttpServlet {
    private static final Pattern SAFE = Pattern.compile("(/[A-Za-z0-9_@.~+-]+)*/?");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html;charset=utf-8"),
            Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("mjs", "text/javascript;charset=utf-8"),
            Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("txt", "text/plain;charset=utf-8"));

    private final String folder;

    /** Serves the class-path folder {@code folder} (no leading or trailing slash). */
    ClassPathServlet(String folder) {
        this.folder = folder;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.isEmpty()) {
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        if (!SAFE.matcher(path).matches() || path.contains("/../") || path.endsWith("/..")
                || path.contains("/./")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (path.endsWith("/")) {
            path = path + "index.html";
        }
        URL url = getClass().getClassLoader().getResource(folder + path);
        if (url == null || isDirectory(url)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(type(path));
        resp.setHeader("Cache-Control", "public, max-age=3600");
        try (InputStream in = url.openStream(); OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static boolean isDirectory(URL url) {
        if (url.getPath().endsWith("/")) {
            return true;
        }
        if (url.getProtocol().equals("file")) {
            try {
                return Files.isDirectory(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return true;
            }
        }
        return false;
    }

    static String type(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
