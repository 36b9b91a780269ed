package org.w3id.newsgraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop HTTP load: each of {@code clients} threads sends the next request of a fixed list (round robin,
 * each client starting at a different one) as soon as its previous answer arrived, until the time is up. Every
 * latency is kept (a 30 s run stays well under a million samples), so percentiles are exact. Only loopback
 * addresses are meant as targets.
 */
public final class LoadBenchmark {
    private final List<URI> requests;
    private final int clients;
    private final Duration duration;

    public LoadBenchmark(List<URI> requests, int clients, Duration duration) {
        if (requests.isEmpty() || clients < 1) {
            throw new IllegalArgumentException("need at least one request and one client");
        }
        this.requests = List.copyOf(requests);
        this.clients = clients;
        this.duration = duration;
    }

    public LoadResult run() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int first = c;
            futures.add(pool.submit(() -> {
                LongList latencies = new LongList();
                for (int i = first; System.nanoTime() < end; i++) {
                    HttpRequest req = HttpRequest.newBuilder(requests.get(i % requests.size()))
                            .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - s);
                }
                return latencies.toArray();
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return LoadResult.of(all, errors.get(), seconds, clients);
    }

    /** A growable array of longs, so a run does not box a million latencies. */
    private static final class LongList {
        private long[] a = new long[1024];
        private int n;

        void add(long v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
