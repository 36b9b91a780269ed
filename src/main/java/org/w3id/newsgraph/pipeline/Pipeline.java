package org.w3id.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * An ordered chain of steps, checked once when built: every step's requirements must be provided by an
 * earlier step, else the builder names the missing annotation. Thread-safe; keeps a per-step time total. Before
 * each step it checks the document's {@link Deadline}, so an article over its budget stops there with an
 * {@link ExtractionTimeoutException}.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(new BoilerplateStep()).add(new SentenceStep(models)).build();
 * Document d = p.run(Document.of(new SourceText("a.txt", text)));
 * }</pre>
 */
public final class Pipeline {
    private final List<Step> steps;
    private final Map<String, LongAdder> nanos = new LinkedHashMap<>();

    private Pipeline(List<Step> steps) {
        this.steps = List.copyOf(steps);
        for (Step s : steps) {
            nanos.put(s.name(), new LongAdder());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Step> steps() {
        return steps;
    }

    public Document run(Document document) {
        Document d = document;
        for (Step step : steps) {
            d.deadline().check();
            long t0 = System.nanoTime();
            d = step.apply(d);
            nanos.get(step.name()).add(System.nanoTime() - t0);
            for (AnnotationKey<?> k : step.provides()) {
                if (!d.has(k)) {
                    throw new IllegalStateException("step " + step.name() + " did not add '" + k.name() + "'");
                }
            }
        }
        return d;
    }

    /** Total milliseconds spent in each step since this pipeline was built, in pipeline order. */
    public Map<String, Double> timings() {
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum() / 1e6));
        return out;
    }

    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();

        public Builder add(Step step) {
            steps.add(step);
            return this;
        }

        /**
         * @param initial annotations the input document already carries
         */
        public Pipeline build(Set<AnnotationKey<?>> initial) {
            Set<AnnotationKey<?>> available = new HashSet<>(initial);
            Set<String> names = new HashSet<>();
            for (Step s : steps) {
                if (!names.add(s.name())) {
                    throw new IllegalArgumentException("step " + s.name() + " added twice");
                }
                for (AnnotationKey<?> need : s.requires()) {
                    if (!available.contains(need)) {
                        throw new IllegalArgumentException(
                                "step " + s.name() + " requires '" + need.name() + "', which no earlier step provides");
                    }
                }
                available.addAll(s.provides());
            }
            return new Pipeline(steps);
        }

        public Pipeline build() {
            return build(Set.of());
        }
    }
}
