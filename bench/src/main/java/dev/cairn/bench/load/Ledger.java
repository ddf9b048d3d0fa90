package dev.cairn.bench.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Who asked what, where each answer must arrive, and what did arrive: answers (matched to their asker by the answer
 * token), busy replies, failures, and answers delivered to someone else. Thread-safe: Cairn's deliveries and the
 * askers' own responses arrive on many threads.
 */
final class Ledger {
    static final String SLACK_BUSY = "busy with other questions";
    static final String WEB_BUSY = "\"busy\"";
    static final String FAILED = "could not answer that";
    static final String FALLBACK = "language model is unavailable";
    private static final int EVIDENCE = 10;

    /** How a question reached Cairn. */
    enum Route { WEB, SLASH, MENTION }

    /**
     * One asker.
     *
     * @param channel  the Slack channel it asked in (its own), empty on the web
     * @param threadTs the thread its answer belongs in: the mention's ts, empty for a slash command
     */
    record Asker(int id, Route route, String user, String channel, String threadTs) {
    }

    /** What came back to one asker. */
    static final class Outcome {
        final AtomicInteger answers = new AtomicInteger();
        final AtomicInteger busy = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger fallback = new AtomicInteger();
        final AtomicInteger other = new AtomicInteger();
        /** Deliveries of this asker's answer to another asker or thread. */
        final AtomicInteger strayed = new AtomicInteger();
        volatile long firstAnswerNanos;
        volatile long responseNanos = -1;
        volatile int status;

        boolean settled() {
            return answers.get() + busy.get() + failed.get() + fallback.get() + other.get() > 0;
        }
    }

    private final Tokens tokens;
    private final Map<Integer, Asker> askers = new ConcurrentHashMap<>();
    private final Map<Integer, Outcome> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Integer> byChannel = new ConcurrentHashMap<>();
    private final AtomicLong strays = new AtomicLong();
    private final List<String> evidence = new CopyOnWriteArrayList<>();

    Ledger(Tokens tokens) {
        this.tokens = tokens;
    }

    Asker register(int id, Route route) {
        Asker asker = switch (route) {
            case WEB -> new Asker(id, route, "load-web-" + id, "", "");
            case SLASH -> new Asker(id, route, "ULOAD" + id, "CLOAD" + id, "");
            case MENTION -> new Asker(id, route, "ULOAD" + id, "CLOAD" + id, String.format("1700000000.%06d", id));
        };
        if (askers.putIfAbsent(id, asker) != null) {
            throw new IllegalArgumentException("asker " + id + " is registered already");
        }
        outcomes.put(id, new Outcome());
        if (!asker.channel().isEmpty()) {
            byChannel.put(asker.channel(), id);
        }
        return asker;
    }

    Outcome outcome(int id) {
        return outcomes.get(id);
    }

    /** Cairn's HTTP response to the asker's own request (the web answer, or Slack's acknowledgement). */
    void responded(Asker asker, int status, String body, long nanos) {
        Outcome o = outcomes.get(asker.id());
        o.responseNanos = nanos;
        o.status = status;
        if (asker.route() == Route.WEB) {
            if (status == 503 && body.contains(WEB_BUSY)) {
                o.busy.incrementAndGet();
            } else if (status != 200) {
                o.failed.incrementAndGet();
                note("web asker " + asker.id() + " got HTTP " + status + ": " + abbreviate(body));
            } else {
                delivered(asker.id(), "", body);
            }
        } else if (status != 200) {
            o.failed.incrementAndGet();
            note("Slack asker " + asker.id() + " got HTTP " + status + " for its request: " + abbreviate(body));
        } else if (body.contains(SLACK_BUSY)) {
            o.busy.incrementAndGet();
        }
    }

    /**
     * A message Cairn posted to Slack.
     *
     * @param channel the channel it was posted in (for a response URL: the asker's channel)
     */
    void posted(String channel, String threadTs, String text) {
        Integer owner = byChannel.get(channel);
        if (owner == null) {
            note("a post in channel " + channel + " that no asker owns: " + abbreviate(text));
            return;
        }
        delivered(owner, threadTs, text);
    }

    private void delivered(int owner, String threadTs, String text) {
        Asker asker = askers.get(owner);
        Outcome o = outcomes.get(owner);
        var answers = tokens.answerIds(text);
        for (int id : answers) {
            if (id == owner && threadTs.equals(asker.threadTs())) {
                if (o.answers.incrementAndGet() == 1) {
                    o.firstAnswerNanos = System.nanoTime();
                } else {
                    note("asker " + owner + " got its answer again");
                }
            } else {
                Outcome theirs = outcomes.get(id);
                if (theirs != null) {
                    theirs.strayed.incrementAndGet();
                }
                strays.incrementAndGet();
                note("the answer for asker " + id + " reached asker " + owner + " (thread '" + threadTs + "')");
            }
        }
        if (!answers.isEmpty()) {
            return;
        }
        if (text.contains(SLACK_BUSY)) {
            o.busy.incrementAndGet();
        } else if (text.contains(FAILED)) {
            o.failed.incrementAndGet();
        } else if (text.contains(FALLBACK)) {
            o.fallback.incrementAndGet();
        } else {
            o.other.incrementAndGet();
            note("asker " + owner + " got a reply without its answer: " + abbreviate(text));
        }
    }

    private void note(String line) {
        if (evidence.size() < EVIDENCE) {
            evidence.add(line);
        }
    }

    void clearEvidence() {
        evidence.clear();
    }

    List<String> evidence() {
        return List.copyOf(evidence);
    }

    boolean settled(Collection<Asker> group) {
        return group.stream().allMatch(a -> outcomes.get(a.id()).settled());
    }

    /** The figures of a group of askers. */
    record Tally(int askers, int answered, int doubled, int strayed, int silent, int busy, int failed, int fallback,
                 int other, long lastAnswerNanos, List<Long> responseNanos) {
    }

    Tally tally(Collection<Asker> group) {
        int answered = 0, doubled = 0, strayed = 0, silent = 0, busy = 0, failed = 0, fallback = 0, other = 0;
        long last = 0;
        List<Long> responses = new ArrayList<>();
        for (Asker a : group) {
            Outcome o = outcomes.get(a.id());
            int n = o.answers.get();
            answered += n > 0 ? 1 : 0;
            doubled += n > 1 ? 1 : 0;
            strayed += o.strayed.get();
            silent += o.settled() ? 0 : 1;
            busy += o.busy.get() > 0 && n == 0 ? 1 : 0;
            failed += o.failed.get() > 0 && n == 0 ? 1 : 0;
            fallback += o.fallback.get() > 0 && n == 0 ? 1 : 0;
            other += o.other.get() > 0 && n == 0 && o.busy.get() + o.failed.get() + o.fallback.get() == 0 ? 1 : 0;
            last = Math.max(last, o.firstAnswerNanos);
            if (o.responseNanos >= 0) {
                responses.add(o.responseNanos);
            }
        }
        return new Tally(group.size(), answered, doubled, strayed, silent, busy, failed, fallback, other, last,
                responses);
    }

    long strays() {
        return strays.get();
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
    }
}
