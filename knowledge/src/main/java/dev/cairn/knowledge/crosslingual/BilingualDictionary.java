package dev.cairn.knowledge.crosslingual;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Chinese words to English words and back, read from CC-CEDICT lines ({@code trad simp [pinyin] /sense/sense/}):
 * a Chinese word gives the words of its first senses; an English word (or two-word phrase) gives the Chinese words
 * one of whose first senses is exactly that word (or phrase). Lookups never fail: an unknown word gives an empty list.
 */
public final class BilingualDictionary {
    /** Senses of a Chinese word read for its English words. */
    private static final int SENSES = 2;
    /** English words kept per Chinese word. */
    private static final int ENGLISH_WORDS = 4;
    /** Chinese words kept per English word or two-word phrase (the index keeps only those it holds). */
    private static final int CHINESE_WORDS = 6;
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|[\\p{IsHan}|]+");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]*[a-z]|[a-z]");
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");
    private static final Set<String> SKIPPED_SENSE_STARTS = Set.of("cl:", "see ", "variant of", "old variant",
            "surname ", "abbr. for", "used in", "erhua variant", "japanese variant", "also written");
    private static final Set<String> FUNCTION_WORDS = Set.of("to", "a", "an", "the", "of", "or", "and", "in", "on",
            "for", "sb", "sth", "one's", "oneself", "be", "is", "with", "by", "as", "at", "from", "etc", "lit",
            "fig", "esp", "sth's", "sb's", "used", "e.g", "i.e", "pr", "tw", "classifier");
    private static final String RESOURCE = "cedict_ts.u8.gz";

    /** The name a proper noun's first sense opens with: one or two capitalised words ("Shanghai", "Hong Kong"). */
    private static final Pattern LEADING_NAME = Pattern.compile("^\\p{Lu}[a-z]+(?: \\p{Lu}[a-z]+)?");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[a-z]{2,}\\b");
    private final Map<String, String[]> english;
    private final Map<String, String[]> chinese;
    private final Set<String> names;

    private BilingualDictionary(Map<String, String[]> english, Map<String, String[]> chinese, Set<String> names) {
        this.english = english;
        this.chinese = chinese;
        this.names = names;
    }

    /** The dictionary shipped with Cairn (CC-CEDICT, CC BY-SA 4.0), read once on first use. */
    public static BilingualDictionary shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final BilingualDictionary INSTANCE = load();

        private static BilingualDictionary load() {
            try (InputStream in = BilingualDictionary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bilingual dictionary " + RESOURCE + " is not on the class path");
                }
                return read(new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bilingual dictionary " + RESOURCE, e);
            }
        }
    }

    /** Reads CC-CEDICT lines; lines starting with {@code #} and malformed lines are skipped. */
    public static BilingualDictionary read(BufferedReader lines) throws IOException {
        Map<String, LinkedHashSet<String>> toEnglish = new HashMap<>();
        Map<String, List<Reverse>> toChinese = new HashMap<>();
        Set<String> names = new java.util.HashSet<>();
        Set<String> common = new java.util.HashSet<>();
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            int open = line.indexOf(" [");
            int slash = line.indexOf(" /");
            if (space < 0 || open < 0 || slash < open) {
                continue;
            }
            String simplified = line.substring(space + 1, open).strip();
            String[] senses = line.substring(slash + 2).split("/");
            boolean properNoun = Character.isUpperCase(line.charAt(open + 2));
            if (properNoun && senses.length > 0) {
                String first = PARENTHESES.matcher(senses[0].split(",")[0]).replaceAll(" ").strip();
                var leading = LEADING_NAME.matcher(first);
                if (leading.find()) {
                    boolean whole = leading.group().length() == first.length();
                    toChinese.computeIfAbsent(leading.group().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(new Reverse(simplified, whole ? 0 : 1));
                }
            }
            for (String sense : senses) {
                var capitalised = CAPITALISED.matcher(PARENTHESES.matcher(sense).replaceAll(" "));
                while (properNoun && capitalised.find()) {
                    names.add(capitalised.group().toLowerCase(Locale.ROOT));
                }
                if (!properNoun) {
                    common.addAll(words(sense.toLowerCase(Locale.ROOT)));
                }
            }
            if (properNoun && simplified.codePointCount(0, simplified.length()) >= 2) {
                names.add(simplified);
            } else if (!properNoun) {
                common.add(simplified);
            }
            LinkedHashSet<String> words = toEnglish.computeIfAbsent(simplified, k -> new LinkedHashSet<>());
            int read = 0;
            for (int s = 0; s < senses.length && read < SENSES; s++) {
                String sense = senses[s].strip().toLowerCase(Locale.ROOT);
                if (sense.isEmpty() || SKIPPED_SENSE_STARTS.stream().anyMatch(sense::startsWith)) {
                    continue;
                }
                read++;
                List<String> senseWords = words(sense);
                for (String w : senseWords) {
                    if (words.size() < ENGLISH_WORDS) {
                        words.add(w);
                    }
                }
                if (senseWords.size() == 1 || senseWords.size() == 2) {
                    toChinese.computeIfAbsent(String.join(" ", senseWords), k -> new ArrayList<>())
                            .add(new Reverse(simplified, s * 2));
                }
            }
        }
        Map<String, String[]> english = new HashMap<>(toEnglish.size() * 2);
        toEnglish.forEach((word, glosses) -> {
            if (!glosses.isEmpty()) {
                english.put(word, glosses.toArray(String[]::new));
            }
        });
        Map<String, String[]> chinese = new HashMap<>(toChinese.size() * 2);
        toChinese.forEach((word, entries) -> chinese.put(word, entries.stream()
                .sorted(Reverse.PREFERRED).map(Reverse::word).distinct().limit(CHINESE_WORDS).toArray(String[]::new)));
        names.removeAll(common);
        names.removeAll(inflectedCommonWords(names, common));
        return new BilingualDictionary(english, chinese, Set.copyOf(names));
    }

    /**
     * The English words among {@code names} that are another form of a common word ("engineers", "used",
     * "technologies"): their Porter stem is the stem of a word of the dictionary's common senses.
     */
    private static Set<String> inflectedCommonWords(Set<String> names, Set<String> common) {
        PorterStemmer stemmer = new PorterStemmer();
        Set<String> commonStems = new java.util.HashSet<>();
        for (String word : common) {
            if (LATIN_WORD.matcher(word).matches()) {
                commonStems.add(stem(stemmer, word));
            }
        }
        Set<String> inflected = new java.util.HashSet<>();
        for (String name : names) {
            if (LATIN_WORD.matcher(name).matches() && commonStems.contains(stem(stemmer, name))) {
                inflected.add(name);
            }
        }
        return inflected;
    }

    private static String stem(PorterStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** The content words of a sense, lower case, without parentheses, Chinese cross-references and function words. */
    private static List<String> words(String sense) {
        String plain = PARENTHESES.matcher(sense).replaceAll(" ");
        List<String> words = new ArrayList<>();
        var m = WORD.matcher(plain);
        while (m.find()) {
            String w = m.group();
            if (!FUNCTION_WORDS.contains(w) && !words.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** English words for a Chinese word (simplified characters), from its first senses; empty when unknown. */
    public List<String> english(String chineseWord) {
        String[] words = english.get(chineseWord);
        return words == null ? List.of() : Arrays.asList(words);
    }

    /**
     * Chinese words for an English word or two-word phrase (any case, words separated by one space; a plural is also
     * looked up without its {@code s}); empty when no sense is exactly that.
     */
    public List<String> chinese(String englishWord) {
        String word = englishWord.toLowerCase(Locale.ROOT);
        String[] words = chinese.get(word);
        if (words == null && word.length() > 3 && word.endsWith("s")) {
            words = chinese.get(word.substring(0, word.length() - 1));
        }
        return words == null ? List.of() : Arrays.asList(words);
    }

    /**
     * Whether a word is a name (a place, a person, an organisation): an English word (any case) found capitalised in
     * the senses of the dictionary's proper nouns and never in its common words, not even in another form (same
     * Porter stem: "engineers" is no name, as "engineer" is a common word), or a Chinese proper noun.
     */
    public boolean isName(String word) {
        return names.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Every name the dictionary knows (English in lower case, Chinese as written), for building test questions. */
    public Set<String> names() {
        return names;
    }

    /**
     * A Chinese word with an English sense, and how well the sense fits: twice the sense's position in its entry,
     * plus one when only the start of a proper noun's sense is the name ("Guangzhou subprovincial city …").
     */
    private record Reverse(String word, int sense) {
        /** First senses first, then two-character words (the common form of a Chinese word), then shorter ones. */
        static final java.util.Comparator<Reverse> PREFERRED = java.util.Comparator
                .comparingInt((Reverse r) -> r.sense())
                .thenComparingInt(r -> r.word().length() == 2 ? 0 : 1)
                .thenComparingInt(r -> r.word().length());
    }
}
