"""The search index: Pagefind over the built site, record bodies only.

Why Pagefind and not Material's built-in search: see docs/about/search.md.
Only record pages carry ``data-pagefind-body`` (overrides/main.html), with
committee, year and kind as filters and the meeting date for sorting.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

INDEX_FOLDER = "pagefind"


def index_site(site: Path) -> int:
    return subprocess.call([sys.executable, "-m", "pagefind", "--site", str(site),
                            "--output-subdir", INDEX_FOLDER,
                            "--exclude-selectors", ".headerlink", "--quiet"])
