package org.w3id.newsgraph.extract.relations.learned;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The learned relation classifier: an OpenNLP maxent model over {@link PairFeatures} and the two thresholds a
 * decision must clear (one for Work_For, one for basedIn/locatedIn), chosen by cross-validation when it was
 * trained. Immutable and thread-safe (the maxent model's {@code eval} keeps no state).
 */
public final class PairModel {
    /** Where the shipped model lives on the class path (written by {@code train relations}). */
    public static final String RESOURCE = "/relations/relations-conll04.bin";
    private static final String MAGIC = "newsgraph-relations-1";

    private static final class Holder {
        static final PairModel DEFAULT = loadResource();
    }

    private final MaxentModel model;
    private final double workThreshold;
    private final double placeThreshold;
    private final String info;

    public PairModel(MaxentModel model, double workThreshold, double placeThreshold, String info) {
        this.model = model;
        this.workThreshold = workThreshold;
        this.placeThreshold = placeThreshold;
        this.info = info;
    }

    /** The model shipped in the jar, read once; empty when the jar carries none. */
    public static Optional<PairModel> shipped() {
        return Optional.ofNullable(Holder.DEFAULT);
    }

    private static PairModel loadResource() {
        try (InputStream in = PairModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the relation model " + RESOURCE, e);
        }
    }

    public static PairModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in));
        if (!MAGIC.equals(data.readUTF())) {
            throw new IOException("not a newsgraph relation model");
        }
        double work = data.readDouble();
        double place = data.readDouble();
        String info = data.readUTF();
        AbstractModel m = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
        return new PairModel(m, work, place, info);
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(MAGIC);
        data.writeDouble(workThreshold);
        data.writeDouble(placeThreshold);
        data.writeUTF(info);
        new GenericModelWriter((AbstractModel) model, data).persist();
        data.flush();
    }

    public PairModel withThresholds(double work, double place) {
        return new PairModel(model, work, place, info);
    }

    public double workThreshold() {
        return workThreshold;
    }

    public double placeThreshold() {
        return placeThreshold;
    }

    /** Training data, settings and cross-validated scores, as the trainer wrote them. */
    public String info() {
        return info;
    }

    /** The best label other than NONE that fits the pair's kind, with its probability. */
    public PairDecision best(String text, Candidate c) {
        double[] p = model.eval(PairFeatures.of(text, c));
        PairLabel best = PairLabel.NONE;
        double prob = 0;
        for (PairLabel l : PairLabel.values()) {
            int i = model.getIndex(l.name());
            if (l != PairLabel.NONE && l.fits(c.kind()) && i >= 0 && p[i] > prob) {
                best = l;
                prob = p[i];
            }
        }
        return new PairDecision(c, best, prob);
    }

    /** The decision when it clears its threshold. */
    public Optional<PairDecision> decide(String text, Candidate c) {
        PairDecision d = best(text, c);
        double t = d.label() == PairLabel.WORK_FOR ? workThreshold : placeThreshold;
        return d.label() != PairLabel.NONE && d.confidence() >= t ? Optional.of(d) : Optional.empty();
    }
}
