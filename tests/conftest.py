"""Shared test set-up: the repo's scripts/ on the path, and where ../shared is."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT / "scripts"))


def pytest_collection_modifyitems(config, items):
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason="../shared (seeds, corpus, labels) is not present")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def sample_pdfs() -> list[Path]:
    return sorted((SAMPLES / "pdf").glob("*.pdf"))


@pytest.fixture(autouse=True, scope="session")
def own_caches(tmp_path_factory):
    """Tests keep their caches (recognised scans) to themselves, never in the user's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield
