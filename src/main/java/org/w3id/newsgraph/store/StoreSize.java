package org.w3id.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A store's size on disk: the bytes TDB2 has written, which is what {@code du} counts. TDB2 grows its B+tree
 * files ({@code X.dat} records, {@code X.idn} nodes) 8 MiB at a time and leaves the unwritten rest sparse, so
 * their lengths would make a store of a few articles look 200 MiB. Their written extent is in the tree's state
 * file {@code X.bpt}: the last committed root, then the node and the record block limits, three big-endian longs
 * ({@code org.apache.jena.dboe.trans.bplustree.BPTStateMgr}), blocks of 8 KiB. Every other file counts its length.
 * Should a state file not look like that, the file's length is counted: the size can be too high, never wrong data.
 * newsgraph's own {@link CompactionPolicy#MARKER} does not count, so the size it records is the size measured.
 */
public final class StoreSize {
    /** TDB2's block size (SystemTDB.BlockSize); a store made with other parameters falls back to file lengths. */
    private static final long BLOCK = 8192;

    private StoreSize() {}

    /** The size on disk of everything under {@code dir}, in bytes. */
    public static long onDisk(Path dir) {
        long[] total = new long[1];
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    boolean counted = attrs.isRegularFile()
                            && !file.getFileName().toString().startsWith(CompactionPolicy.MARKER);
                    total[0] += counted ? written(file, attrs.size()) : 0;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // deleted while we looked (an old generation): not on disk
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total[0];
    }

    private static long written(Path file, long length) {
        String name = file.getFileName().toString();
        boolean records = name.endsWith(".dat");
        if (!records && !name.endsWith(".idn")) {
            return length;
        }
        Path state = file.resolveSibling(name.substring(0, name.length() - 4) + ".bpt");
        try {
            if (!Files.isRegularFile(state) || Files.size(state) != 24) {
                return length; // a .dat that is not a B+tree's (TDB2 has none today), or an unknown layout
            }
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(state));
            long blocks = records ? b.getLong(16) : b.getLong(8);
            long bytes = blocks * BLOCK;
            return blocks >= 0 && bytes <= length ? bytes : length;
        } catch (IOException e) {
            return length;
        }
    }
}
