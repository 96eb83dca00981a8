"""Rendering the way MkDocs would: what the renderer does to be quicker changes no byte of the site."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import markdown.extensions
from mkdocs.structure.pages import Page

import extract.publish.render as render
from extract.publish import build_site

sys.path.insert(0, str(Path(__file__).parent))
from site_archive import write_archive, write_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


class NoExtension(markdown.extensions.Extension):
    def extendMarkdown(self, md) -> None:
        pass


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
    # and one Markdown converter kept for every page, reset between them, converts each as a new one would
    # (the generated pages are HTML already: taken as they are either way)
    monkeypatch.setattr(render, "_convert", lambda run, page, config, files: render.take_html(page)
                        if render.is_html(page) else Page.render(page, config, files))
    assert kept == build("mkdocs")  # with MkDocs' own link step too (render._TargetsFoundOnce)
    # and Python-Markdown's own block tests and tree steps (extract.publish.blocks, extract.publish.treesteps)
    monkeypatch.setattr(render, "QuickerBlockTests", NoExtension)
    monkeypatch.setattr(render, "QuickerTreeSteps", NoExtension)
    assert kept == build("markdown")
    depths = {dest.count("/") for dest in kept if dest.endswith(".html")}
    assert len(depths) >= 3  # pages at several depths, whose links to the navigation differ


def test_the_costliest_pages_are_tasks_of_their_own_and_every_page_is_in_one_task():
    weights = {"resolutions/2001.md": 1_200_000, "resolutions/2000.md": 1_150_000}
    weights |= {f"c/{n}/minutes.md": 40_000 + render.PAGE_WEIGHT for n in range(300)}
    todo = sorted(weights, key=weights.__getitem__, reverse=True)
    tasks = render._chunks(todo, weights, cores=2)
    assert tasks[0] == ["resolutions/2001.md"] and tasks[1] == ["resolutions/2000.md"]
    assert all(len(task) <= render.CHUNK for task in tasks)
    assert [uri for task in tasks for uri in task] == todo
    assert len(render._chunks(todo[-12:], weights, cores=2)) >= 4  # a few pages still go to every core


def test_a_build_leaves_nothing_held_from_the_garbage_collector(tmp_path, monkeypatch):
    """What a build holds is kept from the collector while it runs, and given back when it ends:
    ``serve`` builds again and again in one process, and must not keep every build's records."""
    frozen = []
    render_site = render.render_site
    monkeypatch.setattr(render, "render_site", lambda *args: frozen.append(gc.get_freeze_count()) or
                        render_site(*args))
    write_archive(tmp_path / "docs")
    assert build_site(tmp_path / "docs", tmp_path / "site", config=ROOT / "mkdocs.yml",
                      stage=tmp_path / "build" / "docs") == 0
    assert frozen and frozen[0] > 0  # the records and what was derived from them, while the site is rendered
    assert gc.get_freeze_count() == 0


def test_reading_a_cache_leaves_the_garbage_collector_as_it_was(tmp_path):
    from extract.publish.stage import load_cache, save_cache

    save_cache(tmp_path / "part.pickle", {"a": [1, 2]})
    assert load_cache(tmp_path / "part.pickle", None) == {"a": [1, 2]} and gc.isenabled()
    gc.disable()
    try:
        assert load_cache(tmp_path / "part.pickle", None) == {"a": [1, 2]} and not gc.isenabled()
    finally:
        gc.enable()
    assert load_cache(tmp_path / "lost.pickle", "cold") == "cold" and gc.isenabled()
