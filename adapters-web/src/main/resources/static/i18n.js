/*
 * Cairn web page: the page's texts in English and Simplified Chinese (one dictionary per language, in i18n/<language>.js),
 * which of them to show, and the locale's number and date formats. No framework.
 *
 * A text is a string with {name} placeholders, or {one, other} forms chosen by the placeholder "count" (plural rules of
 * the language). A placeholder's value may be a number (formatted for the locale), {percent: 0.25}, {date: "…ISO…"}
 * {time: "…ISO…"} or another text {key, args}: values stay raw in data-i18n-args, so a change of language formats them again.
 */
"use strict";

const I18N = (() => {
  const STORE = "cairn.language";
  const dictionaries = {};
  const listeners = [];
  let language = "en";

  /** Registers one language's texts; called by i18n/<language>.js. */
  function define(code, messages) {
    dictionaries[code] = messages;
  }

  /** The page's language for the browser's preferences: the first that is Chinese (zh…) or English (en…), else English. */
  function fromPreferences(preferences) {
    for (const preference of preferences || []) {
      const tag = String(preference).toLowerCase();
      if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
      if (tag === "en" || tag.startsWith("en-")) return "en";
    }
    return "en";
  }

  function stored() {
    try {
      const code = localStorage.getItem(STORE);
      return code && dictionaries[code] ? code : null;
    } catch (_) {
      return null;
    }
  }

  const number = (n, options) => new Intl.NumberFormat(language, options).format(n);

  /** A date and time (or only the time) as the locale writes it; "" for a value that is not a date. */
  function dateTime(value, timeOnly = false) {
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) return "";
    return new Intl.DateTimeFormat(language, timeOnly ? { timeStyle: "medium" } : { dateStyle: "medium", timeStyle: "short" })
      .format(date);
  }

  function formatted(value) {
    if (typeof value === "number") return number(value);
    if (value && typeof value === "object") {
      if ("key" in value) return t(value.key, value.args || {});
      if ("percent" in value) return number(value.percent, { style: "percent", maximumFractionDigits: 0 });
      if ("date" in value) return dateTime(value.date);
      if ("time" in value) return dateTime(value.time, true);
    }
    return value === null || value === undefined ? "" : String(value);
  }

  /** The text of key in the current language with its placeholders filled; the English one if a language lacks it. */
  function t(key, args = {}) {
    let text = (dictionaries[language] || {})[key] ?? (dictionaries.en || {})[key];
    if (text === undefined) return key;
    if (typeof text === "object") text = text[new Intl.PluralRules(language).select(Number(args.count))] ?? text.other;
    return text.replace(/\{(\w+)\}/g, (whole, name) => (name in args ? formatted(args[name]) : whole));
  }

  /** Fills node's text, markup and attributes from its data-i18n, data-i18n-html and data-i18n-attrs keys. */
  function translate(node) {
    const args = node.dataset.i18nArgs ? JSON.parse(node.dataset.i18nArgs) : {};
    if (node.dataset.i18n) node.textContent = t(node.dataset.i18n, args);
    if (node.dataset.i18nHtml) node.innerHTML = t(node.dataset.i18nHtml, args); // only the dictionaries' own markup
    if (node.dataset.i18nAttrs) {
      for (const pair of node.dataset.i18nAttrs.split(";")) {
        const [attribute, key] = pair.split("=");
        node.setAttribute(attribute.trim(), t(key.trim(), args));
      }
    }
    return node;
  }

  /**
   * Gives node the text of key (and, with attrs such as {"aria-label": key}, those attributes) and keeps the keys on
   * it, so that a later change of language translates it again.
   */
  function mark(node, key, args, attrs) {
    if (key) node.dataset.i18n = key;
    else delete node.dataset.i18n;
    if (args && Object.keys(args).length) node.dataset.i18nArgs = JSON.stringify(args);
    else delete node.dataset.i18nArgs;
    if (attrs) node.dataset.i18nAttrs = Object.entries(attrs).map(([a, k]) => a + "=" + k).join(";");
    return translate(node);
  }

  function apply(root = document) {
    root.querySelectorAll("[data-i18n],[data-i18n-html],[data-i18n-attrs]").forEach(translate);
  }

  /** Shows the page in code ("en" or "zh-CN"); with remember, keeps the choice for the next visits. */
  function set(code, remember = false) {
    language = dictionaries[code] ? code : "en";
    if (remember) {
      try { localStorage.setItem(STORE, language); } catch (_) { /* the choice lasts for this visit only */ }
    }
    document.documentElement.lang = language;
    apply();
    listeners.forEach((listener) => listener(language));
  }

  /** Picks the language (the kept choice, else the browser's) and translates the page. */
  function start() {
    const preferences = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    set(stored() || fromPreferences(preferences));
  }

  return {
    define, start, set, t, mark, apply, translate, dateTime, number, fromPreferences,
    language: () => language,
    languages: () => Object.keys(dictionaries),
    keys: (code) => Object.keys(dictionaries[code] || {}),
    /** Whether the page has a text for key (in English, which every language matches). */
    has: (key) => key in (dictionaries.en || {}),
    /** Calls listener with the new language after each change, once the marked texts are translated. */
    onChange: (listener) => listeners.push(listener),
  };
})();
