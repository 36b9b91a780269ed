package org.w3id.newsgraph.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Child-process helper for {@link NewsStoreTest}: opens a store, says READY, holds it until stdin has a line. */
public final class StoreLockHolder {
    private StoreLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (NewsStore store = NewsStore.open(Path.of(args[0]))) {
            System.out.println("READY " + ProcessHandle.current().pid());
            System.err.println("holding " + store.directory());
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        System.out.println("CLOSED");
        System.out.flush();
    }
}
