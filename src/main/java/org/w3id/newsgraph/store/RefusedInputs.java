package org.w3id.newsgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;

/**
 * The inputs an earlier {@code build} into a store refused for what they are (a page of boilerplate only, a graph
 * that breaks the shapes), by source and content hash, so that a re-run does not extract them again only to
 * refuse them again. Refused inputs are not in the store, so without this record every run would pay for them.
 *
 * <p>The record is a small file in the store directory, {@value #FILE}, written atomically after the run's
 * articles are stored. Its first line names the code that refused ({@code code}): a record made by other code
 * (another version, a rebuilt jar) is ignored, because that code may take the input now. A refusal that may not
 * repeat (a time budget, a read error) is never recorded. A lost or damaged file costs one re-extraction.
 * Immutable; safe to consult from many threads.
 */
public final class RefusedInputs {
    /** The file in the store directory. */
    public static final String FILE = "newsgraph-refused.tsv";
    private static final String HEADER = "# newsgraph refused inputs\t";

    /** Nothing refused before: every input is extracted. */
    public static final RefusedInputs NONE = new RefusedInputs(Map.of());

    private final Map<Key, String> messages;

    private RefusedInputs(Map<Key, String> messages) {
        this.messages = messages;
    }

    /** One refused input: its source, the SHA-256 of its bytes and its one-line message. */
    public record Refusal(String source, String sha256, String message) {
        Key key() {
            return new Key(source, sha256);
        }
    }

    private record Key(String source, String sha256) {}

    /** The refusals recorded in {@code storeDir} by {@code code}; none when the file is absent, damaged or other code's. */
    public static RefusedInputs read(Path storeDir, String code) {
        Path file = storeDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER + code)) {
                return NONE;
            }
            Map<Key, String> map = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", 3);
                if (f.length == 3) {
                    map.put(new Key(unescape(f[0]), f[1]), unescape(f[2]));
                }
            }
            return new RefusedInputs(Map.copyOf(map));
        } catch (IOException | RuntimeException e) {
            return NONE; // damaged or unreadable: extract as if nothing had been refused
        }
    }

    /** The message of the earlier refusal of these bytes from this source, or null. */
    public String message(String source, String sha256) {
        return messages.get(new Key(source, sha256));
    }

    /** How many refusals are recorded. */
    public int size() {
        return messages.size();
    }

    /**
     * This record after a run over {@code inputs} (their sources) that refused {@code refused}: what the run said
     * of its inputs replaces what was recorded of them, and refusals of sources outside the run are kept.
     */
    public RefusedInputs after(Set<String> inputs, Collection<Refusal> refused) {
        Map<Key, String> map = new LinkedHashMap<>();
        messages.forEach((k, m) -> {
            if (!inputs.contains(k.source())) {
                map.put(k, m);
            }
        });
        for (Refusal r : refused) {
            map.put(r.key(), r.message());
        }
        return new RefusedInputs(Map.copyOf(map));
    }

    /**
     * Writes the record for {@code code} atomically (a temporary file renamed over it), or removes the file when
     * nothing is refused. Not fatal when it fails: the next build extracts the refused inputs again.
     */
    public void write(Path storeDir, String code) {
        Path file = storeDir.resolve(FILE);
        Path tmp = storeDir.resolve(FILE + ".tmp");
        try {
            if (messages.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            // in a fixed order, and not rewritten when unchanged: a re-run that stores nothing changes no file
            StringBuilder text = new StringBuilder(HEADER + code + System.lineSeparator());
            messages.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<Key, String> e) -> e.getKey().source())
                            .thenComparing(e -> e.getKey().sha256()))
                    .forEach(e -> text.append(escape(e.getKey().source())).append('\t').append(e.getKey().sha256())
                            .append('\t').append(escape(e.getValue())).append(System.lineSeparator()));
            if (holds(file, text)) {
                return;
            }
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    private static boolean holds(Path file, CharSequence text) {
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).contentEquals(text);
        } catch (IOException e) {
            return false; // damaged: write it again
        }
    }

    // A source or message with a tab or line break stays on its line.
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
