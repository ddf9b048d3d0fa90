package dev.cairn.core.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks for (a number or duration, a time, a contact, a place, a choice among named things, a yes
 * or no) and whether it asks for a list, read from its wording in English or Chinese; and whether a sentence holds
 * that kind of answer (a name from the question that holds a digit, "18F", is not a number the sentence gives).
 */
public record QuestionFocus(Kind kind, boolean wantsList, Optional<Pattern> answer, Set<String> namesWithDigits) {
    public QuestionFocus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(answer, "answer");
        namesWithDigits = Set.copyOf(namesWithDigits);
    }

    /** The kinds of answer a question can ask for; {@code NONE} when the wording does not say. */
    public enum Kind {
        TIME(Pattern.compile("(?:^|[,.?!;:]\\s*)when\\b|\\bwhen (?:do|does|did|is|are|was|were|will|would|should|can|could"
                        + "|must|has|have)\\b|\\bwhat (day|days|time|date)\\b|\\bdeadline\\b|\\bby when\\b|\\bhow (early|soon|late)\\b"
                        + "|\\b(the )?(latest|earliest) (i|we|you|one) can\\b|\\bno later than\\b"
                        + "|\\bdue\\b|什么时候|哪天|哪一天|几点|何时|截止|最晚"),
                Pattern.compile("\\d|\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
                        + "|april|may|june|july|august|september|october|november|december|weekly|daily|monthly|annually"
                        + "|before|after|within|until|every|noon|morning|afternoon|close of business)\\b")),
        NUMBER(Pattern.compile("\\bhow (many|much|long|often|far|big|old)\\b|\\bwhat size\\b|\\b(max|maximum|minimum|limit|cap|rate|percent"
                        + "|number|cost|price|amount|value)\\b|%|#|多少|几|多久|多长|上限|最多"),
                Pattern.compile("\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|twice|once"
                        + "|weekly|daily|monthly|quarterly|annually|biweekly|unlimited|no maximum|no limit)\\b|[一二三四五六七八九十百千万两半]")),
        CONTACT(Pattern.compile("\\bwho\\b|\\bwhom\\b|\\bcontact\\b|\\bemail\\b|\\bphone\\b|\\breach out\\b"
                        + "|\\bwhere (?:do|should|can) (?:i|we) (?:ask|post|reach|report|send|request)\\b|谁|联系|电话|邮件"),
                Pattern.compile("@|#\\S|\\d{3}|\\b(contact|email|ask|channel|call|desk|office|team)\\b")),
        PLACE(Pattern.compile("\\bwhere\\b|\\bwhich (floor|room|building)\\b|\\bwhat (floor|room)\\b|哪里|在哪|几楼|哪儿"),
                Pattern.compile("\\d|\\b(floor|room|located|street|building|suite|side|near|next to)\\b")),
        CHOICE(Pattern.compile("\\bwhich (?!floor|room|building)[a-z]+|\\bwhat (tool|app|software|service|product|system"
                        + "|platform)s? (do|should|can|are|is)\\b|用哪|哪个|哪款|哪种"),
                Pattern.compile("\\b(recommend|recommends|recommended|approved|preferred|official|standard|supported"
                        + "|should use|must use|we use)\\b|推荐|建议|批准|官方")),
        YES_NO(Pattern.compile("^\\s*(can|could|do|does|did|is|are|am|should|will|would|may|must|have|has|if)\\b|吗[？?]?\\s*$"
                        + "|\\ballowed\\b|\\bok to\\b"),
                Pattern.compile("\\b(yes|no|not|cannot|can't|don't|doesn't|isn't|aren't|must|required|only|may|allowed"
                        + "|never|always|prohibited|need to|needs to)\\b|不|可以|必须|需要")),
        NONE(Pattern.compile("(?!)"), Pattern.compile("(?!)"));

        private final Pattern asks;
        private final Pattern holds;

        Kind(Pattern asks, Pattern holds) {
            this.asks = asks;
            this.holds = holds;
        }
    }

    /** A run of Latin letters and digits: a name like "18F" stays whole next to Chinese ("18F的"). */
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{N}]+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern PLURAL_NUMBER = Pattern.compile("\\d+s");
    private static final Pattern LIST = Pattern.compile("\\b(list|steps|requirements|what are the|options|types of"
            + "|kinds of|eligibility|which ones)\\b|哪些|步骤|条件");

    private static final String COUNT = "\\$?\\d[\\d,.:]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|fifteen|twenty|thirty|forty|sixty|ninety|hundred|thousand";
    /** A count, or "a", "an", "half a" before a unit of time or money ("a week"). */
    private static final String AMOUNT = "(?:" + COUNT + "|a|an|half an?)";
    /** An amount stated as the lack of one: "there is no maximum", "no storage limit", "unlimited". */
    private static final String NO_LIMIT = "\\bunlimited\\b|\\bno (?:[a-z]+ )?(?:maximum|minimum|limit|cap|max)\\b";
    private static final String DURATION = "(?:minute|hour|day|workday|week|workweek|month|year|pay period)s?";
    /**
     * "how many weeks": the unit asked for, a noun (not "how many are there"). After "how much" comes what is measured
     * ("how much leave"), not its unit.
     */
    private static final Pattern ASKED_UNIT = Pattern.compile("\\bhow many\\s+(?:more\\s+)?((?:[a-z#]+\\s*)+)"
            + "|\\b(?:max|maximum|min|minimum|number|#)\\s+(?:number\\s+|#\\s+)?of\\s+((?:[a-z]+\\s*)+)");
    /** Where the words naming the asked unit end: "how many paid editor seats | does TTS have". */
    private static final Set<String> UNIT_ENDS = Set.of("should", "would", "could", "can", "will", "do", "does", "did",
            "are", "is", "was", "were", "has", "have", "had", "the", "our", "your", "their", "this", "that", "per",
            "time", "of", "in", "on", "at", "for", "to", "from", "with", "i", "we", "you", "they", "it", "there", "a",
            "an", "my", "me", "us", "left", "total", "allowed", "max", "maximum", "right", "now", "get", "need");
    private static final int UNIT_WORDS = 4;
    /** Units as typed in chat, with the word a document writes. */
    private static final Map<String, String> CHAT_UNITS = Map.of("ppl", "people", "hrs", "hours", "yrs", "years",
            "wks", "weeks", "mins", "minutes", "mos", "months", "secs", "seconds", "pts", "points");
    private static final Pattern ASKS_DURATION = Pattern.compile("\\bhow (?:long|early|soon|far (?:in advance|ahead|back|out))\\b"
            + "|\\bhow much (?:[a-z]+ )?(?:time|leave|sick|annual|vacation|pto)\\b"
            + "|多久|多长时间|几天|多少天|提前");
    private static final Pattern ASKS_FREQUENCY = Pattern.compile("\\bhow often\\b|多久.次|多长时间.次");
    private static final Pattern ASKS_MONEY = Pattern.compile("\\bhow much\\b(?!\\s+(?:of|time|leave|sick|annual|vacation)\\b)"
            + "|\\b(?:amount|cost|price|value)\\b|多少钱");
    /** A rate may be given as a percent; a sum of money ("how much", "what amount") only in money. */
    private static final Pattern ASKS_RATE = Pattern.compile("\\b(?:rate|percent|percentage)\\b|%|百分|比例");
    /** Where to reach someone: an e-mail address, a chat channel ("#blog"), a phone number. */
    private static final Pattern CONTACT = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+|(?<![\\w&])#[a-z][\\w-]+"
            + "|\\(?\\b\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}\\b");
    /** "what time", "at what time", 几点: a time of day. */
    private static final Pattern ASKS_CLOCK = Pattern.compile("\\bwhat time\\b|几点");
    /** A time of day: "7pm", "9:00 a.m.", "17:30", "noon" (a Chinese sentence gives it in its own words). */
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)"
            + "|\\b\\d{1,2}:\\d{2}\\b|\\b(?:noon|midnight)\\b");
    /** A limit or size asked for without its unit ("the storage limit", "what size monitor"). */
    private static final Pattern ASKS_SIZE = Pattern.compile("\\b(?:limit|max|maximum|cap|size|how big)\\b|上限|最多|多大");
    /** A number standing on its own or with a unit of size ("15 GB", "27\"", not the 18 of "18F"). */
    private static final String SIZE = "(?<![\\p{L}\\d])\\d[\\d,.]*\\s?(?:gb|tb|mb|kb|inch|inches|in|ft|feet|\"|%)?(?![\\p{IsLatin}\\d])";
    private static final String MONEY = "\\$\\s?\\d[\\d,.]*|\\d[\\d,.]*\\s?(?:dollars|usd)\\b";

    /** The focus of a question's text. */
    public static QuestionFocus of(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        for (Kind kind : Kind.values()) {
            if (kind.asks.matcher(q).find()) {
                return new QuestionFocus(kind, LIST.matcher(q).find(), answer(kind, q), namesWithDigits(q));
            }
        }
        return new QuestionFocus(Kind.NONE, LIST.matcher(q).find(), Optional.empty(), namesWithDigits(q));
    }

    /**
     * What a sentence that gives the asked amount looks like, when the question names it: a number with the unit
     * asked for ("how many weeks" - "12 weeks"), a time of day ("what time" - "7pm"), a frequency ("how often" -
     * "every 90 days", "quarterly"), a duration ("how long" - "three years"), a sum of money ("$75", and only for a
     * rate also a percent: "75%"), a limit or size without a unit ("the storage limit" - "30 GB", "no limit"); and
     * for a contact, an address to reach: an e-mail address, a channel, a phone number.
     */
    private static Optional<Pattern> answer(Kind kind, String q) {
        if (kind == Kind.CONTACT) {
            return Optional.of(CONTACT);
        }
        if (kind != Kind.NUMBER && kind != Kind.TIME) {
            return Optional.empty();
        }
        Optional<String> unit = unit(q);
        if (unit.isPresent()) {
            return Optional.of(Pattern.compile("\\b(?:" + COUNT + ")[\\s-]+(?:(?!(?:of|for|per|in|on|at|to|a|an|the)\\b)"
                    + "[a-z]+[\\s-]+){0,3}" + unit.get()
                    + "|" + NO_LIMIT));
        }
        if (ASKS_CLOCK.matcher(q).find()) {
            return Optional.of(CLOCK);
        }
        if (ASKS_FREQUENCY.matcher(q).find()) {
            return Optional.of(Pattern.compile("\\b(?:every|each|once|twice|per)\\b|\\b(?:daily|weekly|monthly|quarterly"
                    + "|annually|yearly|biweekly)\\b|\\b" + AMOUNT + "\\s+times\\b"));
        }
        if (ASKS_DURATION.matcher(q).find()) {
            return Optional.of(Pattern.compile("\\b" + AMOUNT + "[\\s-]+(?:[a-z]+[\\s-]+)?" + DURATION + "\\b|" + NO_LIMIT));
        }
        if (ASKS_RATE.matcher(q).find()) {
            return Optional.of(Pattern.compile(MONEY + "|\\d[\\d,.]*\\s?%|\\bpercent\\b|" + NO_LIMIT));
        }
        if (ASKS_MONEY.matcher(q).find()) {
            return Optional.of(Pattern.compile(MONEY + "|" + NO_LIMIT));
        }
        if (ASKS_SIZE.matcher(q).find()) {
            return Optional.of(Pattern.compile(SIZE + "|" + NO_LIMIT));
        }
        return Optional.empty();
    }

    /**
     * The words that may name the unit asked for, as alternatives of a pattern: the noun after "how many" (or "max
     * number of"), which ends at the first word of {@link #UNIT_ENDS} or after {@link #UNIT_WORDS} words, each of its
     * words a possible unit ("how many free visits does" - free, visit: "six free sessions" answers it), plurals cut
     * and chat units written out ("ppl" - people); empty when there are none.
     */
    private static Optional<String> unit(String q) {
        Matcher m = ASKED_UNIT.matcher(q);
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        int seen = 0;
        for (String w : (m.group(1) != null ? m.group(1) : m.group(2)).strip().split("\\s+")) {
            if (UNIT_ENDS.contains(w) || seen++ == UNIT_WORDS) {
                break;
            }
            if (w.length() >= 3 && w.chars().allMatch(Character::isLetter)) {
                words.add(Pattern.quote(CHAT_UNITS.getOrDefault(w, w).replaceAll("(?<=[a-z]{3})(e?s)$", "")));
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of("(?:" + String.join("|", words) + ")");
    }

    /**
     * The question's words that hold a digit and a letter ("18F", "2FA"): names, not the number a sentence answers
     * with. A number's plural ("the 1990s", "Cessna 170s") is a number.
     */
    private static Set<String> namesWithDigits(String q) {
        Set<String> names = new HashSet<>();
        Matcher word = WORD.matcher(q);
        while (word.find()) {
            String w = word.group();
            if (w.chars().anyMatch(Character::isDigit) && w.chars().anyMatch(Character::isLetter)
                    && !PLURAL_NUMBER.matcher(w).matches()) {
                names.add(w);
            }
        }
        return names;
    }

    /**
     * Whether {@code text} holds each of the question's names that hold a digit ("FY27", "2FA") as a word: a
     * passage that names FY25 and FY26 but not FY27 does not answer about FY27.
     */
    public boolean holdsNamesOf(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>();
        WORD.matcher(t).results().forEach(w -> words.add(w.group()));
        return words.containsAll(namesWithDigits);
    }

    /** The sentence in lower case, without the question's names that hold a digit. */
    private String withoutNames(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        if (namesWithDigits.isEmpty()) {
            return s;
        }
        Matcher word = WORD.matcher(s);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            String w = word.group();
            word.appendReplacement(out, namesWithDigits.contains(w) ? " " : Matcher.quoteReplacement(w));
        }
        word.appendTail(out);
        return out.toString();
    }

    /**
     * Whether the sentence gives the amount the question asks for, in the unit it names (false when it names none).
     * A sentence in Chinese gives it when it holds the kind of answer asked for: its unit is written in Chinese.
     */
    public boolean answeredBy(String sentence) {
        if (answer.isEmpty()) {
            return false;
        }
        return HAN.matcher(sentence).find() ? heldBy(sentence) : answer.get().matcher(withoutNames(sentence)).find();
    }

    /**
     * Whether the question asks for an amount in a unit, a duration, a frequency or a sum of money ("how many weeks",
     * "how long", "how often", "how much does it cost"): a sentence that answers it states one, so passages that
     * state none do not answer it.
     */
    public boolean asksForAnAmount() {
        return answer.isPresent() && (kind == Kind.NUMBER || kind == Kind.TIME);
    }

    /**
     * The amount the sentence gives in the asked unit, written the same way for comparing sentences ("12 weeks" and
     * "12-week" both read "12 week"); empty when it gives none.
     */
    public Optional<String> amountIn(String sentence) {
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = answer.get().matcher(withoutNames(sentence));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group().replaceAll("[\\s-]+", " ").strip().replaceAll("[.,]+$|(?<=[a-z]{3})s$", ""));
    }

    /** Whether the sentence holds the kind of answer asked for (always false when the kind is {@code NONE}). */
    public boolean heldBy(String sentence) {
        return kind.holds.matcher(withoutNames(sentence)).find();
    }
}
