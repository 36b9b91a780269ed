package org.w3id.newsgraph.extract.relations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;

/**
 * The confidence of a rule's relation: the precision its family of rules measured on the development evidence (the
 * hand-judged sample of polnear-train relations, seed 11, counting the rows that still pass
 * {@link TrustedRelations}; docs/QUALITY.md gives the counts; a cue's relation by its type and end over the samples of
 * seeds 11 and 13, resources/relations/cue-confidence.tsv), and the one threshold every statement, ruled or learned,
 * must clear to enter the graph. Learned statements carry the classifier's probability instead.
 */
final class RuleConfidence {
    /** What a statement's confidence must reach to be kept. */
    static final double THRESHOLD = 0.5;

    /** The families of rules, by where a relation comes from. */
    enum Family {
        /** holdsRoleIn from a role ("Acme chief executive Jane Doe"). */
        ROLE,
        /** The shape around two mentions ("City, State", "London-based Acme", "Acme's unit"). */
        STRUCTURAL,
        /** A verb or noun cue of the {@link RelationCue} table ("told", "met with"). */
        CUE
    }

    /** The cue relations judged by hand: right and judged rows per relation type and end, and their sources. */
    private static final String CUE_TABLE = "/relations/cue-confidence.tsv";
    /** A type's own cell needs this many judged rows; a smaller one takes the figure of all types with that end. */
    static final int OWN_CELL = 5;
    private static final Map<String, int[]> CUE_COUNTS = cueCounts();

    private RuleConfidence() {}

    /**
     * A cue relation's confidence: (right + 1) / (judged + 2) over the hand-judged rows of its cell (relation type, and
     * whether its first end stands where the clause puts it, {@link CueSupport}), so that a few rows never read as
     * certainty; a cell of fewer than {@link #OWN_CELL} rows takes the cell of every type with the same end.
     */
    static double cue(RelationType type, boolean held) {
        String end = held ? "held" : "loose";
        int[] c = CUE_COUNTS.get(type.name() + "\t" + end);
        if (c == null || c[1] < OWN_CELL) {
            c = CUE_COUNTS.get("*\t" + end);
        }
        return (c[0] + 1.0) / (c[1] + 2.0);
    }

    private static Map<String, int[]> cueCounts() {
        Map<String, int[]> out = new HashMap<>();
        try (InputStream in = RuleConfidence.class.getResourceAsStream(CUE_TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + CUE_TABLE);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(f[0] + "\t" + f[1], new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!out.containsKey("*\theld") || !out.containsKey("*\tloose")) {
            throw new IllegalStateException(CUE_TABLE + " needs the rows of every type (*)");
        }
        return Map.copyOf(out);
    }

    /** The measured precision of the family for that relation type. */
    static double of(Family family, RelationType type) {
        return switch (family) {
            case ROLE -> 0.93; // 38 of 41
            case STRUCTURAL -> switch (type) {
                case LOCATED_IN -> 1.0; // 6 of 6, all "City, State"
                case BASED_IN -> 0.6; // 3 of 5
                default -> 0.82; // no other structural type sampled: basedIn and locatedIn together, 9 of 11
            };
            case CUE -> cue(type, false); // a cue's relations are rated where found, by their end (CueSupport)
        };
    }

    /** The relation with its family's confidence, unless it has one already. */
    static Relation rated(Relation r, Family family) {
        return r.confidence() != null ? r
                : new Relation(r.subjectKey(), r.type(), r.objectKey(), r.cue(), r.evidence(), of(family, r.type()));
    }
}
