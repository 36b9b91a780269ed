package org.w3id.newsgraph.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The format of the word lists stored inside the name model: {@code key TAB value} lines, UTF-8, sorted by key so
 * the same list always gives the same bytes. The streams belong to OpenNLP's model reader and writer: not closed.
 */
final class TabSeparated {
    private TabSeparated() {
    }

    static Map<String, String> read(InputStream in) throws IOException {
        Map<String, String> m = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                m.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return m;
    }

    static void write(Map<String, String> map, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
        w.flush();
    }
}
