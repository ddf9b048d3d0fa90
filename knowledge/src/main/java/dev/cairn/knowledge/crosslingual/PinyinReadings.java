package dev.cairn.knowledge.crosslingual;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * How Chinese words are read in pinyin without tones, as English text writes Chinese names ("Ye Qiaobo", "Jiaxing"),
 * read from CC-CEDICT lines ({@code trad simp [pin1 yin1] /sense/}): a word's readings as listed (叶 is "xie" and
 * "ye"; ü is written u), and whether the dictionary lists it as a proper noun (its reading capitalised: 嘉兴
 * "Jia1 xing1"). A word the dictionary lacks is read character by character, each by its first reading. Syllables
 * without a vowel (嗯 "ng", 呣 "m", the erhua "r") are not read. Lookups never fail: a word with an unknown character
 * has no reading.
 */
public final class PinyinReadings {
    /** Readings kept per word: enough for the common polyphones (长 "chang", "zhang"), few enough to stay bounded. */
    static final int READINGS = 3;
    private static final String RESOURCE = "cedict_ts.u8.gz";
    private static final Pattern SYLLABLE = Pattern.compile("[a-z]*[aeiouv][a-z]*");
    private final Map<String, String[]> readings;
    private final Set<String> properNouns;

    private PinyinReadings(Map<String, String[]> readings, Set<String> properNouns) {
        this.readings = readings;
        this.properNouns = properNouns;
    }

    /** The readings of the dictionary shipped with Cairn (CC-CEDICT, CC BY-SA 4.0), read once on first use. */
    public static PinyinReadings shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final PinyinReadings INSTANCE = load();

        private static PinyinReadings load() {
            try (InputStream in = PinyinReadings.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bilingual dictionary " + RESOURCE + " is not on the class path");
                }
                return read(new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bilingual dictionary " + RESOURCE, e);
            }
        }
    }

    /**
     * Reads CC-CEDICT lines; comment lines, malformed lines and entries whose reading does not give one syllable per
     * Han character are skipped.
     */
    public static PinyinReadings read(BufferedReader lines) throws IOException {
        Map<String, LinkedHashSet<String>> read = new HashMap<>();
        Set<String> properNouns = new HashSet<>();
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            int open = line.indexOf(" [");
            int close = line.indexOf("] ", open + 2);
            if (space < 0 || open < space || close < 0) {
                continue;
            }
            String word = line.substring(space + 1, open).strip();
            String pinyin = line.substring(open + 2, close);
            if (!Scripts.isAllHan(word) || pinyin.isEmpty()) {
                continue;
            }
            String[] syllables = pinyin.split(" ");
            if (syllables.length != word.codePointCount(0, word.length())) {
                continue;
            }
            String reading = toneless(syllables);
            if (reading.isEmpty()) {
                continue;
            }
            read.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(reading);
            if (syllables.length >= 2 && Character.isUpperCase(pinyin.charAt(0))) {
                properNouns.add(word);
            }
        }
        Map<String, String[]> readings = new HashMap<>(read.size() * 2);
        read.forEach((word, set) -> readings.put(word, set.stream().limit(READINGS).toArray(String[]::new)));
        return new PinyinReadings(readings, Set.copyOf(properNouns));
    }

    /** The syllables without tone marks, joined, lower-cased; empty when one has no vowel. */
    private static String toneless(String[] syllables) {
        StringBuilder joined = new StringBuilder();
        for (String syllable : syllables) {
            String plain = syllable.toLowerCase(Locale.ROOT).replace("u:", "u").replaceAll("[0-9]", "");
            if (!SYLLABLE.matcher(plain).matches()) {
                return "";
            }
            joined.append(plain);
        }
        return joined.toString();
    }

    /**
     * The word's readings, syllables joined ("yeqiaobo"), the dictionary's first; for a word it lacks, its
     * characters' first readings joined; none when a character has no reading.
     */
    public List<String> of(String word) {
        String[] listed = readings.get(word);
        if (listed != null) {
            return List.of(listed);
        }
        if (word.codePointCount(0, word.length()) < 2) {
            return List.of();
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            String[] character = readings.get(new String(Character.toChars(c)));
            if (character == null) {
                return List.of();
            }
            joined.append(character[0]);
            i += Character.charCount(c);
        }
        return List.of(joined.toString());
    }

    /** Whether the dictionary lists the word (of two characters or more) as a proper noun: a place, a person. */
    public boolean isProperNoun(String word) {
        return properNouns.contains(word);
    }

    /** Readings of a list of words read one after another: every combination, at most {@code limit}. */
    public List<String> ofSequence(List<String> words, int limit) {
        List<String> combined = List.of("");
        for (String word : words) {
            List<String> next = new ArrayList<>();
            for (String start : combined) {
                for (String reading : of(word)) {
                    if (next.size() < limit) {
                        next.add(start + reading);
                    }
                }
            }
            if (next.isEmpty()) {
                return List.of();
            }
            combined = next;
        }
        return combined;
    }
}
