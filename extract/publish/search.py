"""The search index: Pagefind over the record pages, in shards by date, each rebuilt only when its pages change.

Why Pagefind and not Material's built-in search, and why shards: see
docs/about/search.md. Only record pages carry ``data-pagefind-body``
(overrides/main.html), with committee, year and kind as filters and the
meeting date for sorting.

Pagefind holds a whole index in memory while it builds it (about 40 bytes per
byte of Markdown, measured), so the records are indexed in shards of at most
``SHARD_BYTES`` of Markdown: a year each, or a year's months packed to the
budget when the year is bigger. A shard's bounds depend only on its own year,
so publishing a meeting changes the shards of its year and no other. Each shard
is indexed by its own Pagefind run (as many at once as there are cores), over a
folder of hard links to its pages, and only when one of its pages was rendered
differently since its last run; its output is then made deterministic
(:mod:`extract.publish.pagefind_output`).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from extract.publish.pagefind_output import ENTRY, make_deterministic
from extract.publish.stage import code_version, link_or_copy, load_cache, save_cache, site_cache
from extract.workers import module_ending_with_this_process

if TYPE_CHECKING:
    from extract.publish.render import Rendered

INDEX_FOLDER = "pagefind"
SHARDS_FILE = "shards.json"
# Pagefind indexes a shard in one process, in time proportional to its pages: publishing a meeting waits for
# its shard (about 3 s at this size), and a query pays for every shard it asks (search.js, PAGES_PER_STEP).
SHARD_BYTES = 8_000_000
PAGEFIND_OPTIONS = ("--exclude-selectors", ".headerlink", "--quiet")
# Pagefind's ready-made interfaces: the search page uses its API (pagefind.js) only.
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


@dataclass
class Shard:
    name: str
    pages: list[str]  # record pages' sources, relative to the docs folder
    months: list[str]  # YYYY-MM (or "undated") of its records, oldest first

    def listing(self) -> dict:
        """What the search page knows of the shard before asking it (``shards.json``)."""
        return {"name": self.name, "from": self.months[0], "to": self.months[-1], "pages": len(self.pages)}


def year_of(date: str | None) -> str:
    return date[:4] if date else "undated"


def plan_shards(records: Iterable[tuple[str, str | None, int]], budget: int = SHARD_BYTES) -> list[Shard]:
    """Records (source path, date, bytes of Markdown) → shards, oldest first.

    A year is one shard, or, when its records are more than ``budget`` bytes, runs of
    its months packed to the budget (a month bigger than that stands alone).
    """
    years: dict[str, dict[str, list]] = {}
    for path, date, size in records:
        month = date[:7] if date else "undated"
        pages, total = years.setdefault(year_of(date), {}).setdefault(month, [[], 0])
        pages.append(path)
        years[year_of(date)][month][1] = total + size
    shards = []
    for year, months in sorted(years.items()):
        if sum(size for _, size in months.values()) <= budget:
            shards.append(Shard(year, sorted(p for pages, _ in months.values() for p in pages), sorted(months)))
            continue
        run: list[str] = []
        filled = 0
        for month, (pages, size) in sorted(months.items()):
            if run and filled + size > budget:
                shards.append(_months_shard(run, months))
                run, filled = [], 0
            run.append(month)
            filled += size
        shards.append(_months_shard(run, months))
    return shards


def _months_shard(run: list[str], months: dict[str, list]) -> Shard:
    name = run[0] if len(run) == 1 else f"{run[0]}_{run[-1]}"
    return Shard(name, sorted(p for month in run for p in months[month][0]), run)


def _shard_key(shard: Shard, rendered: dict[str, Rendered]) -> str:
    pages = sorted((rendered[p].dest, rendered[p].key) for p in shard.pages if p in rendered)
    return hashlib.sha256(repr((code_version(), PAGEFIND_OPTIONS, pages)).encode()).hexdigest()[:32]


def _intact(bundle: Path, entry: dict) -> bool:
    try:
        st = (bundle / ENTRY).stat()
    except OSError:
        return False
    return [st.st_size, st.st_mtime_ns] == entry["entry"]


def index_site(site: Path, shards: list[Shard], rendered: dict[str, Rendered], cache: Path) -> int:
    """Index the shards whose pages changed; write the list of shards the search page reads."""
    root = site / INDEX_FOLDER
    state = site_cache(cache, site, "search") / "shards.pickle"
    previous = load_cache(state, {})
    indexed: dict[str, dict] = {}
    todo = []
    for shard in shards:
        key = _shard_key(shard, rendered)
        entry = previous.get(shard.name)
        if entry and entry["key"] == key and _intact(root / shard.name, entry):
            indexed[shard.name] = entry
        else:
            todo.append((shard, key))
    status = 0
    running: list[tuple[subprocess.Popen, Shard, str, Path]] = []
    while todo or running:
        while todo and len(running) < (os.cpu_count() or 1):
            shard, key = todo.pop(0)
            running.append(_start(site, shard, rendered, cache, root) + (key,))
        process, shard, out, key = running.pop(0)
        if process.wait() != 0:
            status = status or process.returncode
            shutil.rmtree(out, ignore_errors=True)
            continue
        make_deterministic(out)
        for name in UNUSED:
            (out / name).unlink(missing_ok=True)
        bundle = root / shard.name
        shutil.rmtree(bundle, ignore_errors=True)
        out.rename(bundle)
        shutil.rmtree(cache / "search" / shard.name, ignore_errors=True)
        st = (bundle / ENTRY).stat()
        indexed[shard.name] = {"key": key, "entry": [st.st_size, st.st_mtime_ns]}
    planned = {shard.name for shard in shards}
    if root.is_dir():
        for old in root.iterdir():
            if old.is_dir() and old.name not in planned:
                shutil.rmtree(old)  # a shard no longer planned, or a run that did not finish
    save_cache(state, indexed)
    listing = root / SHARDS_FILE
    listing.parent.mkdir(parents=True, exist_ok=True)
    listing.write_text(json.dumps([shard.listing() for shard in shards]), encoding="utf-8")
    return status


def _start(site: Path, shard: Shard, rendered: dict[str, Rendered], cache: Path,
           root: Path) -> tuple[subprocess.Popen, Shard, Path]:
    """One Pagefind run over a folder holding (hard links to) just this shard's pages, at their site paths."""
    pages = cache / "search" / shard.name
    shutil.rmtree(pages, ignore_errors=True)
    for source in shard.pages:
        if source in rendered and (site / rendered[source].dest).exists():
            target = pages / rendered[source].dest
            target.parent.mkdir(parents=True, exist_ok=True)
            link_or_copy(site / rendered[source].dest, target)
    out = root / f".{shard.name}.new"
    shutil.rmtree(out, ignore_errors=True)
    process = subprocess.Popen([*module_ending_with_this_process("pagefind"), "--site", str(pages),
                                "--output-path", str(out.resolve()), *PAGEFIND_OPTIONS])
    return process, shard, out
