"""Read the archive: every record's frontmatter → typed records grouped into meetings.

Only the frontmatter is read (through :func:`record_from_frontmatter`); record
bodies stay Markdown for MkDocs to render, so a hand correction in one record's
frontmatter shows up on every derived page.
"""

from __future__ import annotations

import functools
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from extract.model import KINDS, Agenda, Minutes, Record, RecordFormatError, Report, record_from_frontmatter
from extract.publication import public_record
from extract.write import committee_slug, meeting_dir

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PARALLEL_FROM = 500  # files; below this, starting worker processes costs more than it saves


@dataclass
class Document:
    """One record and the Markdown file it lives in (relative to the docs folder)."""

    record: Record
    path: str


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
class Archive:
    meetings: list[Meeting]  # oldest first

    @property
    def documents(self) -> list[Document]:
        return [d for m in self.meetings for d in m.documents]

    def committees(self) -> dict[str, list[Meeting]]:
        """Meetings of each committee, oldest first, committees by name."""
        grouped: dict[str, list[Meeting]] = {}
        for meeting in self.meetings:
            grouped.setdefault(meeting.committee, []).append(meeting)
        return dict(sorted(grouped.items(), key=lambda kv: kv[0].lower()))


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


class RecordsInvalid(Exception):
    """Records the site cannot be built from: one ``file: reason`` line each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


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


def load_documents(docs: Path) -> list[Document]:
    """Every record under ``docs``, read in parallel: YAML parsing is most of a large build's Python time.

    Raises :class:`RecordsInvalid` naming every broken record, so none is silently left out.
    """
    paths = sorted(docs.rglob("*.md"))
    if len(paths) < PARALLEL_FROM:
        loaded = [load_document(docs, path) for path in paths]
    else:
        with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
            loaded = list(pool.map(functools.partial(load_document, docs), paths, chunksize=64))
    problems = [item for item in loaded if isinstance(item, str)]
    if problems:
        raise RecordsInvalid(problems)
    return [doc for doc in loaded if doc is not None]


def committee_names(documents: list[Document]) -> dict[str, str]:
    """One display name per committee folder: records may print it in capitals or with other accents."""
    names: dict[str, str] = {}
    for doc in documents:
        name = doc.record.committee or "Unknown committee"
        current = names.setdefault(committee_slug(name), name)
        if current.isupper() and not name.isupper():
            names[committee_slug(name)] = name
    return names


def group_meetings(documents: list[Document]) -> Archive:
    names = committee_names(documents)
    by_key: dict[tuple[str, str | None], Meeting] = {}
    for doc in documents:
        committee = names[committee_slug(doc.record.committee or "Unknown committee")]
        key = (committee, doc.record.date)
        by_key.setdefault(key, Meeting(committee=committee, date=doc.record.date)).documents.append(doc)
    for meeting in by_key.values():
        meeting.documents.sort(key=document_order)
    meetings = sorted(by_key.values(), key=lambda m: (m.date or "", m.committee.lower()))
    return Archive(meetings=meetings)


def document_order(doc: Document) -> tuple:
    """Minutes, then the agenda, then the papers as the pack orders them (each report before its appendices).

    Exempt minutes come after the public ones, so a meeting's minutes are the public minutes.
    """
    rank = {"minutes": 0, "agenda": 1}.get(doc.record.kind, 2)
    first_page = (doc.record.source.pages or [0])[0]
    return rank, bool(doc.record.exempt), doc.record.source.file, first_page, doc.path


def load_archive(docs: Path) -> Archive:
    return group_meetings(load_documents(docs))


def relative_link(from_page: str, to_page: str) -> str:
    """A link from one docs page to another (or to a file), as MkDocs expects in Markdown.

    Both are paths relative to the docs folder; this is posixpath.relpath without
    its file system look-ups, which cost more than the rest of page generation.
    """
    target, _, anchor = to_page.partition("#")
    from_dir, parts = from_page.split("/")[:-1], target.split("/")
    common = 0
    while common < min(len(from_dir), len(parts) - 1) and from_dir[common] == parts[common]:
        common += 1
    link = "/".join([".."] * (len(from_dir) - common) + parts[common:])
    return f"{link}#{anchor}" if anchor else link
