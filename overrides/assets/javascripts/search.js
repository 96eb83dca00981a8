// The archive's search page: Pagefind's API with our own accessible form.
// Pagefind loads only the index chunks a query needs, so a query costs the same
// bytes whatever the size of the archive (numbers: docs/about/search.md).
const root = document.querySelector(".archive-search");
const form = root.querySelector("form");
const input = root.querySelector("#search-query");
const status = root.querySelector("#search-status");
const list = root.querySelector("#search-results");
const selects = Array.from(root.querySelectorAll("select[data-filter]"));
const sortSelect = root.querySelector("#search-sort");
const PAGE_SIZE = 20;
const FIRST_BATCH = 3;

// The index is split into shards of consecutive years (extract/publish/search.py);
// the first one's script searches them all.
const indexRoot = new URL("../../pagefind/", import.meta.url);
const shards = await (await fetch(new URL("shards.json", indexRoot))).json();
const pagefind = await import(new URL(`${shards[0]}/pagefind.js`, indexRoot).href);
await pagefind.options({ excerptLength: 30 });
for (const shard of shards.slice(1)) {
  await pagefind.mergeIndex(new URL(`${shard}/`, indexRoot).href);
}
// Load the search engine and each shard's entry point now, while the reader types.
await pagefind.init();

const filters = await pagefind.filters();
for (const select of selects) {
  const values = Object.keys(filters[select.dataset.filter] || {}).sort();
  if (select.dataset.filter === "year") values.reverse();
  for (const value of values) {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = value;
    select.appendChild(option);
  }
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

let latest = 0;
async function run() {
  const query = input.value.trim();
  const ticket = ++latest;
  const chosen = {};
  for (const select of selects) if (select.value) chosen[select.dataset.filter] = select.value;
  const url = new URL(location.href);
  url.searchParams.set("q", query);
  history.replaceState(null, "", url);
  if (!query) {
    list.replaceChildren();
    status.textContent = "";
    return;
  }
  const options = { filters: chosen };
  if (sortSelect.value) options.sort = { date: sortSelect.value };
  const search = await pagefind.search(query, options);
  if (ticket !== latest) return;
  // The first few results show as soon as their excerpts arrive; the rest follow.
  const count = search.results.length;
  status.textContent = `${count} result${count === 1 ? "" : "s"}` +
    (count > PAGE_SIZE ? `, showing the first ${PAGE_SIZE}` : "");
  list.replaceChildren();
  list.dataset.query = query;  // which query the list shows (the benchmark waits on it)
  for (const [from, to] of [[0, FIRST_BATCH], [FIRST_BATCH, PAGE_SIZE]]) {
    const results = await Promise.all(search.results.slice(from, to).map((r) => r.data()));
    if (ticket !== latest) return;  // a newer query has started
    list.append(...results.map(resultItem));
  }
}

function resultItem(data) {
  // The best-matching section of the record: a minute's heading anchor, when there is one.
  const section = (data.sub_results || []).find((s) => s.url.includes("#")) || data;
  const item = element("li");
  const heading = element("h2");
  const link = element("a", data.meta.title || data.url);
  link.href = section.url;
  heading.appendChild(link);
  item.appendChild(heading);
  const where = [data.meta.committee, data.meta.date].filter(Boolean).join(", ");
  item.appendChild(element("p", where + (section !== data && section.title ? ` — ${section.title}` : ""), "result-meta"));
  const excerpt = element("p");
  excerpt.innerHTML = section.excerpt;  // Pagefind escapes the text and adds only <mark>
  item.appendChild(excerpt);
  return item;
}

// While the reader types, fetch the index chunks for the words so far, so that the
// search itself, a moment after the last keystroke, finds them loaded.
let timer;
function schedule() {
  pagefind.preload(input.value.trim());
  clearTimeout(timer);
  timer = setTimeout(run, 200);
}
form.addEventListener("submit", (event) => { event.preventDefault(); run(); });
input.addEventListener("input", schedule);
for (const select of [...selects, sortSelect]) select.addEventListener("change", run);

const initial = new URL(location.href).searchParams.get("q");
if (initial) {
  input.value = initial;
  run();
}
root.dataset.ready = "true";
