package dev.cairn.core.prompt;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Sticky assignment of users to the variants of an experiment: a hash of the experiment and the user picks a point in
 * [0, 1), and the variants own slices of it in proportion to their weights. The same user always gets the same variant
 * while the weights stay the same, in any process.
 */
public final class VariantAssignment {
    private VariantAssignment() {
    }

    /** The variant of {@code variants} (at least one with a weight above 0) that {@code user} sees in {@code experiment}. */
    public static PromptVariant pick(String experiment, String user, List<PromptVariant> variants) {
        double total = variants.stream().mapToDouble(PromptVariant::weight).sum();
        if (!(total > 0)) {
            throw new IllegalArgumentException("experiment " + experiment + " has no variant with a weight above 0");
        }
        double point = point(experiment, user) * total;
        double edge = 0;
        PromptVariant last = null;
        for (PromptVariant variant : variants) {
            if (variant.weight() == 0) {
                continue;
            }
            edge += variant.weight();
            last = variant;
            if (point < edge) {
                return variant;
            }
        }
        return last;
    }

    /** A uniform point in [0, 1) derived from SHA-256 of the experiment and the user. */
    static double point(String experiment, String user) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((experiment + '\u0000' + user).getBytes(StandardCharsets.UTF_8));
            long bits = ByteBuffer.wrap(digest).getLong() >>> 11;
            return bits * 0x1.0p-53;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
