// The archive's search page: Pagefind's API with our own accessible form.
// Pagefind loads only the index chunks a query needs (numbers: docs/about/search.md).
// The words and filters live in the page's address (?q=…&committee=…&year=…&kind=…&council=…&sort=…),
// so a search survives a reload and can be shared; filters work without words.
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
// A query asks the shards (newest first) holding this many record pages, so that the best matches of
// recent years are ranked together, and no more: what it downloads is bounded whatever the size of the
// archive. "More results" asks further shards as many pages at a time, when the results run short.
const PAGES_PER_STEP = 1000;  // three shards of 8 MB of Markdown (extract/publish/search.py)
const PARAMS = ["q", ...selects.map((select) => select.name), sortSelect.name];

// The index is split into shards of consecutive dates (extract/publish/search.py), listed
// oldest first with the months each holds. Every shard is searched through one Pagefind module
// (the newest shard's pagefind.js, and so one web worker), and a query by relevance asks the
// shards it needs through one engine: the first shard's index brings Pagefind's WebAssembly, each
// further shard is merged in (mergeIndex), which costs only its index summary and the chunks for
// the query's words. By date, shards are asked one at a time, newest first (or oldest first),
// each with an engine of its own, until there is a page of results. Either way what a query
// costs does not grow with the archive. "More results" asks further shards; a year filter asks
// only its own.
const indexRoot = new URL("../../pagefind/", import.meta.url);
const shards = (await (await fetch(new URL("shards.json", indexRoot))).json()).reverse();
const pagefind = shards.length ? await import(new URL(`${shards[0].name}/pagefind.js`, indexRoot).href) : null;
const OPTIONS = { excerptLength: 30 };
const bundle = (shard) => new URL(`${shard.name}/`, indexRoot).pathname;
// Engines start one after the other: they share the worker's WebAssembly, which the first one
// to start sets up, and two setting it up at once would leave one with the other's memory.
let starting = Promise.resolve();
function newEngine(shard) {
  const started = starting.then(async () => {
    const engine = pagefind.createInstance({ basePath: bundle(shard) });
    await engine.options(OPTIONS);
    await engine.init();
    await engine.search("");  // answered (with nothing) once its WebAssembly is set up
    return engine;
  });
  starting = started.catch(() => {});
  return started;
}
// By relevance: one engine per order of shards asked (all of them, or a year's), with the first
// `merged` of them in it.
const rankings = new Map();
async function ranking(order, count) {
  const key = order.map((shard) => shard.name).join(" ");
  if (!rankings.has(key)) rankings.set(key, { engine: newEngine(order[0]), merged: 1, merging: Promise.resolve() });
  const held = rankings.get(key);
  const engine = await held.engine;
  held.merging = held.merging.then(async () => {
    for (; held.merged < count; held.merged++) await engine.mergeIndex(bundle(order[held.merged]), OPTIONS);
  });
  await held.merging;
  return engine;
}
// By date: one engine per shard.
const singles = new Map();
function single(shard) {
  if (!singles.has(shard.name)) singles.set(shard.name, newEngine(shard));
  return singles.get(shard.name);
}
// The shards a step asks by relevance, from `from` on: as many as hold PAGES_PER_STEP pages, one at least.
function stepEnd(order, from) {
  let end = from, covered = 0;
  while (end < order.length && (end === from || covered < PAGES_PER_STEP)) covered += order[end++].pages;
  return end;
}
if (shards.length) await ranking(shards, 1);  // the newest years' engine, loaded while the reader types
const yearOf = (month) => month.slice(0, 4);
const holds = (shard, year) => !year || (yearOf(shard.from) <= year && year <= yearOf(shard.to));

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// A text fragment (#:~:text=…) for the excerpt's best run of matched words, so the browser
// scrolls to that paragraph and marks it; where it finds no such text it keeps to the anchor.
// Words of the section's heading are left to the anchor: the table of contents repeats them,
// and a fragment matches the first place its text is found.
function textFragment(excerpt, title) {
  const holder = document.createElement("div");
  holder.innerHTML = excerpt;  // Pagefind escapes the text and adds only <mark>
  const heading = (title || "").toLowerCase();
  const words = [];  // [word, marked]
  for (const node of holder.childNodes) {
    const marked = node.nodeName === "MARK";
    for (const word of node.textContent.split(/\s+/).filter(Boolean)) words.push([word, marked]);
  }
  const WINDOW = 4;
  let best = -1, bestScore = 0;
  words.forEach(([, marked], at) => {
    if (!marked) return;
    const phrase = words.slice(at, at + WINDOW).map(([w]) => w).join(" ");
    if (heading.includes(phrase.toLowerCase())) return;
    const score = words.slice(at, at + WINDOW).filter(([, m]) => m).length;
    if (score > bestScore) [best, bestScore] = [at, score];
  });
  if (best < 0) return "";
  const phrase = words.slice(best, best + WINDOW).map(([w]) => w).join(" ");
  return `:~:text=${encodeURIComponent(phrase).replace(/-/g, "%2D")}`;
}

function longDate(iso) {
  const date = iso && new Date(`${iso}T12:00:00`);
  return date && !isNaN(date) ? date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }) : iso;
}

function resultItem(data) {
  // The best-matching section of the record: a minute's heading anchor, when there is one.
  const section = (data.sub_results || []).find((s) => s.url.includes("#")) || data;
  const item = element("li");
  const heading = element("h2");
  const link = element("a", data.meta.title || data.url);
  const [page, anchor = ""] = section.url.split("#");
  link.href = `${page}#${anchor}${textFragment(section.excerpt || "", section.title)}`;
  heading.appendChild(link);
  item.appendChild(heading);
  const where = [data.meta.kind, data.meta.committee, longDate(data.meta.date)].filter(Boolean).join(" · ");
  item.appendChild(element("p", where + (section !== data && section.title ? ` — ${section.title}` : ""), "result-meta"));
  const excerpt = element("p");
  excerpt.innerHTML = section.excerpt || data.excerpt;  // Pagefind escapes the text and adds only <mark>
  item.appendChild(excerpt);
  return item;
}

function chosenFilters() {
  const chosen = {};
  for (const select of selects) if (select.value) chosen[select.dataset.filter] = select.value;
  return chosen;
}

// The address holds what is asked, and only that: a bookmark or a shared link asks it again.
function remember(query) {
  const url = new URL(location.href);
  for (const name of PARAMS) url.searchParams.delete(name);
  if (query) url.searchParams.set("q", query);
  for (const select of [...selects, sortSelect]) if (select.value) url.searchParams.set(select.name, select.value);
  history.replaceState(null, "", url);
}

function describe(count, query, asked) {
  const chosen = selects.filter((s) => s.value).map((s) => s.selectedOptions[0].textContent);
  const what = [query ? `“${query}”` : "", ...chosen].filter(Boolean).join(", ");
  // Not every shard asked yet: say which years the count is of.
  const years = [...new Set(asked.flatMap((s) => [yearOf(s.from), yearOf(s.to)]))].sort();
  const span = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years[0];
  const within = search.next < search.order.length && span ? ` in ${span} (More results looks further)` : "";
  return `${count} result${count === 1 ? "" : "s"}${what ? ` for ${what}` : ""}${within}`;
}

let latest = 0;
let all = [];
// The query being answered: its shards in the order asked, and how far it has got.
let search = { order: [], next: 0, options: {}, query: "", sort: "" };

// Ask further shards for results beyond the first `kept` ones, which are on screen and keep their
// places. By relevance, one step of shards more (unless there are `wanted` results already), the
// results of all shards asked ranked together by Pagefind's scores, and shown once ranked, so that
// the first result shown is the best one. By date, shard after shard while there are fewer than
// `wanted`: their results simply follow each other, and the first few go on screen as soon as they come.
async function searchFurther(wanted, kept, ticket) {
  if (!search.sort) {
    if (search.next >= search.order.length || (kept && all.length >= wanted)) return true;
    const end = stepEnd(search.order, search.next);
    const found = await (await ranking(search.order, end)).search(search.query || null, search.options);
    if (ticket !== latest) return false;
    search.next = end;
    const shown = new Set(all.slice(0, kept).map((result) => result.id));
    all = [...all.slice(0, kept), ...found.results.filter((result) => !shown.has(result.id))];
    return true;
  }
  let early = kept > 0;
  while (search.next < search.order.length && all.length < wanted) {
    const found = await (await single(search.order[search.next++])).search(search.query || null, search.options);
    if (ticket !== latest) return false;
    all = [...all, ...found.results];
    if (!early && all.length) {
      early = true;
      await show(all.slice(0, FIRST_BATCH), search.query, ticket);
    }
  }
  return ticket === latest;
}

// Show results: the first few as soon as their excerpts arrive, then the rest of the first page.
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
  const filters = chosenFilters();
  remember(query);
  more.hidden = true;
  all = [];
  if (!query && !Object.keys(filters).length) {
    list.replaceChildren();
    delete list.dataset.query;
    status.textContent = "";
    return;
  }
  // Without words there is no relevance: newest first, unless oldest first is asked for.
  const sort = sortSelect.value || (query ? "" : "desc");
  const options = { filters };
  if (sort) options.sort = { date: sort };
  const order = (sort === "asc" ? [...shards].reverse() : shards).filter((shard) => holds(shard, filters.year));
  search = { order, next: 0, options, query, sort };
  if (!await searchFurther(PAGE_SIZE, 0, ticket)) return;
  await show(all, query, ticket);
  if (ticket !== latest) return;
  settle(query);
}

// The count so far, and whether there is more to show or to ask for.
function settle(query) {
  status.textContent = describe(all.length, query, search.order.slice(0, search.next));
  more.hidden = list.children.length >= all.length && search.next >= search.order.length;
}

more.addEventListener("click", async () => {
  const shown = list.children.length;
  const ticket = latest;
  if (!await searchFurther(shown + PAGE_SIZE, shown, ticket)) return;
  const items = await Promise.all(all.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
  if (ticket !== latest) return;
  list.append(...items.map(resultItem));
  if (items.length) list.children[shown].querySelector("a").focus();  // keyboard users land on the first new result
  settle(search.query);
});

// Without words there is nothing to match: the order left to the search (its first option) is then
// newest first, and says so; "Best match" is offered once there are words.
const newestFirst = sortSelect.querySelector('option[value="desc"]');
function labelOrder() {
  const words = Boolean(input.value.trim());
  sortSelect.options[0].textContent = words ? "Best match" : "Newest first";
  newestFirst.hidden = !words && sortSelect.value !== "desc";
}

// While the reader types, fetch the index chunks for the words so far, so that the
// search itself, a moment after the last keystroke, finds them loaded.
let timer;
function schedule() {
  labelOrder();
  const words = input.value.trim();
  const filters = chosenFilters();
  const order = shards.filter((shard) => holds(shard, filters.year));
  if (words && order.length) {
    const asked = sortSelect.value ? single(order[0]) : ranking(order, stepEnd(order, 0));
    asked.then((engine) => engine.preload(words, { filters }));
  }
  clearTimeout(timer);
  timer = setTimeout(run, 200);
}
form.addEventListener("submit", (event) => { event.preventDefault(); clearTimeout(timer); run(); });
input.addEventListener("input", schedule);
for (const select of [...selects, sortSelect]) select.addEventListener("change", run);

// What the address asks for (a reload, a shared link, the header's search box).
const asked = new URL(location.href).searchParams;
input.value = asked.get("q") || "";
for (const select of [...selects, sortSelect]) {
  const value = asked.get(select.name);
  if (value && [...select.options].some((option) => option.value === value)) select.value = value;
}
labelOrder();
sortSelect.addEventListener("change", labelOrder);
if (input.value.trim() || selects.some((select) => select.value)) run();
root.dataset.ready = "true";
