package dev.cairn.core.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** A language Cairn speaks in its own words: English or Simplified Chinese. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** Its IETF tag: {@code en} or {@code zh-CN}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language Cairn speaks to someone with {@code locale}: any Chinese gets Chinese, any English English. */
    public static Optional<Language> of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return switch (locale.getLanguage()) {
            case "zh" -> Optional.of(CHINESE);
            case "en" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }

    /** As {@link #of(Locale)} for a tag such as {@code zh-CN}, {@code zh_CN}, {@code en-US}; empty when blank. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return of(Locale.forLanguageTag(tag.strip().replace('_', '-')));
    }

    /** The language a setting names ({@code en}, {@code zh-CN}, …); throws, listing the choices, for any other. */
    public static Language parse(String setting) {
        return ofTag(setting).orElseThrow(() -> new IllegalArgumentException("'" + setting
                + "' is not a language Cairn speaks; use one of " + Arrays.stream(values()).map(Language::tag)
                .collect(Collectors.joining(", "))));
    }
}
