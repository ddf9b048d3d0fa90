package dev.cairn.records;

import dev.cairn.core.port.AnswerStats;
import dev.cairn.core.stats.PromptReport;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes the per-variant figures of the recorded answers and their votes; throws when the database cannot be read. */
public final class PromptStats implements AnswerStats {
    static final int DAYS = 30;
    private static final double Z95 = 1.959963984540054;
    private final RecordsDatabase database;
    private final Clock clock;

    public PromptStats(RecordsDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** One recorded answer with the votes on it. */
    record Row(String experiment, String variant, LocalDate date, long latencyMillis, int inputTokens,
               int outputTokens, boolean answered, int up, int down) {
    }

    /** The figures for every experiment and variant recorded, sorted by name. */
    @Override
    public PromptReport report() {
        Map<String, Map<String, List<Row>>> grouped = new TreeMap<>();
        for (Row row : rows()) {
            grouped.computeIfAbsent(row.experiment(), e -> new TreeMap<>())
                    .computeIfAbsent(row.variant(), v -> new ArrayList<>()).add(row);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<PromptReport.Experiment> experiments = new ArrayList<>();
        grouped.forEach((experiment, variants) -> {
            List<PromptReport.Variant> figures = new ArrayList<>();
            variants.forEach((variant, rows) -> figures.add(figures(variant, rows, today)));
            experiments.add(new PromptReport.Experiment(experiment, figures));
        });
        return new PromptReport(experiments);
    }

    static PromptReport.Variant figures(String variant, List<Row> rows, LocalDate today) {
        int answers = rows.size();
        int up = rows.stream().mapToInt(Row::up).sum();
        int down = rows.stream().mapToInt(Row::down).sum();
        long noAnswers = rows.stream().filter(r -> !r.answered()).count();
        long[] latencies = rows.stream().mapToLong(Row::latencyMillis).sorted().toArray();
        return new PromptReport.Variant(variant, answers, up, down, up + down == 0 ? 0 : (double) up / (up + down),
                wilson(up, up + down), answers == 0 ? 0 : (double) noAnswers / answers,
                nearestRank(latencies, 50), nearestRank(latencies, 95),
                rows.stream().mapToInt(Row::inputTokens).average().orElse(0),
                rows.stream().mapToInt(Row::outputTokens).average().orElse(0), days(rows, today));
    }

    /** The Wilson score interval at 95% of {@code successes} in {@code trials}; {@code [0, 0]} without trials. */
    static PromptReport.Interval wilson(int successes, int trials) {
        if (trials == 0) {
            return new PromptReport.Interval(0, 0);
        }
        double p = (double) successes / trials;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / trials;
        double centre = (p + z2 / (2.0 * trials)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / denominator;
        return new PromptReport.Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** The nearest-rank {@code percentile} of ascending {@code sorted} values; 0 when there are none. */
    static long nearestRank(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static List<PromptReport.Day> days(List<Row> rows, LocalDate today) {
        int[][] counts = new int[DAYS][3];
        LocalDate first = today.minusDays(DAYS - 1);
        for (Row row : rows) {
            if (!row.date().isBefore(first) && !row.date().isAfter(today)) {
                int[] day = counts[(int) (row.date().toEpochDay() - first.toEpochDay())];
                day[0]++;
                day[1] += row.up();
                day[2] += row.down();
            }
        }
        List<PromptReport.Day> days = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            days.add(new PromptReport.Day(first.plusDays(i).toString(), counts[i][0], counts[i][1], counts[i][2]));
        }
        return days;
    }

    private List<Row> rows() {
        String sql = """
                SELECT a.experiment, a.variant, a.at, a.latency_ms, a.input_tokens, a.output_tokens, a.answered,
                       (SELECT COUNT(*) FROM feedback f WHERE f.reply_id = a.id AND f.vote = 'up'),
                       (SELECT COUNT(*) FROM feedback f WHERE f.reply_id = a.id AND f.vote = 'down')
                FROM answers a""";
        List<Row> rows = new ArrayList<>();
        try (Connection connection = database.connection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                LocalDate date = result.getTimestamp(3).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
                rows.add(new Row(result.getString(1), result.getString(2), date, result.getLong(4), result.getInt(5),
                        result.getInt(6), result.getBoolean(7), result.getInt(8), result.getInt(9)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the answer records: " + e.getMessage(), e);
        }
        return rows;
    }
}
