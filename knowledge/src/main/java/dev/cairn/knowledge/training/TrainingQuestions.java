package dev.cairn.knowledge.training;

import dev.cairn.knowledge.index.AnalyzedTerms;
import dev.cairn.core.text.Sentences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * Makes answerability training questions from the passages of a corpus, never from an evaluation set: a question
 * made of a few words of one sentence of a passage, typed the way people chat (a question opener, sometimes a
 * typo or a chat word), is answerable by that passage; the same question with its most specific word (its rarest)
 * swapped for a name or number the corpus never contains, or with such a name added ("… in Zanzibar"), or (a chosen
 * share) with a word added that other passages hold but this one does not (the topic is written about, the fact is
 * not here), is a near miss; a few such names alone make an off-topic question. A chosen share of English questions
 * and their near misses alike carry an everyday asking word ("allowed", "supposed") their passage may lack. The same
 * seed and passages give the same questions.
 */
public final class TrainingQuestions {
    /** A passage to make a question from. */
    public record Source(String passageId, String text) {
    }

    /**
     * A question the passage answers, its near miss, and an off-topic question in the same script (words for things
     * the corpus never mentions).
     */
    public record Pair(String passageId, String answerable, String nearMiss, String offTopic) {
    }

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*[A-Za-z]|\\d[\\d,.]*\\d|\\d");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final List<String> OPENERS = List.of("", "", "what is the ", "how does ", "where can i find ",
            "is there a ", "how many ", "when do i ", "can i ", "whats the ", "do we have ", "who handles ");
    private static final List<String> ENDINGS = List.of("?", "", "??", " pls?", "?", " thx");
    private static final List<String> CHAT_WORDS = List.of("hey", "quick q", "asap", "pls", "lol", "btw", "rn",
            "govt", "plz", "tbh");
    /**
     * Everyday words people ask with that a passage answering them need not contain ("am i allowed to …", "what
     * happens if …"): put in answerable questions and their near misses alike, so lacking one is no sign of a near
     * miss.
     */
    static final List<String> ASKING_WORDS = List.of("allowed", "supposed", "happens", "need", "get",
            "usually", "exactly", "still", "right", "know", "anyone", "want", "trying", "figure", "going", "should",
            "okay", "ok", "max", "rules", "policy", "help", "change", "check", "start", "long", "often", "early",
            "latest", "much", "many", "total", "year", "month", "week", "team", "work", "someone", "new", "own");
    /** Words in more than this share of passages are too common to make a question of. */
    private static final double COMMON_SHARE = 0.15;
    /** Tries at finding a word of another passage for a near miss before giving up on it. */
    private static final int ELSEWHERE_TRIES = 20;
    private final Analyzer analyzer;
    private final List<String> names;
    private final Random random;
    private final double elsewhereShare;
    private final double askingShare;

    /**
     * @param names words for things (places, people, products) to put in near misses; those the corpus holds are
     *              skipped
     */
    public TrainingQuestions(Analyzer analyzer, List<String> names, long seed) {
        this(analyzer, names, seed, 0, 0);
    }

    /**
     * @param names          words for things (places, people, products) to put in near misses; those the corpus
     *                       holds are skipped
     * @param elsewhereShare the share of near misses that add a word other passages of the corpus hold but the source
     *                       passage does not (the topic is written about, the fact is not here), rather than a name
     *                       the corpus never contains
     * @param askingShare    the share of English questions (and their near misses) given an everyday asking word
     *                       ("allowed", "supposed", "happens") their passage may lack
     */
    public TrainingQuestions(Analyzer analyzer, List<String> names, long seed, double elsewhereShare,
                             double askingShare) {
        if (!(elsewhereShare >= 0 && elsewhereShare <= 1 && askingShare >= 0 && askingShare <= 1)) {
            throw new IllegalArgumentException("elsewhereShare and askingShare must be within [0, 1], were "
                    + elsewhereShare + ", " + askingShare);
        }
        this.askingShare = askingShare;
        this.analyzer = analyzer;
        this.names = List.copyOf(names);
        this.random = new Random(seed);
        this.elsewhereShare = elsewhereShare;
    }

    /** Up to {@code count} pairs, from passages taken in a seeded random order. */
    public List<Pair> make(List<Source> passages, int count) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Source s : passages) {
            new HashSet<>(words(s.text())).forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
        List<String> novel = names.stream().filter(n -> !documentFrequency.containsKey(n)).toList();
        if (novel.stream().noneMatch(n -> !HAN.matcher(n).find())) {
            throw new IllegalArgumentException("every name given occurs in the corpus: no near miss can be made");
        }
        List<Source> order = new ArrayList<>(passages);
        java.util.Collections.shuffle(order, random);
        int common = Math.max(3, (int) (passages.size() * COMMON_SHARE));
        List<String> vocabulary = documentFrequency.entrySet().stream()
                .filter(e -> e.getValue() >= 2 && e.getValue() <= common && !NUMBER.matcher(e.getKey()).find()
                        && (HAN.matcher(e.getKey()).find() || e.getKey().length() >= 4))
                .map(Map.Entry::getKey).sorted().toList();
        List<Pair> pairs = new ArrayList<>();
        for (Source s : order) {
            if (pairs.size() == count) {
                break;
            }
            question(s, documentFrequency, common, novel, vocabulary).ifPresent(pairs::add);
        }
        return pairs;
    }

    private Optional<Pair> question(Source source, Map<String, Integer> df, int common, List<String> novel,
                                    List<String> vocabulary) {
        List<String> sentences = new ArrayList<>(Sentences.of(source.text()));
        java.util.Collections.shuffle(sentences, random);
        for (String sentence : sentences) {
            boolean chinese = HAN.matcher(sentence).find();
            List<String> words = words(sentence).stream().distinct()
                    .filter(w -> df.getOrDefault(w, 0) <= common && (chinese || w.length() >= 3 || NUMBER.matcher(w).find()))
                    .toList();
            if (words.size() < 4) {
                continue;
            }
            int k = Math.min(words.size(), 3 + random.nextInt(3));
            List<Integer> picked = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                picked.add(i);
            }
            java.util.Collections.shuffle(picked, random);
            List<String> chosen = new ArrayList<>(picked.subList(0, k).stream().sorted().map(words::get).toList());
            int rarest = 0;
            for (int i = 1; i < chosen.size(); i++) {
                if (df.getOrDefault(chosen.get(i), 0) < df.getOrDefault(chosen.get(rarest), 0)) {
                    rarest = i;
                }
            }
            String specific = chosen.get(rarest);
            List<String> pool = novel.stream().filter(n -> HAN.matcher(n).find() == chinese).toList();
            if (pool.isEmpty()) {
                pool = novel;
            }
            String replacement = NUMBER.matcher(specific).find() ? novelNumber(df)
                    : pool.get(random.nextInt(pool.size()));
            List<String> near = new ArrayList<>(chosen);
            boolean swap = random.nextBoolean();
            boolean knownElsewhere = elsewhereShare > 0 && random.nextDouble() < elsewhereShare;
            Optional<String> elsewhere = knownElsewhere && !NUMBER.matcher(specific).find()
                    ? wordElsewhere(vocabulary, source.text(), chinese) : Optional.empty();
            if (elsewhere.isPresent()) {
                swap = true;
                near.add(random.nextInt(near.size() + 1), elsewhere.get());
            } else if (swap) {
                near.set(rarest, replacement);
            }
            List<String> asked = new ArrayList<>(chosen);
            if (!chinese && random.nextDouble() < 0.3) {
                int at = random.nextInt(asked.size());
                if (at != rarest && asked.get(at).length() >= 5 && random.nextBoolean()) {
                    asked.set(at, typo(asked.get(at)));
                } else {
                    asked.add(random.nextInt(asked.size() + 1), CHAT_WORDS.get(random.nextInt(CHAT_WORDS.size())));
                }
            }
            if (!chinese && askingShare > 0 && random.nextDouble() < askingShare) {
                String word = ASKING_WORDS.get(random.nextInt(ASKING_WORDS.size()));
                asked.add(random.nextInt(asked.size() + 1), word);
                near.add(random.nextInt(near.size() + 1), word);
            }
            String answerable = phrase(asked, chinese, "");
            String nearMiss = phrase(near, chinese, swap ? "" : (chinese ? "在" : " in ") + replacement);
            List<String> strange = new ArrayList<>();
            for (int i = 0; i < 2 + random.nextInt(3); i++) {
                strange.add(pool.get(random.nextInt(pool.size())));
            }
            return Optional.of(new Pair(source.passageId(), answerable, nearMiss, phrase(strange, chinese, "")));
        }
        return Optional.empty();
    }

    /** A word of the vocabulary (held by other passages) in the same script that the passage does not hold. */
    private Optional<String> wordElsewhere(List<String> vocabulary, String passage, boolean chinese) {
        java.util.Set<String> held = new HashSet<>(AnalyzedTerms.of(analyzer, passage));
        for (int i = 0; i < ELSEWHERE_TRIES && !vocabulary.isEmpty(); i++) {
            String word = vocabulary.get(random.nextInt(vocabulary.size()));
            List<String> analysed = AnalyzedTerms.of(analyzer, word);
            if (HAN.matcher(word).find() == chinese && !analysed.isEmpty()
                    && analysed.stream().noneMatch(held::contains)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    private String phrase(List<String> words, boolean chinese, String tail) {
        if (chinese) {
            return String.join("", words) + tail + "？";
        }
        return OPENERS.get(random.nextInt(OPENERS.size())) + String.join(" ", words) + tail
                + ENDINGS.get(random.nextInt(ENDINGS.size()));
    }

    private String novelNumber(Map<String, Integer> df) {
        while (true) {
            String n = String.valueOf(13 + random.nextInt(9000));
            if (!df.containsKey(n)) {
                return n;
            }
        }
    }

    /** Two neighbouring letters inside the word swapped, as fast typing does. */
    private String typo(String word) {
        int at = 1 + random.nextInt(word.length() - 3);
        char[] c = word.toCharArray();
        char t = c[at];
        c[at] = c[at + 1];
        c[at + 1] = t;
        return new String(c);
    }

    /** Latin words and numbers as typed (lower case), and Chinese words as the analyzer splits them. */
    private List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        if (HAN.matcher(text).find()) {
            AnalyzedTerms.of(analyzer, text).stream().filter(t -> HAN.matcher(t).find()).forEach(words::add);
        }
        return words;
    }
}
