package dev.cairn.bench;

import dev.cairn.knowledge.eval.BeirDataset;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the bench entry points share: reading {@code --name value} options, and a corpus repeated under new ids. */
public final class BenchInputs {
    private BenchInputs() {
    }

    /** The value after {@code name} in {@code args}, or {@code fallback} when it is absent. */
    public static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** The data set with its corpus repeated {@code copies} times; copy n > 0 suffixes each id with {@code -n}. */
    static BeirDataset repeat(BeirDataset data, int copies) {
        Map<String, BeirDataset.CorpusDoc> corpus = new LinkedHashMap<>();
        for (int c = 0; c < copies; c++) {
            for (BeirDataset.CorpusDoc doc : data.corpus().values()) {
                String id = c == 0 ? doc.id() : doc.id() + "-" + c;
                corpus.put(id, new BeirDataset.CorpusDoc(id, doc.title(), doc.text()));
            }
        }
        return new BeirDataset(data.name() + "x" + copies, data.split(), corpus, data.queries(), data.qrels());
    }
}
