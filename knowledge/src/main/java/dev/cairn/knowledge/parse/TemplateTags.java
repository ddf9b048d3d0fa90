package dev.cairn.knowledge.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes static-site template tags from Markdown (Jekyll/Liquid {@code {% … %}} and {@code {{ … }}}, Hugo
 * {@code {{< … >}}}), which would otherwise show up in quotes and break links. A tag that names a page or link,
 * such as {@code {% page "/travel/" %}}, is replaced by that address so the surrounding link still reads right.
 */
final class TemplateTags {
    private static final Pattern LINK_TAG = Pattern.compile(
            "\\{%-?\\s*(?:page|link|post_url|include_relative)\\s+[\"']?([^\"'%}\\s]+)[\"']?\\s*-?%}");
    private static final Pattern ANY_TAG = Pattern.compile("\\{%.*?%}|\\{\\{.*?}}", Pattern.DOTALL);

    private TemplateTags() {
    }

    static String strip(String markdown) {
        if (markdown.indexOf('{') < 0) {
            return markdown;
        }
        String linked = LINK_TAG.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return ANY_TAG.matcher(linked).replaceAll("");
    }
}
