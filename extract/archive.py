"""The archive: the docs folder of records, its manifest, its lock, and who is who in it.

``ingest`` and ``build`` both go through :class:`Archive`, and only through it:

* **records on disk**: one Markdown file per document, ``<committee>/<date>/<kind>….md``,
  frontmatter first; :meth:`Archive.documents` streams them back as typed records;
* **the manifest** (``.committee-archive/manifest.json``): which records each source PDF produced,
  which of them the officer deleted (never re-created unless forced), and the officer's hints;
* **extractions** (``.committee-archive/extracted/``): what ingest last extracted for each record,
  the base a hand-edited record is merged from when a newer version of its PDF arrives;
* **the lock** (on the docs folder itself): ingest writes under an exclusive lock
  (:meth:`Archive.writing`), build reads a consistent snapshot under a shared one
  (:meth:`Archive.reading`), so a build never sees half of an ingest run;
* **identities**: the records grouped into meetings and committees (:class:`Catalogue`).

Writing is careful: every file is replaced atomically, a record edited by hand is
never overwritten silently, and whatever is removed is backed up first.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import functools
import itertools
import json
import os
import re
import signal
import sys
import time
import unicodedata
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import ContextManager, Iterator

import yaml

from extract.model import KINDS, Agenda, Minutes, Record, RecordFormatError, Report, Review, record_from_frontmatter
from extract.patterns import (ACRONYM_SKIPS, AUTHORITY_TIERS, AUTHORITY_WORDS, COMMITTEE_ABBREVIATIONS,
                              COMPOUND_PREFIXES, CORPORATE_STYLE, COUNCIL_ABBREVIATION, COUNCIL_ABBREVIATIONS,
                              COUNCIL_NOUNS, COUNCIL_OCCASIONS, COUNCIL_STYLE_ABBREVIATION, EXECUTIVE_NAMES,
                              LEADING_BODY_WORD, LEADING_ROLE,
                              LOCAL_TIERS, LONDON_BOROUGH_STYLE, MEETING_QUALIFIERS, NAME_SUFFIXES, POSTNOMINAL, SOLID_COMPOUNDS,
                              TIER_EQUIVALENTS, TIERS_ALWAYS_NAMED)
from extract.parse.people import strip_title
from extract.publication import public_record
from extract.reconcile import merge_record, open_review
from extract.text import ISO_DATE, slugify
from extract.workers import worker_pool
from extract.write import (SAFE_LOADER, committee_slug, frontmatter_of, is_unedited, meeting_folder,
                           remove_temporaries, render_record, stamp_generated, sync_directory,
                           with_frontmatter_updates, write_text_atomic)

# The archive's own files (manifest, backups) inside the docs folder: a dot-folder, which MkDocs leaves out.
STATE_DIR = ".committee-archive"
MANIFEST_VERSION = 2
PARALLEL_FROM = 500  # record files; below this, starting worker processes costs more than it saves


# --- The lock ---

# Lock descriptors this process holds. A process forked while one is held (an ingest
# worker) closes its copies at once: the lock is its holder's alone and ends with it.
_HELD_LOCKS: set[int] = set()


def _drop_inherited_locks() -> None:
    for handle in _HELD_LOCKS:
        os.close(handle)  # the child's copy only: the parent keeps the lock
    _HELD_LOCKS.clear()


os.register_at_fork(after_in_child=_drop_inherited_locks)


@contextmanager
def locked(docs: Path, exclusive: bool, waiting: str) -> Iterator[None]:
    """Hold the archive's lock: exclusive to write, shared to read; say so when waiting for it.

    The lock is the docs folder itself (``flock`` on the directory), so reading takes
    it without writing anything there, and the kernel releases it when its holder
    dies: there is no lock file to go stale. Processes that kept it for a holder that is
    gone (the orphaned workers of a killed ingest of an older version) are ended, with
    a warning, and the lock taken over.
    """
    if exclusive:
        docs.mkdir(parents=True, exist_ok=True)
    try:
        handle = os.open(docs, os.O_RDONLY | os.O_DIRECTORY)
    except FileNotFoundError:
        yield  # nothing to read, and nobody writing it yet
        return
    mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
    try:
        try:
            fcntl.flock(handle, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            if not _take_over_stale_lock(handle, docs, mode):
                print(waiting, file=sys.stderr, flush=True)
                fcntl.flock(handle, mode)
        _HELD_LOCKS.add(handle)
        yield
    finally:
        _HELD_LOCKS.discard(handle)
        os.close(handle)  # closing releases the lock


# Seconds to wait for the processes holding a stale lock to end once told to.
STALE_HOLDERS_END = 5.0


def _take_over_stale_lock(handle: int, docs: Path, mode: int) -> bool:
    """Take the lock when whoever locked the folder is gone and only processes that inherited it hold it.

    The kernel lists each lock with the process that took it (``/proc/locks``) and
    every descriptor holding it (``/proc/<pid>/fdinfo``). False when the lock is
    genuinely held, or the system cannot tell (not Linux).
    """
    info = os.fstat(handle)
    key = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    try:
        with open("/proc/locks", encoding="ascii") as listing:
            lockers = {int(fields[4]) for fields in map(str.split, listing)
                       if len(fields) >= 6 and fields[1] == "FLOCK" and fields[5] == key}
    except (OSError, ValueError):
        return False
    if not lockers or any(pid > 0 and Path(f"/proc/{pid}").exists() for pid in lockers):
        return False
    holders = sorted({int(fdinfo.parts[2]) for fdinfo in Path("/proc").glob("[0-9]*/fdinfo/*")
                      if _holds(fdinfo, key)} - {os.getpid()})
    for pid in holders:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            return False  # not ours to end: wait for it as for any holder
    deadline = time.monotonic() + STALE_HOLDERS_END
    while time.monotonic() < deadline:
        try:
            fcntl.flock(handle, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            time.sleep(0.05)
            continue
        print(f"warning: the ingest that locked {docs} (pid {', '.join(map(str, sorted(lockers)))}) is gone, but "
              f"processes it left (pid {', '.join(map(str, holders))}) kept the lock: ended them and took it over",
              file=sys.stderr, flush=True)
        return True
    return False


def _holds(fdinfo: Path, key: str) -> bool:
    try:
        return any(line.startswith("lock:") and " FLOCK " in line and f" {key} " in line
                   for line in fdinfo.read_text(encoding="ascii", errors="replace").splitlines())
    except OSError:
        return False  # a descriptor closed, or a process ended, while looking

# --- What the officer says: committee-archive.yml ---

SETTINGS_FILE = "committee-archive.yml"
PEOPLE_FILE = "people.yml"


class SettingsInvalid(Exception):
    """A settings file the archive cannot use: one ``file: reason`` line each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class PersonEntry:
    """One person as an officer describes them in people.yml; it wins over the archive's guess.

    ``aliases`` are more printed forms of their name (a merge); ``committees``, ``from`` and
    ``until`` limit where this entry claims its names (a split: one printed name, two people).
    """

    name: str
    council: str | None = None
    aliases: list[str] = field(default_factory=list)
    party: str | None = None
    ward: str | None = None
    committees: list[str] = field(default_factory=list)
    since: str | None = None  # people.yml's "from"
    until: str | None = None


_ENTRY_TEXT = ("name", "council", "party", "ward")
_ENTRY_LISTS = ("aliases", "committees")
_ENTRY_DATES = {"from": "since", "until": "until"}


def _person_entry(data, where: str) -> PersonEntry | str:
    """An entry of people.yml, or the one line saying what is wrong with it."""
    if not isinstance(data, dict):
        return f"{where}: must be a mapping with a 'name', like '- name: Bukky Okunade'"
    unknown = sorted(set(data) - set(_ENTRY_TEXT) - set(_ENTRY_LISTS) - set(_ENTRY_DATES))
    if unknown:
        return f"{where}: unknown key '{unknown[0]}' (known: {', '.join(_ENTRY_TEXT + _ENTRY_LISTS)}, from, until)"
    if not isinstance(data.get("name"), str) or not data["name"].strip():
        return f"{where}: 'name' must be the person's name"
    for key in _ENTRY_TEXT:
        if data.get(key) is not None and not isinstance(data[key], str):
            return f"{where}: '{key}' must be text, not {data[key]!r}"
    for key in _ENTRY_LISTS:
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return f"{where}: '{key}' must be a list of names (a '- ' line each), not {value!r}"
    for key in _ENTRY_DATES:
        if data.get(key) is not None and not ISO_DATE.fullmatch(str(data[key])):
            return f"{where}: '{key}' must be a date, YYYY-MM-DD, not {data[key]!r}"
    return PersonEntry(**{k: data[k].strip() for k in _ENTRY_TEXT if data.get(k)},
                       **{k: list(data.get(k) or []) for k in _ENTRY_LISTS},
                       **{field_: str(data[k]) for k, field_ in _ENTRY_DATES.items() if data.get(k) is not None})


def _read_yaml(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise SettingsInvalid([f"{path}: not valid YAML{where}: {getattr(exc, 'problem', None) or exc}"]) from None


@dataclass
class Settings:
    """The officer's word on the archive, in files beside mkdocs.yml, read at every build.

    ``committee-archive.yml`` (or the ``extra:`` section of ``mkdocs.yml``): ``council``, the
    council publishing the archive; every committee is then its committee, whatever the
    records print. ``people.yml``: who is who (:class:`PersonEntry`), over the guesses.
    """

    council: str | None = None
    people: list[PersonEntry] = field(default_factory=list)

    @classmethod
    def load(cls, folder: Path, mkdocs_extra: dict | None = None) -> "Settings":
        path = folder / SETTINGS_FILE
        data = _read_yaml(path)
        if data is None:
            data, path = mkdocs_extra if isinstance(mkdocs_extra, dict) else {}, folder / "mkdocs.yml (extra)"
        if not isinstance(data, dict):
            raise SettingsInvalid([f"{path}: must be a mapping of keys, like 'council: Thurrock Council'"])
        council = data.get("council")
        if council is not None and not (isinstance(council, str) and council.strip()):
            raise SettingsInvalid([f"{path}: 'council' must be the council's name, not {council!r}"])
        people_path = folder / PEOPLE_FILE
        listed = _read_yaml(people_path) or []
        if not isinstance(listed, list):
            raise SettingsInvalid([f"{people_path}: must be a list of people, each starting '- name: …'"])
        entries = [_person_entry(entry, f"{people_path}: entry {n}") for n, entry in enumerate(listed, 1)]
        problems = [e for e in entries if isinstance(e, str)]
        if problems:
            raise SettingsInvalid(problems)
        return cls(council=council.strip() if council else None, people=entries)


# --- Records, read back ---

@dataclass
class Document:
    """One record and the Markdown file it lives in (relative to the docs folder)."""

    record: Record
    path: str
    review: list[Review] = field(default_factory=list)  # the officer's open review items (never published)


class RecordsInvalid(Exception):
    """Records the site cannot be built from: one ``file: reason`` line each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def frontmatter_text(path: Path) -> str | None:
    """The YAML at the top of a Markdown file, between its ``---`` lines; None if it has none."""
    with path.open(encoding="utf-8") as handle:
        if handle.readline().rstrip("\r\n") != "---":
            return None
        lines = []
        for line in handle:
            if line.rstrip("\r\n") == "---":
                return "".join(lines)
            lines.append(line)
    return None


def read_frontmatter(path: Path) -> dict | None:
    """The YAML mapping at the top of a Markdown file, or None if it has none."""
    text = frontmatter_text(path)
    data = yaml.load(text, Loader=SAFE_LOADER) if text is not None else None
    return data if isinstance(data, dict) else None


def load_document(docs: Path, path: Path) -> Document | str | None:
    """The record in ``path``, as far as it may be published; None for a hand-written page; a
    ``file: reason`` line for a broken record."""
    try:
        data = read_frontmatter(path)
        if not data or data.get("kind") not in KINDS:
            return None  # a hand-written page
        return Document(record=public_record(record_from_frontmatter(data)), path=path.relative_to(docs).as_posix(),
                        review=open_review(data))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        return f"{path}: frontmatter is not valid YAML{where}: {getattr(exc, 'problem', None) or exc}"
    except RecordFormatError as exc:
        return f"{path}: {exc}"
    except (TypeError, AttributeError, ValueError) as exc:  # a nested entry of the wrong shape
        return f"{path}: frontmatter does not fit a {data.get('kind')} record ({exc})"


INDEX_VERSION = 1


class FolderIndex:
    """What ingest reads of the records already in a committee folder — the dates its minutes approve, the
    committee and body its first record prints — kept in the archive's state (``index.json``) with each
    file's inode, size and modification time.

    A run parses again only the records that changed since (by ingest or by hand): not every minutes
    of a committee's back catalogue, each time one more meeting of it comes in. Listing a folder's
    meetings and looking at their files is all it does of the rest. Losing the file only costs reading
    the records again.
    """

    def __init__(self, docs: Path, path: Path):
        self.docs = docs
        self.path = path
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            folders = data["folders"] if data.get("version") == INDEX_VERSION else {}
        except (FileNotFoundError, ValueError, KeyError, TypeError, AttributeError):
            folders = {}
        # folder → {"minutes": {meeting: [inode, size, mtime_ns, approved dates]},
        #           "first": [record, inode, size, mtime_ns, committee, body]}
        self._folders: dict[str, dict] = folders if isinstance(folders, dict) else {}
        self._changed = False

    def _meetings(self, folder: str) -> list[str]:
        """The folder's meeting folders, in order."""
        try:
            with os.scandir(self.docs / folder) as entries:
                return sorted(e.name for e in entries if e.is_dir() and not e.name.startswith("."))
        except (FileNotFoundError, NotADirectoryError):
            return []

    def approvals(self, folder: str) -> dict[str, list[str]]:
        """Each meeting of the folder whose minutes say they approve others' → those meetings' dates."""
        known = self._folder(folder).get("minutes", {})
        found: dict[str, list] = {}
        for meeting in self._meetings(folder):
            path = self.docs / folder / meeting / "minutes.md"
            stat = _stat_of(path)
            if stat is None:
                continue
            entry = known.get(meeting)
            found[meeting] = entry if entry and entry[:3] == stat else [*stat, _approved_dates(path)]
        if found != known:
            self._folder(folder)["minutes"] = found
            self._changed = True
        return {meeting: entry[3] for meeting, entry in found.items() if entry[3]}

    def first_printed(self, folder: str) -> tuple[str | None, str | None]:
        """The committee and body the folder's first record prints (in path order); none for a folder of none."""
        first = next((f"{folder}/{meeting}/{name}" for meeting in self._meetings(folder)
                      for name in _record_names(self.docs / folder / meeting)), None)
        if first is None:
            return None, None
        stat = _stat_of(self.docs / first)
        known = self._folder(folder).get("first")
        if not (known and known[0] == first and known[1:4] == stat):
            known = [first, *(stat or [0, 0, 0]), *_printed_names(self.docs / first)]
            self._folder(folder)["first"] = known
            self._changed = True
        return known[4], known[5]

    def _folder(self, folder: str) -> dict:
        entry = self._folders.get(folder)
        if not isinstance(entry, dict):
            entry = self._folders[folder] = {}
        return entry

    def save(self, temporaries: Path) -> None:
        if self._changed:
            data = {"version": INDEX_VERSION, "folders": dict(sorted(self._folders.items()))}
            write_text_atomic(self.path, json.dumps(data, separators=(",", ":")) + "\n", temporaries)
            self._changed = False


def _stat_of(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_ino, st.st_size, st.st_mtime_ns]


def _record_names(meeting: Path) -> list[str]:
    try:
        with os.scandir(meeting) as entries:
            return sorted(e.name for e in entries if e.name.endswith(".md") and not e.name.startswith(".")
                          and e.is_file())
    except OSError:
        return []


# How ingest writes minutes that approve none: where the frontmatter names ``approves`` only so, there is
# nothing to read (what else the line could be, inside some text, would leave the key out altogether).
_APPROVES_NONE = re.compile(r"^approves: \[\]$", re.M)


def _approved_dates(path: Path) -> list[str]:
    """The dates a minutes file says it approves."""
    try:
        text = frontmatter_text(path) or ""
    except (OSError, UnicodeDecodeError):
        return []
    named = text.count("approves")
    if named == 0 or named == 1 and _APPROVES_NONE.search(text):
        return []
    try:
        data = yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        return []  # a hand edit broke it
    approves = data.get("approves") if isinstance(data, dict) else None
    return [str(date) for date in approves] if isinstance(approves, list) else []


def _printed_names(path: Path) -> list[str | None]:
    """The committee and body a record prints (none when a hand edit broke its frontmatter, or it is gone)."""
    try:
        data = read_frontmatter(path) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        data = {}
    return [value if isinstance(value, str) else None for value in (data.get("committee"), data.get("body"))]


def _folder_of(rec: RecordOutcome) -> str:
    """The committee folder a record is filed in."""
    return rec.path.split("/", 1)[0]


def _council_printed_by(records: list[RecordOutcome]) -> str | None:
    """A PDF's council, as its records print it most often: its papers are filed together, also those that
    print none (the minutes in an agenda pack)."""
    printed = Counter(c for c in (_printed_council(r.record.committee, r.record.body) for r in records if r.record) if c)
    return printed.most_common(1)[0][0] if printed else None


def _printed_council(committee: str | None, body: str | None) -> str | None:
    """The council a record names: the one its committee is ("Milburn Parish Council"), else its printed body."""
    council = council_named_by(committee) or body
    return council if council_key(council) else None


def _other_councils(one: str | None, other: str | None) -> bool:
    """Whether two printed councils are surely different: both named, neither's own words within the other's
    ("City of Omaha" is "the City of Omaha Cable Television Access"'s council; "Kent County Council" is not)."""
    if one is None or other is None:
        return False
    (mine, _), (theirs, _) = council_key(one), council_key(other)
    return not (mine <= theirs or theirs <= mine)


def _source_of(text: str | None) -> dict | None:
    """The ``source`` mapping of a record's text; None for a file ingest did not write or cannot read."""
    try:
        source = frontmatter_of(text or "").get("source")
    except (ValueError, yaml.YAMLError):
        return None
    return source if isinstance(source, dict) and source.get("sha256") else None


# What may differ between two PDFs' records of one document: where each came from, and
# whether a later meeting has approved it yet.
_NOT_THE_DOCUMENT = ("source", "status", "approved_at")


def _same_document(a: str, b: str) -> bool:
    """Two records of the same document, found in two PDFs (a pack re-issued, minutes published twice)."""
    try:
        fa, fb = frontmatter_of(a), frontmatter_of(b)
    except (ValueError, yaml.YAMLError):
        return False
    for key in _NOT_THE_DOCUMENT:
        fa.pop(key, None)
        fb.pop(key, None)
    return fa == fb and a.split("\n---\n", 1)[1:] == b.split("\n---\n", 1)[1:]


# --- What writing one PDF's records did ---

@dataclass
class SourcePdf:
    """A source PDF, known by its content (sha256), remembered with the path it came from."""

    name: str  # its file name, as records' ``source.file`` gives it
    path: str  # where it was read from, absolute
    sha256: str


@dataclass
class RecordOutcome:
    path: str  # relative to the docs folder
    text: str
    record: Record | None = None
    # new | updated | unchanged | identical | merged | kept-edited | replaced-edited | removed | kept-edited-stale
    # | deleted (by hand, not re-created)
    status: str = ""
    backup: str | None = None  # where the hand-edited version went, relative to the docs folder
    same_as: str | None = None  # identical: the other PDF already holding this document


class Archive:
    """The docs folder: records on disk, the manifest, the lock.

    Read under :meth:`reading`, written under :meth:`writing`; ``generator`` is
    what ingest stamps into the records it writes (``generated.by``).
    """

    def __init__(self, docs: Path, generator: str = "", force: bool = False):
        self.docs = docs
        self.state = docs / STATE_DIR
        self.manifest_path = self.state / "manifest.json"
        self.extracted = self.state / "extracted"
        self.temporaries = self.state / "tmp"  # where every write goes first (write.write_text_atomic)
        self.generator = generator
        self.force = force
        self.sources: dict[str, dict] = {}
        self._deleted: set[str] = set()  # records of the PDF being written that the officer deleted
        # Per committee folder: approved meeting date → date of the meeting that approved it.
        self._approvals: dict[str, dict[str, str]] = {}
        self._folder_councils: dict[str, str | None] = {}  # per committee folder: the council its records print

    # --- The lock ---

    def reading(self) -> ContextManager["Archive"]:
        """A consistent snapshot: no ingest writes while it is held (others may read at once)."""
        return self._held(exclusive=False)

    def writing(self) -> ContextManager["Archive"]:
        """The archive for one ingest run: nobody else writes or reads it meanwhile."""
        return self._held(exclusive=True)

    @contextmanager
    def _held(self, exclusive: bool) -> Iterator["Archive"]:
        waiting = f"waiting for {'another' if exclusive else 'an'} ingest into {self.docs} to finish…"
        with locked(self.docs, exclusive, waiting):
            if exclusive:
                remove_temporaries(self.temporaries)  # left by a writer that was killed
            self.sources = self._load_manifest()
            yield self
            if "index" in vars(self):  # read, and perhaps brought up to date, by this run
                self.index.save(self.temporaries)

    @functools.cached_property
    def index(self) -> FolderIndex:
        """What ingest reads of the committee folders' records, read when first needed (under the lock)."""
        return FolderIndex(self.docs, self.state / "index.json")

    # --- Reading ---

    def record_files(self) -> list[Path]:
        """Every Markdown file of the archive, in path order (the archive's own state left out)."""
        return sorted(p for p in self.docs.rglob("*.md") if STATE_DIR not in p.relative_to(self.docs).parts)

    def documents(self) -> Iterator[Document]:
        """Every record, in path order, one at a time; hand-written pages are left out.

        Frontmatter is parsed in worker processes for a large archive (YAML is most of a
        large build's Python time). After the last record, raises :class:`RecordsInvalid`
        naming every broken record, so none is silently left out.
        """
        paths = self.record_files()
        read = functools.partial(load_document, self.docs)
        problems = []
        if len(paths) < PARALLEL_FROM:
            loaded: Iterator = map(read, paths)
            pool = None
        else:
            pool = worker_pool(os.cpu_count() or 1)
            loaded = pool.map(read, paths, chunksize=64)
        try:
            for item in loaded:
                if isinstance(item, str):
                    problems.append(item)
                elif item is not None:
                    yield item
        finally:
            if pool:
                pool.shutdown(cancel_futures=True)
        if problems:
            raise RecordsInvalid(problems)

    def catalogue(self, settings: Settings | None = None) -> "Catalogue":
        """Every record, grouped by identity into councils, committees and meetings, as ``settings``
        (the officer's committee-archive.yml and people.yml) say where they say anything."""
        return build_catalogue(list(self.documents()), settings)

    def review_of(self, relative: str) -> list[Review]:
        """The review items the officer has left open in one record (none in a file gone or unreadable)."""
        try:
            data = read_frontmatter(self.docs / relative)
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            return []
        return open_review(data) if data else []

    def read_text(self, relative: str) -> str | None:
        try:
            return (self.docs / relative).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    # --- Writing ---

    def _load_manifest(self) -> dict[str, dict]:
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return {}  # a lost or damaged manifest only costs a full re-read
        if data.get("version") == 1:  # keyed by file name, without the paths PDFs came from
            return {entry["sha256"]: {"file": name, "paths": [], "extractor": entry.get("extractor"),
                                      "records": entry.get("records", [])}
                    for name, entry in data.get("sources", {}).items() if entry.get("sha256")}
        return data.get("sources", {}) if data.get("version") == MANIFEST_VERSION else {}

    def _save_manifest(self) -> None:
        data = {"version": MANIFEST_VERSION, "sources": dict(sorted(self.sources.items()))}
        write_text_atomic(self.manifest_path, json.dumps(data, indent=1, ensure_ascii=False) + "\n", self.temporaries)

    def known(self, pdf: SourcePdf) -> dict | None:
        """What the manifest remembers of this very PDF (by content, under whatever name it came)."""
        return self.sources.get(pdf.sha256)

    def previous_version(self, pdf: SourcePdf) -> dict | None:
        """The PDF this one is a newer version of: another one ingested from the same path.

        (A manifest written before paths were remembered knows sources by file name only.)
        """
        earlier = [entry for sha, entry in self.sources.items() if sha != pdf.sha256 and (
            pdf.path in entry.get("paths", []) or (not entry.get("paths") and entry.get("file") == pdf.name))]
        return max(earlier, key=lambda entry: entry.get("ingested", ""), default=None)

    def hints_for(self, pdf: SourcePdf, given: dict[str, str]) -> dict[str, str]:
        """The officer's hints for a PDF: those remembered for it, or for the version it replaces,
        with ``given`` (this run's) over them."""
        remembered = (self.known(pdf) or self.previous_version(pdf) or {}).get("hints", {})
        return {**remembered, **given}

    def unchanged(self, pdf: SourcePdf, fingerprint: str, hints: dict[str, str] | None = None) -> list[str] | None:
        """The records of a PDF ingested before, byte for byte, by this code with these hints: reading it
        again would extract what it did (records the officer edited since are theirs, and stay).

        A record the officer deleted is remembered as deleted and left out. With ``force``, a
        record deleted or edited by hand has the PDF read again, to bring it back or replace
        the edit. The same PDF under another name or from another folder is the same source:
        its path is remembered beside the first.
        """
        entry = self.known(pdf)
        if not entry or entry.get("extractor") != fingerprint or entry.get("hints", {}) != (hints or {}):
            return None
        if self.force and entry.get("deleted"):
            return None
        present = []
        for relative in entry.get("records", []):
            text = self.read_text(relative)
            if text is None or (self.force and not is_unedited(text)):
                if self.force:
                    return None
                entry["deleted"] = sorted({*entry.get("deleted", []), relative})
                continue
            if is_unedited(text) and not (self.extracted / relative).is_file():
                self._remember_extraction(relative, text)  # ingested before extractions were kept
            present.append(relative)
        if pdf.path not in entry["paths"] or present != entry.get("records", []):
            if pdf.path not in entry["paths"]:
                entry["paths"].append(pdf.path)
            entry["records"] = present
            self._save_manifest()
        return present

    def deleted(self, pdf: SourcePdf) -> list[str]:
        """The records of this PDF the officer deleted, which ingest does not re-create."""
        return list((self.known(pdf) or {}).get("deleted", []))

    def write(self, pdf: SourcePdf, fingerprint: str, records: list[RecordOutcome],
              hints: dict[str, str] | None = None) -> list[str]:
        """File one PDF's records; return the warnings to show.

        A record never replaces another PDF's record: the same document found in two
        PDFs is kept once (status ``identical``), a different one of the same meeting is
        kept beside it (``minutes-2.md``) with a warning. The records of a newer version
        of a PDF (same path) replace its own earlier records, and those it no longer has
        are removed, backed up first, unless another PDF holds them too. A record the
        officer edited has their corrections carried onto the new extraction; one they
        deleted stays deleted (``force`` brings it back). ``hints`` (the officer's, applied
        to the records already) are remembered for the next run.
        """
        previous = self.previous_version(pdf)
        # The earlier version is replaced only where it came from nowhere else.
        replaced = previous if previous is not None and set(previous.get("paths", [])) <= {pdf.path} else None
        mine = [entry for entry in (self.known(pdf), replaced) if entry]
        own_paths = {p for entry in mine for p in entry.get("records", [])}
        own_shas = {pdf.sha256} | {sha for sha, entry in self.sources.items() if entry is replaced}
        self._deleted = ({p for entry in mine for p in entry.get("deleted", [])}
                         | {p for p in own_paths if not (self.docs / p).exists()})
        council = _council_printed_by(records)
        for rec in records:
            self._place_with_its_council(rec, council)
            self._mark_if_approved_already(rec)
        warnings: list[str] = []
        taken: set[str] = set()
        for rec in records:
            warnings += self._file_record(rec, own_paths, own_shas, taken)
        warnings += [w for rec in records for w in self._approve_earlier_minutes(rec)]
        held_elsewhere = {p for entry in self.sources.values() if not any(entry is m for m in mine)
                          for p in entry.get("records", [])}
        for relative in sorted(own_paths - taken - held_elsewhere):
            removed = RecordOutcome(path=relative, text="")
            warnings += self._remove_stale(removed)
            if removed.status:
                records.append(removed)
        if previous is not None:
            previous["paths"] = [p for p in previous.get("paths", []) if p != pdf.path]
        for sha in [sha for sha, entry in self.sources.items() if entry is replaced]:
            del self.sources[sha]
        entry = self.sources.setdefault(pdf.sha256, {"file": pdf.name, "paths": []})
        entry.update(extractor=fingerprint, records=[rec.path for rec in records if rec.status not in ("removed", "deleted")],
                     deleted=[rec.path for rec in records if rec.status == "deleted"],
                     ingested=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
        for key, value in (("deleted", entry["deleted"]), ("hints", hints)):
            if value:
                entry[key] = value
            else:
                entry.pop(key, None)
        if pdf.path not in entry["paths"]:
            entry["paths"].append(pdf.path)
        self._save_manifest()
        return warnings

    def _file_record(self, rec: RecordOutcome, own_paths: set[str], own_shas: set[str], taken: set[str]) -> list[str]:
        """Put one record where it belongs: its own file, the same document's, or beside another PDF's."""
        wanted, number = rec.path, 1
        while True:
            candidate = wanted if number == 1 else f"{wanted.removesuffix('.md')}-{number}.md"
            number += 1
            if candidate in taken:
                continue
            current = self.read_text(candidate)
            owner = _source_of(current) if current is not None else None
            if current is None or candidate in own_paths or owner is None or owner.get("sha256") in own_shas:
                break  # free, this PDF's own, or not ingest's at all (kept, unless --force)
            if _same_document(current, rec.text):
                taken.add(candidate)
                rec.path, rec.status, rec.same_as = candidate, "identical", owner.get("file")
                return []
        taken.add(candidate)
        rec.path = candidate
        if candidate in self._deleted and not self.force and current is None:
            rec.status = "deleted"  # the summary says so, and how to bring it back
            return []
        warnings = self._write_record(rec)
        if candidate != wanted:
            other = _source_of(self.read_text(wanted)) or {}
            warnings.append(f"{wanted} holds a different {rec.record.kind if rec.record else 'record'} of the same "
                            f"meeting, from {other.get('file')}: kept both, this PDF's in {candidate} (if this PDF "
                            f"replaces {other.get('file')}, delete the record that is out of date)")
        return warnings

    # Committees of different councils can share a name ("Cabinet", "City Council"): their
    # records must not share a folder, where one council's agenda would pass for another
    # version of the other's of the same date, and one's minutes would approve the other's.

    def _place_with_its_council(self, rec: RecordOutcome, council: str | None) -> None:
        """File a record of ``council``'s under ``<council>-<committee>/`` when ``<committee>/`` holds another
        council's."""
        record = rec.record
        if council is None or record is None:
            return
        plain, rest = rec.path.split("/", 1)
        qualified = committee_slug(f"{council} {record.committee}")
        if (self.docs / qualified).is_dir() or _other_councils(council, self._council_in_folder(plain)):
            rec.path = f"{qualified}/{rest}"

    def _council_in_folder(self, folder: str) -> str | None:
        """The council the records in a committee folder print, read from its first record (kept once known:
        a folder with none yet may get this run's)."""
        if self._folder_councils.get(folder) is None:
            self._folder_councils[folder] = _printed_council(*self.index.first_printed(folder))
        return self._folder_councils[folder]

    # Minutes are approved at a later meeting: whichever of the two is ingested second
    # settles the earlier one's status, so the order PDFs arrive in does not matter.

    def _approvals_of(self, slug: str) -> dict[str, str]:
        """The approvals in a committee folder, read from its minutes once a run rather than once a record."""
        if slug not in self._approvals:
            approvals = self._approvals[slug] = {}
            for meeting, dates in self.index.approvals(slug).items():
                for approved in dates:
                    approvals.setdefault(approved, meeting)  # the earliest approval counts
        return self._approvals[slug]

    def _mark_if_approved_already(self, rec: RecordOutcome) -> None:
        minutes = rec.record
        if not isinstance(minutes, Minutes) or minutes.status == "approved" or not minutes.date:
            return
        approver = self._approvals_of(_folder_of(rec)).get(minutes.date)
        if approver:
            minutes.status, minutes.approved_at = "approved", approver
            rec.text = stamp_generated(render_record(minutes), self.generator)

    def _approve_earlier_minutes(self, rec: RecordOutcome) -> list[str]:
        minutes = rec.record
        if not isinstance(minutes, Minutes):
            return []
        warnings = []
        approvals = self._approvals_of(_folder_of(rec))
        for date in minutes.approves:
            if minutes.date:
                approvals.setdefault(date, minutes.date)
            relative = f"{_folder_of(rec)}/{meeting_folder(date)}/minutes.md"
            text = self.read_text(relative)
            if text is None:
                continue
            if not is_unedited(text):
                warnings.append(f"{relative} was approved on {minutes.date}, but was edited by hand: "
                                f"set its status yourself if it does not say so")
                continue
            if frontmatter_of(text).get("status") == "approved":
                continue
            approved = with_frontmatter_updates(text, {"status": "approved", "approved_at": minutes.date}, self.generator)
            write_text_atomic(self.docs / relative, approved, self.temporaries)
            self._remember_extraction(relative, approved)  # the archive's own change, not the officer's
            warnings.append(f"{relative}: marked approved (approved at the meeting of {minutes.date})")
        return warnings

    def _write_record(self, rec: RecordOutcome) -> list[str]:
        extraction = rec.text
        current = self.read_text(rec.path)
        warnings: list[str] = []
        if current == rec.text:
            rec.status = "unchanged"
        elif current is not None and not is_unedited(current):
            if not self.force:
                warnings = self._carry_corrections(rec, current)
                if rec.status == "kept-edited":
                    return warnings  # the record is not based on this extraction
            else:
                rec.backup = self._back_up(rec.path)
                rec.status = "replaced-edited"
                write_text_atomic(self.docs / rec.path, rec.text, self.temporaries)
                warnings = [f"{rec.path} was edited by hand: replaced it; the edited version is in {rec.backup}"]
        else:
            rec.status = "new" if current is None else "updated"
            write_text_atomic(self.docs / rec.path, rec.text, self.temporaries)
        self._remember_extraction(rec.path, extraction)
        return warnings

    def _carry_corrections(self, rec: RecordOutcome, current: str) -> list[str]:
        """Carry what the officer changed in a record onto its new extraction (a three-way merge
        from the extraction they edited; :func:`extract.reconcile.merge_record`)."""
        base = self._extraction(rec.path)
        new_text_at = f"{STATE_DIR}/extracted/{rec.path}"
        try:
            merged = merge_record(base, current, rec.text, new_text_at) if base is not None else None
        except (ValueError, yaml.YAMLError):  # a hand edit broke the frontmatter: nothing to merge from
            merged = None
        if merged is None:
            rec.status = "kept-edited"
            return [f"{rec.path} was edited by hand: kept it, and did not write the new extraction "
                    f"(ingest --force replaces it, keeping a backup of the edited file)"]
        if merged.text == current:
            rec.status = "unchanged"  # the extraction is what the officer edited: their file stands
            return []
        rec.backup = self._back_up(rec.path)
        write_text_atomic(self.docs / rec.path, merged.text, self.temporaries)
        rec.text, rec.status = merged.text, "merged"
        try:
            rec.record = record_from_frontmatter(frontmatter_of(merged.text))
        except RecordFormatError:
            pass  # the summary describes the extraction instead
        warnings = []
        if merged.kept:
            warnings.append(f"{rec.path}: carried your corrections ({', '.join(merged.kept)}) onto the new "
                            f"version of the PDF (your file as it was: {rec.backup})")
        conflicts = merged.conflicts + (["the text"] if merged.text_conflict else [])
        if conflicts:
            where = f" (the new text is in {new_text_at})" if merged.text_conflict else ""
            warnings.append(f"{rec.path}: the new version of the PDF also changes {', '.join(conflicts)}, which you "
                            f"edited: kept yours, for review{where}")
        return warnings

    # What ingest last extracted for each record: the base of a merge with the officer's edits.

    def _extraction(self, relative: str) -> str | None:
        try:
            return (self.extracted / relative).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def _remember_extraction(self, relative: str, text: str) -> None:
        if self._extraction(relative) != text:
            write_text_atomic(self.extracted / relative, text, self.temporaries)

    def _forget_extraction(self, relative: str) -> None:
        (self.extracted / relative).unlink(missing_ok=True)

    def _remove_stale(self, rec: RecordOutcome) -> list[str]:
        current = self.read_text(rec.path)
        if current is None:
            return []
        edited = not is_unedited(current)
        if edited and not self.force:
            rec.status = "kept-edited-stale"
            return [f"{rec.path} is not in the new version of the PDF, but was edited by hand: kept it "
                    f"(ingest --force removes it, keeping a backup)"]
        # Even an unedited record is backed up: a different PDF that happens to share the
        # file name looks like a new version, and nothing in the archive may be lost.
        rec.backup = self._back_up(rec.path, "edited" if edited else "removed")
        target = self.docs / rec.path
        target.unlink()
        sync_directory(target.parent)
        self._forget_extraction(rec.path)
        rec.status = "removed"
        return [f"{rec.path} is not in the new version of the PDF: removed it; a copy is in {rec.backup}"]

    def _back_up(self, relative: str, why: str = "edited") -> str:
        """Copy a record out of the site's way; return where it went (relative to docs)."""
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        backup = Path(STATE_DIR) / "backups" / f"{relative}.{why}-{stamp}.bak"
        write_text_atomic(self.docs / backup, (self.docs / relative).read_text(encoding="utf-8"), self.temporaries)
        return backup.as_posix()


# --- Identities: councils, committees and meetings ---
#
# A record prints its committee ("Children's Services Overview and Scrutiny Committee",
# "CHILDREN'S SERVICES O&S COMMITTEE") and often its council; the archive decides which
# committee of which council that is. A source PDF is published by one council, so its
# records share one: the council a committee name is ("Milburn Parish Council"), else the
# council its records print most, else — for a PDF that prints none — the one council with
# which it shares a meeting, else a committee's name, else members; else none is known.
# Names are compared by their words: case, accents, apostrophes and "&"/"and" aside.

_TIERS = {word for words in AUTHORITY_TIERS.values() for word in words}
_GENERIC = (_TIERS | {word for words in AUTHORITY_WORDS.values() for word in words} | set(COUNCIL_NOUNS)
            | set(MEETING_QUALIFIERS))
MAX_COUNCIL_WORDS = 6  # more words of its own than a council's name has: a sentence, not a name
FULL_COUNCIL = ("council",)  # the committee key of a council meeting as a whole
# What the parsers print where a document names no committee: no evidence of which one it is.
UNKNOWN_COMMITTEE = "Unknown committee"
NO_COMMITTEE = {UNKNOWN_COMMITTEE, "Unsorted", ""}
ACRONYM = re.compile(r"(?<![\w&])[A-Z][A-Z&]{1,5}(?![\w&])")
# A body's acronym after its name: "Overview and Scrutiny Management Board (OSMB)" is the board, as printed without.
BRACKETED_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Z&]{1,5})\)")
MEMBERS_IN_COMMON = 2  # surnames two PDFs must share to be taken for one council's
MEMBERS_NAMED_IN_BOTH = 3  # full names a council's records in two languages must share to be taken for one's
OTHER_LANGUAGE_COUNCIL_NOUNS = set(COUNCIL_NOUNS) - {"council"}


# Titles before a name besides a member's and the personal ones the parsers read (HONORIFIC); a privy
# counsellor's or an Australian minister's style too: "Rt Hon Sir John Smith MP", "The Hon. Jane Doe".
_HONORIFICS = {"mx", "dame", "lord", "lady", "prof", "professor", "the", "rt", "right", "hon", "honourable",
               "honorable"}


# Names repeat across an archive's records many thousand times: each is worked out once.
NAMES_REMEMBERED = 1 << 16


# A typeset apostrophe is a typed one: an agenda's "M O’Brien" is the minutes' "M O'Brien".
_APOSTROPHES = str.maketrans("’‘ʼ", "'''")


@functools.lru_cache(maxsize=NAMES_REMEMBERED)
def bare_name(text: str) -> str:
    """A name without honorifics, honours after it, bracketed roles or stray punctuation, one apostrophe for
    all: "Cllr J. Redsell (Chair)" → "J. Redsell", "Councillor P Jones MBE" → "P Jones",
    "M O’Brien" → "M O'Brien"."""
    text = re.sub(r"\([^)]*\)", " ", text or "").translate(_APOSTROPHES)
    words = text.replace(",", " ").split()
    while True:  # "Lord Mayor Cllr Sandra Howard", "Councilmember John Smith Jr.", "Cllr. Dr. Jane Doe"
        _, words = strip_title(words)
        office = LEADING_ROLE.match(" ".join(words))
        if office and len(office.group().split()) < len(words):
            words = words[len(office.group().split()):]
        elif words and words[0].lower().rstrip(".") in _HONORIFICS:
            words = words[1:]
        else:
            break
    while len(words) > 1 and POSTNOMINAL.fullmatch(words[-1].replace(".", "")):  # "OBE.", "Ph.D."
        words.pop()
    return " ".join(_in_name_order(words)).strip(" .;:-")


SURNAME_FIRST_MIN = 3  # letters of a surname set in capitals before the first name; "JJ Abrams" leads with initials


def _in_name_order(words: list[str]) -> list[str]:
    """A name printed surname first, in capitals, as French and Belgian lists print it ("DUPONT Jean", "DE LA
    FONTAINE Marie"), first name first ("Jean DUPONT"), as the same minutes' prose names them; "Ian BORTHWICK",
    "JJ Abrams", "J. SMITH" are in order."""
    caps = list(itertools.takewhile(str.isupper, words))
    rest = words[len(caps):]
    if (caps and rest and all(any(c.islower() for c in w) for w in rest) and not any("." in w for w in caps)
            and max(sum(c.isalpha() for c in w) for w in caps) >= SURNAME_FIRST_MIN):
        return rest + caps
    return words


def surname(name: str) -> str:
    """A name's surname as the archive compares it: its last word, a generational suffix aside
    ("John Smith Jr." → "smith")."""
    words = name_words(bare_name(name))
    return next((w for w in reversed(words) if w not in NAME_SUFFIXES), words[-1] if words else "")


def name_words(text: str | None) -> list[str]:
    """A name as the archive compares it: lower-case words, accents and apostrophes off, "&" as "and"."""
    return list(_name_words(text or ""))


@functools.lru_cache(maxsize=NAMES_REMEMBERED)
def _name_words(text: str) -> tuple[str, ...]:
    text = text.replace("&", " and ")
    text = unicodedata.normalize("NFKD", LONDON_BOROUGH_STYLE.sub("", CORPORATE_STYLE.sub("", text)))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return tuple(re.findall(r"\w+", re.sub(r"['’]", "", text)))


def council_key(name: str | None) -> tuple[frozenset[str], str | None] | None:
    """What tells a council from others: its own words and its tier; None when ``name`` names no council.

    "Kent County Council" → ({kent}, county); "City of Alameda" → ({alameda}, city); "Wrexham County
    Borough Council" → ({wrexham}, borough county); "City of Durham Parish Council" → ({durham}, parish):
    a local council's tier is its own (LOCAL_TIERS); "City Council", "Full Council" → None.
    """
    words = _unabbreviated(name)
    own = frozenset(w for w in words if w not in _GENERIC and w not in COUNCIL_OCCASIONS)  # "Annual Council": none
    if not own or len(own) > MAX_COUNCIL_WORDS:
        return None
    # all its tier words, in English: "Torfaen County Borough Council" is "Cyngor Bwrdeistref Sirol Torfaen"
    tiers = {TIER_EQUIVALENTS.get(w, w) for w in words if w in _TIERS}
    return own, " ".join(sorted(tiers & set(LOCAL_TIERS) or tiers)) or None


def _unabbreviated(name: str | None) -> list[str]:
    """A council's name's words, its tier and noun spelled out where they are abbreviated after a name that has
    neither (COUNCIL_ABBREVIATION), and a London borough's style before it (COUNCIL_STYLE_ABBREVIATION):
    "Tunbridge Wells BC" → tunbridge wells borough council, "LB Camden" → borough of camden."""
    short = _council_abbreviation(name)
    if not short:
        return name_words(name)
    words = COUNCIL_ABBREVIATIONS[short.group("short").replace(".", "").lower()].split()
    if short.start():
        return name_words(name[:short.start()]) + words
    return words + name_words(name[short.end():])


def _council_abbreviation(name: str | None) -> re.Match | None:
    """Where a council's name abbreviates its tier and noun, or its style; None where it has a tier or council
    noun of its own ("Kent County Council CC")."""
    short = COUNCIL_ABBREVIATION.search(name or "") or COUNCIL_STYLE_ABBREVIATION.match(name or "")
    if not short or set(name_words(name[:short.start()] + " " + name[short.end():])) & (_TIERS | set(COUNCIL_NOUNS)):
        return None
    return short


def council_named_by(committee: str | None) -> str | None:
    """The council a committee's name is itself: "Milburn Parish Council", "Council of the City of Winnipeg"
    (and "A Regular Meeting of the La Habra Heights City Council" is La Habra Heights City Council's)."""
    words = name_words(committee)
    if not (words and (words[-1] in COUNCIL_NOUNS or words[0] in COUNCIL_NOUNS) and council_key(committee)):
        return None
    printed, leading = committee.split(), set(MEETING_QUALIFIERS) | {"a", "an"}
    while len(printed) > 1 and name_words(printed[0]) and set(name_words(printed[0])) <= leading:
        printed.pop(0)
    return " ".join(printed)


def joined_councils(name: str | None) -> list[str]:
    """The councils a joint body's name joins, each named in full: "Medway Council and Kent County Council" →
    both; none for one council's name that holds "and" ("Cheshire West and Chester Council", "St Albans City and
    District Council", "Brighton & Hove City Council")."""
    parts = re.split(r"\s+(?:and|&)\s+", name or "", flags=re.I)
    councils = [part for part in parts if name_words(part)[-1:] and name_words(part)[-1] in COUNCIL_NOUNS
                and council_key(part)]
    return councils if len(parts) > 1 and len(councils) == len(parts) else []


def display_name(names: list[str], prefer=lambda name: True) -> str:
    """The form to show of a name printed several ways: the commonest, mixed case before capitals, and
    where as many print either, the one ``prefer`` prefers."""
    counts = Counter(names)
    return max(counts, key=lambda name: (not name.isupper(), counts[name], prefer(name)))


def _names_the_authority(name: str) -> bool:
    """Whether a name is only the authority's: "City of Alameda" is; "Alameda City Council" (a footer's) names
    the city's council, the body that meets, as well. Between two forms printed as often, the first is shown."""
    words = name_words(name)
    return not words or words[-1] not in COUNCIL_NOUNS or len(words) > 1 and words[-2] not in _TIERS


@dataclass(eq=False)
class Council:
    """An authority whose committees the archive holds; ``name`` is None where no PDF of it says which."""

    name: str | None
    key: tuple[frozenset[str], str | None] | None = None
    slug: str = ""
    names: list[str] = field(default_factory=list, repr=False)  # as printed, once per source
    # its own words in the other language of a bilingual country, where its records print both ("chiarrai")
    other_words: frozenset[str] = frozenset()

    @property
    def own_words(self) -> frozenset[str]:
        return self.key[0] if self.key else frozenset()


@dataclass(eq=False)
class Committee:
    """One committee of one council, however its records print its name."""

    name: str
    council: Council
    key: tuple[str, ...]
    slug: str = ""
    meetings: list["Meeting"] = field(default_factory=list)  # oldest first
    names: list[str] = field(default_factory=list, repr=False)  # every printed form, once per record

    @property
    def page(self) -> str:
        return f"{self.slug}/index.md"


@dataclass(eq=False)
class Meeting:
    """Every record of one committee on one date, from however many PDFs."""

    committee: Committee
    date: str | None
    documents: list[Document] = field(default_factory=list)

    @property
    def council(self) -> Council:
        return self.committee.council

    @functools.cached_property
    def page(self) -> str:
        """The generated meeting page, ``<committee-slug>/<yyyy-mm-dd>/index.md``."""
        return f"{self.committee.slug}/{meeting_folder(self.date)}/index.md"

    def first(self, kind: type[Record]) -> Document | None:
        return next((d for d in self.documents if isinstance(d.record, kind)), None)

    @property
    def minutes(self) -> Minutes | None:
        doc = self.first(Minutes)
        return doc.record if doc else None  # type: ignore[return-value]

    @property
    def agenda(self) -> Agenda | None:
        doc = self.first(Agenda)
        return doc.record if doc else None  # type: ignore[return-value]

    @property
    def reports(self) -> list[Document]:
        return [d for d in self.documents if isinstance(d.record, Report)]

    def attr(self, name: str):
        """A meeting fact (start, venue …) from the minutes, else the agenda."""
        for record in (self.minutes, self.agenda):
            value = getattr(record, name, None) if record else None
            if value:
                return value
        return None


@dataclass
class Catalogue:
    """What the archive holds, by identity: councils, their committees, and the meetings (oldest first)."""

    meetings: list[Meeting]
    committees: list[Committee]  # by name
    councils: list[Council]
    settings: Settings = field(default_factory=Settings)  # the officer's word, people.yml's entries included
    # what may be one council's or one committee's and was kept apart, in words for the build's summary
    unsure: list[str] = field(default_factory=list)

    @property
    def documents(self) -> list[Document]:
        return [d for m in self.meetings for d in m.documents]


def document_order(doc: Document) -> tuple:
    """Minutes, then the agenda, then the papers as the pack orders them (each report before its appendices).

    Exempt minutes come after the public ones, so a meeting's minutes are the public minutes.
    """
    rank = {"minutes": 0, "agenda": 1}.get(doc.record.kind, 2)
    first_page = (doc.record.source.pages or [0])[0]
    return rank, bool(doc.record.exempt), doc.record.source.file, first_page, doc.path


def _members(record: Record) -> list:
    """The members a record lists: who sat, sent apologies or was on the membership."""
    return [p for key in ("present", "apologies", "absent", "substitutes", "members")
            for p in getattr(record, key, None) or []]


def member_surnames(record: Record) -> set[str]:
    return {found for found in (surname(p.name) for p in _members(record)) if found}


def member_full_names(record: Record) -> set[tuple[str, ...]]:
    """The members a record names by first name and surname, as the archive compares names ("Mark Young")."""
    names = (name_words(bare_name(p.name)) for p in _members(record))
    return {tuple(words) for words in names if len(words) > 1 and len(words[0]) > 1}


def mail_domains(record: Record) -> set[str]:
    """The first part of the e-mail domains a record's contact gives: "joel.cook@kent.gov.uk" → "kent",
    "clerk@milburnparishcouncil.com" → "milburnparishcouncil": a council's own name, as its mail is addressed."""
    contact = getattr(record, "contact", None)
    email = contact.email if contact else None
    return {email.rpartition("@")[2].split(".")[0].casefold()} if email and "@" in email else set()


def committee_words(name: str, council: Council) -> tuple[str, ...]:
    """The words that tell a committee from the council's others: how it met and the council's own name left out."""
    if not name.isupper():  # an acronym is one word: "O&S" is not "O and S"
        name = ACRONYM.sub(lambda found: found.group().replace("&", ""), name)
    words = _body_words(name)
    own = council.own_words | council.other_words
    if own:  # "Thurrock Council Children's Services …", "Civil Service Board of the City of Alameda"
        words = _without_leading(_without_leading(words, own)[::-1], own)[::-1]
        words = [w for w in words if w not in own]
    return FULL_COUNCIL if _whole_council(set(words)) else tuple(words)


def _body_words(name: str) -> list[str]:
    """A body's name as committees are compared: how it met left out, its head noun unabbreviated and its
    compounds solid ("Health & Well-being Sub Cttee" → health and wellbeing subcommittee)."""
    name = BRACKETED_ACRONYM.sub(lambda found: "" if _spells_out(found, name) else found.group(), name)
    words = [COMMITTEE_ABBREVIATIONS.get(w, w) for w in name_words(name) if w not in MEETING_QUALIFIERS]
    solid: list[str] = []
    for word in words:
        before = solid[-1] if solid else None
        if before in COMPOUND_PREFIXES or (before, word) in SOLID_COMPOUNDS:
            solid[-1] = SOLID_COMPOUNDS.get((before, word), before + word)
        else:
            solid.append(word)
    return solid


def _spells_out(acronym: re.Match, name: str) -> bool:
    """Whether a bracketed acronym spells the words before it: "Social Service Human Relations Board (SSHRB)"."""
    short, before = acronym.group("acronym").replace("&", "").lower(), tuple(name_words(name[:acronym.start()]))
    return any(spells((short,), {short}, before[i:]) for i in range(len(before)))


def _abbreviated(name: str) -> bool:
    return any(w in COMMITTEE_ABBREVIATIONS for w in name_words(name))


def _whole_council(words: set[str]) -> bool:
    """Whether a committee's words (its council's own left out) are the council meeting as a whole:
    "Full Council", "County Council", "Annual Meeting of the Council"."""
    return words <= _GENERIC or bool(words & set(COUNCIL_NOUNS)) and words <= _GENERIC | set(COUNCIL_OCCASIONS)


def _without_leading(words: list[str], own: frozenset[str]) -> list[str]:
    """``words`` less a council's name at their start ("Kent County Council Cabinet" → "Cabinet")."""
    run = next((i for i, w in enumerate(words) if w not in own | _GENERIC), len(words))
    return words[run:] if own & set(words[:run]) else words


def acronyms(name: str) -> set[str]:
    """The words printed as acronyms in a name ("CYP", "O&S"), lower case; none in a name set all in capitals."""
    if name.isupper():  # but a name that is one short word in capitals is one: "OSMB", "HWB"
        return {name.strip().lower()} if ACRONYM.fullmatch(name.strip()) and "&" not in name else set()
    return {found.replace("&", "").lower() for found in ACRONYM.findall(name)}


def spells(short: tuple[str, ...], shortened: set[str], full: tuple[str, ...]) -> bool:
    """Whether ``short``, with its acronyms (``shortened``) spelled out, is ``full``: "cyp scrutiny
    committee" is "children and young people scrutiny committee"."""

    @functools.lru_cache(maxsize=None)
    def match(i: int, j: int) -> bool:
        if i == len(short):
            return j == len(full)
        if short[i] in shortened and spell(i, 0, j):
            return True
        return j < len(full) and full[j] == short[i] and match(i + 1, j + 1)

    @functools.lru_cache(maxsize=None)
    def spell(i: int, k: int, j: int) -> bool:
        letters = short[i]
        if k == len(letters):
            return match(i + 1, j)
        if j == len(full):
            return False
        word = full[j]
        return (word[0] == letters[k] and spell(i, k + 1, j + 1)) or (word in ACRONYM_SKIPS and spell(i, k, j + 1))

    return short != full and match(0, 0)


class _Identities:
    """Works out who published each source PDF and which committee each record is of."""

    def __init__(self, documents: list[Document], publishing_council: str | None):
        self.sources: dict[tuple[str, str], list[Document]] = {}  # by sha256 and file name
        for doc in documents:
            source = doc.record.source
            key = (source.sha256, source.file) if source.sha256 or source.file else ("", doc.path)
            self.sources.setdefault(key, []).append(doc)
        self.councils: list[Council] = []
        self.council_of: dict[tuple[str, str], Council] = {}  # by source
        self._doubted: dict[tuple[str, str], list[Council]] = {}  # sources that fit several councils
        self.unsure: list[str] = []
        if publishing_council:
            only = Council(None, council_key(publishing_council), names=[publishing_council])
            self.councils.append(only)
            self.council_of = dict.fromkeys(self.sources, only)
        else:
            self._councils_printed()
            self._councils_by_evidence()
            self._councils_not_known()
        self._name_councils()

    def _councils_printed(self) -> None:
        """Each source's council as its records print it: a committee that is a council, else a printed body."""
        chosen: dict[tuple[str, str], str] = {}
        for source, docs in self.sources.items():
            named = [n for n in (council_named_by(d.record.committee) for d in docs) if n]
            printed = [d.record.body for d in docs if council_key(d.record.body)]
            if named or printed:
                chosen[source] = Counter(named or printed).most_common(1)[0][0]
        # A name that holds another source's council's name is one of its bodies ("City of Alameda
        # Financing Authority" is the City of Alameda's), not a council of its own; but a joint body's name
        # holds each of its councils' and is neither's ("Medway Council and Kent County Council").
        names = {name: name_words(name) for name in chosen.values()}
        for source, name in chosen.items():
            within = [other for other, words in names.items() if len(words) < len(names[name])
                      and _contains(names[name], words) and council_key(other)[0] != council_key(name)[0]
                      and not joined_councils(name)]
            if within:
                chosen[source] = min(within, key=lambda other: len(names[other]))
        spelled = self._spelled_councils(set(chosen.values()))
        chosen = {source: spelled.get(name, name) for source, name in chosen.items()}
        # Names with the same own words are one council, unless they give different tiers: a
        # city and a county of one name are two, a name without a tier joins the commoner tier that goes
        # without (TIERS_ALWAYS_NAMED: "Cornwall Council" is not Cornwall County Council), and one whose
        # tiers another's hold joins that one ("Denver City Council", "City and County of Denver").
        tiers: dict[frozenset[str], Counter] = {}
        for name in chosen.values():
            words, tier = council_key(name)
            tiers.setdefault(words, Counter())[tier] += 1
        fuller = {words: _fuller_tiers(counted) for words, counted in tiers.items()}
        councils: dict[tuple, Council] = {}
        for source, name in chosen.items():
            words, tier = council_key(name)
            tier = fuller[words].get(tier, tier)
            known = list(dict.fromkeys(fuller[words].get(t, t) for t, _ in tiers[words].most_common() if t))
            if tier is None:
                tier = next((t for t in known if t not in TIERS_ALWAYS_NAMED or _council_abbreviation(name)), None)
            key = (words, tier)
            if key not in councils:
                councils[key] = Council(None, key)
                self.councils.append(councils[key])
            councils[key].names.append(name)
            self.council_of[source] = councils[key]
        self._councils_kept_apart_told(councils, tiers)
        self._one_council_in_two_languages()

    def _councils_kept_apart_told(self, councils: dict[tuple, Council], tiers: dict[frozenset[str], Counter]) -> None:
        """Councils of one place that may be one and were kept apart, told: a council printed by its place alone
        beside one whose tier its council always prints ("Cornwall Council", "Cornwall County Council": perhaps the
        council that succeeded it), and the councils of the tiers a fuller one joins, each printed apart ("Limerick
        City Council" and "Limerick County Council" beside "Limerick City and County Council": perhaps the councils
        merged into it, as Limerick's and Waterford's were in 2014)."""
        def named(words: frozenset[str], tier: str | None) -> str:
            return display_name(councils[(words, tier)].names)

        for words, tier in councils:
            if tier is None:
                held = [named(words, t) for t in tiers[words] if (words, t) in councils and t in TIERS_ALWAYS_NAMED]
                if held:
                    self.unsure.append(f"{named(words, tier)} may be {' or '.join(sorted(held))}, or another "
                                       f"council of the place (its successor): kept apart (ingest --council names it)")
        for words, counted in tiers.items():
            for whole, parts in _tiers_made_of(counted).items():
                self.unsure.append(f"{' and '.join(sorted(named(words, t) for t in parts))} may be "
                                   f"{named(words, whole)}, or the councils it was made of: kept apart "
                                   f"(ingest --council names it)")

    def _spelled_councils(self, names: set[str]) -> dict[str, str]:
        """Councils named by the initials of their name ("BCP Council", "ABC Council", "RBKC") → the one other name
        printed that they spell ("Bournemouth, Christchurch and Poole Council"; "Armagh City, Banbridge and Craigavon
        Borough Council" by its own words; the "Royal Borough of Kensington and Chelsea" by all of them); where
        several do, told."""
        spelled = {}
        for name in sorted(names):
            own = council_key(name)[0]
            short = {a for a in acronyms(name) if len(own) == 1 and a in own}
            fits = sorted(other for other in names if short and other != name and any(
                spells((a,), short, tuple(words)) for a in short for words in _initialled_words(other)))
            if len(fits) == 1:
                spelled[name] = fits[0]
            elif fits:
                self.unsure.append(f"{name} may be {' or '.join(fits)}: kept apart (ingest --council names it)")
        return spelled

    def _one_council_in_two_languages(self) -> None:
        """A council printed in each language of a bilingual country by names of other words ("Cyngor Sir
        Ddinbych" and "Denbighshire County Council"; "Comhairle Contae Chiarraí" and "Kerry County Council") is
        one where the two give one tier and their records name MEMBERS_NAMED_IN_BOTH members or more in common,
        and only one council of the other language fits. Two councils of one language never join so: a
        councillor may sit on a county and a district council."""
        other_language = [c for c in self.councils if _in_another_language(c)]
        if not other_language:  # the members' names are read only where there is a council to place
            return
        named: dict[int, set[tuple[str, ...]]] = {}
        for source, council in self.council_of.items():
            named.setdefault(id(council), set()).update(
                name for doc in self.sources[source] for name in member_full_names(doc.record))
        for council in other_language:
            fits = [c for c in self.councils if not _in_another_language(c) and c.key[1] == council.key[1]
                    and len(named.get(id(c), set()) & named.get(id(council), set())) >= MEMBERS_NAMED_IN_BOTH]
            if len(fits) != 1:
                continue
            [one] = fits
            one.names += council.names
            one.other_words |= council.own_words
            self.councils.remove(council)
            self.council_of.update((source, one) for source, c in self.council_of.items() if c is council)

    def _raw_keys(self, source: tuple[str, str]) -> set[tuple[str, ...]]:
        """The source's committees as the names say, leaving out names any council's meeting could have."""
        keys = {tuple(_body_words(d.record.committee)) for d in self.sources[source]
                if d.record.committee not in NO_COMMITTEE}
        return {key for key in keys if key and not set(key) <= _GENERIC}

    def _listed(self, source: tuple[str, str]) -> set[str]:
        return {s for d in self.sources[source] for s in member_surnames(d.record)}

    def _mailed_from(self, source: tuple[str, str]) -> set[int]:
        """The councils whose own name the source's contact e-mail domains hold ("kent" for Kent County Council)."""
        domains = {d for doc in self.sources[source] for d in mail_domains(doc.record)}
        return {id(c) for c in self.councils if c.own_words and any(
            all(word in domain for word in c.own_words) for domain in domains)}

    def _meetings(self, source: tuple[str, str], council: Council) -> set[tuple[tuple[str, ...], str]]:
        return {(committee_words(d.record.committee, council), d.record.date) for d in self.sources[source]
                if d.record.date and d.record.committee not in NO_COMMITTEE}

    def _councils_by_evidence(self) -> None:
        """Councils for sources that print none, by what they share with the sources of one council: a
        meeting (committee and date), else the council's name in their contact's e-mail domain, else a committee's name (or the council's name in it: "Alameda Free
        Library Board", and its tier where it prints it: "Santa Clara County Board of Supervisors"), else members. Again while that settles more."""
        unknown = Council(None)
        settled = any(s not in self.council_of for s in self.sources)
        while settled:
            settled = False
            meetings: dict[tuple, set[int]] = {}
            committees: dict[tuple[str, ...], set[int]] = {}
            surnames: dict[int, set[str]] = {}
            for source, council in self.council_of.items():
                for meeting in self._meetings(source, council):
                    meetings.setdefault(meeting, set()).add(id(council))
                for key in self._raw_keys(source):
                    committees.setdefault(key, set()).add(id(council))
                surnames.setdefault(id(council), set()).update(self._listed(source))
            by_id = {id(c): c for c in self.councils}
            for source in [s for s in self.sources if s not in self.council_of]:
                keys, listed = self._raw_keys(source), self._listed(source)
                levels = [
                    {c for meeting in self._meetings(source, unknown) for c in meetings.get(meeting, ())},
                    self._mailed_from(source),
                    {c for key in keys for c in committees.get(key, ())}
                    | {id(c) for c in self.councils if c.key and any(c.own_words <= set(key) for key in keys)},
                    {id(c) for c in self.councils if any(_names_with_its_tier(c, key) for key in keys)},
                    {c for c, theirs in surnames.items() if len(listed & theirs) >= MEMBERS_IN_COMMON},
                ]
                candidates: set[int] | None = None
                for level in levels:
                    narrowed = level if candidates is None else level & candidates
                    if len(narrowed) == 1 or (narrowed and candidates is None):
                        candidates = narrowed
                    if candidates is not None and len(candidates) == 1:
                        break
                if candidates is not None and len(candidates) == 1:
                    self.council_of[source] = by_id[candidates.pop()]
                    self._doubted.pop(source, None)
                    settled = True
                elif candidates:
                    self._doubted[source] = [by_id[c] for c in candidates]

    def _councils_not_known(self) -> None:
        """Sources no council is known for: one unknown council for those that share a committee or members."""
        pending = [s for s in self.sources if s not in self.council_of]
        for source in pending:
            if source in self.council_of:
                continue
            council = Council(None)
            self.councils.append(council)
            self.council_of[source] = council
            queue = [source]
            while queue:
                current = queue.pop()
                keys, listed = self._raw_keys(current), self._listed(current)
                for other in pending:
                    if other not in self.council_of and (keys & self._raw_keys(other) or
                                                         len(listed & self._listed(other)) >= MEMBERS_IN_COMMON):
                        self.council_of[other] = council
                        queue.append(other)

    def _name_councils(self) -> None:
        taken: set[str] = set()
        for council in self.councils:
            names = [re.sub(r"^the\s+", "", name, flags=re.I) for name in council.names]  # "The City of Alameda"
            # "Kent County Council" shown, where some print "Kent CC"
            names = [name for name in names if not _council_abbreviation(name)] or names
            # as its committees are: in English where its records print it in each language as often
            council.name = display_name(names, prefer=lambda name: (not _led_in_another_language(name),
                                                                   _names_the_authority(name))) if names else None
            council.slug = _unique_slug(slugify(council.name) if council.name else "unknown-council", taken)

    def catalogue(self) -> Catalogue:
        committees: dict[tuple[int, tuple[str, ...]], Committee] = {}
        placed: list[tuple[Document, Committee, str | None]] = []
        for source, docs in self.sources.items():
            council = self.council_of[source]
            named = Counter(d.record.committee for d in docs if d.record.committee not in NO_COMMITTEE)
            agendas = {d.record.date for d in docs if isinstance(d.record, Agenda)}
            for doc in docs:
                # A paper of a pack that names no committee, or no date, is the pack's meeting's.
                name = doc.record.committee
                if name in NO_COMMITTEE:
                    name = named.most_common(1)[0][0] if named else UNKNOWN_COMMITTEE
                date = doc.record.date or (next(iter(agendas)) if len(agendas) == 1 else None)
                key = committee_words(name, council)
                committee = committees.setdefault((id(council), key), Committee(name, council, key))
                committee.names.append(name)
                placed.append((doc, committee, date))
        self.unsure += [f"{source[1]} may be {' or '.join(sorted(c.name or '?' for c in councils))}'s: filed under "
                        f"no council (ingest --council names it)" for source, councils in self._doubted.items()]
        aliases = self._spelled_out(list(committees.values()))
        aliases.update(_translated([c for c in committees.values() if id(c) not in aliases], placed))
        meetings: dict[tuple[int, str | None], Meeting] = {}
        for doc, committee, date in placed:
            committee = aliases.get(id(committee), committee)
            key = (id(committee), date)
            if key not in meetings:
                meetings[key] = Meeting(committee, date)
                committee.meetings.append(meetings[key])
            meetings[key].documents.append(doc)
        kept = [c for c in committees.values() if id(c) not in aliases]
        for committee in kept:  # "Planning Committee" shown, where some print "Planning Cttee"
            committee.name = display_name([n for n in committee.names if not _abbreviated(n)] or committee.names,
                                          prefer=lambda name: not LEADING_BODY_WORD.match(name))
        self._joint_committees_told(kept)
        self._executives_told(kept)
        _assign_committee_slugs(kept)
        for committee in kept:
            committee.meetings.sort(key=lambda m: m.date or "")
        ordered = sorted(meetings.values(), key=lambda m: (m.date or "", m.committee.name.lower(), m.committee.slug))
        for meeting in ordered:
            meeting.documents.sort(key=document_order)
        return Catalogue(meetings=ordered, committees=sorted(kept, key=lambda c: (c.name.lower(), c.slug)),
                         councils=[c for c in self.councils if any(k.council is c for k in kept)], unsure=self.unsure)

    def _joint_committees_told(self, committees: list[Committee]) -> None:
        """A joint committee filed under each council that prints it: the "Kent and Medway Joint Health and Wellbeing
        Board" in Kent County Council's minutes, in Medway Council's, and as the joint body's own ("Medway Council
        and Kent County Council"). Where a committee's name holds another council's name and its own, and that
        council has a committee of its words less both councils': perhaps one committee, told; never merged, as
        committees of two councils never are."""
        of_council: dict[int, list[Committee]] = {}
        for committee in committees:
            of_council.setdefault(id(committee.council), []).append(committee)
        councils = [c.council for c in committees if of_council.get(id(c.council), [None])[0] is c]
        told: set[tuple[int, int]] = set()
        for committee in committees:
            printed = {w for name in committee.names for w in name_words(name)}
            for partner in councils:
                both = partner.own_words | committee.council.own_words
                if partner is committee.council or not partner.own_words or not both <= printed:
                    continue
                words = _less(committee.key, both)
                for other in of_council[id(partner)]:
                    if words and _less(other.key, both) == words and (id(other), id(committee)) not in told:
                        told.add((id(committee), id(other)))
                        self.unsure.append(f"{display_name(committee.names)} ({committee.council.name}) may be "
                                           f"{display_name(other.names)} ({partner.name}), one joint committee: kept "
                                           f"apart (ingest --council files its PDF under one)")

    def _executives_told(self, committees: list[Committee]) -> None:
        """A council's committees named as its executive in two ways ("Cabinet", "Executive"): perhaps one, told."""
        executives: dict[int, list[Committee]] = {}
        for committee in committees:
            if committee.key in EXECUTIVE_NAMES:
                executives.setdefault(id(committee.council), []).append(committee)
        for found in (sorted(found, key=lambda c: c.key) for found in executives.values() if len(found) > 1):
            where = f" ({found[0].council.name})" if found[0].council.name else ""
            self.unsure.append(f"{' and '.join(display_name(c.names) for c in found)}{where} may be one executive: "
                               f"kept apart (ingest --committee files its PDF under one)")

    def _spelled_out(self, committees: list[Committee]) -> dict[int, Committee]:
        """Committees printed with an acronym ("CYP Scrutiny Committee"), by id → the one committee of
        their council whose name spells it out, where exactly one does; where several do, told."""
        aliases: dict[int, Committee] = {}
        for short in committees:
            shortened = {a for name in short.names for a in acronyms(name)} & set(short.key)
            if not shortened:
                continue
            full = [c for c in committees if c is not short and c.council is short.council
                    and spells(short.key, shortened, c.key)]
            if len(full) == 1:
                aliases[id(short)] = full[0]
                full[0].names += short.names
            elif full:
                where = f" ({short.council.name})" if short.council.name else ""
                self.unsure.append(f"{display_name(short.names)}{where} may be "
                                   f"{' or '.join(sorted(display_name(c.names) for c in full))}: kept apart "
                                   f"(ingest --committee files its PDF under one)")
        return aliases


def _initialled_words(name: str) -> list[list[str]]:
    """A council's name's words as its initials may spell them: its own words ("ABC"), all but its council noun
    ("RBKC"), all of them ("CCBC": Conwy County Borough Council)."""
    words, own = _unabbreviated(name), council_key(name)[0]
    return [[w for w in words if w in own], [w for w in words if w not in COUNCIL_NOUNS], words]


def _less(key: tuple[str, ...], words: frozenset[str]) -> tuple[str, ...]:
    """A committee's words less some councils' own and the generic words that then lead ("and joint board" → joint
    board); none where only generic words are left."""
    rest = tuple(itertools.dropwhile(lambda w: w in _GENERIC, (w for w in key if w not in words)))
    return () if set(rest) <= _GENERIC else rest


def _names_with_its_tier(council: Council, key: tuple[str, ...]) -> bool:
    """Whether a committee's name holds a council's own words and its tier: "Santa Clara County Board of
    Supervisors" is the County of Santa Clara's, not the City of Santa Clara's; "Kent County Council Cabinet"."""
    tiers = {TIER_EQUIVALENTS.get(w, w) for w in key if w in _TIERS}
    return bool(council.key and council.key[1] and council.own_words <= set(key)
                and set(council.key[1].split()) <= tiers)


def _holding_tiers(tiers: Counter) -> dict[str, str]:
    """Each tier printed for one place → the one other printed tier that holds all its words, where one does
    ("city" → "city county")."""
    sets = {tier: set(tier.split()) for tier in tiers if tier}
    holding = {}
    for tier, words in sets.items():
        holders = [other for other, more in sets.items() if words < more]
        if len(holders) == 1:
            holding[tier] = holders[0]
    return holding


def _fuller_tiers(tiers: Counter) -> dict[str, str]:
    """Each tier printed for one place → the tier that holds it (_holding_tiers), unless the place's tiers it holds,
    printed apart, make it up between them (_tiers_made_of)."""
    made_of = _tiers_made_of(tiers)
    return {tier: whole for tier, whole in _holding_tiers(tiers).items() if whole not in made_of}


def _tiers_made_of(tiers: Counter) -> dict[str, list[str]]:
    """Each tier printed for one place whose words two or more of its other printed tiers make up between them →
    those tiers: "city county" → city, county where "Limerick City Council", "Limerick County Council" and
    "Limerick City and County Council" are printed; none where "Denver City Council" is printed beside the City
    and County of Denver alone."""
    parts: dict[str, list[str]] = {}
    for tier, whole in _holding_tiers(tiers).items():
        parts.setdefault(whole, []).append(tier)
    return {whole: sorted(found) for whole, found in parts.items()
            if len(found) > 1 and set().union(*(t.split() for t in found)) == set(whole.split())}


def _translated(committees: list[Committee],
                placed: list[tuple[Document, Committee, str | None]]) -> dict[int, Committee]:
    """Committees named in another language of a bilingual country ("Pwyllgor Cynllunio"), by id → the one
    committee of their council named in English that met on each of their dates and whose records name
    MEMBERS_NAMED_IN_BOTH of their members or more ("Planning Committee"): Welsh councils publish each paper
    in both languages. A council meeting is not a committee's, though they sit on one evening."""
    apart = [c for c in committees if c.key != FULL_COUNCIL]
    other_language = [c for c in apart if all(LEADING_BODY_WORD.match(n) for n in c.names)]
    if not other_language:  # the members' names are read only where there is a committee to place
        return {}
    dates: dict[int, set[str | None]] = {}
    members: dict[int, set[tuple[str, ...]]] = {}
    for doc, committee, date in placed:
        dates.setdefault(id(committee), set()).add(date)
        members.setdefault(id(committee), set()).update(member_full_names(doc.record))
    aliases: dict[int, Committee] = {}
    for named in other_language:
        fits = [c for c in apart if c.council is named.council and not any(LEADING_BODY_WORD.match(n) for n in c.names)
                and None not in dates[id(named)] and dates[id(named)] <= dates[id(c)]
                and len(members[id(named)] & members[id(c)]) >= MEMBERS_NAMED_IN_BOTH]
        if len(fits) == 1:
            aliases[id(named)] = fits[0]
            fits[0].names += named.names
    return aliases


def _led_in_another_language(name: str) -> bool:
    """Whether a council's name leads with another language's council noun than English's ("Cyngor Sir Ddinbych",
    "Comhairle Contae Chiarraí"; not "Council of the City of Winnipeg")."""
    words = name_words(name)
    return bool(words) and words[0] in OTHER_LANGUAGE_COUNCIL_NOUNS


def _in_another_language(council: Council) -> bool:
    """Whether every name printed for a council is in another language than English (_led_in_another_language)."""
    return all(_led_in_another_language(name) for name in council.names)


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))


def _unique_slug(base: str, taken: set[str]) -> str:
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    taken.add(slug)
    return slug


def _assign_committee_slugs(committees: list[Committee]) -> None:
    """Each committee's folder in the site: its name, with its council's where another council's
    committee has the same name; never two committees in one folder."""
    by_base: dict[str, list[Committee]] = {}
    for committee in committees:
        by_base.setdefault(committee_slug(committee.name), []).append(committee)
    taken: set[str] = set()
    order = sorted(committees, key=lambda c: (committee_slug(c.name), c.council.name is None, c.council.name or "",
                                              min((m.date or "" for m in c.meetings), default="")))
    for committee in order:
        base = committee_slug(committee.name)
        if len(by_base[base]) > 1 and committee.council.name:
            base = committee_slug(f"{committee.council.name} {committee.name}")
        committee.slug = _unique_slug(base, taken)


def build_catalogue(documents: list[Document], settings: Settings | None = None) -> Catalogue:
    """The records grouped by identity: which council, which committee, which meeting."""
    settings = settings or Settings()
    catalogue = _Identities(documents, settings.council).catalogue()
    catalogue.settings = settings
    return catalogue
