package dev.cairn.app.prompts;

import dev.cairn.core.prompt.TemplateException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad prompt template at startup into a short report naming the template, part and line. */
public final class TemplateFailureAnalyzer extends AbstractFailureAnalyzer<TemplateException> {
    @Override
    protected FailureAnalysis analyze(Throwable root, TemplateException cause) {
        return new FailureAnalysis(cause.getMessage(), "Fix the template in cairn.prompts.templates (or in the file "
                + "saved from the playground under <cairn.data-dir>/prompts), then start Cairn again.", cause);
    }
}
