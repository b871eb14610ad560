// Haeran search page: Pagefind's JS API over our own tokens (see search-tokens.js and
// docs/search.md). The query and filters live in the URL, so results can be shared
// and the back button works; results are built as DOM nodes, never parsed as HTML.
import { koreanStem, pagefindQuery, readIndexText } from "./search-tokens.js";

const form = document.querySelector("[data-search]");
const input = form.querySelector("input[name=q]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const moreButton = document.querySelector("[data-search-more]");
const page = JSON.parse(document.getElementById("search-data").textContent);
const PAGE_SIZE = 10;
const EXCERPT_BEFORE = 40;
const EXCERPT_AFTER = 90;
const msg = (key, count) => (form.dataset[key] || "").replace("{count}", String(count));
const dates = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: "long" });

const bundles = {}; // language code → its Pagefind module, loaded on first use
let results = [];
let shown = 0;
let latest = 0;

// Each language has a bundle of its own (docs/search.md); a module is one Pagefind
// instance per URL, so the other language's bundle loads beside this side's own.
async function loadBundle(lang) {
  if (!bundles[lang]) {
    bundles[lang] = (async () => {
      const bundle = new URL(page.bundles[lang], location.href);
      const pf = await import(new URL("pagefind.js", bundle).href);
      await pf.options({ baseUrl: new URL("../../", bundle).pathname }); // site-relative URLs
      await pf.init();
      return pf;
    })();
    bundles[lang].catch(() => delete bundles[lang]); // the next search tries again
  }
  return bundles[lang];
}

function readState() {
  const params = new URLSearchParams(location.search);
  return {
    q: (params.get("q") || "").trim(),
    tag: params.get("tag") || "",
    year: params.get("year") || "",
    both: params.get("both") === "1",
  };
}

function formState() {
  return {
    q: input.value.trim(),
    tag: form.elements.tag.value,
    year: form.elements.year.value,
    both: form.elements.both.checked,
  };
}

function showState(state) {
  input.value = state.q;
  form.elements.tag.value = state.tag;
  form.elements.year.value = state.year;
  form.elements.both.checked = state.both;
}

function stateUrl(state) {
  const url = new URL(location.href);
  url.search = "";
  if (state.q) url.searchParams.set("q", state.q);
  if (state.tag) url.searchParams.set("tag", state.tag);
  if (state.year) url.searchParams.set("year", state.year);
  if (state.both) url.searchParams.set("both", "1");
  return url;
}

// The articles with `term`, those where it comes first at the top: a title match
// (the title's tokens come first), then the articles that name it earliest. The
// ranking needs nothing but where Pagefind found the first match, so the search is
// one exact phrase (see docs/search.md). Pagefind also matches its metadata, which
// gives a result with no word location; those are left out.
async function termResults(pf, term, filters) {
  const query = pagefindQuery(term);
  if (!query) return [];
  const found = (await pf.search(query, { filters })).results.filter((r) => r.words.length);
  const first = new Map(found.map((r) => [r, Math.min(...r.words)]));
  return found.sort((a, b) => first.get(a) - first.get(b));
}

// A query that names a tag in another language than `lang` finds that tag's
// articles in `lang` too (知识产权 finds the Korean articles tagged 지식재산권).
function namedTag(terms, lang) {
  for (const [code, names] of Object.entries(page.tagNames)) {
    if (code === lang) continue;
    for (const term of terms) {
      if (term && names[term.toLowerCase()]) return names[term.toLowerCase()];
    }
  }
  return null;
}

async function searchLanguage(state, lang) {
  if (!page.bundles[lang]) return []; // no articles in that language
  const pf = await loadBundle(lang);
  const filters = {};
  if (state.tag) filters.tag = state.tag;
  if (state.year) filters.year = state.year;
  const found = [];
  const seen = new Set();
  const add = (items, term) => items.forEach((r) => {
    if (!seen.has(r.id)) { seen.add(r.id); found.push({ result: r, term, lang }); }
  });
  const stem = koreanStem(state.q);
  const [full, stemmed] = await Promise.all([
    termResults(pf, state.q, filters),
    stem ? termResults(pf, stem, filters) : [],
  ]);
  add(full, state.q);
  add(stemmed, stem);
  const tag = namedTag([state.q, stem], lang);
  if (tag && !state.tag) {
    add((await pf.search(null, { filters: { ...filters, tag } })).results, null);
  }
  return found;
}

function excerptNodes(text, term) {
  const paragraph = document.createElement("p");
  paragraph.className = "result-excerpt";
  const pattern = term
    ? new RegExp(term.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"), "gi")
    : null;
  const first = pattern ? text.search(pattern) : -1;
  let start = Math.max(0, first - EXCERPT_BEFORE);
  let end = Math.min(text.length, (first < 0 ? 0 : first) + EXCERPT_AFTER);
  const space = text.lastIndexOf(" ", start);
  if (start > 0 && space > start - 12) start = space + 1; // do not cut a Korean word
  const window = text.slice(start, end);
  if (start > 0) paragraph.append("…");
  let at = 0;
  if (pattern) {
    for (const match of window.matchAll(pattern)) {
      paragraph.append(window.slice(at, match.index));
      const mark = document.createElement("mark");
      mark.textContent = match[0];
      paragraph.append(mark);
      at = match.index + match[0].length;
    }
  }
  paragraph.append(window.slice(at));
  if (end < text.length) paragraph.append("…");
  return paragraph;
}

function articleText(data) {
  let text = readIndexText(data.content);
  const title = data.meta.title || "";
  if (title && text.startsWith(title)) text = text.slice(title.length).replace(/^[.\s]+/, "");
  return text;
}

function renderResult({ data, term, lang }) {
  const item = document.createElement("li");
  if (lang !== page.lang) item.lang = page.htmlLang[lang];
  const title = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  title.append(link);
  item.append(title);
  const meta = document.createElement("p");
  meta.className = "result-meta";
  meta.lang = document.documentElement.lang;
  const parts = [];
  if (data.meta.date) {
    const time = document.createElement("time");
    time.dateTime = data.meta.date;
    time.textContent = dates.format(new Date(`${data.meta.date}T12:00:00`));
    parts.push(time);
  }
  parts.push(page.languages[lang] || lang);
  for (const id of data.filters.tag || []) {
    const tag = page.tags[id];
    if (!tag) continue;
    const a = document.createElement("a");
    a.href = tag.url;
    a.textContent = tag.label;
    a.className = "tag";
    parts.push(a);
  }
  parts.forEach((part, i) => { if (i) meta.append(" · "); meta.append(part); });
  item.append(meta);
  item.append(excerptNodes(articleText(data), term));
  return item;
}

async function showMore() {
  const ticket = latest;
  const batch = results.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(batch.map(async (r) => ({ ...r, data: await r.result.data() })));
  if (ticket !== latest) return;
  data.forEach((d) => list.append(renderResult(d)));
  shown += batch.length;
  moreButton.hidden = shown >= results.length;
}

async function search(state) {
  const ticket = ++latest;
  list.replaceChildren();
  moreButton.hidden = true;
  if (!state.q) { status.textContent = ""; return; }
  status.textContent = msg("msgLoading");
  let found;
  try {
    const languages = state.both ? page.order : [page.lang];
    found = (await Promise.all(languages.map((lang) => searchLanguage(state, lang)))).flat();
  } catch (error) {
    status.textContent = msg("msgUnavailable");
    return;
  }
  if (ticket !== latest) return; // a newer query has started
  results = found;
  shown = 0;
  await showMore();
  if (ticket !== latest) return;
  const n = results.length; // announced once the first results are on screen
  status.textContent = n === 0 ? msg("msgNone") : n === 1 ? msg("msgOne") : msg("msgMany", n);
}

// A submitted search is a new history entry; typing replaces the current one.
function run(push) {
  const state = formState();
  const url = stateUrl(state);
  if (url.href !== location.href) history[push ? "pushState" : "replaceState"](null, "", url);
  search(state);
}

let timer = null;
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => run(false), 250);
});
form.addEventListener("change", (event) => { if (event.target !== input) run(true); });
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(timer);
  run(true);
});
moreButton.addEventListener("click", showMore);
window.addEventListener("popstate", () => {
  const state = readState();
  showState(state);
  search(state);
});

const initial = readState();
showState(initial);
if (initial.q) search(initial);
