package io.dxrank.analytics;

import io.dxrank.core.ConfigCsv;
import io.dxrank.core.Pillar;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Pillar weights for the composite index (data/weights/*.csv: pillar,weight,note). They must be non-negative
 * and sum to 1 (within 0.001); anything else is a configuration error with the file named.
 */
public final class Weights implements Serializable {

    private static final long serialVersionUID = 1L;
    private final EnumMap<Pillar, Double> weights;

    private Weights(EnumMap<Pillar, Double> weights) {
        this.weights = weights;
    }

    public static Weights load(Path file) throws IOException {
        return parse(ConfigCsv.readText(file), file.toString());
    }

    public static Weights parse(String csv, String name) throws IOException {
        EnumMap<Pillar, Double> w = new EnumMap<>(Pillar.class);
        String text = ConfigCsv.withoutBom(csv);
        try (Reader reader = new StringReader(text)) {
            for (CSVRecord r : ConfigCsv.format(text).parse(reader)) {
                if (!r.isConsistent() || !r.isMapped("pillar") || !r.isMapped("weight")) {
                    throw new IllegalArgumentException(name + " row " + r.getRecordNumber()
                            + ": expected the columns pillar and weight");
                }
                Pillar p = Pillar.fromCode(r.get("pillar"));
                if (p == null) {
                    throw new IllegalArgumentException(name + " row " + r.getRecordNumber() + ": unknown pillar '"
                            + r.get("pillar") + "'");
                }
                double v;
                try {
                    v = ConfigCsv.decimal(r.get("weight"));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + " row " + r.getRecordNumber() + ": weight '"
                            + r.get("weight") + "' is not a number");
                }
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(name + " row " + r.getRecordNumber() + ": weight '"
                            + r.get("weight") + "' is not a finite number");
                }
                if (v < 0) {
                    throw new IllegalArgumentException(name + " row " + r.getRecordNumber() + ": negative weight");
                }
                w.put(p, v);
            }
        }
        double sum = w.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1.0) > 0.001) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: weights sum to %.4f, expected 1.0", name, sum));
        }
        return new Weights(w);
    }

    public static Weights of(Map<Pillar, Double> map) {
        return new Weights(new EnumMap<>(map));
    }

    public double weight(Pillar p) {
        return weights.getOrDefault(p, 0.0);
    }

    public Map<Pillar, Double> asMap() {
        return new EnumMap<>(weights);
    }
}
