package dev.cairn.knowledge.training;

import dev.cairn.core.port.DocumentInfo;
import dev.cairn.knowledge.Vectors;
import dev.cairn.knowledge.answerability.AnswerabilityFeatures;
import dev.cairn.knowledge.answerability.AnswerabilityModel;
import dev.cairn.knowledge.answerability.LogisticRegression;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.index.RetrievalMode;
import dev.cairn.knowledge.index.SearchSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fits the answerability model on questions made from an index's own passages ({@link TrainingQuestions}): the
 * features of the passage a question was made from are an answering example; the features of the best candidate
 * of its near miss, of the source passage when it is not the best, and of the best candidate of the off-topic
 * question are examples that do not answer. Each example
 * is also given without its vector (as for a passage whose vector is not in yet, or a question in the other script),
 * so the model does not depend on one.
 */
public final class AnswerabilityTraining {
    private static final int TOP_K = 5;
    private final PassageIndex index;
    private final EmbeddingRouter router;
    private final Set<String> scopes;

    public AnswerabilityTraining(PassageIndex index, EmbeddingRouter router, Set<String> scopes) {
        this.index = index;
        this.router = router;
        this.scopes = Set.copyOf(scopes);
    }

    /** What a training run made: its examples and the fitted model. */
    public record Result(List<LogisticRegression.Example> examples, int questions, AnswerabilityModel model) {
    }

    /**
     * Every passage of the scopes, as question sources, in the order of their documents' names and their places in
     * them (document ids are drawn at random when a file is indexed, names are not: the same files give the same
     * order).
     */
    public List<TrainingQuestions.Source> sources() {
        List<DocumentInfo> documents = new ArrayList<>(index.documents(scopes));
        documents.sort(java.util.Comparator.comparing(DocumentInfo::name).thenComparing(DocumentInfo::id));
        List<TrainingQuestions.Source> sources = new ArrayList<>();
        for (DocumentInfo document : documents) {
            for (PassageIndex.StoredPassage p : index.passages(document.id())) {
                sources.add(new TrainingQuestions.Source(document.id() + "#" + p.ordinal(), p.chunk().text()));
            }
        }
        return sources;
    }

    /** Makes the examples for these question pairs and fits the model on them. */
    public Result fit(List<TrainingQuestions.Pair> pairs, LogisticRegression regression) {
        List<LogisticRegression.Example> examples = new ArrayList<>();
        for (TrainingQuestions.Pair pair : pairs) {
            List<PassageIndex.Explained> answering = candidates(pair.answerable());
            answering.stream().filter(s -> s.scored().passage().id().equals(pair.passageId())).findFirst()
                    .ifPresent(s -> add(examples, s.features(), true));
            List<PassageIndex.Explained> near = candidates(pair.nearMiss());
            if (!near.isEmpty()) {
                add(examples, near.get(0).features(), false);
                near.stream().skip(1).filter(s -> s.scored().passage().id().equals(pair.passageId())).findFirst()
                        .ifPresent(s -> add(examples, s.features(), false));
            }
            candidates(pair.offTopic()).stream().findFirst().ifPresent(s -> add(examples, s.features(), false));
        }
        return new Result(examples, pairs.size(), regression.fit(examples));
    }

    private List<PassageIndex.Explained> candidates(String question) {
        RetrievalMode mode = router.embedders().isEmpty() ? RetrievalMode.BM25 : RetrievalMode.HYBRID;
        Optional<dev.cairn.knowledge.index.PassageVector> vector = mode == RetrievalMode.BM25 ? Optional.empty()
                : Vectors.query(router, question);
        return index.explained(new SearchSpec(question, List.of(), scopes, TOP_K, 0, mode, vector));
    }

    private static void add(List<LogisticRegression.Example> examples, AnswerabilityFeatures f, boolean answers) {
        examples.add(new LogisticRegression.Example(f.values(), answers));
        AnswerabilityFeatures withoutVector = new AnswerabilityFeatures(f.coverage(), 0, false, f.bm25(), f.gap(),
                f.missingMost(), f.specificMissing(), f.unknownShare());
        examples.add(new LogisticRegression.Example(withoutVector.values(), answers));
    }
}
