"""The staging folder MkDocs builds from, kept in step with the archive file by file.

A build describes every file the stage should hold — a record's publishable
copy, a hand-written page or image linked from the docs folder, a source PDF, a
generated page — each with a *key* that changes whenever its content would.
Files whose key is what the last build wrote, and that are still as that build
left them, are not written again; files no build wants any more are removed.
The keys are what the renderer keys its pages by (``Stage.keys``).

The stage's manifest and the parsed records live in the build's cache folder
(``build/cache`` beside ``build/docs``), keyed by content and by this package's
code (:func:`code_version`). Deleting the cache, or the stage, only makes the
next build cold: it writes the same bytes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import importlib.metadata
import os
import pickle
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from extract.archive import STATE_DIR, Document, load_document
from extract.workers import forked_imap, worker_pool

CACHE_FOLDER = "cache"
# The packages whose versions change what a build writes, beside this package's own code.
RENDERING_PACKAGES = ("mkdocs", "mkdocs-material", "Markdown", "Jinja2", "PyYAML", "pagefind", "pagefind-bin")
PARALLEL_FROM = 500  # records to parse; below this, starting worker processes costs more than it saves
# Generated groups a worker works out (what they are made of, and if that changed, their pages) per task: most
# are kept as they are, and a task each would cost more in passing tasks than in the work.
GROUPS_PER_TASK = 32


@functools.cache
def code_version() -> str:
    """A digest of this package's source and of the packages that render the site: every cache's key."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name in RENDERING_PACKAGES:
        try:
            digest.update(f"{name}={importlib.metadata.version(name)}\0".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{name}=none\0".encode())
    return digest.hexdigest()[:20]


def digest(*parts) -> str:
    """A digest of values (strings, numbers, lists, tuples, dicts, sets, dataclasses of these) that is the
    same in every process: a set's ``repr`` follows string hashing, which differs from one run of Python
    to the next, so sets are digested sorted."""
    return hashlib.sha256(repr(_canonical(parts)).encode("utf-8")).hexdigest()[:32]


_PLAIN = (str, int, float, bool, type(None))
# Looked up by exact type first: most of what is digested is lists and tuples of these, digested at
# every build for every meeting, and a set look-up is a third of the time of isinstance's.
_PLAIN_TYPES = frozenset(_PLAIN)
_SEQUENCE_TYPES = frozenset((list, tuple))


def _canonical(value):
    kind = type(value)
    if kind in _PLAIN_TYPES:
        return value
    if kind in _SEQUENCE_TYPES:
        return [v if type(v) in _PLAIN_TYPES else _canonical(v) for v in value]
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, (set, frozenset)):
        return ("set", sorted((_canonical(v) for v in value), key=repr))
    if isinstance(value, dict):
        return ("dict", [(_canonical(k), _canonical(v)) for k, v in value.items()])
    if isinstance(value, (list, tuple)):
        return [v if isinstance(v, _PLAIN) else _canonical(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, [(f.name, _canonical(getattr(value, f.name))) for f in dataclasses.fields(value)])
    return repr(value)


def held_for_the_build() -> None:
    """What the build holds now (the records, the catalogue, the caches read) stays until it ends: the
    garbage collector stops looking through it (``gc.freeze``; ``build_site`` thaws it when done).

    Every full collection went through every object held, and a large archive is millions of them:
    that was a fifth of the time of a build after one more meeting at 1,000 meetings, and grew faster
    than the archive. Forked workers inherit it, and no longer touch (and so copy) the pages it is in.
    """
    gc.freeze()


def text_key(text: str) -> str:
    return "t" + hashlib.sha1(text.encode("utf-8")).hexdigest()


def file_key(path: Path) -> str:
    """A source file's identity as far as a copy of it is concerned: changes whenever its content does."""
    st = path.stat()
    return f"f{st.st_ino}:{st.st_size}:{st.st_mtime_ns}"


def load_cache(path: Path, default):
    """A pickled cache written by this version of the code, or ``default`` (lost, damaged or stale: a cold start)."""
    try:
        with path.open("rb") as handle:
            version, data = _unpickled(handle)
        return data if version == code_version() else default
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError, ImportError):
        return default


def _unpickled(handle):
    """``pickle.load`` with the garbage collector paused: what it makes is all held, there is nothing to find,
    and the collections it set off went through every record read so far (half the time of reading the caches)."""
    with collector_paused():
        return pickle.load(handle)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No garbage collection inside: for work whose objects are all kept (reading the archive, deriving what
    its pages show), where the collections that allocating them sets off find nothing and cost, at 10,000
    meetings, a third of a build after one more meeting. Worker processes forked meanwhile collect as
    usual (``extract.workers``)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def save_cache(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with temporary.open("wb") as handle:
        pickle.dump((code_version(), data), handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, path)


def top_folder(rel: str) -> str:
    """A path's first folder (``""`` for a file at the top): what a sharded cache keeps paths' entries by."""
    return rel.split("/", 1)[0] if "/" in rel else ""


class ShardedCache:
    """A cache too big to read and write whole on every build: a dict kept in a folder, a file per part
    (``part_of(key)``: by default a path's top folder), of which a save writes only the parts whose entries
    changed, and removes those no longer needed. A part lost, damaged or written by another version of
    the code reads as empty (its entries are made again).
    """

    def __init__(self, folder: Path, part_of: Callable[[object], str] = top_folder):
        self.folder = folder
        self.part_of = part_of
        self._parts: dict[str, dict] = {}  # file name → what it held when loaded or last saved

    def _file(self, part: str) -> str:
        return hashlib.sha1(part.encode("utf-8")).hexdigest()[:16] + ".pickle"

    def load(self) -> dict:
        self._parts = {}
        data: dict = {}
        if self.folder.is_dir():
            for path in sorted(self.folder.glob("*.pickle")):
                part = load_cache(path, None)
                if isinstance(part, dict):
                    self._parts[path.name] = part
                    data.update(part)
        return data

    def save(self, data: dict) -> None:
        names: dict[str, str] = {}
        parts: dict[str, dict] = {}
        for key, value in data.items():
            part = self.part_of(key)
            name = names.get(part) or names.setdefault(part, self._file(part))
            parts.setdefault(name, {})[key] = value
        for name, part in parts.items():
            if self._parts.get(name) != part:  # unchanged entries are the very objects loaded: compared by identity
                save_cache(self.folder / name, part)
        if self.folder.is_dir():
            for path in self.folder.glob("*.pickle"):
                if path.name not in parts:
                    path.unlink(missing_ok=True)
        self._parts = parts


def site_cache(cache: Path, site: Path, what: str) -> Path:
    """The cache (a folder) of what a build wrote into one site folder: named by the folder's inode, so that
    the two folders ``serve`` swaps keep theirs under either name. Only the newest two are kept."""
    site.mkdir(parents=True, exist_ok=True)
    path = cache / f"{what}-{site.stat().st_ino}"
    others = sorted(cache.glob(f"{what}-*"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in [p for p in others if p != path][1:]:
        shutil.rmtree(old) if old.is_dir() else old.unlink(missing_ok=True)
    return path


def replace_file(target: Path, write: Callable[[Path], object]) -> object:
    """Write ``target`` through a temporary file renamed over it: never through a hard link, never half-written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        result = write(temporary)
        if temporary.exists():
            os.replace(temporary, target)
        return result
    finally:
        if temporary.exists():
            temporary.unlink()


def link_or_copy(source: Path, target: Path) -> None:
    """Hard-link when the file system allows (instant, no space), else copy."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


@dataclass
class Generated:
    """A group of generated pages: ``make`` gives them by path.

    ``made_of``, when a group can say it, gives a digest of everything its pages are made
    of: a group whose digest is the one the last build made it from, its pages still as
    that build left them, is not made again. Without it the group is made every build
    (and its pages written only when their text changed). It is asked by the worker that
    would make the group (:meth:`Stage.put_generated`).
    """

    make: Callable[[], dict[str, str]]
    made_of: Callable[[], str] | None = None

    @functools.cached_property
    def made_of_digest(self) -> str | None:
        return self.made_of() if self.made_of else None


class Stage:
    """A folder whose files are put by key and written only when their key changed.

    ``plan`` describes a file whose content can be produced later (a later plan, or a
    generated page of the same path, wins); ``put_generated`` writes generated pages
    at once; ``finish`` writes what was planned and changed, removes what is no longer
    wanted and saves the manifest. ``root`` alone (no manifest) writes everything.
    """

    def __init__(self, root: Path, manifest: Path | None = None):
        self.root = root
        self.manifest = manifest
        self._kept = ShardedCache(manifest) if manifest else None
        # path → [key, size, mtime_ns] of what the last build left there
        self._previous: dict[str, list] = self._kept.load() if self._kept else {}
        # what generated groups were made of → their pages' (path, key), last build's and this one's
        self._groups_made = load_cache(self._groups_file, {}) if manifest else {}
        self._groups: dict[str, list[tuple[str, str]]] = {}
        self.keys: dict[str, str] = {}  # what this build wants: path → key
        self._planned: dict[str, Callable[[Path], object]] = {}
        self._written: dict[str, list] = {}
        self.changed: set[str] = set()

    def plan(self, rel: str, key: str, write: Callable[[Path], object]) -> None:
        self.keys[rel] = key
        self._planned[rel] = write

    @property
    def _groups_file(self) -> Path | None:
        return self.manifest.with_name("groups.pickle") if self.manifest else None  # beside the manifest folder

    def put_generated(self, groups: list[Generated | Callable[[], dict[str, str]]]) -> None:
        """Generate groups of pages and put them, in one worker process per core when there are several.

        The workers work out what each group is made of (at 10,000 meetings, a second or two in
        all) and make it only when that is not what the last build made it of, or its pages are
        no longer as that build left them; the groups made every build go first. Each worker
        writes the pages whose key changed as it goes, so no more than a group's pages are ever
        held in memory.
        """
        global _GENERATING
        groups = [g if isinstance(g, Generated) else Generated(g) for g in groups]
        others = [i for i, group in enumerate(groups) if group.made_of is not None]
        tasks = [[i] for i, group in enumerate(groups) if group.made_of is None]
        tasks += [others[at:at + GROUPS_PER_TASK] for at in range(0, len(others), GROUPS_PER_TASK)]
        if len(tasks) < 2 or (os.cpu_count() or 1) < 2:
            done = [_put_groups(self, groups, task) for task in tasks]
        else:
            _GENERATING = (self, groups)
            try:
                done = list(forked_imap(_put_inherited_groups, tasks))
            finally:
                _GENERATING = None
        for made_of, outcome in (group for task in done for group in task):
            if made_of:
                self._groups[made_of] = [(rel, key) for rel, key, _ in outcome]
            for rel, key, written in outcome:
                self._planned.pop(rel, None)
                self.keys[rel] = key
                if written:
                    self._written[rel] = written
                    self.changed.add(rel)

    def put_file(self, rel: str, source: Path) -> None:
        self.plan(rel, file_key(source), functools.partial(_linked, source))

    def produce(self, rel: str, key: str, write: Callable[[Path], object]) -> bool:
        """Write now (when its key changed) a file that may turn out to hold nothing (``write`` returns
        False); whether it is there."""
        self._planned.pop(rel, None)
        self.keys[rel] = key
        if not self._unchanged(rel, key):
            self._write(rel, key, write)
        return rel in self.keys

    def _unchanged(self, rel: str, key: str) -> bool:
        previous = self._written.get(rel) or self._previous.get(rel)
        if not previous or previous[0] != key:
            return False
        try:
            st = (self.root / rel).stat()
        except OSError:
            return False
        return [st.st_size, st.st_mtime_ns] == previous[1:]

    def _write(self, rel: str, key: str, write: Callable[[Path], object]) -> None:
        target = self.root / rel
        if replace_file(target, write) is False:
            self.keys.pop(rel, None)  # nothing to publish there after all
            if target.exists():
                target.unlink()
            return
        st = target.stat()
        self._written[rel] = [key, st.st_size, st.st_mtime_ns]
        self.changed.add(rel)

    def write_planned(self) -> None:
        for rel, write in self._planned.items():
            key = self.keys[rel]
            if not self._unchanged(rel, key):
                self._write(rel, key, write)
        self._planned.clear()

    def finish(self) -> None:
        self.write_planned()
        known = set(self._previous) | set(self._written)
        stale = [rel for rel in known if rel not in self.keys]
        if not self._previous and self.root.exists():
            # No manifest (first build, or the cache was deleted): whatever is there is unknown.
            stale = [p.relative_to(self.root).as_posix() for p in self.root.rglob("*")
                     if p.is_file() and p.relative_to(self.root).as_posix() not in self.keys]
        for rel in stale:
            (self.root / rel).unlink(missing_ok=True)
            self.changed.add(rel)
        _remove_empty_folders(self.root, {str(Path(rel).parent) for rel in stale})
        if self._kept:
            self._kept.save({rel: self._written.get(rel) or self._previous[rel] for rel in self.keys})
            save_cache(self._groups_file, self._groups)


_GENERATING: tuple[Stage, list[Generated]] | None = None  # what forked workers generate: inherited, never pickled


def _put_inherited_groups(indices: list[int]) -> list[tuple[str | None, list[tuple[str, str, list | None]]]]:
    stage, groups = _GENERATING
    return _put_groups(stage, groups, indices)


def _put_groups(stage: Stage, groups: list[Generated],
                indices: list[int]) -> list[tuple[str | None, list[tuple[str, str, list | None]]]]:
    """For each group: what it is made of, and (path, key, what was written or None) for each of its pages."""
    done = []
    for group in (groups[i] for i in indices):
        made_of = group.made_of_digest
        kept = stage._groups_made.get(made_of) if made_of else None
        if kept is not None and all(stage._unchanged(rel, key) for rel, key in kept):
            done.append((made_of, [(rel, key, None) for rel, key in kept]))
        else:
            done.append((made_of, _generate(stage, group.make)))
    return done


def _generate(stage: Stage, group: Callable[[], dict[str, str]]) -> list[tuple[str, str, list | None]]:
    """(path, key, what was written or None when unchanged) for each page of a group."""
    outcome = []
    for rel, text in group().items():
        key = text_key(text)
        written = None
        if not stage._unchanged(rel, key):
            target = stage.root / rel
            replace_file(target, lambda temporary, text=text: temporary.write_text(text, encoding="utf-8"))
            st = target.stat()
            written = [key, st.st_size, st.st_mtime_ns]
        outcome.append((rel, key, written))
    return outcome


def _linked(source: Path, target: Path) -> None:
    link_or_copy(source, target)


def _remove_empty_folders(root: Path, folders: set[str]) -> None:
    for folder in sorted(folders, key=len, reverse=True):
        path = root / folder
        while path != root and path.is_dir() and not any(path.iterdir()):
            path.rmdir()
            path = path.parent


# --- Records, parsed once per version of their file ---

def scan(docs: Path) -> dict[str, os.stat_result]:
    """Every file of the docs folder (the archive's own state left out), by path relative to it."""
    found: dict[str, os.stat_result] = {}
    stack = [(docs, "")]
    while stack:
        folder, prefix = stack.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                rel = prefix + entry.name
                if entry.is_dir(follow_symlinks=True):
                    if rel != STATE_DIR:
                        stack.append((Path(entry.path), rel + "/"))
                elif entry.is_file(follow_symlinks=True):
                    found[rel] = entry.stat(follow_symlinks=True)
    return found


def stat_key(st: os.stat_result) -> tuple:
    return st.st_ino, st.st_size, st.st_mtime_ns


class RecordCache:
    """Each record file's parsed, publishable record, kept until the file changes.

    Parsing frontmatter is most of a large archive's reading time; a file whose
    inode, size and modification times are those it was parsed at is not read again.
    """

    def __init__(self, path: Path):
        self.path = path
        self._kept = ShardedCache(path)
        self._entries: dict[str, tuple] = self._kept.load()  # rel → (stat key, Document | None | problem)

    def read(self, docs: Path, files: dict[str, os.stat_result]) -> tuple[list[Document], list[str], set[str]]:
        """(records, ``file: reason`` problems, paths read again) for the Markdown files among ``files``."""
        entries, stale = {}, []
        for rel, st in files.items():
            if not rel.endswith(".md"):
                continue
            cached = self._entries.get(rel)
            if cached and cached[0] == stat_key(st):
                entries[rel] = cached
            else:
                stale.append(rel)
        read = functools.partial(_load, docs)
        if len(stale) < PARALLEL_FROM:
            fresh = list(map(read, stale))
        else:
            with worker_pool(os.cpu_count() or 1) as pool:
                fresh = list(pool.map(read, stale, chunksize=64))
        for rel, loaded in zip(stale, fresh):
            entries[rel] = (stat_key(files[rel]), loaded)
        self._entries = entries
        self._kept.save(entries)
        documents = [loaded for _, loaded in entries.values() if isinstance(loaded, Document)]
        problems = sorted(loaded for _, loaded in entries.values() if isinstance(loaded, str))
        return documents, problems, set(stale)


def _load(docs: Path, rel: str) -> Document | str | None:
    return load_document(docs, docs / rel)
