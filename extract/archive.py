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
MANIFEST_VERSION = 2
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
    # new | updated | unchanged | identical | kept-edited | replaced-edited | removed | kept-edited-stale
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
        if data.get("version") == 1:  # keyed by file name, without the paths PDFs came from
            return {entry["sha256"]: {"file": name, "paths": [], "extractor": entry.get("extractor"),
                                      "records": entry.get("records", [])}
                    for name, entry in data.get("sources", {}).items() if entry.get("sha256")}
        return data.get("sources", {}) if data.get("version") == MANIFEST_VERSION else {}

    def _save_manifest(self) -> None:
        data = {"version": MANIFEST_VERSION, "sources": dict(sorted(self.sources.items()))}
        write_text_atomic(self.manifest_path, json.dumps(data, indent=1, ensure_ascii=False) + "\n")

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

    def unchanged(self, pdf: SourcePdf, fingerprint: str) -> list[str] | None:
        """The records of a PDF ingested before, byte for byte, by this code, and untouched since.

        The same PDF under another name or from another folder is the same source: its
        path is remembered beside the first.
        """
        entry = self.known(pdf)
        if not entry or entry.get("extractor") != fingerprint:
            return None
        for relative in entry.get("records", []):
            text = self.read_text(relative)
            if text is None or not is_unedited(text):
                return None
        if pdf.path not in entry["paths"]:
            entry["paths"].append(pdf.path)
            self._save_manifest()
        return list(entry.get("records", []))

    def write(self, pdf: SourcePdf, fingerprint: str, records: list[RecordOutcome]) -> list[str]:
        """File one PDF's records; return the warnings to show.

        A record never replaces another PDF's record: the same document found in two
        PDFs is kept once (status ``identical``), a different one of the same meeting is
        kept beside it (``minutes-2.md``) with a warning. The records of a newer version
        of a PDF (same path) replace its own earlier records, and those it no longer has
        are removed, backed up first, unless another PDF holds them too.
        """
        previous = self.previous_version(pdf)
        # The earlier version is replaced only where it came from nowhere else.
        replaced = previous if previous is not None and set(previous.get("paths", [])) <= {pdf.path} else None
        mine = [entry for entry in (self.known(pdf), replaced) if entry]
        own_paths = {p for entry in mine for p in entry.get("records", [])}
        own_shas = {pdf.sha256} | {sha for sha, entry in self.sources.items() if entry is replaced}
        for rec in records:
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
        entry.update(extractor=fingerprint, records=[rec.path for rec in records if rec.status != "removed"],
                     ingested=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
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
        warnings = self._write_record(rec)
        if candidate != wanted:
            other = _source_of(self.read_text(wanted)) or {}
            warnings.append(f"{wanted} holds a different {rec.record.kind if rec.record else 'record'} of the same "
                            f"meeting, from {other.get('file')}: kept both, this PDF's in {candidate} (if this PDF "
                            f"replaces {other.get('file')}, delete the record that is out of date)")
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
