package dev.cairn.bench.load;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks that tie a question to its answer: a question carries {@code REF<run><asker>}, the fake model's answer
 * {@code ANS<run><asker>}; {@code <run>} is four random letters, so that nothing left from another run can match.
 */
final class Tokens {
    private final String run;
    private final Pattern question;
    private final Pattern answer;

    Tokens() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        run = letters.toString();
        question = Pattern.compile("REF" + run + "(\\d+)");
        answer = Pattern.compile("ANS" + run + "(\\d+)");
    }

    String question(int asker) {
        return "REF" + run + asker;
    }

    String answer(int asker) {
        return "ANS" + run + asker;
    }

    /** The askers whose questions {@code text} refers to, in order of appearance. */
    Set<Integer> questionIds(String text) {
        return ids(question, text);
    }

    /** The askers whose answers {@code text} holds. */
    Set<Integer> answerIds(String text) {
        return ids(answer, text);
    }

    private static Set<Integer> ids(Pattern pattern, String text) {
        Set<Integer> ids = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            ids.add(Integer.parseInt(m.group(1)));
        }
        return ids;
    }

    @Override
    public String toString() {
        return run.toLowerCase(Locale.ROOT);
    }
}
