// The archive's search page: Pagefind's API with our own accessible form.
// Pagefind loads only the index chunks a query needs (numbers: docs/about/search.md).
const root = document.querySelector(".archive-search");
const form = root.querySelector("form");
const input = root.querySelector("#search-query");
const status = root.querySelector("#search-status");
const list = root.querySelector("#search-results");
const selects = Array.from(root.querySelectorAll("select[data-filter]"));
const sortSelect = root.querySelector("#search-sort");
const more = root.querySelector("#search-more");
const PAGE_SIZE = 10;  // each result's excerpt is a download of its own
const FIRST_BATCH = 3;

// The index is split into shards of consecutive years (extract/publish/search.py).
// Each shard gets its own Pagefind, newest years first, so the first shard with
// matches is shown at once instead of after every shard has answered.
const indexRoot = new URL("../../pagefind/", import.meta.url);
const shards = (await (await fetch(new URL("shards.json", indexRoot))).json()).reverse();
const engines = await Promise.all(shards.map(async (shard) => {
  const engine = await import(new URL(`${shard}/pagefind.js`, indexRoot).href);
  await engine.options({ excerptLength: 30 });
  await engine.init();  // load the engine now, while the reader types
  return engine;
}));

const filterValues = {};
for (const filters of await Promise.all(engines.map((engine) => engine.filters()))) {
  for (const [name, counts] of Object.entries(filters)) {
    filterValues[name] = new Set([...(filterValues[name] || []), ...Object.keys(counts)]);
  }
}
for (const select of selects) {
  const values = [...(filterValues[select.dataset.filter] || [])].sort();
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

let latest = 0;

// Show results: the first few as soon as their excerpts arrive, then the rest.
async function show(results, query, ticket) {
  const shown = [];
  for (const [from, to] of [[0, FIRST_BATCH], [FIRST_BATCH, PAGE_SIZE]]) {
    shown.push(...await Promise.all(results.slice(from, to).map((r) => r.data())));
    if (ticket !== latest) return;  // a newer query has started
    list.replaceChildren(...shown.map(resultItem));
    list.dataset.query = query;  // which query the list shows (the benchmark waits on it)
  }
}

async function run() {
  const query = input.value.trim();
  const ticket = ++latest;
  const chosen = {};
  for (const select of selects) if (select.value) chosen[select.dataset.filter] = select.value;
  const url = new URL(location.href);
  url.searchParams.set("q", query);
  history.replaceState(null, "", url);
  more.hidden = true;
  if (!query) {
    list.replaceChildren();
    status.textContent = "";
    return;
  }
  const options = { filters: chosen };
  if (sortSelect.value) options.sort = { date: sortSelect.value };
  // Shards in the order asked for (newest first, unless oldest first is), the first
  // with matches shown at once; then the others together.
  const order = sortSelect.value === "asc" ? [...engines].reverse() : engines;
  const answers = [];
  for (const engine of order) {
    const found = await engine.search(query, options);
    if (ticket !== latest) return;
    answers.push(found);
    if (found.results.length) {
      // Its best few on screen before the other shards take the processor.
      await show(found.results.slice(0, FIRST_BATCH), query, ticket);
      break;
    }
  }
  answers.push(...await Promise.all(order.slice(answers.length).map((engine) => engine.search(query, options))));
  if (ticket !== latest) return;
  // Shards hold consecutive years: by date their results simply follow each other;
  // by relevance, Pagefind's scores decide.
  const all = answers.flatMap((found) => found.results);
  if (!sortSelect.value) all.sort((a, b) => b.score - a.score);
  const count = all.length;
  status.textContent = `${count} result${count === 1 ? "" : "s"}`;
  await show(all, query, ticket);
  more.hidden = count <= PAGE_SIZE;
  more.onclick = async () => {
    const shown = list.children.length;
    const items = await Promise.all(all.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    list.append(...items.map(resultItem));
    list.children[shown].querySelector("a").focus();  // keyboard users land on the first new result
    more.hidden = list.children.length >= count;
  };
}

// While the reader types, fetch the index chunks for the words so far, so that the
// search itself, a moment after the last keystroke, finds them loaded.
let timer;
function schedule() {
  for (const engine of engines) engine.preload(input.value.trim());
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
