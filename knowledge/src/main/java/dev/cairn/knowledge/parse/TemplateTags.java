package dev.cairn.knowledge.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes static-site template tags from Markdown (Jekyll/Liquid {@code {% … %}} and {@code {{ … }}}, Hugo
 * {@code {{< … >}}}), which would otherwise show up in quotes and break links. A tag that names a page or link,
 * such as {@code {% page "/travel/" %}}, is replaced by that address so the surrounding link still reads right. A
 * tag that renders words keeps them: a Slack channel ({@code {% slack_channel "equipment" %}} reads
 * {@code #equipment}), a callout's title ({@code {% alert "New travel rules" %}}) and an image's alternative text
 * ({@code {% image "a.png" "the booking form" %}}); without them the sentence around the tag loses its point ("tell
 * #equipment" became "tell .").
 */
final class TemplateTags {
    private static final Pattern LINK_TAG = Pattern.compile(
            "\\{%-?\\s*(?:page|link|post_url|include_relative)\\s+[\"']?([^\"'%}\\s]+)[\"']?\\s*-?%}");
    private static final Pattern CHANNEL_TAG = Pattern.compile(
            "\\{%-?\\s*slack_channel\\s+[\"']([^\"']+)[\"']\\s*-?%}");
    /** A title in either quotes, which may hold the other ("Don't be late"). */
    private static final Pattern TITLE_TAG = Pattern.compile("\\{%-?\\s*alert\\s+([\"'])(.+?)\\1[^%]*-?%}");
    private static final Pattern IMAGE_TAG = Pattern.compile(
            "\\{%-?\\s*image\\s+([\"']).*?\\1\\s+([\"'])(.+?)\\2[^%]*-?%}");
    private static final Pattern ANY_TAG = Pattern.compile("\\{%.*?%}|\\{\\{.*?}}", Pattern.DOTALL);

    private TemplateTags() {
    }

    static String strip(String markdown) {
        if (markdown.indexOf('{') < 0) {
            return markdown;
        }
        String text = LINK_TAG.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = CHANNEL_TAG.matcher(text).replaceAll(m -> Matcher.quoteReplacement("#" + m.group(1)));
        text = TITLE_TAG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        text = IMAGE_TAG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(3)));
        return ANY_TAG.matcher(text).replaceAll("");
    }
}
