"""Rendering the way MkDocs would: what the renderer does to be quicker changes no byte of the site."""

from __future__ import annotations

import sys
from pathlib import Path

import extract.publish.render as render
from extract.publish import build_site

sys.path.insert(0, str(Path(__file__).parent))
from site_archive import write_archive, write_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_navigation_rendered_once_per_place_is_what_the_theme_renders_on_each_page(tmp_path, monkeypatch):
    """Pages outside the navigation at every depth (records, meeting, person and item pages) and the
    navigation's own pages show the navigation as Material renders it for that very page."""
    write_archive(tmp_path / "docs")
    write_pdf(tmp_path / "pdf")

    def build(name: str) -> dict[str, bytes]:
        assert build_site(tmp_path / "docs", tmp_path / name, config=ROOT / "mkdocs.yml", pdfs=tmp_path / "pdf",
                          stage=tmp_path / f"{name}-build" / "docs") == 0
        return tree(tmp_path / name)

    kept = build("kept")
    monkeypatch.setattr(render, "_nav_rendered_once_per_place", lambda *args: None)
    assert kept == build("theme")
    depths = {dest.count("/") for dest in kept if dest.endswith(".html")}
    assert len(depths) >= 3  # pages at several depths, whose links to the navigation differ
