package org.w3id.newsgraph.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.apache.jena.graph.Node;

/**
 * How many articles mention each pair of entities, counted for a whole archive in bounded memory: the pairs of an
 * archive outgrow any heap (an article of 20 entities has 190 of them, most never seen again), so each pair is a
 * {@code long} of two entity numbers in a buffer that, when full, is sorted, summed and written to a temporary
 * file; {@link #forEach} merges those files in key order. Memory: the buffer ({@link #chunk} longs) and one
 * number per distinct entity.
 */
final class PairCounts implements AutoCloseable {
    /** Receives each pair once, first entity before second by IRI, with its count. */
    interface Sink {
        void pair(Node first, Node second, long articles);
    }

    private final int chunk;
    private final Map<Node, Integer> ids = new HashMap<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private long[] buffer;
    private int size;

    /** @param chunk pairs held in memory before a run is written (32 MB at 4 million) */
    PairCounts(int chunk) {
        this.chunk = chunk;
        this.buffer = new long[Math.min(chunk, 1 << 16)];
    }

    /** Counts one article's entities, sorted by IRI: every pair once. */
    void add(List<Node> sorted) {
        int[] idsOf = new int[sorted.size()];
        for (int i = 0; i < idsOf.length; i++) {
            idsOf[i] = ids.computeIfAbsent(sorted.get(i), k -> {
                nodes.add(k);
                return nodes.size() - 1;
            });
        }
        for (int i = 0; i < idsOf.length; i++) {
            for (int j = i + 1; j < idsOf.length; j++) {
                put(((long) idsOf[i] << 32) | idsOf[j]);
            }
        }
    }

    private void put(long key) {
        if (size == buffer.length) {
            if (buffer.length < chunk) {
                buffer = Arrays.copyOf(buffer, Math.min(chunk, buffer.length * 2));
            } else {
                spill();
            }
        }
        buffer[size++] = key;
    }

    /** Writes the buffer, sorted and summed, as one run: (key, count) records in key order. */
    private void spill() {
        try {
            Path run = Files.createTempFile("newsgraph-pairs-", ".bin");
            run.toFile().deleteOnExit(); // also when the counts are never read back (a failed run)
            runs.add(run);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run),
                    1 << 16))) {
                Arrays.sort(buffer, 0, size);
                for (int i = 0; i < size;) {
                    int j = i;
                    while (j < size && buffer[j] == buffer[i]) {
                        j++;
                    }
                    out.writeLong(buffer[i]);
                    out.writeInt(j - i);
                    i = j;
                }
            }
            size = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the co-mention counts to a temporary file: "
                    + e.getMessage(), e);
        }
    }

    /** Every pair with its total count, in key order (call once, at the end; the runs are deleted). */
    void forEach(Sink sink) {
        if (size > 0) {
            spill();
        }
        buffer = new long[0];
        PriorityQueue<Run> queue = new PriorityQueue<>((a, b) -> Long.compare(a.key, b.key));
        try {
            for (Path p : runs) {
                Run r = new Run(p);
                if (r.next()) {
                    queue.add(r);
                } else {
                    r.close();
                }
            }
            while (!queue.isEmpty()) {
                long key = queue.peek().key;
                long total = 0;
                while (!queue.isEmpty() && queue.peek().key == key) {
                    Run r = queue.poll();
                    total += r.count;
                    if (r.next()) {
                        queue.add(r);
                    } else {
                        r.close();
                    }
                }
                sink.pair(nodes.get((int) (key >>> 32)), nodes.get((int) key), total);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the co-mention counts back: " + e.getMessage(), e);
        } finally {
            queue.forEach(Run::close);
            close();
        }
    }

    @Override
    public void close() {
        for (Path p : runs) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a temporary file left behind costs disk, not correctness
            }
        }
        runs.clear();
    }

    /** One sorted run being read. */
    private static final class Run {
        private final DataInputStream in;
        long key;
        int count;

        Run(Path p) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(p), 1 << 16));
        }

        boolean next() throws IOException {
            try {
                key = in.readLong();
                count = in.readInt();
                return true;
            } catch (EOFException e) {
                return false;
            }
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // read to its end already
            }
        }
    }
}
