// Haeran search page: Pagefind's JS API, results inside <main>, query kept in ?q=.
const form = document.querySelector("[data-search]");
const input = form.querySelector("input[name=q]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const moreButton = document.querySelector("[data-search-more]");
const PAGE_SIZE = 20;
const msg = (key, count) => (form.dataset[key] || "").replace("{count}", String(count));

let pagefind = null;
let results = [];
let shown = 0;
let latest = 0;

async function loadPagefind() {
  if (!pagefind) {
    pagefind = await import(`${form.dataset.bundle}pagefind.js`);
    await pagefind.options({ baseUrl: new URL(form.dataset.bundle, location.href).pathname.replace(/pagefind\/$/, "") });
    await pagefind.init();
  }
  return pagefind;
}

// Chinese is indexed as words separated by spaces (see plugins/digest/search_text.py);
// Pagefind's excerpt keeps those spaces, so they are taken out next to Han characters.
const CJK = "[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]";
const SPACE_AFTER_CJK = new RegExp(`(${CJK}(?:</?mark>)*)\\s+`, "g");
const SPACE_BEFORE_CJK = new RegExp(`\\s+((?:</?mark>)*${CJK})`, "g");

function readableExcerpt(data) {
  if (data.meta.lang !== "zh") return data.excerpt;
  return data.excerpt.replace(SPACE_AFTER_CJK, "$1").replace(SPACE_BEFORE_CJK, "$1");
}

function renderResult(data) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  const title = document.createElement("h2");
  title.appendChild(link);
  item.appendChild(title);
  if (data.meta.date) {
    const meta = document.createElement("p");
    meta.className = "result-meta";
    meta.textContent = data.meta.date;
    item.appendChild(meta);
  }
  if (data.meta.summary) {
    const summary = document.createElement("p");
    summary.className = "result-summary";
    summary.textContent = data.meta.summary; // plain text from the index: never parsed as HTML
    item.appendChild(summary);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "result-excerpt";
  excerpt.innerHTML = readableExcerpt(data); // the article's own text, matches in <mark>
  item.appendChild(excerpt);
  return item;
}

async function showMore() {
  const batch = results.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(batch.map((r) => r.data()));
  data.forEach((d) => list.appendChild(renderResult(d)));
  shown += batch.length;
  moreButton.hidden = shown >= results.length;
}

async function search(query) {
  const ticket = ++latest;
  const url = new URL(location.href);
  if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  list.replaceChildren();
  moreButton.hidden = true;
  if (!query) { status.textContent = ""; return; }
  status.textContent = msg("msgLoading");
  let found;
  try {
    found = await (await loadPagefind()).search(query);
  } catch (error) {
    status.textContent = msg("msgUnavailable");
    return;
  }
  if (ticket !== latest || !found) return; // a newer query has started
  results = found.results;
  shown = 0;
  const n = results.length;
  status.textContent = n === 0 ? msg("msgNone") : n === 1 ? msg("msgOne") : msg("msgMany", n);
  await showMore();
}

let timer = null;
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => search(input.value.trim()), 250);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(timer);
  search(input.value.trim());
});
moreButton.addEventListener("click", showMore);

const initial = new URLSearchParams(location.search).get("q");
if (initial) {
  input.value = initial;
  search(initial.trim());
}
