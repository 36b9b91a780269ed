package org.w3id.newsgraph.extract.relations.learned;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.w3id.newsgraph.extract.relations.learned.PairTrainer.Scored;

/**
 * Chooses a decision threshold from cross-validated decisions: the one with the best F1 among those whose
 * precision reaches a floor (0 for none), scanning 0.02 to 0.98 in steps of 0.02.
 */
public final class Thresholds {
    private Thresholds() {
    }

    /** Precision, recall and F1 at one threshold over the candidates of some kinds. */
    public record Point(double threshold, int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "threshold %.2f: P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)", threshold,
                    precision(), recall(), f1(), tp, fp, fn);
        }
    }

    public static Point at(List<Scored> scored, Predicate<PairKind> kinds, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Scored s : scored) {
            if (!kinds.test(s.decision().candidate().kind())) {
                continue;
            }
            boolean said = s.decision().confidence() >= threshold;
            boolean right = s.decision().label() == s.gold();
            if (said && right) {
                tp++;
            } else {
                if (said) {
                    fp++;
                }
                if (s.gold() != PairLabel.NONE) {
                    fn++;
                }
            }
        }
        return new Point(threshold, tp, fp, fn);
    }

    public static Point choose(List<Scored> scored, Predicate<PairKind> kinds, double minPrecision) {
        Point best = at(scored, kinds, 0.98);
        for (int i = 1; i <= 49; i++) {
            Point p = at(scored, kinds, i * 0.02);
            if (p.precision() >= minPrecision && p.f1() > best.f1()) {
                best = p;
            }
        }
        return best;
    }
}
