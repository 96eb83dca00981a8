"""The archive: the docs folder of records, its manifest, its lock, and who is who in it.

``ingest`` and ``build`` both go through :class:`Archive`, and only through it:

* **records on disk**: one Markdown file per document, ``<committee>/<date>/<kind>….md``,
  frontmatter first; :meth:`Archive.documents` streams them back as typed records;
* **the manifest** (``.committee-archive/manifest.json``): which records each source PDF produced;
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
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import ContextManager, Iterator

import yaml

from extract.model import KINDS, Agenda, Minutes, Record, RecordFormatError, Report, record_from_frontmatter
from extract.publication import public_record
from extract.write import (committee_slug, frontmatter_of, is_unedited, meeting_dir, render_record,
                           stamp_generated, sync_directory, with_frontmatter_updates, write_text_atomic)

# The archive's own files (manifest, backups) inside the docs folder: a dot-folder, which MkDocs leaves out.
STATE_DIR = ".committee-archive"
MANIFEST_VERSION = 1
PARALLEL_FROM = 500  # record files; below this, starting worker processes costs more than it saves

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# --- The lock ---

@contextmanager
def locked(docs: Path, exclusive: bool, waiting: str) -> Iterator[None]:
    """Hold the archive's lock: exclusive to write, shared to read; say so when waiting for it.

    The lock is the docs folder itself (``flock`` on the directory), so reading takes
    it without writing anything there, and the kernel releases it when its holder
    dies: there is no lock file to go stale.
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
            print(waiting, file=sys.stderr, flush=True)
            fcntl.flock(handle, mode)
        yield
    finally:
        os.close(handle)  # closing releases the lock


# --- Records, read back ---

@dataclass
class Document:
    """One record and the Markdown file it lives in (relative to the docs folder)."""

    record: Record
    path: str


class RecordsInvalid(Exception):
    """Records the site cannot be built from: one ``file: reason`` line each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def read_frontmatter(path: Path) -> dict | None:
    """The YAML mapping at the top of a Markdown file, or None if it has none."""
    with path.open(encoding="utf-8") as handle:
        if handle.readline().rstrip("\r\n") != "---":
            return None
        lines = []
        for line in handle:
            if line.rstrip("\r\n") == "---":
                data = yaml.load("".join(lines), Loader=_Loader)
                return data if isinstance(data, dict) else None
            lines.append(line)
    return None


def load_document(docs: Path, path: Path) -> Document | str | None:
    """The record in ``path``, as far as it may be published; None for a hand-written page; a
    ``file: reason`` line for a broken record."""
    try:
        data = read_frontmatter(path)
        if not data or data.get("kind") not in KINDS:
            return None  # a hand-written page
        return Document(record=public_record(record_from_frontmatter(data)), path=path.relative_to(docs).as_posix())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        return f"{path}: frontmatter is not valid YAML{where}: {getattr(exc, 'problem', None) or exc}"
    except RecordFormatError as exc:
        return f"{path}: {exc}"
    except (TypeError, AttributeError, ValueError) as exc:  # a nested entry of the wrong shape
        return f"{path}: frontmatter does not fit a {data.get('kind')} record ({exc})"


def _approves(text: str) -> list:
    """The dates a minutes file says it approves; none when a hand edit broke its frontmatter."""
    try:
        return frontmatter_of(text).get("approves") or []
    except (ValueError, yaml.YAMLError):
        return []


# --- What writing one PDF's records did ---

@dataclass
class RecordOutcome:
    path: str  # relative to the docs folder
    text: str
    record: Record | None = None
    # new | updated | unchanged | kept-edited | replaced-edited | removed | kept-edited-stale
    status: str = ""
    backup: str | None = None  # where the hand-edited version went, relative to the docs folder


class Archive:
    """The docs folder: records on disk, the manifest, the lock.

    Read under :meth:`reading`, written under :meth:`writing`; ``generator`` is
    what ingest stamps into the records it writes (``generated.by``).
    """

    def __init__(self, docs: Path, generator: str = "", force: bool = False):
        self.docs = docs
        self.state = docs / STATE_DIR
        self.manifest_path = self.state / "manifest.json"
        self.generator = generator
        self.force = force
        self.sources: dict[str, dict] = {}
        # Per committee folder: approved meeting date → date of the meeting that approved it.
        self._approvals: dict[str, dict[str, str]] = {}

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
            self.sources = self._load_manifest()
            yield self

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
            pool = ProcessPoolExecutor(max_workers=os.cpu_count())
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

    def catalogue(self) -> "Catalogue":
        """Every record, grouped into meetings and committees."""
        return group_meetings(list(self.documents()))

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
        return data.get("sources", {}) if data.get("version") == MANIFEST_VERSION else {}

    def _save_manifest(self) -> None:
        data = {"version": MANIFEST_VERSION, "sources": dict(sorted(self.sources.items()))}
        write_text_atomic(self.manifest_path, json.dumps(data, indent=1, ensure_ascii=False) + "\n")

    def unchanged(self, name: str, sha256: str, fingerprint: str) -> list[str] | None:
        """The records of a PDF ingested before, byte for byte, by this code, and untouched since."""
        entry = self.sources.get(name)
        if not entry or entry.get("sha256") != sha256 or entry.get("extractor") != fingerprint:
            return None
        for relative in entry.get("records", []):
            text = self.read_text(relative)
            if text is None or not is_unedited(text):
                return None
        return list(entry.get("records", []))

    def write(self, name: str, sha256: str, fingerprint: str, records: list[RecordOutcome]) -> list[str]:
        """Write one PDF's records, remove the ones its earlier version had and this one has not."""
        for rec in records:
            self._mark_if_approved_already(rec)
        warnings = [w for rec in records for w in self._write_record(rec)]
        warnings += [w for rec in records for w in self._approve_earlier_minutes(rec)]
        new_paths = [rec.path for rec in records]
        stale = [p for p in self.sources.get(name, {}).get("records", []) if p not in new_paths]
        for relative in stale:
            removed = RecordOutcome(path=relative, text="")
            warnings += self._remove_stale(removed)
            if removed.status:
                records.append(removed)
        for other in self.sources.values():  # a record belongs to the PDF that wrote it last
            other["records"] = [p for p in other.get("records", []) if p not in new_paths]
        self.sources[name] = {"sha256": sha256, "extractor": fingerprint, "records": new_paths}
        self._save_manifest()
        return warnings

    # Minutes are approved at a later meeting: whichever of the two is ingested second
    # settles the earlier one's status, so the order PDFs arrive in does not matter.

    def _approvals_of(self, committee: str) -> dict[str, str]:
        """The committee's approvals, read from its minutes once a run rather than once a record."""
        slug = committee_slug(committee)
        if slug not in self._approvals:
            approvals = self._approvals[slug] = {}
            for path in sorted((self.docs / slug).glob("*/minutes.md")):
                for approved in _approves(path.read_text(encoding="utf-8")):
                    approvals.setdefault(str(approved), path.parent.name)  # the earliest approval counts
        return self._approvals[slug]

    def _mark_if_approved_already(self, rec: RecordOutcome) -> None:
        minutes = rec.record
        if not isinstance(minutes, Minutes) or minutes.status == "approved" or not minutes.date:
            return
        approver = self._approvals_of(minutes.committee).get(minutes.date)
        if approver:
            minutes.status, minutes.approved_at = "approved", approver
            rec.text = stamp_generated(render_record(minutes), self.generator)

    def _approve_earlier_minutes(self, rec: RecordOutcome) -> list[str]:
        minutes = rec.record
        if not isinstance(minutes, Minutes):
            return []
        warnings = []
        approvals = self._approvals_of(minutes.committee)
        for date in minutes.approves:
            if minutes.date:
                approvals.setdefault(date, minutes.date)
            relative = f"{meeting_dir(minutes.committee, date)}/minutes.md"
            text = self.read_text(relative)
            if text is None:
                continue
            if not is_unedited(text):
                warnings.append(f"{relative} was approved on {minutes.date}, but was edited by hand: "
                                f"set its status yourself if it does not say so")
                continue
            if frontmatter_of(text).get("status") == "approved":
                continue
            write_text_atomic(self.docs / relative, with_frontmatter_updates(
                text, {"status": "approved", "approved_at": minutes.date}, self.generator))
            warnings.append(f"{relative}: marked approved (approved at the meeting of {minutes.date})")
        return warnings

    def _write_record(self, rec: RecordOutcome) -> list[str]:
        current = self.read_text(rec.path)
        if current == rec.text:
            rec.status = "unchanged"
            return []
        if current is not None and not is_unedited(current):
            if not self.force:
                rec.status = "kept-edited"
                return [f"{rec.path} was edited by hand: kept it, and did not write the new extraction "
                        f"(ingest --force replaces it, keeping a backup of the edited file)"]
            rec.backup = self._back_up(rec.path)
            rec.status = "replaced-edited"
            write_text_atomic(self.docs / rec.path, rec.text)
            return [f"{rec.path} was edited by hand: replaced it; the edited version is in {rec.backup}"]
        rec.status = "new" if current is None else "updated"
        write_text_atomic(self.docs / rec.path, rec.text)
        return []

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
        rec.status = "removed"
        return [f"{rec.path} is not in the new version of the PDF: removed it; a copy is in {rec.backup}"]

    def _back_up(self, relative: str, why: str = "edited") -> str:
        """Copy a record out of the site's way; return where it went (relative to docs)."""
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        backup = Path(STATE_DIR) / "backups" / f"{relative}.{why}-{stamp}.bak"
        write_text_atomic(self.docs / backup, (self.docs / relative).read_text(encoding="utf-8"))
        return backup.as_posix()


# --- Identities: records grouped into meetings and committees ---

@dataclass
class Meeting:
    """Every record of one committee on one date."""

    committee: str
    date: str | None
    documents: list[Document] = field(default_factory=list)

    @property
    def committee_slug(self) -> str:
        return committee_slug(self.committee)

    @property
    def page(self) -> str:
        """The generated meeting page, ``<committee-slug>/<yyyy-mm-dd>/index.md``."""
        return f"{meeting_dir(self.committee, self.date)}/index.md"

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

    @property
    def council(self) -> str:
        """The authority, for telling apart people of the same name in different councils."""
        return next((d.record.body for d in self.documents if d.record.body), None) or self.committee

    def attr(self, name: str):
        """A meeting fact (start, venue …) from the minutes, else the agenda."""
        for record in (self.minutes, self.agenda):
            value = getattr(record, name, None) if record else None
            if value:
                return value
        return None


@dataclass
class Catalogue:
    """What the archive holds, by identity: its meetings (oldest first) and their committees."""

    meetings: list[Meeting]

    @property
    def documents(self) -> list[Document]:
        return [d for m in self.meetings for d in m.documents]

    def committees(self) -> dict[str, list[Meeting]]:
        """Meetings of each committee, oldest first, committees by name."""
        grouped: dict[str, list[Meeting]] = {}
        for meeting in self.meetings:
            grouped.setdefault(meeting.committee, []).append(meeting)
        return dict(sorted(grouped.items(), key=lambda kv: kv[0].lower()))


def committee_names(documents: list[Document]) -> dict[str, str]:
    """One display name per committee folder: records may print it in capitals or with other accents."""
    names: dict[str, str] = {}
    for doc in documents:
        name = doc.record.committee or "Unknown committee"
        current = names.setdefault(committee_slug(name), name)
        if current.isupper() and not name.isupper():
            names[committee_slug(name)] = name
    return names


def group_meetings(documents: list[Document]) -> Catalogue:
    names = committee_names(documents)
    by_key: dict[tuple[str, str | None], Meeting] = {}
    for doc in documents:
        committee = names[committee_slug(doc.record.committee or "Unknown committee")]
        key = (committee, doc.record.date)
        by_key.setdefault(key, Meeting(committee=committee, date=doc.record.date)).documents.append(doc)
    for meeting in by_key.values():
        meeting.documents.sort(key=document_order)
    meetings = sorted(by_key.values(), key=lambda m: (m.date or "", m.committee.lower()))
    return Catalogue(meetings=meetings)


def document_order(doc: Document) -> tuple:
    """Minutes, then the agenda, then the papers as the pack orders them (each report before its appendices).

    Exempt minutes come after the public ones, so a meeting's minutes are the public minutes.
    """
    rank = {"minutes": 0, "agenda": 1}.get(doc.record.kind, 2)
    first_page = (doc.record.source.pages or [0])[0]
    return rank, bool(doc.record.exempt), doc.record.source.file, first_page, doc.path
