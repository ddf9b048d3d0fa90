package dev.cairn.knowledge.answerability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * The probability that a passage answers a question, from its {@link AnswerabilityFeatures}: a logistic regression,
 * 1 / (1 + e^-(bias + Σ weight × feature)), so 0.5 means even odds. Its weights are a properties file
 * ({@code bias} and one line per feature name) that {@code java -jar cairn.jar train-answerability} writes.
 */
public record AnswerabilityModel(double bias, double[] weights) {
    private static final String RESOURCE = "answerability.properties";

    public AnswerabilityModel {
        if (weights.length != AnswerabilityFeatures.NAMES.size()) {
            throw new IllegalArgumentException("weights must be " + AnswerabilityFeatures.NAMES.size()
                    + " (one per feature), were " + weights.length);
        }
        weights = weights.clone();
    }

    /** The model shipped with Cairn, read once. */
    public static AnswerabilityModel shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final AnswerabilityModel INSTANCE = load();

        private static AnswerabilityModel load() {
            try (InputStream in = AnswerabilityModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the answerability weights " + RESOURCE + " are not on the class path");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the answerability weights " + RESOURCE, e);
            }
        }
    }

    /** Reads a weights file; a missing feature or an unparsable number is an {@link IllegalArgumentException}. */
    public static AnswerabilityModel read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        double[] weights = new double[AnswerabilityFeatures.NAMES.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = number(p, AnswerabilityFeatures.NAMES.get(i));
        }
        return new AnswerabilityModel(number(p, "bias"), weights);
    }

    private static double number(Properties p, String name) {
        String value = p.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException("the answerability weights lack '" + name + "'");
        }
        return Double.parseDouble(value.strip());
    }

    /** Writes the weights file, headed by {@code comment} lines (how it was made). */
    public void write(Writer out, String comment) throws IOException {
        for (String line : comment.split("\n")) {
            out.write("# " + line + "\n");
        }
        out.write(String.format(Locale.ROOT, "bias=%.6f%n", bias));
        for (int i = 0; i < weights.length; i++) {
            out.write(String.format(Locale.ROOT, "%s=%.6f%n", AnswerabilityFeatures.NAMES.get(i), weights[i]));
        }
    }

    /** The probability, in (0, 1), that the passage answers the question. */
    public double score(AnswerabilityFeatures features) {
        return probability(features.values());
    }

    /** The probability for raw feature values in {@link AnswerabilityFeatures#NAMES} order. */
    public double probability(double[] x) {
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnswerabilityModel m && m.bias == bias && Arrays.equals(m.weights, weights);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(bias) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "AnswerabilityModel[bias=" + bias + ", weights=" + Arrays.toString(weights) + "]";
    }
}
