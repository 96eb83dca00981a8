"""The search index: Pagefind over the built site, record bodies only, split by years.

Why Pagefind and not Material's built-in search, and why split: see
docs/about/search.md. Only record pages carry ``data-pagefind-body``
(overrides/main.html), with committee, year and kind as filters and the
meeting date for sorting.

Pagefind holds a whole index in memory while it builds (about 40 bytes per
byte of Markdown, measured), so the archive is indexed in shards of
consecutive years, each at most ``SHARD_BYTES`` of Markdown, one Pagefind run
each. The search page merges the shards in the browser (``mergeIndex``); a
query still fetches only the index chunks for its words from each shard.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from extract.archive import Catalogue

INDEX_FOLDER = "pagefind"
SHARDS_FILE = "shards.json"
SHARD_BYTES = 60_000_000


def year_of(date: str | None) -> str:
    return date[:4] if date else "undated"


def plan_shards(catalogue: Catalogue, docs: Path, budget: int = SHARD_BYTES) -> list[list[str]]:
    """Consecutive years packed into shards of at most ``budget`` bytes of records (a bigger year stands alone)."""
    sizes: dict[str, int] = {}
    for doc in catalogue.documents:
        year = year_of(doc.record.date)
        sizes[year] = sizes.get(year, 0) + (docs / doc.path).stat().st_size
    shards: list[list[str]] = []
    filled = budget
    for year in sorted(sizes):
        if filled + sizes[year] > budget:
            shards.append([])
            filled = 0
        shards[-1].append(year)
        filled += sizes[year]
    return shards


def shard_glob(years: list[str]) -> str:
    """Record pages of these years: ``<committee>/<yyyy>-mm-dd/<record>/index.html`` (or ``undated``)."""
    folders = [year if year == "undated" else f"{year}-*" for year in years]
    either = folders[0] if len(folders) == 1 else "{" + ",".join(folders) + "}"
    return f"*/{either}/*/index.html"


def shard_name(years: list[str]) -> str:
    return years[0] if len(years) == 1 else f"{years[0]}-{years[-1]}"


def index_site(site: Path, catalogue: Catalogue, docs: Path) -> int:
    shards = plan_shards(catalogue, docs)
    for years in shards:
        status = subprocess.call([sys.executable, "-m", "pagefind", "--site", str(site),
                                  "--glob", shard_glob(years),
                                  "--output-subdir", f"{INDEX_FOLDER}/{shard_name(years)}",
                                  "--exclude-selectors", ".headerlink", "--quiet"])
        if status:
            return status
    listing = site / INDEX_FOLDER / SHARDS_FILE
    listing.parent.mkdir(parents=True, exist_ok=True)
    listing.write_text(json.dumps([shard_name(years) for years in shards]), encoding="utf-8")
    return 0
