package dev.cairn.discord.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into pieces of at most {@code limit} characters for Discord, preferring to cut between paragraphs, then
 * lines, then sentences (keeping a sentence's {@code [n]} markers with it), then words, and never inside a code
 * block when it can avoid it. A code block that must be cut is closed at the end of one piece and reopened, with its
 * language, at the start of the next.
 */
final class MessageSplitter {
    private static final String FENCE = "```";
    private static final String CLOSE = "\n" + FENCE;
    /** A sentence end with the citation markers that follow it: "end. [2]", "结束。[1]". */
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?:[.!?]|[。！？；])(?:\\s*\\[\\d+])*(?=\\s)|[。！？；](?:\\s*\\[\\d+])*");
    /** The info string of an opening fence: a language name alone on the fence's line. */
    private static final Pattern LANGUAGE = Pattern.compile("([\\w+#.-]{1,20})\\r?\\n");
    private static final Pattern SPACE = Pattern.compile("\\s");
    private final int limit;

    public MessageSplitter(int limit) {
        if (limit < 40) {
            throw new IllegalArgumentException("limit must be 40 or more, was " + limit);
        }
        this.limit = limit;
    }

    /** The pieces, in order; empty for blank text. Each is at most {@code limit} characters long and not blank. */
    public List<String> split(String text) {
        List<String> pieces = new ArrayList<>();
        String rest = text.strip();
        String reopen = "";
        while (!rest.isEmpty()) {
            if (reopen.length() + rest.length() <= limit) {
                pieces.add(reopen + rest);
                break;
            }
            int cut = cut(reopen, rest, limit - reopen.length() - CLOSE.length());
            String head = reopen + rest.substring(0, cut).stripTrailing();
            Fences after = Fences.of(head);
            if (after.open()) {
                pieces.add(head + CLOSE);
                reopen = FENCE + after.language() + "\n";
                rest = dropLeadingNewline(rest.substring(cut));
            } else {
                pieces.add(head);
                reopen = "";
                rest = rest.substring(cut).stripLeading();
            }
        }
        return pieces;
    }

    /** Where to cut {@code rest}, which follows {@code reopen}: at most {@code budget} characters in, never 0. */
    private static int cut(String reopen, String rest, int budget) {
        String window = rest.substring(0, budget);
        int floor = budget / 3;
        int at = lastOutsideCode(reopen, window, positionsOf(window, "\n\n"), floor);
        if (at < 0) {
            at = lastOutsideCode(reopen, window, positionsOf(window, "\n"), floor);
        }
        if (at < 0) {
            at = lastOutsideCode(reopen, window, ends(SENTENCE_END, window), floor);
        }
        if (at < 0) {
            at = lastOutsideCode(reopen, window, starts(SPACE, window), floor);
        }
        if (at < 0) {
            at = lastLineInsideCode(window, floor);
        }
        return at > 0 ? at : hardCut(window);
    }

    /** The last position above {@code floor} that is not inside a code block. */
    private static int lastOutsideCode(String reopen, String window, List<Integer> positions, int floor) {
        for (int i = positions.size() - 1; i >= 0; i--) {
            int p = positions.get(i);
            if (p <= floor) {
                return -1;
            }
            if (!Fences.of(reopen + window.substring(0, p)).open()) {
                return p;
            }
        }
        return -1;
    }

    /** The last line break above {@code floor} that is not right before a closing fence. */
    private static int lastLineInsideCode(String window, int floor) {
        for (int p = window.lastIndexOf('\n'); p > floor; p = window.lastIndexOf('\n', p - 1)) {
            if (!window.startsWith(FENCE, p + 1)) {
                return p;
            }
        }
        return -1;
    }

    private static List<Integer> positionsOf(String text, String needle) {
        List<Integer> positions = new ArrayList<>();
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            positions.add(at);
        }
        return positions;
    }

    private static List<Integer> ends(Pattern pattern, String text) {
        List<Integer> positions = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            positions.add(m.end());
        }
        return positions;
    }

    private static List<Integer> starts(Pattern pattern, String text) {
        List<Integer> positions = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            positions.add(m.start());
        }
        return positions;
    }

    /** The whole window, less a trailing high surrogate so that no character is cut in two. */
    private static int hardCut(String window) {
        int cut = window.length();
        return Character.isHighSurrogate(window.charAt(cut - 1)) ? cut - 1 : cut;
    }

    private static String dropLeadingNewline(String s) {
        if (s.startsWith("\r\n")) {
            return s.substring(2);
        }
        return s.startsWith("\n") ? s.substring(1) : s;
    }

    /** Whether text ends inside a code block, and that block's language. */
    private record Fences(boolean open, String language) {
        static Fences of(String text) {
            boolean open = false;
            String language = "";
            for (int at = text.indexOf(FENCE); at >= 0; at = text.indexOf(FENCE, at + FENCE.length())) {
                open = !open;
                if (open) {
                    Matcher info = LANGUAGE.matcher(text).region(at + FENCE.length(), text.length());
                    language = info.lookingAt() ? info.group(1) : "";
                }
            }
            return new Fences(open, language);
        }
    }
}
