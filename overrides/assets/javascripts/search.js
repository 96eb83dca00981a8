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
const PAGES_PER_STEP = 3000;
const PARAMS = ["q", ...selects.map((select) => select.name), sortSelect.name];

// The index is split into shards of consecutive dates (extract/publish/search.py), listed
// oldest first with the months each holds. A query asks the shards in the order the results
// are wanted (newest first, unless oldest first is asked for), each with a Pagefind of its own
// loaded when first asked, and stops once it has a page of results: what a query costs does not
// grow with the archive. "More results" asks further shards; a year filter asks only its own.
const indexRoot = new URL("../../pagefind/", import.meta.url);
const shards = (await (await fetch(new URL("shards.json", indexRoot))).json()).reverse();
const engines = new Map();
function engine(shard) {
  if (!engines.has(shard.name)) {
    engines.set(shard.name, (async () => {
      const loaded = await import(new URL(`${shard.name}/pagefind.js`, indexRoot).href);
      await loaded.options({ excerptLength: 30 });
      await loaded.init();
      return loaded;
    })());
  }
  return engines.get(shard.name);
}
if (shards.length) await engine(shards[0]);  // the newest years' engine, loaded while the reader types
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

// Ask further shards until this step has covered its share of pages or no shard is left (and, for
// "More results", only while there are fewer than `wanted` results). The first `kept`
// results are on screen and keep their places. By date, a new query's first few go on screen
// as soon as they come (later shards only add after them); by relevance, once the step's shards
// have all answered, so that the first result shown is the best one.
async function searchFurther(wanted, kept, ticket) {
  let early = kept > 0 || !search.sort;
  let covered = 0;
  while (search.next < search.order.length && covered < PAGES_PER_STEP && (all.length < wanted || !kept)) {
    const shard = search.order[search.next++];
    covered += shard.pages;
    const found = await (await engine(shard)).search(search.query || null, search.options);
    if (ticket !== latest) return false;
    // Shards hold consecutive dates: by date their results simply follow each other; by
    // relevance, Pagefind's scores order what is not on screen yet.
    const waiting = [...all.slice(kept), ...found.results];
    if (!search.sort) waiting.sort((a, b) => b.score - a.score);
    all = [...all.slice(0, kept), ...waiting];
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

// While the reader types, fetch the index chunks for the words so far, so that the
// search itself, a moment after the last keystroke, finds them loaded.
let timer;
function schedule() {
  const words = input.value.trim();
  const year = chosenFilters().year;
  const first = shards.find((shard) => holds(shard, year));
  if (words && first) engine(first).then((loaded) => loaded.preload(words, { filters: chosenFilters() }));
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
if (input.value.trim() || selects.some((select) => select.value)) run();
root.dataset.ready = "true";
