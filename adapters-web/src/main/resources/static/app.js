/*
 * Cairn web page: chat with citations, uploads, document list and approvals; the playground is in playground.js, the
 * texts in i18n/<language>.js (through I18N, see i18n.js). No framework.
 */
"use strict";

const $ = (id) => document.getElementById(id);
const state = {
  user: localStorage.getItem("cairn.user") || null,
  apiKey: localStorage.getItem("cairn.apiKey") || "",
  conversationId: null,
  busy: false,
  documents: [],
  rawDocuments: null, // the list as the server sent it, to draw it again in another language
};
if (!state.user) {
  state.user = "web-" + Math.random().toString(36).slice(2, 10) + Date.now().toString(36).slice(-4);
  localStorage.setItem("cairn.user", state.user);
}
let panelSeq = 0;

/* ---------- helpers ---------- */

/**
 * Builds an element. Besides attributes and on… listeners, props may hold i18n (the key of its text), args (the
 * text's placeholders) and attrs ({attribute: key}): such texts follow the page's language (I18N.mark).
 */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  const { i18n, args, attrs } = props;
  for (const [k, v] of Object.entries(props)) {
    if (k === "i18n" || k === "args" || k === "attrs") continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? "" : v);
  }
  if (i18n || attrs) I18N.mark(node, i18n, args, attrs);
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

const t = I18N.t;

/** The headers of every request the page makes: the API key if one is set, and the page's language for the server's own texts. */
function authHeaders(extra = {}) {
  const h = { ...extra, "Accept-Language": I18N.language() };
  if (state.apiKey) h.Authorization = "Bearer " + state.apiKey;
  return h;
}

/** Shows the server's reason for a 401 (which says how to get in) and opens the key form. */
function askForKey(message) {
  if (message) I18N.mark($("key-note"), null).textContent = message;
  else I18N.mark($("key-note"), "key.needed");
  $("key-note").hidden = false;
  showKeyForm(true);
  $("api-key").focus();
}

function showKeyForm(show) {
  $("key-form").hidden = !show;
  $("key-toggle").setAttribute("aria-expanded", String(show));
}

async function api(path, options = {}) {
  const res = await fetch(path, { ...options, headers: authHeaders(options.headers) });
  if (res.status === 401) askForKey(messageOf(await res.clone().json().catch(() => null), 401));
  return res;
}

/** The readable message of a failed request, from its JSON body (which may be null) or its status. */
function messageOf(body, status) {
  if (body && body.error && body.error.message) return body.error.message;
  return status === 401 ? t("error.keyRequired") : t("error.http", { status: String(status) });
}

/** Turns a non-2xx response (or network failure) into a readable message. */
async function errorMessage(res) {
  return messageOf(await res.json().catch(() => null), res.status);
}

function scrollLog() {
  const log = $("log");
  log.scrollTop = log.scrollHeight;
}

/* ---------- chat rendering ---------- */

function addMessage(kind, text) {
  $("log-empty")?.remove();
  const bubble = el("div", { class: "bubble", text });
  const msg = el("div", { class: "msg " + kind }, bubble);
  $("log").append(msg);
  scrollLog();
  return msg;
}

function showError(msg, message) {
  msg.classList.add("error");
  msg.replaceChildren(el("div", { class: "bubble", role: "alert", text: message }));
  scrollLog();
}

function sourceLabel(c) {
  return c.location ? `${c.document} — ${c.location}` : c.document;
}

function citationPanel(c) {
  const src = el("div", { class: "src" }, `[${c.index}] ${sourceLabel(c)}`);
  if (c.link) src.append(" · ", el("a", { href: c.link, target: "_blank", rel: "noopener noreferrer", i18n: "cite.open" }));
  return [c.quote ? el("blockquote", { text: c.quote }) : el("blockquote", { i18n: "cite.noQuote" }), src];
}

function toggleCitation(button, panel, c) {
  const open = button.getAttribute("aria-expanded") === "true";
  panel.parentElement.querySelectorAll(".cite[aria-expanded='true']")
    .forEach((b) => b.setAttribute("aria-expanded", "false"));
  if (open) { panel.hidden = true; return; }
  button.setAttribute("aria-expanded", "true");
  panel.replaceChildren(...citationPanel(c));
  panel.hidden = false;
  scrollLog();
}

/** Splits the answer on [n] markers; text stays text nodes, so nothing is parsed as HTML. */
function renderAnswerText(bubble, answer, byIndex, panel) {
  bubble.replaceChildren();
  const parts = String(answer || "").split(/\[(\d+)\]/);
  parts.forEach((part, i) => {
    if (i % 2 === 0) { if (part) bubble.append(document.createTextNode(part)); return; }
    const c = byIndex.get(Number(part));
    if (!c) { bubble.append(`[${part}]`); return; }
    const btn = el("button", {
      type: "button", class: "cite", "aria-expanded": "false", "aria-controls": panel.id,
      attrs: { "aria-label": "cite.label" }, args: { n: part, source: sourceLabel(c) }, text: `[${part}]`,
    });
    btn.addEventListener("click", () => toggleCitation(btn, panel, c));
    bubble.append(btn);
  });
}

/**
 * Fills msg with an answer: its text with citation buttons, the sources, the latency and, when asked, the votes;
 * note is a text {key, args} shown beside the latency.
 */
function renderReply(msg, data, { votes = true, note = "" } = {}) {
  const citations = Array.isArray(data.citations) ? data.citations : [];
  const byIndex = new Map(citations.map((c) => [Number(c.index), c]));
  const panel = el("div", { class: "cite-panel", id: "cite-panel-" + ++panelSeq, hidden: true });
  const bubble = el("div", { class: "bubble" });
  renderAnswerText(bubble, data.answer, byIndex, panel);
  msg.replaceChildren(bubble, panel);
  if (citations.length) {
    msg.append(el("ul", { class: "sources", attrs: { "aria-label": "answer.sources" } },
      ...citations.map((c) => {
        const li = el("li", { text: `[${c.index}] ${sourceLabel(c)}` });
        if (c.link) li.append(" ", el("a", { href: c.link, target: "_blank", rel: "noopener noreferrer", text: "↗",
          attrs: { "aria-label": "answer.openSource" }, args: { document: c.document } }));
        return li;
      })));
  }
  const meta = el("div", { class: "meta" });
  const ms = data.usage && data.usage.latency_ms;
  if (typeof ms === "number") meta.append(el("span", { i18n: "answer.latency", args: { ms } }));
  if (note) meta.append(el("span", { i18n: note.key, args: note.args }));
  if (votes && data.id && citations.length) meta.append(voteButtons(data.id));
  if (meta.childNodes.length) msg.append(meta);
}

function renderFinal(msg, data) {
  renderReply(msg, data);
  $("announce").textContent = t("answer.announce", { answer: data.answer || "" });
  loadApprovals();
  scrollLog();
}

/** 👍 / 👎 for one answer; the chosen one stays pressed, a failure is shown in place. */
function voteButtons(replyId) {
  const box = el("span", { class: "votes" });
  const send = async (vote, button) => {
    const res = await api("/api/v1/feedback", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ reply_id: replyId, user: state.user, vote }) }).catch(() => null);
    if (res && res.ok) {
      box.querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String(b === button)));
    } else {
      box.append(" ", el("span", { class: "vote-error", i18n: "vote.failed" }));
    }
  };
  for (const vote of ["up", "down"]) {
    const button = el("button", { type: "button", class: "vote", "aria-pressed": "false", i18n: `vote.${vote}.label`,
      attrs: { "aria-label": `vote.${vote}`, title: `vote.${vote}` } });
    button.addEventListener("click", () => send(vote, button));
    box.append(button);
  }
  return box;
}

/* ---------- streaming ---------- */

/** Reads a text/event-stream body and calls onEvent(name, data) for each event. */
async function readEvents(body, onEvent) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const flush = (block) => {
    let name = "message";
    const data = [];
    for (const line of block.split("\n")) {
      if (!line || line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? "" : line.slice(colon + 1);
      if (value.startsWith(" ")) value = value.slice(1);
      if (field === "event") name = value;
      else if (field === "data") data.push(value);
    }
    if (data.length) onEvent(name, data.join("\n"));
  };
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value || new Uint8Array(), { stream: !done });
    buffer = buffer.replace(/\r\n?/g, "\n");
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      flush(buffer.slice(0, cut));
      buffer = buffer.slice(cut + 2);
    }
    if (done) { if (buffer.trim()) flush(buffer); return; }
  }
}

async function handleStream(res, msg) {
  const bubble = msg.querySelector(".bubble");
  let text = "";
  let finished = false;
  await readEvents(res.body, (name, raw) => {
    const data = JSON.parse(raw);
    if (name === "delta") {
      if (!text) I18N.mark(bubble, null).classList.remove("thinking"); // the answer's text, no longer "thinking…"
      text += data.text || "";
      bubble.textContent = text;
      scrollLog();
    } else if (name === "done") {
      finished = true;
      if (data.conversation_id) state.conversationId = data.conversation_id;
      renderFinal(msg, data);
    } else if (name === "error") {
      finished = true;
      showError(msg, (data.error && data.error.message) || data.message || t("answer.failed"));
    }
  });
  if (!finished) showError(msg, text ? text + "\n\n" + t("answer.cutOff") : t("answer.closed"));
}

async function ask(query) {
  addMessage("user", query);
  const msg = addMessage("bot", "");
  I18N.mark(msg.querySelector(".bubble"), "answer.thinking").classList.add("thinking");
  $("announce").textContent = t("answer.thinkingAnnounce");
  const body = { user: state.user, query };
  if (state.conversationId) body.conversation_id = state.conversationId;
  try {
    const res = await api("/api/v1/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify(body),
    });
    if (!res.ok) { showError(msg, await errorMessage(res)); return false; }
    if ((res.headers.get("Content-Type") || "").includes("text/event-stream") && res.body) {
      await handleStream(res, msg);
    } else {
      const data = await res.json();
      if (data.conversation_id) state.conversationId = data.conversation_id;
      renderFinal(msg, data);
    }
    return true;
  } catch (err) {
    showError(msg, t("error.unreachable", { reason: err.message }));
    return false;
  }
}

async function submitQuestion() {
  const input = $("query");
  const query = input.value.trim();
  if (!query || state.busy) return;
  $("ask-form").scrollIntoView({ block: "nearest" });
  state.busy = true;
  $("ask-btn").disabled = true;
  input.value = "";
  const ok = await ask(query);
  if (!ok && !input.value) input.value = query;
  state.busy = false;
  $("ask-btn").disabled = false;
  input.focus();
}

async function newConversation() {
  if (state.busy) return;
  const body = { user: state.user, query: "reset" };
  if (state.conversationId) body.conversation_id = state.conversationId;
  state.conversationId = null;
  $("log").replaceChildren();
  const note = addMessage("note", "");
  I18N.mark(note.firstChild, "chat.starting");
  try {
    const res = await api("/api/v1/chat", {
      method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    });
    if (res.ok) I18N.mark(note.firstChild, "chat.started");
    else I18N.mark(note.firstChild, null).textContent = await errorMessage(res);
  } catch (err) {
    I18N.mark(note.firstChild, "chat.startedOffline", { reason: err.message });
  }
  $("query").focus();
}

/* ---------- uploads ---------- */

/** A count as a translatable placeholder value, e.g. "3 pages"; "?" when the server sent none. */
const counted = (key, n) => ({ key, args: { count: typeof n === "number" ? n : "?" } });

/** A file's size as a placeholder value: its passages, after its pages when it has pages. */
function size(pages, passages) {
  if (!pages) return counted("count.passages", passages);
  return { key: "count.pagesPassages", args: { pages: counted("count.pages", pages), passages: counted("count.passages", passages) } };
}

/** The key and placeholders of one file's upload report; a server's reason is shown as it sent it. */
function uploadStatus(r) {
  if (r.status === "indexed") return ["upload.indexed", { size: size(r.pages, r.passages) }];
  if (r.status === "duplicate") return ["upload.duplicate", {}];
  return (r.error && r.error.message) ? ["upload.rejected", { reason: r.error.message }] : ["upload.notIndexed", {}];
}

function uploadFile(file) {
  const bar = el("progress", { max: "100", value: "0", attrs: { "aria-label": "upload.progress" }, args: { name: file.name } });
  const status = el("div", { class: "status", i18n: "upload.uploading" });
  $("uploads").prepend(el("li", {}, el("div", { class: "name", text: file.name }), bar, status));
  const finish = (cls, [key, args]) => { bar.remove(); status.className = "status " + cls; I18N.mark(status, key, args); };
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/knowledge/files");
    for (const [k, v] of Object.entries(authHeaders({ Accept: "application/json" }))) xhr.setRequestHeader(k, v);
    xhr.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) bar.value = Math.round((e.loaded / e.total) * 100);
    });
    xhr.addEventListener("load", () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (_) { /* not JSON */ }
      if (xhr.status === 401) askForKey(messageOf(body, 401));
      if (xhr.status >= 200 && xhr.status < 300 && body && Array.isArray(body.files) && body.files[0]) {
        const r = body.files[0];
        finish(r.status === "indexed" || r.status === "duplicate" ? r.status : "rejected", uploadStatus(r));
      } else {
        finish("rejected", ["upload.rejected", { reason: (body && body.error && body.error.message) || `HTTP ${xhr.status}` }]);
      }
      resolve();
    });
    xhr.addEventListener("error", () => { finish("rejected", ["upload.networkError", {}]); resolve(); });
    const form = new FormData();
    form.append("files", file, file.name);
    xhr.send(form);
  });
}

async function uploadAll(files) {
  const list = Array.from(files || []);
  if (!list.length) return;
  await Promise.all(list.map(uploadFile));
  loadDocuments();
}

/* ---------- documents ---------- */

function documentItem(d) {
  const parts = [counted("count.passages", d.passages)];
  if (d.pages) parts.unshift(counted("count.pages", d.pages));
  if (d.indexed_at && I18N.dateTime(d.indexed_at)) parts.push({ key: "docs.indexedAt", args: { when: { date: d.indexed_at } } });
  const detail = el("div", { class: "detail" });
  parts.forEach((part, i) => detail.append(i ? " · " : "", el("span", { i18n: part.key, args: part.args })));
  const del = el("button", { type: "button", class: "delete small", i18n: "docs.delete",
    attrs: { "aria-label": "docs.deleteLabel" }, args: { name: d.name } });
  del.addEventListener("click", () => deleteDocument(d));
  return el("li", {}, el("div", { class: "info" },
    el("div", { class: "name", text: d.name }), detail), del);
}

async function loadDocuments() {
  try {
    const res = await api("/api/v1/knowledge/documents", { headers: { Accept: "application/json" } });
    if (!res.ok) {
      I18N.mark($("docs-empty"), null).textContent = await errorMessage(res);
      $("docs-empty").hidden = false;
      return;
    }
    state.rawDocuments = (await res.json()).documents || [];
    renderDocuments();
  } catch (err) {
    I18N.mark($("docs-empty"), "docs.loadFailed", { reason: err.message });
    $("docs-empty").hidden = false;
  }
}

function renderDocuments() {
  const docs = state.rawDocuments;
  if (!docs) return;
  state.documents = docs.map((d) => ({ name: String(d.name || ""), item: documentItem(d) }));
  $("docs").replaceChildren(...state.documents.map((d) => d.item));
  I18N.mark($("docs-empty"), "docs.empty");
  $("docs-empty").hidden = docs.length > 0;
  filterDocuments();
}

/**
 * Shows only the documents whose name holds the filter's text (any case) and says how many match. The filter box
 * appears once the list holds more than its panel shows (a screenful), and stays while it holds a text.
 */
function filterDocuments() {
  const input = $("docs-filter");
  const wanted = input.value.trim().toLocaleLowerCase();
  let shown = 0;
  for (const d of state.documents) {
    const match = !wanted || d.name.toLocaleLowerCase().includes(wanted);
    d.item.hidden = !match;
    if (match) shown++;
  }
  const total = state.documents.length;
  const count = $("docs-count");
  if (!wanted) count.textContent = total ? t("docs.count", { count: total }) : "";
  else if (shown) count.textContent = t("docs.shown", { shown, total });
  else count.textContent = t("docs.noMatch", { filter: input.value.trim() });
  updateFilterBox();
}

function updateFilterBox() {
  const list = $("docs");
  const box = $("docs-filter-box");
  if (box.contains(document.activeElement) || $("docs-filter").value) { box.hidden = false; return; }
  box.hidden = true; // measured without the box, so showing it cannot make it go away again
  box.hidden = list.scrollHeight <= list.clientHeight + 1;
}

/* ---------- runbook approvals ---------- */

/**
 * Lists the actions the model proposed; each waits for an approver's decision here or in chat. A decision here is
 * taken as the named API key the page sends (web:NAME), never as the typed user name.
 */
async function loadApprovals() {
  try {
    const res = await api("/api/v1/approvals", { headers: { Accept: "application/json" } });
    if (!res.ok) return;
    const approvals = (await res.json()).approvals || [];
    $("approvals").replaceChildren(...approvals.map(approvalItem));
    $("approvals-section").hidden = approvals.length === 0;
  } catch (_) { /* the list stays as it was */ }
}

function approvalItem(a) {
  const note = el("div", { class: "muted small" });
  const decide = async (decision) => {
    const res = await api(`/api/v1/approvals/${encodeURIComponent(a.id)}`, { method: "POST",
      headers: { "Content-Type": "application/json" }, body: JSON.stringify({ decision }) })
      .catch(() => null);
    if (!res) { I18N.mark(note, "error.unreachableShort"); return; }
    const body = await res.json().catch(() => ({}));
    I18N.mark(note, null).textContent = body.message || (body.error && body.error.message) || `HTTP ${res.status}`;
    if (res.ok || res.status === 404 || res.status === 409 || res.status === 410) setTimeout(loadApprovals, 1500);
  };
  return el("li", { class: "doc" },
    el("div", {}, el("strong", { text: a.action }),
      el("div", { class: "muted small", i18n: "approvals.asked", args: { description: a.description, who: a.requested_by } }),
      note),
    el("div", { class: "votes" },
      el("button", { type: "button", class: "ghost small", i18n: "approvals.approve", onclick: () => decide("approve") }),
      el("button", { type: "button", class: "delete small", i18n: "approvals.deny", onclick: () => decide("deny") })));
}

async function deleteDocument(d) {
  if (!confirm(t("docs.confirmDelete", { name: d.name }))) return;
  try {
    const res = await api("/api/v1/knowledge/documents/" + encodeURIComponent(d.document_id), { method: "DELETE" });
    if (!res.ok && res.status !== 404) alert(await errorMessage(res));
  } catch (err) {
    alert(t("docs.deleteFailed", { reason: err.message }));
  }
  loadDocuments();
}

/* ---------- wiring ---------- */

function wireDropZone() {
  const drop = $("drop");
  const over = (on) => (e) => { e.preventDefault(); drop.classList.toggle("over", on); };
  drop.addEventListener("dragenter", over(true));
  drop.addEventListener("dragover", over(true));
  drop.addEventListener("dragleave", (e) => { if (!drop.contains(e.relatedTarget)) drop.classList.remove("over"); });
  drop.addEventListener("drop", (e) => { over(false)(e); uploadAll(e.dataTransfer.files); });
  // A file dropped next to the zone must not make the browser navigate away from the page.
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => e.preventDefault());
  $("file-input").addEventListener("change", (e) => { uploadAll(e.target.files); e.target.value = ""; });
}

/** Keeps --topbar at the top bar's height, so a phone's conversation fills exactly the screen below it. */
function trackTopbar() {
  const bar = document.querySelector(".topbar");
  const set = () => document.documentElement.style.setProperty("--topbar", bar.offsetHeight + "px");
  set();
  if (window.ResizeObserver) new ResizeObserver(set).observe(bar);
  window.addEventListener("resize", () => updateFilterBox());
}

/** The header's English / 中文 switch: shows the page in the chosen language at once and keeps the choice. */
function wireLanguageSwitch() {
  const buttons = document.querySelectorAll("#language [data-language]");
  const mark = (language) => buttons.forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.language === language)));
  buttons.forEach((b) => b.addEventListener("click", () => I18N.set(b.dataset.language, true)));
  I18N.onChange((language) => {
    mark(language);
    renderDocuments();
  });
  mark(I18N.language());
}

function init() {
  I18N.start();
  wireLanguageSwitch();
  $("ask-form").addEventListener("submit", (e) => { e.preventDefault(); submitQuestion(); });
  $("query").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); submitQuestion(); }
  });
  $("new-chat").addEventListener("click", newConversation);
  $("docs-refresh").addEventListener("click", loadDocuments);
  $("docs-filter").addEventListener("input", filterDocuments);
  $("docs-filter").addEventListener("keydown", (e) => {
    if (e.key === "Escape" && e.target.value) { e.preventDefault(); e.target.value = ""; filterDocuments(); }
  });
  trackTopbar();
  $("key-toggle").addEventListener("click", () => showKeyForm($("key-form").hidden));
  $("api-key").value = state.apiKey;
  $("key-form").addEventListener("submit", (e) => {
    e.preventDefault();
    state.apiKey = $("api-key").value.trim();
    if (state.apiKey) localStorage.setItem("cairn.apiKey", state.apiKey);
    else localStorage.removeItem("cairn.apiKey");
    $("key-note").hidden = true;
    showKeyForm(false);
    loadDocuments();
    if (!$("prompts-view").hidden && !pg.loaded) loadPrompts();
  });
  wireDropZone();
  wirePlayground();
  loadDocuments();
  loadApprovals();
}

init();
