"""Stage 5, publish: records' frontmatter → derived pages, feeds and data, then MkDocs, then search.

The officer's docs folder is never written to: it is mirrored (hard-linked where the
file system allows) into a staging folder, the generated pages are added there, and
MkDocs' machinery renders the site from the stage with a generated config.

Every build is incremental and every step keeps what did not change: records are
parsed again only when their file changed, stage files are written only when their
content would change (:mod:`extract.publish.stage`), pages are rendered only when
something they are made of changed (:mod:`extract.publish.render`), and a search
shard is indexed only when one of its pages changed (:mod:`extract.publish.search`).
What makes that possible is kept in ``build/cache`` beside the stage, keyed by
content and by the code's and packages' versions: deleting it only makes the next
build cold, and a cold build writes the same bytes.
"""

from __future__ import annotations

import errno
import functools
import gc
import http.server
import json
import os
import shutil
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from extract.archive import (PEOPLE_FILE, SETTINGS_FILE, STATE_DIR, Archive, Catalogue, RecordsInvalid, Settings,
                             SettingsInvalid, build_catalogue, load_document)
from extract.publication import public_body
from extract.publish.data import data_files
from extract.publish.derived import Ingredients, feed_groups, page_groups
from extract.publish.pages import SiteContext, record_page_meta
from extract.publish.pdfs import PdfCheck, publish_pdfs
from extract.publish.search import index_site, plan_shards
from extract.publish.stage import CACHE_FOLDER, RecordCache, Stage, collector_paused, held_for_the_build, scan
from extract.publish.summary import BuildSummary

STAGE = Path("build/docs")
# Caches kept whole in one file before they were kept in parts (stage.ShardedCache): removed on sight.
LEGACY_CACHES = ("records.pickle", "stage.pickle", "data.pickle")

def cache_folder(stage: Path) -> Path:
    """Where a build keeps what lets the next one skip work: beside its stage (``build/cache``)."""
    return stage.parent / CACHE_FOLDER


@dataclass
class Staged:
    """What a build put in its stage: the records, each staged file's key, and the source PDFs."""

    catalogue: Catalogue
    keys: dict[str, str]
    sizes: dict[str, int]  # each record's staged size in bytes, by path
    published: int = 0  # source PDFs published
    pdfs: PdfCheck = field(default_factory=PdfCheck)  # those that were not, and why
    unsure_people: list[str] = field(default_factory=list)  # names kept apart that may be one person


def _record_copy(docs: Path, rel: str, record, meta: str, target: Path) -> None:
    text = (docs / rel).read_text(encoding="utf-8")
    body = public_body(record, text[4:].split("\n---\n", 1)[1] if text.startswith("---\n") else text)
    target.write_text(f"---\n{meta}---\n{body}", encoding="utf-8")


def stage_records(stage: Stage, docs: Path, catalogue: Catalogue, files: dict[str, os.stat_result]) -> None:
    """Each record's publishable body under the minimal frontmatter the page template needs
    (``record_page_meta``), rewritten only when its file or that frontmatter changed.

    MkDocs parses every page's frontmatter with a pure-Python YAML loader and keeps it in
    memory; with the whole record's data that was most of a 10,000-meeting build.
    """
    for meeting in catalogue.meetings:
        for doc in meeting.documents:
            meta = "".join(f"{key}: {json.dumps(value)}\n" for key, value in record_page_meta(meeting, doc).items())
            st = files[doc.path]
            key = f"r{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{meta}"
            stage.plan(doc.path, key, lambda target, doc=doc, meta=meta: _record_copy(docs, doc.path, doc.record,
                                                                                     meta, target))


def load_config(config: Path) -> dict:
    return yaml.safe_load(config.read_text(encoding="utf-8")) or {}


def stage_site_pages(stage: Stage, pages_dir: Path) -> None:
    """The project's own pages (home, search, about) wherever the archive being built has none."""
    if not pages_dir.is_dir():
        return
    for path in sorted(pages_dir.rglob("*")):
        rel = path.relative_to(pages_dir).as_posix()
        if path.is_dir() or rel in stage.keys or (path.suffix == ".md" and load_document(pages_dir, path)):
            continue  # a folder, the archive's own version, or a record of the project's docs
        stage.put_file(rel, path)


@collector_paused()  # what it reads and derives is kept for the whole build
def generate(docs: Path, stage_dir: Path, config: Path, pdf_dir: Path | None) -> Staged:
    """Bring the stage in step with the archive: records, their files, PDFs, every derived page, feed and data file.

    The archive is read under its shared lock, so an ingest running meanwhile is
    seen whole or not at all.
    """
    data = load_config(config)
    site_url = data.get("site_url") or ""
    settings = Settings.load(config.parent, data.get("extra"))
    cache = cache_folder(stage_dir)
    for legacy in LEGACY_CACHES:
        (cache / legacy).unlink(missing_ok=True)
    with Archive(docs).reading() as archive:
        stage = Stage(stage_dir, cache / "stage")
        files = scan(archive.docs) if archive.docs.is_dir() else {}
        documents, problems, _ = RecordCache(cache / "records").read(archive.docs, files)
        if problems:
            raise RecordsInvalid(problems)
        catalogue = build_catalogue(documents, settings)
        records = {doc.path for doc in documents}
        for rel in sorted(files):
            if rel not in records:
                stage.put_file(rel, archive.docs / rel)
        stage_records(stage, archive.docs, catalogue, files)
        stage.write_planned()  # records are read while the lock holds
    stage_site_pages(stage, config.parent / data.get("docs_dir", "docs"))
    check = PdfCheck()
    ctx = SiteContext.build(catalogue, publish_pdfs(catalogue, pdf_dir, stage, cache, check))
    held_for_the_build()
    made = Ingredients(ctx, {doc.path: stage.keys.get(doc.path) for doc in documents})
    stage.put_generated([*page_groups(ctx, made), *feed_groups(ctx, site_url, made),
                         functools.partial(data_files, ctx, site_url, cache / "data", made.meeting_data)])
    stage.finish()
    sizes = {doc.path: files[doc.path].st_size for doc in documents}
    return Staged(catalogue, dict(stage.keys), sizes, len(ctx.pdfs), check, [str(u) for u in ctx.people.unsure])


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
    text = yaml.safe_dump(data, sort_keys=False)
    if not generated.is_file() or generated.read_text(encoding="utf-8") != text:
        generated.write_text(text, encoding="utf-8")
    return generated


def default_pdf_dir(docs: Path) -> Path | None:
    """Source PDFs kept in a ``pdf/`` folder beside the docs folder (``samples/docs`` → ``samples/pdf``)."""
    candidate = docs.resolve().parent / "pdf"
    return candidate if candidate.is_dir() else None


def build_site(docs: Path, site: Path, config: Path = Path("mkdocs.yml"), pdfs: Path | None = None,
               stage: Path = STAGE, strict: bool = False) -> int:
    """Build the site; end with a summary of what was published and what was not.

    ``strict``: what would make the site wrong to publish as it is (a source PDF missing
    or not its records', open review items, no ``site_url``) fails the build.
    """
    try:
        return _build_site(docs, site, config, pdfs, stage, strict)
    finally:
        gc.unfreeze()  # what the build held (stage.held_for_the_build) is collected as usual again


def _build_site(docs: Path, site: Path, config: Path, pdfs: Path | None, stage: Path, strict: bool) -> int:
    pdf_dir = pdfs or default_pdf_dir(docs)
    # MkDocs is imported once the archive has been read: a build waiting for an ingest says so at once.
    staged = generate(docs, stage, config, pdf_dir)
    from extract.publish.render import render_site

    data = load_config(config)
    generated = write_config(config, data, stage, site)
    status, rendered, pages = render_site(generated, staged.keys, cache_folder(stage))
    if status == 0:
        records = [(doc.path, doc.record.date, staged.sizes[doc.path]) for doc in staged.catalogue.documents]
        status = index_site(site, plan_shards(records), rendered, cache_folder(stage))
    if status != 0:
        return status
    summary = BuildSummary(site, config, staged.catalogue, pdf_dir, staged.pdfs, staged.published,
                           data.get("site_url") or "", pages, staged.unsure_people)
    print(summary.done(), flush=True)
    problems = summary.problems()
    for line in summary.notes() + problems:
        print(f"{'error' if strict and line in problems else 'warning'}: {line}", file=sys.stderr, flush=True)
    if strict and problems:
        print(f"error: --strict: the site in {site} is not fit to publish as it is "
              f"({len(problems)} problem{'s' if len(problems) != 1 else ''} above)", file=sys.stderr)
        return 1
    return 0


# Seconds between looks for changed records or site configuration while serving.
WATCH_INTERVAL = 1.0


def _sources_fingerprint(docs: Path, config: Path) -> list[tuple[str, int]]:
    """What a rebuild depends on: every file of the archive, the site's configuration, and the
    officer's settings beside it (committee-archive.yml, people.yml).

    An ingest may be writing meanwhile: its temporary files are in the archive's state, which is
    not a source, and a file gone between listing and looking at it is simply not there.
    """
    roots = [docs, config.parent / "overrides"]
    settings = [config.parent / SETTINGS_FILE, config.parent / PEOPLE_FILE]
    found = []
    for path in [p for root in roots if root.is_dir() for p in root.rglob("*")] + settings + [config]:
        if STATE_DIR in path.parts:
            continue
        try:
            if path.is_file():
                found.append((str(path), path.stat().st_mtime_ns))
        except FileNotFoundError:
            continue
    return sorted(found)


def _swap_dirs(site: Path, fresh: Path) -> None:
    """Put the fresh build where the served one was, keeping the other folder for the next build
    (which then renders only what changed since it was built)."""
    spare = site.with_name(site.name + ".old")
    shutil.rmtree(spare, ignore_errors=True)
    site.rename(spare)
    fresh.rename(site)
    spare.rename(fresh)


class PreviewHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site: quietly (no line per request), and with the site's own 404 page."""

    def log_message(self, format: str, *args) -> None:
        pass  # a preview, not a server log: the build's messages stay readable

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


# Ports after a busy one that serve suggests instead.
PORTS_TO_SUGGEST = 20


def _free_port(host: str, busy: int) -> int | None:
    for port in range(busy + 1, min(busy + 1 + PORTS_TO_SUGGEST, 65536)):
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            try:
                probe.bind((host, port))
            except OSError:
                continue
            return port
    return None


def open_server(address: str, site: Path) -> http.server.ThreadingHTTPServer | str:
    """The preview server bound to ``address`` (HOST:PORT), or a one-line reason it cannot be."""
    host, _, port = address.rpartition(":")
    host = host or "127.0.0.1"
    handler = functools.partial(PreviewHandler, directory=str(site))
    try:
        return http.server.ThreadingHTTPServer((host, int(port)), handler)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            free = _free_port(host, int(port))
            instead = f": --dev-addr {host}:{free}" if free else ": give another with --dev-addr"
            return f"port {port} is in use{instead}"
        return f"cannot serve at {address}: {exc.strerror or exc}"


def serve_site(docs: Path, config: Path = Path("mkdocs.yml"), address: str = "127.0.0.1:8000",
               pdfs: Path | None = None, stage: Path = STAGE) -> int:
    """Build the whole site (search index included), serve exactly what would be published,
    and build it again whenever a record, a page or the configuration changes.

    The address is taken before building, so a busy port costs one line, not a build.
    """
    site = stage.parent / "site"
    server = open_server(address, site)
    if isinstance(server, str):
        print(f"error: {server}", file=sys.stderr)
        return 1
    with server:
        status = build_site(docs, site, config, pdfs, stage)
        if status != 0:
            return status
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
                    try:
                        built = build_site(docs, fresh, config, pdfs, stage) == 0
                    except (OSError, RecordsInvalid, SettingsInvalid) as exc:  # a broken hand edit, a full disk
                        problems = (exc.problems if isinstance(exc, (RecordsInvalid, SettingsInvalid))
                                    else [f"{exc.filename}: {exc.strerror or exc}"])
                        for problem in problems:
                            print(f"error: {problem}", file=sys.stderr, flush=True)
                        built = False
                    if built:
                        _swap_dirs(site, fresh)  # readers never see a half-built site
                    else:
                        print("still serving the site built before", file=sys.stderr, flush=True)
        except KeyboardInterrupt:
            server.shutdown()
    return 0
