"""Stage → HTML: MkDocs' own machinery, for the pages whose inputs changed, on every core.

``mkdocs build`` renders every page on each run and holds them all in memory. Here
the same steps run from Python — MkDocs loads the configuration, lists the files,
builds the navigation, converts each page's Markdown and renders it with the
theme's templates — but a page is rendered only when something it is made of
changed since the last build:

* its staged source (the stage's key for it, :class:`extract.publish.stage.Stage`);
* what every page is made of: the configuration, the theme's templates, the code
  and package versions, the navigation (titles and addresses of the pages in it);
* the files its links point to: each page's link look-ups are recorded, and a page
  whose link target has gone (or moved, or appeared where a link found none) is
  rendered again — so ``--strict`` still stops on a broken link, whichever build finds it.

Pages are rendered in worker processes (one per core), each page written as soon
as it is rendered and then dropped, so memory does not grow with the archive. What
was rendered is remembered in the build's cache folder (:func:`site_cache`); without
it (first build, deleted cache) every page is rendered and the site folder is
cleaned first, as ``mkdocs build`` does, so a cold build writes the same bytes.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import logging
import os
import posixpath
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from urllib.parse import unquote as urlunquote
from urllib.parse import urlsplit, urlunsplit

import jinja2
import markdown
from markdown.util import AMP_SUBSTITUTE
from mkdocs import utils
from mkdocs.commands.build import _build_template, _populate_page, get_context
from mkdocs.config import load_config as load_mkdocs_config
from mkdocs.exceptions import Abort, BuildError
from mkdocs.structure.files import File, Files, InclusionLevel, _file_sort_key, set_exclusions
from mkdocs.structure.nav import Navigation, get_navigation
from mkdocs.structure.pages import (Page, _ExtractAnchorsTreeprocessor, _ExtractTitleTreeprocessor,
                                    _RawHTMLPreprocessor, _RelativePathTreeprocessor, get_toc)
from mkdocs.utils.rendering import _strip_tags
from markdown.extensions.toc import nest_toc_tokens

from extract.publish.blocks import QuickerBlockTests
from extract.publish.html import HTML_FORMAT
from extract.publish.inline import SkippingInline
from extract.publish.stage import (ShardedCache, code_version, collector_paused, digest, file_key, held_for_the_build, load_cache,
                                   replace_file, save_cache, site_cache)
from extract.publish.treesteps import QuickerTreeSteps
from extract.workers import forked_imap

PARALLEL_FROM = 16  # pages; below this, starting worker processes costs more than it saves
CHUNK = 32  # pages a worker renders per task at most (fewer when there are few, so that every core has some)
# What rendering a page costs beside its Markdown's length (its template, the navigation), as bytes of Markdown.
PAGE_WEIGHT = 8_000

log = logging.getLogger("mkdocs")

_INDENTATION = re.compile(r"\n\s+")
_BETWEEN_TAGS = re.compile(r">\s*\n\s*<")


def compact_html(text: str) -> str:
    """Drop the theme's indentation (a third of a record page's template, none of its meaning), and around
    the page's content (the theme's header, navigation and footer, on every page) the line breaks between tags.

    Inside the content whitespace between tags can be a space between words, and in ``pre`` and
    ``textarea`` it is content: there the text stays as the theme and Markdown wrote it.
    """
    start, end = text.find("<article"), text.rfind("</article>")
    if start < 0 or end < start:
        return text if "<pre" in text or "<textarea" in text else _INDENTATION.sub("\n", text)
    content = text[start:end]
    if "<pre" not in content and "<textarea" not in content:
        content = _INDENTATION.sub("\n", content)
    return _chrome(text[:start]) + content + _chrome(text[end:])


def _chrome(text: str) -> str:
    return _BETWEEN_TAGS.sub("><", text)


@dataclass
class Rendered:
    """What the last build rendered for one page, and what that depended on beyond its source."""

    key: str  # source and everything every page depends on
    dest: str  # relative to the site folder
    size: int
    mtime_ns: int
    lookups: tuple = ()  # ((link target looked up, what it resolved to), ...)
    anchors: frozenset = frozenset()  # ids on the page
    anchor_links: dict = field(default_factory=dict)  # {target src_uri: {anchor: link as written}}


class _RecordingFiles(Files):
    """The site's files; while a page is converted, its link targets are noted with what they resolved to."""

    looked_up: list | None = None

    def get_file_from_path(self, path: str) -> File | None:
        file = self.src_uris.get(_as_posix(path))  # as Files.get_file_from_path finds it
        self.note(path, file)
        return file

    def note(self, path: str, file: File | None) -> None:
        if self.looked_up is not None:
            self.looked_up.append((path, _resolution(file)))


@functools.lru_cache(maxsize=65536)  # the same targets are looked up from page after page
def _as_posix(path: str) -> str:
    return PurePath(path).as_posix()


def _resolution(file: File | None):
    return None if file is None else (file.url, file.inclusion.value)


class _TargetsFoundOnce(_RelativePathTreeprocessor):
    """MkDocs' step that makes a page's links relative to it (``relpath``), finding each link's target once
    for all the pages of a folder (where it is the same, MkDocs resolving a link from the page's folder):
    a committee's pages link to the same meeting, people and item pages, and finding a target — its path
    joined, normalised and looked up — was most of the step. For each link the rest is done as MkDocs does
    it: the address relative to the page, the anchor noted for the anchor check, the look-up recorded for
    the next build. A link MkDocs warns about, or that is not to a page's path, is left to MkDocs."""

    def __init__(self, file: File, files: _RecordingFiles, config, targets: dict):
        super().__init__(file, files, config)
        self.targets = targets  # (folder, path as written) → (target's path, target), for this build
        self.folder = posixpath.dirname(file.src_uri)

    def path_to_url(self, url: str) -> str:
        scheme, netloc, path, query, anchor = urlsplit(url)
        found = self.targets.get((self.folder, path))
        if found is None:
            new_url = super().path_to_url(url)
            if not (scheme or netloc or not path or url.startswith(("/", "\\")) or AMP_SUBSTITUTE in url):
                target_uri = self._target_uri(self.file.src_uri, urlunquote(path))
                target = Files.get_file_from_path(self.files, target_uri)  # not noted again
                if target is not None and not target.inclusion.is_excluded():  # as MkDocs found it, unwarned
                    self.targets[(self.folder, path)] = (target_uri, target)
            return new_url
        target_uri, target = found
        self.files.note(target_uri, target)
        if anchor:
            self.links_to_anchors.setdefault(target, {}).setdefault(anchor, url)
        return urlunsplit(("", "", utils.get_relative_url(target.url, self.file.url), query, anchor))


class _WarningsKept(logging.Handler):
    """MkDocs' warnings while rendering: a worker hands them to the parent, which reports them."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname}: {record.getMessage()}")


@dataclass
class _Run:
    """Everything a page needs to be rendered; a forked worker inherits it."""

    config: object
    files: _RecordingFiles
    nav: Navigation
    env: object
    doc_files: list
    nav_pages: set
    converter: markdown.Markdown | None = None  # made in each worker as it renders its first page
    targets: dict = field(default_factory=dict)  # the links' targets found, by folder (_TargetsFoundOnce)


_RUN: _Run | None = None


def _render_page(run: _Run, src_uri: str) -> tuple[str, Rendered | None, list[str]]:
    """Convert, render, compact and write one page; (src_uri, what was written, warnings or errors)."""
    file = run.files.src_uris[src_uri]
    page = file.page
    kept = _WarningsKept()
    log.addHandler(kept)
    lookups: list = []
    try:
        if src_uri not in run.nav_pages:  # pages in the navigation were converted first, for their titles
            run.files.looked_up = lookups
            page.render = functools.partial(_convert, run, page)  # in the place of Page.render, for this page
            _populate_page(page, run.config, run.files)
        run.files.looked_up = None
        output = _page_output(run, page)
        dest = Path(file.abs_dest_path)
        if output.strip():
            data = compact_html(output).encode("utf-8", errors="xmlcharrefreplace")
            replace_file(dest, lambda target: target.write_bytes(data))
        st = dest.stat() if dest.exists() else None
        links = {target.src_uri: dict(anchors) for target, anchors in (page.links_to_anchors or {}).items()}
        rendered = Rendered(key="", dest=file.dest_uri, size=st.st_size if st else -1,
                            mtime_ns=st.st_mtime_ns if st else -1, lookups=tuple(lookups),
                            anchors=frozenset(page.present_anchor_ids or ()), anchor_links=links)
        return src_uri, rendered, kept.messages
    except Exception as exc:  # noqa: BLE001 - reported as MkDocs reports it, the build fails
        detail = "" if isinstance(exc, BuildError) else f" {exc}"
        return src_uri, None, kept.messages + [f"ERROR: Error building page '{src_uri}':{detail}"]
    finally:
        run.files.looked_up = None
        log.removeHandler(kept)
        if src_uri not in run.nav_pages:
            page.__dict__.pop("render", None)
            page.markdown = page.content = None  # free it: memory must not grow with the archive
            page.toc = []  # type: ignore[assignment]


PAGES_LOG = logging.getLogger("mkdocs.structure.pages")


def _convert(run: _Run, page: Page, config, files: Files) -> None:
    """``Page.render`` as MkDocs 1.6 writes it, but with one Markdown converter for every page a process renders,
    reset between pages (as Python-Markdown asks), rather than a new one for each: making one, with its
    extensions and their patterns, was a twentieth of rendering a page. MkDocs' own steps for the page
    (raw HTML's anchors, the anchors, the links, the title) are put in it for each page, as MkDocs does."""
    if page.markdown is None:
        raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
    if is_html(page):
        return take_html(page)
    if run.converter is None:
        run.converter = markdown.Markdown(extensions=config["markdown_extensions"],
                                          extension_configs=config["mdx_configs"] or {})
    md = run.converter.reset()
    raw_html = _RawHTMLPreprocessor()
    raw_html._register(md)
    anchors = _ExtractAnchorsTreeprocessor(page.file, files, config)
    anchors._register(md)
    relative_paths = _TargetsFoundOnce(page.file, files, config, run.targets)
    relative_paths._register(md)
    title = _ExtractTitleTreeprocessor()
    title._register(md)
    page.content = md.convert(page.markdown)
    page.toc = get_toc(getattr(md, "toc_tokens", []))
    page._title_from_render = title.title
    page.present_anchor_ids = anchors.present_anchor_ids | raw_html.present_anchor_ids
    if PAGES_LOG.getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = relative_paths.links_to_anchors


_HEADING = re.compile(r'<h([1-6]) id="([^"]*)">(.*?)<a class="headerlink"')
_ID = re.compile(r'\bid="([^"]*)"')


def is_html(page: Page) -> bool:
    """Whether a page's source is HTML already (a generated page, :mod:`extract.publish.html`)."""
    return all(page.meta.get(key) == value for key, value in HTML_FORMAT.items())


def take_html(page: Page) -> None:
    """``Page.render`` for a page whose source is its content's HTML: what MkDocs takes from a converted
    page — the table of contents (the headings, with the ids and permalinks the HTML gives them), the title
    (a first ``h1``'s text), the anchors on the page — is read off the HTML. Its links are its generator's,
    written as the addresses they are (no look-ups to record, no link to another page's anchor to check)."""
    content = page.markdown.lstrip()
    tokens = [{"level": int(level), "id": ident, "name": _strip_tags(inner)}
              for level, ident, inner in _HEADING.findall(content)]
    page.content = content
    page._title_from_render = tokens[0]["name"] if tokens and content.startswith("<h1") else None
    page.toc = get_toc(nest_toc_tokens(tokens))  # which empties the list it is given
    page.present_anchor_ids = set(_ID.findall(content))
    page.links_to_anchors = {}


def _nav_page_render(page: Page, config, files: Files) -> None:
    """``Page.render`` for the pages in the navigation (converted before the rest, in this process)."""
    if is_html(page):
        return take_html(page)
    return Page.render(page, config, files)


def _page_output(run: _Run, page: Page) -> str:
    """The theme's template for a page, as ``mkdocs build`` renders it (``_build_page``, without the write)."""
    config = run.config
    config._current_page = page
    try:
        page.active = True
        context = get_context(run.nav, run.doc_files, config, page)
        template = run.env.get_template(page.meta.get("template", "main.html"))
        context = config.plugins.on_page_context(context, page=page, config=config, nav=run.nav)
        output = template.render(context)
        return config.plugins.on_post_page(output, page=page, config=config)
    finally:
        page.active = False
        config._current_page = None


def _nav_rendered_once_per_place(env, config, nav: Navigation, nav_pages: set) -> None:
    """Material's navigation (``partials/nav.html``), the same on every page outside it wherever the links
    from the page to the navigation's pages are the same, is rendered once for each such set of links
    and kept (in each worker): it was a fifth of rendering a record page.

    A page in the navigation (its own item is marked, its table of contents is shown there) is rendered
    as the theme does, and so is any page once the theme has no such template.
    """
    try:
        template = env.get_template(NAV_TEMPLATE)
    except jinja2.TemplateNotFound:
        return
    render = template.root_render_func
    targets = [nav.homepage.url if nav.homepage else "", (config.extra or {}).get("homepage") or ""]
    targets += [item.url for item in _nav_items(nav.items) if getattr(item, "url", None) is not None]
    kept: dict[tuple, str] = {}

    def rendered_once(context):
        page = context.get("page")
        if page is None or page.file.src_uri in nav_pages:
            yield from render(context)
            return
        place = tuple(utils.normalize_url(target, page) for target in targets)
        if place not in kept:
            kept[place] = "".join(render(context))
        yield kept[place]

    template.root_render_func = rendered_once


NAV_TEMPLATE = "partials/nav.html"


def _nav_items(items):
    for item in items:
        yield item
        yield from _nav_items(item.children or [])


def _weight(file: File) -> int:
    """About what rendering a page costs: its source's length and what every page costs."""
    try:
        return os.stat(file.abs_src_path).st_size + PAGE_WEIGHT
    except (OSError, TypeError):
        return PAGE_WEIGHT


def _chunks(todo: list[str], weights: dict[str, int], cores: int) -> list[list[str]]:
    """The pages (the costliest first) in tasks for the workers, each of about a share of the work:
    a register's year of thousands of rows is a task of its own, handed out first, so that no core
    is left with it at the end while the others wait (and no task is more than CHUNK pages)."""
    share = min(max(sum(weights[uri] for uri in todo) // (4 * cores), PAGE_WEIGHT), 4 * CHUNK * PAGE_WEIGHT)
    tasks, task, weight = [], [], 0
    for uri in todo:
        task.append(uri)
        weight += weights[uri]
        if weight >= share or len(task) == CHUNK:
            tasks.append(task)
            task, weight = [], 0
    return tasks + [task] if task else tasks


def _render_chunk(src_uris: list[str]) -> list[tuple[str, Rendered | None, list[str]]]:
    return [_render_page(_RUN, src_uri) for src_uri in src_uris]


def _theme_digest(config) -> str:
    """The theme's templates and assets outside installed packages (the project's overrides), by content."""
    hasher = hashlib.sha256()
    for folder in config.theme.dirs:
        root = Path(folder).resolve()
        if "site-packages" in root.parts or "dist-packages" in root.parts:
            continue  # a package's own templates: its version is in code_version()
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            hasher.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return hasher.hexdigest()


def _nav_signature(items) -> list:
    """What every page shows of the navigation: its items' kinds, titles and addresses, in order."""
    return [(type(item).__name__, item.title, getattr(item, "url", None), _nav_signature(item.children or []))
            for item in items]


def _still_resolves(files: Files, lookups, memo: dict) -> bool:
    for path, resolution in lookups:
        if path not in memo:
            memo[path] = _resolution(files.get_file_from_path(path))
        if memo[path] != resolution:
            return False
    return True


def _output_intact(site_dir: Path, entry: Rendered) -> bool:
    try:
        st = (site_dir / entry.dest).stat()
    except OSError:
        return entry.size == -1  # a page whose output was empty
    return (st.st_size, st.st_mtime_ns) == (entry.size, entry.mtime_ns)


@collector_paused()  # the site's files, navigation and what the last build rendered are kept to the end
def render_site(config_file: Path, stage_keys: dict[str, str], cache: Path) -> tuple[int, dict[str, Rendered], int]:
    """Build the site MkDocs would build from ``config_file`` (``--strict``), rendering only what changed.

    ``stage_keys`` is the stage's key for each file of the docs folder. Returns the exit
    status, what each page's output was made from (by source path), for the search index,
    and how many HTML pages the site holds.
    """
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    printer = logging.StreamHandler()
    printer.setLevel(logging.WARNING)
    printer.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    log.addHandler(counter)
    log.addHandler(printer)
    log.setLevel(logging.INFO)
    config = load_mkdocs_config(str(config_file), strict=True)
    try:
        config.plugins.on_startup(command="build", dirty=False)
        status, rendered, pages = _render(config, stage_keys, cache, counter)
        config.plugins.on_shutdown()
        return status, rendered, pages
    except Abort as exc:
        log.error(str(exc))
        return 1, {}, 0
    finally:
        log.removeHandler(counter)
        log.removeHandler(printer)


def _render(config, stage_keys: dict[str, str], cache: Path, counter) -> tuple[int, dict[str, Rendered], int]:
    global _RUN
    config = config.plugins.on_config(config)
    config.markdown_extensions += [QuickerBlockTests(), SkippingInline(), QuickerTreeSteps()]  # the same HTML, sooner
    config.plugins.on_pre_build(config=config)
    site_dir = Path(config.site_dir)
    files = _RecordingFiles(stage_files(config, stage_keys))
    env = config.theme.get_env()
    # Compiled templates kept between builds (checked against each template's source by Jinja): compiling
    # the theme's templates is a fixed second of every build, however little it renders.
    env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(_folder(cache / "templates")))
    env.auto_reload = False  # templates do not change during a build: no look at their files on every include
    files.add_files_from_theme(env, config)
    _leave_out_unused_search(files, config)
    files = config.plugins.on_files(files, config=config)
    set_exclusions(files, config)
    nav = get_navigation(files, config)
    nav = config.plugins.on_nav(nav, config=config, files=files)
    inclusion = InclusionLevel.is_included
    doc_files = files.documentation_pages(inclusion=inclusion)
    for file in doc_files:
        if file.page is None:
            Page(None, file, config)
    nav_pages = {page.file.src_uri for page in nav.pages if page.file.inclusion.is_included()}
    nav_lookups: dict[str, list] = {}
    for page in nav.pages:
        if page.file.src_uri in nav_pages:
            files.looked_up = nav_lookups[page.file.src_uri] = []
            page.render = functools.partial(_nav_page_render, page)
            _populate_page(page, config, files)
            page.__dict__.pop("render", None)
    files.looked_up = None
    env = config.plugins.on_env(env, config=config, files=files)
    _nav_rendered_once_per_place(env, config, nav, nav_pages)

    common = digest(code_version(), Path(config.config_file_path).read_text(encoding="utf-8"),
                    _theme_digest(config), _nav_signature(nav.items))
    state = site_cache(cache, site_dir, "site")
    kept_pages, kept_statics = ShardedCache(state / "pages"), ShardedCache(state / "statics")
    old_pages: dict[str, Rendered] = kept_pages.load()
    previous = {"pages": old_pages, "statics": kept_statics.load(),
                "templates": load_cache(state / "templates.pickle", [])}
    held_for_the_build()
    if not old_pages:
        utils.clean_directory(str(site_dir))  # a cold build starts from an empty folder, as mkdocs build does
        previous = {}
    memo: dict = {}
    keys, todo = {}, []
    for file in doc_files:
        keys[file.src_uri] = key = digest(common, stage_keys.get(file.src_uri) or file_key(Path(file.abs_src_path)))
        entry = old_pages.get(file.src_uri)
        if not (entry and entry.key == key and entry.dest == file.dest_uri and _output_intact(site_dir, entry)
                and _still_resolves(files, entry.lookups, memo)):
            todo.append(file.src_uri)

    _RUN = _Run(config, files, nav, env, doc_files, nav_pages)
    cores = os.cpu_count() or 1
    if len(todo) >= PARALLEL_FROM and cores > 1:
        weights = {uri: _weight(files.src_uris[uri]) for uri in todo}
        todo.sort(key=weights.__getitem__, reverse=True)
        results = _render_chunk(todo[-1:])  # here first: the templates are compiled once, for every worker
        for done in forked_imap(_render_chunk, _chunks(todo[:-1], weights, cores)):
            results += done
    else:
        results = _render_chunk(todo)
    _RUN = None

    rendered = set(todo)
    pages: dict[str, Rendered] = {uri: entry for uri, entry in old_pages.items() if uri in keys and uri not in rendered}
    for uri, entry, messages in sorted(results, key=lambda r: r[0]):
        for message in messages:
            level, _, text = message.partition(": ")
            log.log(logging.getLevelName(level), text)
        if entry is not None and not messages:
            entry.key = keys[uri]
            if uri in nav_lookups:
                entry.lookups = tuple(nav_lookups[uri])
            pages[uri] = entry
    _check_anchors(config, pages)
    statics = _copy_static_files(files, inclusion, stage_keys, site_dir, previous.get("statics", {}))
    templates = _render_templates(config, env, files, doc_files, nav, site_dir)
    produced = {entry.dest for entry in pages.values()} | set(statics) | set(templates)
    produced |= {files.src_uris[uri].dest_uri for uri in rendered if uri in files.src_uris}
    _remove_stale(site_dir, previous, produced)
    config.plugins.on_post_build(config=config)
    kept_pages.save(pages)
    kept_statics.save(statics)
    save_cache(state / "templates.pickle", sorted(templates))
    html = sum(1 for entry in pages.values() if entry.size >= 0 and entry.dest.endswith(".html"))
    html += sum(1 for dest in set(statics) | set(templates) if dest.endswith(".html"))
    if counts := counter.get_counts():
        message = ", ".join(f"{n} {level.lower()}s" for level, n in counts)
        log.error(f"Aborted with {message} in strict mode!")
        return 1, pages, html
    return 0, pages, html


# Material's own search (its worker and lunr's languages, about 1 MB), shipped as theme files.
MATERIAL_SEARCH_ASSETS = ("assets/javascripts/lunr/", "assets/javascripts/workers/search.")


def _folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def stage_files(config, stage_keys: dict[str, str]) -> list[File]:
    """The docs folder's files as ``mkdocs.structure.files.get_files`` finds them — in its order, excluded
    files marked, a README.md left out beside an index.md — from the stage's own list of what it holds
    (``stage_keys``) rather than a walk of the folder: on a large archive the walk was seconds of every build.
    """
    docs, site, directory_urls = config["docs_dir"], config["site_dir"], config["use_directory_urls"]

    def order(rel: str):
        folder, _, name = rel.rpartition("/")
        return (tuple(folder.split("/")) if folder else (), _file_sort_key(name))

    files: list[File] = []
    by_dest: dict[str, File] = {}
    conflicting: list[tuple[File, File]] = []
    folder_of = None
    for rel in sorted(stage_keys, key=order):
        file = File(rel, docs, site, directory_urls)
        folder = rel.rpartition("/")[0]
        if folder != folder_of:  # get_files looks for a README.md beside an index.md within one folder
            by_dest, folder_of = {}, folder
        earlier = by_dest.setdefault(file.dest_uri, file)
        if earlier is not file:
            conflicting.append((earlier, file))
        files.append(file)
    set_exclusions(files, config)
    for a, b in conflicting:
        if b.inclusion.is_included():
            if a.inclusion.is_included():
                log.warning(f"Excluding '{a.src_uri}' from the site because it conflicts with '{b.src_uri}'.")
            if a in files:
                files.remove(a)
        elif b in files:
            files.remove(b)
    return files


def _leave_out_unused_search(files: Files, config) -> None:
    """The archive searches with Pagefind: unless Material's search plugin is on, its assets are used by
    no page, and publishing them would only add to every copy of the site."""
    if any(name in config.plugins for name in ("search", "material/search")):
        return
    docs = Path(config.docs_dir).resolve()
    for file in [f for f in files if f.src_uri.startswith(MATERIAL_SEARCH_ASSETS)]:
        if file.abs_src_path and docs not in Path(file.abs_src_path).resolve().parents:
            files.remove(file)


def _check_anchors(config, pages: dict[str, Rendered]) -> None:
    """Links to anchors on other pages, checked as ``mkdocs build`` does (``validation.anchors``)."""
    level = config.validation.links.anchors
    if level < logging.WARNING:
        return  # reported at most as information, which a quiet build does not show
    for uri, entry in sorted(pages.items()):
        for target, anchors in entry.anchor_links.items():
            present = pages.get(target)
            if present is None:
                continue
            for anchor, link in anchors.items():
                if anchor not in present.anchors:
                    problem = ("there is no such anchor on this page" if target == uri
                               else f"the doc '{target}' does not contain an anchor '#{anchor}'")
                    log.log(level, f"Doc file '{uri}' contains a link '{link}', but {problem}.")


def _copy_static_files(files: Files, inclusion, stage_keys: dict[str, str], site_dir: Path,
                       previous: dict[str, list]) -> dict[str, list]:
    """Copy every file that is not a page (assets, PDFs, data, feeds) whose source changed."""
    copied: dict[str, list] = {}
    for file in files:
        if file.is_documentation_page() or not inclusion(file.inclusion):
            continue
        dest = site_dir / file.dest_uri
        if file.abs_src_path is None:  # generated in memory
            data = file.content_bytes
            key = "g" + hashlib.sha1(data).hexdigest()
            write = lambda target, data=data: target.write_bytes(data)  # noqa: E731
        else:
            key = stage_keys.get(file.src_uri) or file_key(Path(file.abs_src_path))
            write = lambda target, source=file.abs_src_path: shutil.copyfile(source, target)  # noqa: E731
        entry = previous.get(file.dest_uri)
        try:
            st = dest.stat()
            intact = entry is not None and entry[0] == key and [st.st_size, st.st_mtime_ns] == entry[1:]
        except OSError:
            intact = False
        if not intact:
            replace_file(dest, write)
            st = dest.stat()
        copied[file.dest_uri] = [key, st.st_size, st.st_mtime_ns]
    return copied


def _render_templates(config, env, files: Files, doc_files: list[File], nav: Navigation, site_dir: Path) -> set[str]:
    """The theme's static templates (404 page, sitemap) and the configuration's extra templates.

    ``doc_files`` are the site's pages, as ``files.documentation_pages()`` gives them: listed once for
    every template (MkDocs would list them again for each, a scan of every file of the site each time).
    """
    written = set()
    for name in config.theme.static_templates:
        try:
            template = env.get_template(name)
        except Exception:  # noqa: BLE001 - as mkdocs build: skipped when the theme has none
            log.warning(f"Template skipped: '{name}' not found in theme directories.")
            continue
        output = _build_template(name, template, doc_files, config, nav)
        if not output.strip():
            continue
        data = output.encode("utf-8")
        _write_if_changed(site_dir / name, data)
        written.add(name)
        if name == "sitemap.xml":
            timestamp = utils.get_build_timestamp(pages=[f.page for f in doc_files if f.page is not None])
            _write_if_changed(site_dir / f"{name}.gz", gzip.compress(data, mtime=timestamp))
            written.add(f"{name}.gz")
    for name in config.extra_templates:
        file = files.get_file_from_path(name)
        if file is None:
            log.warning(f"Template skipped: '{name}' not found in docs_dir.")
            continue
        output = _build_template(name, jinja2.Template(file.content_string), doc_files, config, nav)
        if output.strip():
            _write_if_changed(Path(file.abs_dest_path), output.encode("utf-8"))
            written.add(file.dest_uri)
    return written


def _write_if_changed(target: Path, data: bytes) -> None:
    try:
        if target.read_bytes() == data:
            return
    except OSError:
        pass
    replace_file(target, lambda temporary: temporary.write_bytes(data))


def _remove_stale(site_dir: Path, previous: dict, produced: set[str]) -> None:
    """Outputs of the last build that this one no longer produces (a removed record, a renamed page)."""
    before = {entry.dest for entry in previous.get("pages", {}).values()}
    before |= set(previous.get("statics", {})) | set(previous.get("templates", []))
    folders = set()
    for dest in before - produced:
        (site_dir / dest).unlink(missing_ok=True)
        folders.add((site_dir / dest).parent)
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        while folder != site_dir and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
