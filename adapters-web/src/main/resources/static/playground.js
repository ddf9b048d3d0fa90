/*
 * Cairn web page: the prompt playground (the Prompts tab). Uses app.js's helpers; loaded before it. Its texts are in
 * i18n/<language>.js under "pg." (I18N.t; "t" here is a template).
 */

/** A template's parts: the key the API uses, the name errors use, the key of its label (and of its hint, + ".hint"), the textarea's height. */
const PARTS = [
  { key: "system", error: "system", label: "pg.part.system", rows: 6 },
  { key: "greeting", error: "greeting", label: "pg.part.greeting", rows: 2 },
  { key: "no_answer", error: "no-answer", label: "pg.part.noAnswer", rows: 2 },
];
/** The variables shown when the server names none; a variable's description is the text "pg.var.<name>", if any. */
const VARIABLES = ["user.name", "user.is_new", "user.first_seen", "user.question_count", "platform", "workspace",
  "channel.name", "date", "time", "knowledge.document_count", "missing_terms", "inputs.NAME"];
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const pg = {
  loaded: false,
  loading: false,
  templates: [],      // the drafts being edited, shaped as the API sends them
  saved: new Map(),   // template name → JSON of the template as the server has it
  defaultName: "default",
  routes: [],
  current: null,      // the draft on screen
  variant: "",        // the variant on screen, "" for the template itself
  lastField: null,    // the textarea a clicked variable goes into
  timer: 0,
  controller: null,   // the live preview in flight
  seq: 0,             // the latest preview asked for; older answers are dropped
  trying: false,
  variables: [],      // the variable names the server offers
};

const pgVariant = () => (pg.current && pg.current.variants.find((v) => v.name === pg.variant)) || null;
const pgDirty = (t) => pg.saved.get(t.name) !== JSON.stringify(t);
const pgField = (scope, key) => $(`pg-${scope}-${key}`);

function normalizeTemplate(t) {
  return {
    name: t.name, system: t.system || "", greeting: t.greeting || "", no_answer: t.no_answer || "",
    variants: (t.variants || []).map((v) => ({
      name: v.name, weight: typeof v.weight === "number" ? v.weight : 1,
      system: v.system || "", greeting: v.greeting || "", no_answer: v.no_answer || "",
    })),
  };
}

function partField(scope, part) {
  const id = `pg-${scope}-${part.key}`;
  return el("div", { class: "pg-field" },
    el("label", { for: id, i18n: part.label }),
    el("span", { class: "hint", id: id + "-hint", i18n: part.label + ".hint" }),
    el("textarea", { id, rows: part.rows, spellcheck: "false", "data-scope": scope, "data-part": part.key,
      "aria-describedby": `${id}-hint ${id}-error`,
      attrs: scope === "variant" ? { placeholder: "pg.part.sameAsTemplate" } : null }),
    el("div", { class: "field-error", id: id + "-error", hidden: true }));
}

/** Replaces a status line's content; kind ("ok", "error", "busy" or "") picks its colour. */
function setStatus(node, kind, ...content) {
  node.dataset.kind = kind;
  node.replaceChildren(...content);
}

/* Loading and choosing */

async function loadPrompts() {
  if (pg.loading) return;
  pg.loading = true;
  const note = $("pg-load-note");
  note.hidden = false;
  I18N.mark(note, "pg.loading");
  try {
    const res = await api("/api/v1/prompts", { headers: { Accept: "application/json" } });
    const body = await res.json().catch(() => null);
    if (!res.ok || !body) { I18N.mark(note, "pg.loadFailed", { reason: messageOf(body, res.status) }); return; }
    pg.defaultName = body.default || "default";
    pg.routes = body.routes || [];
    pg.templates = (body.templates || []).map(normalizeTemplate);
    pg.saved = new Map(pg.templates.map((t) => [t.name, JSON.stringify(t)]));
    pg.variables = body.variables || VARIABLES;
    renderVariables();
    pg.loaded = true;
    note.hidden = true;
    const first = pg.templates.find((t) => t.name === pg.defaultName) || pg.templates[0];
    if (first) selectTemplate(first.name);
    else I18N.mark(note, "pg.noTemplates");
  } catch (err) {
    I18N.mark(note, "pg.loadFailed", { reason: err.message });
  } finally {
    pg.loading = false;
  }
}

function renderVariables() {
  $("pg-vars").replaceChildren(...pg.variables.map((name) => el("li", {},
    el("button", { type: "button", class: "chip", "data-variable": name, text: name,
      attrs: { title: I18N.has("pg.var." + name) ? "pg.variable.described" : "pg.variable.insert" },
      args: { description: { key: "pg.var." + name } } }))));
}

function renderTemplateOptions() {
  const select = $("pg-template");
  select.replaceChildren(...pg.templates.map((t) => el("option", { value: t.name,
    text: t.name + (t.name === pg.defaultName ? I18N.t("pg.defaultSuffix") : "") + (pgDirty(t) ? I18N.t("pg.unsavedSuffix") : "") })));
  if (pg.current) select.value = pg.current.name;
}

function renderVariantOptions() {
  const select = $("pg-variant");
  const variants = pg.current ? pg.current.variants : [];
  const total = variants.reduce((sum, v) => sum + (v.weight > 0 ? v.weight : 0), 0);
  const share = (v) => I18N.t("pg.share", { share: { percent: total > 0 && v.weight > 0 ? v.weight / total : 0 } });
  select.replaceChildren(el("option", { value: "", i18n: variants.length ? "pg.variant.none" : "pg.variant.empty" }),
    ...variants.map((v) => el("option", { value: v.name, text: `${v.name} — ${share(v)}` })));
  select.disabled = variants.length === 0;
  select.value = pg.variant;
  const current = pgVariant();
  $("pg-share").textContent = current ? share(current) : "";
}

function renderRoutes() {
  const name = pg.current.name;
  const uses = pg.routes.filter((r) => r.template === name).map((r) =>
    [r.scope && I18N.t("pg.route.scope", { scope: r.scope }), r.channel && I18N.t("pg.route.channel", { channel: r.channel })]
      .filter(Boolean).join(I18N.t("pg.route.and")) || I18N.t("pg.route.any"));
  if (name === pg.defaultName) uses.unshift(I18N.t("pg.route.default"));
  $("pg-routes").textContent = uses.length ? I18N.t("pg.routes", { uses: uses.join(I18N.t("pg.route.separator")) })
    : I18N.t("pg.routes.none");
}

function fillFields() {
  const t = pg.current;
  const v = pgVariant();
  for (const part of PARTS) {
    pgField("base", part.key).value = t[part.key];
    pgField("variant", part.key).value = v ? v[part.key] : "";
  }
  $("pg-variant-fields").hidden = !v;
  if (v) {
    I18N.mark($("pg-variant-legend"), "pg.variant.named", { name: v.name });
    $("pg-weight").value = v.weight === null ? "" : String(v.weight);
  }
  renderVariantOptions();
  updateDirty();
}

function selectTemplate(name) {
  pg.current = pg.templates.find((t) => t.name === name) || null;
  if (!pg.current) return;
  pg.variant = "";
  $("pg-base").disabled = false;
  $("pg-save").disabled = false;
  $("pg-add-variant").disabled = false;
  $("pg-new-template").disabled = false;
  $("pg-template").disabled = false;
  renderTemplateOptions();
  renderRoutes();
  fillFields();
  clearFieldErrors();
  setStatus($("pg-save-status"), "");
  schedulePreview(0);
}

function selectVariant(name) {
  pg.variant = name;
  fillFields();
  clearFieldErrors();
  schedulePreview(0);
}

function updateDirty() {
  const dirty = pg.current ? pgDirty(pg.current) : false;
  $("pg-dirty").hidden = !dirty;
  $("pg-discard").disabled = !dirty;
  renderTemplateOptions();
}

/* Editing */

function onPlaygroundInput(e) {
  const t = e.target;
  if (t.dataset.part) {
    const target = t.dataset.scope === "base" ? pg.current : pgVariant();
    if (!target) return;
    target[t.dataset.part] = t.value;
    changed();
  } else if (t.id === "pg-weight") {
    const v = pgVariant();
    if (!v) return;
    v.weight = t.value.trim() === "" ? null : Number(t.value);
    renderVariantOptions();
    changed();
  } else if (t.closest(".pg-sample")) {
    schedulePreview();
  }
}

function changed() {
  updateDirty();
  setStatus($("pg-save-status"), "");
  schedulePreview();
}

/** Puts {{name}} at the cursor of the last template field used (a section around the selection for user.is_new). */
function insertVariable(name) {
  const last = pg.lastField;
  const area = last && !last.closest("[hidden]") && !last.disabled ? last : pgField("base", "system");
  if (area.disabled) return;
  const start = area.selectionStart;
  const end = area.selectionEnd;
  let text = `{{${name}}}`;
  let select = [text.length, text.length];
  if (name === "user.is_new") {
    const inner = area.value.slice(start, end);
    text = `{{#user.is_new}}${inner}{{/user.is_new}}`;
    select = [16, 16 + inner.length];
  } else if (name === "inputs.NAME") {
    select = [9, 13];
  }
  area.focus();
  area.setRangeText(text, start, end, "end");
  area.setSelectionRange(start + select[0], start + select[1]);
  area.dispatchEvent(new Event("input", { bubbles: true }));
}

function newTemplate() {
  if (!pg.current) return;
  const name = (prompt(I18N.t("pg.newTemplate.prompt", { name: pg.current.name })) || "").trim();
  if (!name) return;
  if (!NAME_PATTERN.test(name)) { alert(I18N.t("pg.newTemplate.invalid")); return; }
  if (!pg.templates.some((t) => t.name === name)) {
    const { system, greeting, no_answer } = pg.current;
    pg.templates.push({ name, system, greeting, no_answer, variants: [] });
  }
  selectTemplate(name);
}

function addVariant() {
  if (!pg.current) return;
  const name = (prompt(I18N.t("pg.addVariant.prompt", { name: pg.current.name })) || "").trim();
  if (!name) return;
  if (!NAME_PATTERN.test(name)) { alert(I18N.t("pg.addVariant.invalid")); return; }
  if (!pg.current.variants.some((v) => v.name === name)) {
    pg.current.variants.push({ name, weight: 1, system: "", greeting: "", no_answer: "" });
  }
  selectVariant(name);
  updateDirty();
  pgField("variant", "greeting").focus();
}

function removeVariant() {
  const v = pgVariant();
  if (!v || !confirm(I18N.t("pg.removeVariant.confirm", { name: v.name }))) return;
  pg.current.variants = pg.current.variants.filter((x) => x !== v);
  selectVariant("");
  updateDirty();
}

function discardChanges() {
  const t = pg.current;
  const saved = t && pg.saved.get(t.name);
  if (!t || !pgDirty(t)) return;
  if (!saved) {
    if (!confirm(I18N.t("pg.discard.confirmNew", { name: t.name }))) return;
    pg.templates = pg.templates.filter((x) => x !== t);
    selectTemplate((pg.templates.find((x) => x.name === pg.defaultName) || pg.templates[0]).name);
    return;
  }
  const variant = pg.variant;
  Object.assign(t, JSON.parse(saved));
  pg.variant = t.variants.some((v) => v.name === variant) ? variant : "";
  fillFields();
  clearFieldErrors();
  setStatus($("pg-save-status"), "", el("span", { i18n: "pg.discarded" }));
  schedulePreview(0);
}

/* Preview, errors and trying a question */

function previewBody(question) {
  const body = {
    template: pg.current,
    variant: pg.variant || null,
    sample: {
      user: document.querySelector("input[name='pg-user']:checked").value,
      user_name: $("pg-user-name").value,
      platform: $("pg-platform").value,
      channel: $("pg-channel").value,
    },
  };
  if (question) body.question = question;
  return body;
}

function postPreview(question, signal) {
  return api("/api/v1/prompts/preview", {
    method: "POST", signal, headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(previewBody(question)),
  });
}

function schedulePreview(delay = 300) {
  clearTimeout(pg.timer);
  pg.timer = setTimeout(livePreview, delay);
}

/** Renders the draft for the sample; only the latest request's answer is shown. */
async function livePreview() {
  if (!pg.current) return;
  if (pg.controller) pg.controller.abort();
  const controller = new AbortController();
  pg.controller = controller;
  const seq = ++pg.seq;
  setStatus($("pg-status"), "busy", el("span", { i18n: "pg.rendering" }));
  try {
    const res = await postPreview(null, controller.signal);
    const body = await res.json().catch(() => null);
    if (seq !== pg.seq) return;
    if (res.ok && body) showRendered(body);
    else showTemplateError(body, res.status, false);
  } catch (err) {
    if (err.name !== "AbortError" && seq === pg.seq) {
      setStatus($("pg-status"), "error", el("span", { i18n: "error.unreachable", args: { reason: err.message } }));
    }
  } finally {
    if (pg.controller === controller) pg.controller = null;
  }
}

function showRendered(body) {
  clearFieldErrors();
  const r = body.rendered || {};
  $("pg-rendered").replaceChildren(...PARTS.flatMap((p) => [
    el("dt", { i18n: p.label }),
    r[p.key] ? el("dd", { text: r[p.key] }) : el("dd", { class: "muted", i18n: "pg.empty" })]));
  $("pg-rendered").classList.remove("stale");
  const who = document.querySelector("input[name='pg-user']:checked").value;
  setStatus($("pg-status"), "ok", el("span", { i18n: who === "new" ? "pg.rendered.new" : "pg.rendered.returning",
    args: { experiment: body.experiment, variant: body.variant } }));
}

function clearFieldErrors() {
  document.querySelectorAll("#prompts-view textarea.invalid").forEach((a) => {
    a.classList.remove("invalid");
    a.removeAttribute("aria-invalid");
  });
  document.querySelectorAll("#prompts-view .field-error").forEach((e) => { e.hidden = true; e.replaceChildren(); });
}

/** Where an error's "name (variant v) part p" points: the variant's part, or the template's when the variant's is empty. */
function faultOf(where) {
  const m = /^(\S+)(?: \(variant (\S+)\))? part (system|greeting|no-answer)$/.exec(where || "");
  const part = m && PARTS.find((p) => p.error === m[3]);
  if (!part) return null;
  const variant = m[2] && pg.current.variants.find((v) => v.name === m[2]);
  if (variant && variant[part.key].trim()) return { part, variant: variant.name };
  return { part, variant: null };
}

function selectLine(area, line) {
  const lines = area.value.split("\n");
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + (lines[line - 1] || "").length);
  const height = parseFloat(getComputedStyle(area).lineHeight) || 20;
  area.scrollTop = Math.max(0, (line - 2) * height);
}

/**
 * Shows why a template was refused: next to the field at fault, naming the line and quoting it, and in the status.
 * Returns a one-line account of it; with focus, selects the faulty line.
 */
function showTemplateError(body, status, focus) {
  clearFieldErrors();
  $("pg-rendered").classList.add("stale");
  const error = (body && body.error) || {};
  const message = messageOf(body, status);
  const fault = error.code === "invalid_template" ? faultOf(error.template) : null;
  if (!fault) { setStatus($("pg-status"), "error", message); return message; }
  const line = error.line || 0;
  const prefix = `prompt template ${error.template}${line ? ", line " + line : ""}: `;
  const problem = (message.startsWith(prefix) ? message.slice(prefix.length) : message)
    .replace(/; known: .*$/, I18N.t("pg.error.seeVariables"));
  const place = { key: (fault.variant ? "pg.place.variant" : "pg.place.template") + (line ? "Line" : ""),
    args: { variant: fault.variant, part: { key: fault.part.label }, line } };
  const account = I18N.t("pg.error.account", { place, problem });
  if (fault.variant && fault.variant !== pg.variant) {
    setStatus($("pg-status"), "error", el("span", { i18n: "pg.error.elsewhere", args: { place, problem } }), " ",
      el("button", { type: "button", class: "ghost small", i18n: "pg.error.editVariant", args: { name: fault.variant },
        onclick: () => selectVariant(fault.variant) }));
    return account;
  }
  const area = pgField(fault.variant ? "variant" : "base", fault.part.key);
  area.classList.add("invalid");
  area.setAttribute("aria-invalid", "true");
  const box = $(area.id + "-error");
  box.append(line ? el("strong", { i18n: "pg.error.line", args: { line } }) : el("strong"), problem);
  if (line) {
    const text = area.value.split("\n")[line - 1];
    if (text !== undefined) box.append(el("code", { class: "bad-line", text: text || " " }));
    box.append(el("button", { type: "button", class: "ghost small", i18n: "pg.error.goToLine", args: { line },
      onclick: () => selectLine(area, line) }));
  }
  box.hidden = false;
  setStatus($("pg-status"), "error", el("span", { i18n: "pg.error.notRendered", args: { place } }));
  if (focus) line ? selectLine(area, line) : area.focus();
  return account;
}

/** Answers the question with the unsaved draft and shows the reply as the chat would, without votes. */
async function tryQuestion() {
  const question = $("pg-question").value.trim();
  if (!question || pg.trying || !pg.current) return;
  pg.trying = true;
  $("pg-try").disabled = true;
  const msg = el("div", { class: "msg bot" }, el("div", { class: "bubble thinking", i18n: "answer.thinking" }));
  $("pg-reply").replaceChildren(el("div", { class: "msg user" }, el("div", { class: "bubble", text: question })), msg);
  const seq = ++pg.seq;
  try {
    const res = await postPreview(question);
    const body = await res.json().catch(() => null);
    if (res.ok && body && body.reply) {
      if (seq === pg.seq) showRendered(body);
      renderReply(msg, body.reply, { votes: false, note: { key: "pg.try.note", args: { variant: body.variant } } });
    } else if (res.ok) {
      showError(msg, I18N.t("pg.try.noAnswer"));
    } else {
      const message = seq === pg.seq ? showTemplateError(body, res.status, false) : messageOf(body, res.status);
      showError(msg, I18N.t("pg.try.failed", { reason: message }));
    }
  } catch (err) {
    showError(msg, I18N.t("error.unreachable", { reason: err.message }));
  } finally {
    pg.trying = false;
    $("pg-try").disabled = false;
  }
}

/* Saving */

async function saveTemplate() {
  const t = pg.current;
  if (!t) return;
  const sent = JSON.stringify(t);
  const status = $("pg-save-status");
  $("pg-save").disabled = true;
  setStatus(status, "busy", el("span", { i18n: "pg.saving" }));
  try {
    const res = await api("/api/v1/prompts/" + encodeURIComponent(t.name), {
      method: "PUT", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: sent,
    });
    const body = await res.json().catch(() => null);
    if (res.ok && body) {
      const saved = normalizeTemplate(body);
      pg.saved.set(saved.name, JSON.stringify(saved));
      if (JSON.stringify(t) === sent) {
        Object.assign(t, saved);
        if (pg.current === t) fillFields();
      }
      updateDirty();
      clearFieldErrors();
      schedulePreview(0);
      setStatus(status, "ok", el("span", { i18n: "pg.saved", args: { name: t.name, time: { time: new Date().toISOString() } } }));
    } else {
      setStatus(status, "error", el("span", { i18n: "pg.notSaved", args: { reason: showTemplateError(body, res.status, true) } }));
    }
  } catch (err) {
    setStatus(status, "error", el("span", { i18n: "pg.notSavedOffline", args: { reason: err.message } }));
  } finally {
    $("pg-save").disabled = false;
  }
}

/* Views */

function showView(name) {
  const prompts = name === "prompts";
  $("chat-view").hidden = prompts;
  $("prompts-view").hidden = !prompts;
  for (const [tab, on] of [[$("tab-chat"), !prompts], [$("tab-prompts"), prompts]]) {
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
  }
  $("new-chat").hidden = prompts;
  if (prompts && !pg.loaded) loadPrompts();
  history.replaceState(null, "", prompts ? "#prompts" : location.pathname + location.search);
}

/** After a change of language: the texts drawn from data (lists, routes, the rendered preview) again. */
function translatePlayground() {
  if (pg.loaded) renderVariables();
  if (!pg.current) return;
  renderTemplateOptions();
  renderRoutes();
  renderVariantOptions();
}

function wirePlayground() {
  I18N.onChange(translatePlayground);
  for (const part of PARTS) {
    $("pg-base").append(partField("base", part));
    $("pg-variant-fields").append(partField("variant", part));
  }
  const view = $("prompts-view");
  view.addEventListener("input", onPlaygroundInput);
  view.addEventListener("focusin", (e) => { if (e.target.dataset.part) pg.lastField = e.target; });
  $("pg-vars").addEventListener("click", (e) => {
    const chip = e.target.closest("[data-variable]");
    if (chip) insertVariable(chip.dataset.variable);
  });
  $("pg-template").addEventListener("change", (e) => selectTemplate(e.target.value));
  $("pg-variant").addEventListener("change", (e) => selectVariant(e.target.value));
  $("pg-new-template").addEventListener("click", newTemplate);
  $("pg-add-variant").addEventListener("click", addVariant);
  $("pg-remove-variant").addEventListener("click", removeVariant);
  $("pg-discard").addEventListener("click", discardChanges);
  $("pg-save").addEventListener("click", saveTemplate);
  $("pg-try-form").addEventListener("submit", (e) => { e.preventDefault(); tryQuestion(); });
  $("pg-question").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); tryQuestion(); }
  });
  const tabs = [$("tab-chat"), $("tab-prompts")];
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => showView(i ? "prompts" : "chat"));
    tab.addEventListener("keydown", (e) => {
      if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
      const other = tabs[1 - i];
      other.focus();
      showView(other === tabs[1] ? "prompts" : "chat");
    });
  });
  window.addEventListener("beforeunload", (e) => {
    if (pg.templates.some(pgDirty)) { e.preventDefault(); e.returnValue = ""; }
  });
  if (location.hash === "#prompts") showView("prompts");
}

