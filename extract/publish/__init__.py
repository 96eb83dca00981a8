"""Stage 5, publish: records' frontmatter → derived pages, feeds and data, then MkDocs, then search.

The officer's docs folder is never written to: it is copied (hard-linked where
the file system allows) into a staging folder, the generated pages are added
there, and MkDocs builds from the stage with a generated config.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml

from extract.archive import STATE_DIR, Archive, Catalogue, Settings, load_document
from extract.publish.data import data_files
from extract.publish.feeds import feed_files
from extract.publish.derived import derived_pages
from extract.publish.pages import SiteContext, record_page_meta
from extract.publish.pdfs import link_or_copy, publish_pdfs
from extract.publish.search import index_site
from extract.publication import public_body

STAGE = Path("build/docs")


def stage_docs(docs: Path, stage: Path = STAGE) -> Path:
    """Copy the archive into a staging folder, where the generated pages are added."""
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(docs, stage, copy_function=link_or_copy)
    return stage


def slim_records(docs: Path, stage: Path, catalogue: Catalogue) -> None:
    """Replace the staged copy of each record with its publishable body under the minimal frontmatter
    the page template needs (``record_page_meta``).

    MkDocs parses every page's frontmatter with a pure-Python YAML loader and keeps it in
    memory; with the whole record's data that was most of a 10,000-meeting build.
    """
    for meeting in catalogue.meetings:
        for doc in meeting.documents:
            text = (docs / doc.path).read_text(encoding="utf-8")
            body = public_body(doc.record, text[4:].split("\n---\n", 1)[1] if text.startswith("---\n") else text)
            meta = "".join(f"{key}: {json.dumps(value)}\n" for key, value in record_page_meta(meeting, doc).items())
            write_generated(stage, {doc.path: f"---\n{meta}---\n{body}"})


def write_generated(stage: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        target = stage / rel
        if target.exists():
            target.unlink()  # a hard link to the officer's file: replace, never write through it
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


_INDENTATION = re.compile(r"\n\s+")


def compact_html_file(path: Path) -> None:
    """Drop the theme's indentation: a third of a record page's template, none of its meaning."""
    text = path.read_text(encoding="utf-8")
    if "<pre" in text or "<textarea" in text:
        return  # whitespace is content there
    path.write_text(_INDENTATION.sub("\n", text), encoding="utf-8")


def compact_html(site: Path) -> None:
    pages = list(site.rglob("*.html"))
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        list(pool.map(compact_html_file, pages, chunksize=256))


def load_config(config: Path) -> dict:
    return yaml.safe_load(config.read_text(encoding="utf-8")) or {}


def add_site_pages(pages_dir: Path, stage: Path) -> None:
    """The project's own pages (home, search, about) wherever the archive being built has none."""
    if not pages_dir.is_dir():
        return
    for path in pages_dir.rglob("*"):
        target = stage / path.relative_to(pages_dir)
        if path.is_dir() or target.exists() or (path.suffix == ".md" and load_document(pages_dir, path)):
            continue  # a folder, the archive's own version, or a record of the project's docs
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)


def generate(docs: Path, stage: Path, config: Path, pdf_dir: Path | None) -> Catalogue:
    """Stage the docs and write every derived page, feed and data file into the stage.

    The archive is read under its shared lock, so an ingest running meanwhile is
    seen whole or not at all.
    """
    data = load_config(config)
    site_url = data.get("site_url") or ""
    settings = Settings.load(config.parent, data.get("extra"))
    with Archive(docs).reading() as archive:
        catalogue = archive.catalogue(settings)
        stage_docs(docs, stage)
        slim_records(docs, stage, catalogue)
    add_site_pages(config.parent / data.get("docs_dir", "docs"), stage)
    ctx = SiteContext.build(catalogue, publish_pdfs(catalogue, pdf_dir, stage))
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    write_generated(stage, derived_pages(ctx))
    write_generated(stage, feed_files(catalogue, site_url, stamp))
    write_generated(stage, data_files(ctx, site_url))
    return catalogue


def write_config(config: Path, data: dict, stage: Path, site: Path | None) -> Path:
    """The project's mkdocs.yml pointed at the stage; paths in it stay relative to the original.

    The config is written beside the stage and names it relatively: Zensical stops on an
    absolute ``docs_dir``.
    """
    data = dict(data, docs_dir=stage.name)
    theme = data.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        data["theme"] = dict(theme, custom_dir=str((config.parent / theme["custom_dir"]).resolve()))
    if site is not None:
        data["site_dir"] = os.path.relpath(site.resolve(), stage.parent.resolve())
    generated = stage.parent / "mkdocs.yml"
    generated.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return generated


def default_pdf_dir(docs: Path) -> Path | None:
    """Source PDFs kept in a ``pdf/`` folder beside the docs folder (``samples/docs`` → ``samples/pdf``)."""
    candidate = docs.resolve().parent / "pdf"
    return candidate if candidate.is_dir() else None


def _mkdocs(*args: str) -> int:
    # The end-of-life banner would bury the build's own messages.
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.call([sys.executable, "-m", "mkdocs", *args], env=env)


def build_site(docs: Path, site: Path, config: Path = Path("mkdocs.yml"), pdfs: Path | None = None,
               stage: Path = STAGE) -> int:
    catalogue = generate(docs, stage, config, pdfs or default_pdf_dir(docs))
    generated = write_config(config, load_config(config), stage, site)
    status = _mkdocs("build", "--strict", "-q", "-f", str(generated))
    if status == 0:
        compact_html(site)
        status = index_site(site, catalogue, docs)
    return status


# Seconds between looks for changed records or site configuration while serving.
WATCH_INTERVAL = 1.0


def _sources_fingerprint(docs: Path, config: Path) -> list[tuple[str, int]]:
    """What a rebuild depends on: every file of the archive and the site's configuration."""
    roots = [docs, config.parent / "overrides"]
    files = [p for root in roots if root.is_dir() for p in root.rglob("*")
             if p.is_file() and STATE_DIR not in p.parts]
    return sorted((str(p), p.stat().st_mtime_ns) for p in files + [config])


def _replace_dir(target: Path, fresh: Path) -> None:
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def serve_site(docs: Path, config: Path = Path("mkdocs.yml"), address: str = "127.0.0.1:8000",
               pdfs: Path | None = None, stage: Path = STAGE) -> int:
    """Build the whole site (search index included), serve exactly what would be published,
    and build it again whenever a record, a page or the configuration changes."""
    import functools
    import http.server
    import threading
    import time

    site = stage.parent / "site"
    status = build_site(docs, site, config, pdfs, stage)
    if status != 0:
        return status
    host, _, port = address.rpartition(":")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    with http.server.ThreadingHTTPServer((host or "127.0.0.1", int(port)), handler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        print(f"serving {site} at http://{address}/ (Ctrl-C to stop)", flush=True)
        seen = _sources_fingerprint(docs, config)
        try:
            while True:
                time.sleep(WATCH_INTERVAL)
                now = _sources_fingerprint(docs, config)
                if now != seen:
                    seen = now
                    print("change found: building again", flush=True)
                    fresh = site.with_name(site.name + ".next")
                    if build_site(docs, fresh, config, pdfs, stage) == 0:
                        _replace_dir(site, fresh)  # readers never see a half-built site
        except KeyboardInterrupt:
            server.shutdown()
    return 0
