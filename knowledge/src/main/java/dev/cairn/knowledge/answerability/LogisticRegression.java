package dev.cairn.knowledge.answerability;

import java.util.List;

/**
 * Fits an {@link AnswerabilityModel} to labelled examples by gradient descent on the log loss with a small L2
 * penalty (the bias is not penalised); the two classes weigh the same in total, so the fitted probability is
 * calibrated for even odds between them whatever their counts. Weights are held to the signs of {@link
 * AnswerabilityFeatures#SIGNS} (projected gradient descent).
 */
public final class LogisticRegression {
    private final double l2;
    private final int iterations;
    private final double learningRate;

    public LogisticRegression(double l2, int iterations, double learningRate) {
        if (l2 < 0 || iterations <= 0 || learningRate <= 0) {
            throw new IllegalArgumentException("l2 must be >= 0, iterations and learningRate > 0");
        }
        this.l2 = l2;
        this.iterations = iterations;
        this.learningRate = learningRate;
    }

    /** One labelled example: features and whether the passage answers. */
    public record Example(double[] x, boolean answers) {
        public Example {
            x = x.clone();
        }
    }

    /** The fitted model; throws {@link IllegalArgumentException} unless both labels occur. */
    public AnswerabilityModel fit(List<Example> examples) {
        long positives = examples.stream().filter(Example::answers).count();
        long negatives = examples.size() - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("need examples of both kinds, got " + positives + " answering and "
                    + negatives + " not");
        }
        int n = AnswerabilityFeatures.NAMES.size();
        double[] w = new double[n];
        double b = 0;
        double positiveWeight = examples.size() / (2.0 * positives);
        double negativeWeight = examples.size() / (2.0 * negatives);
        for (int it = 0; it < iterations; it++) {
            double[] gw = new double[n];
            double gb = 0;
            AnswerabilityModel current = new AnswerabilityModel(b, w);
            for (Example e : examples) {
                double error = current.probability(e.x()) - (e.answers() ? 1 : 0);
                error *= e.answers() ? positiveWeight : negativeWeight;
                for (int i = 0; i < n; i++) {
                    gw[i] += error * e.x()[i];
                }
                gb += error;
            }
            for (int i = 0; i < n; i++) {
                w[i] -= learningRate * (gw[i] / examples.size() + l2 * w[i]);
                int sign = AnswerabilityFeatures.SIGNS.get(i);
                if (sign * w[i] < 0) {
                    w[i] = 0;
                }
            }
            b -= learningRate * gb / examples.size();
        }
        return new AnswerabilityModel(b, w);
    }
}
