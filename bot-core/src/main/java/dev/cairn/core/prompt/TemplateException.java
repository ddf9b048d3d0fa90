package dev.cairn.core.prompt;

/** A prompt template that cannot be used: a syntax error or an unknown variable, with where it is. */
public final class TemplateException extends RuntimeException {
    private final String template;
    private final int line;

    /**
     * @param template the template (and part) at fault, e.g. {@code support/variant concise/system}
     * @param line     1-based line of the fault, 0 when unknown
     */
    public TemplateException(String template, int line, String problem) {
        super("prompt template " + template + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.template = template;
        this.line = line;
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }
}
