"""Read the archive: every record's frontmatter → typed records grouped into meetings.

Only the frontmatter is read (through :func:`record_from_frontmatter`); record
bodies stay Markdown for MkDocs to render, so a hand correction in one record's
frontmatter shows up on every derived page.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from extract.model import KINDS, Agenda, Minutes, Record, Report, record_from_frontmatter
from extract.text import slugify
from extract.write import meeting_dir

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
        return slugify(self.committee)

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


def load_documents(docs: Path) -> list[Document]:
    """Every record under ``docs``; hand-written pages (no record ``kind``) are skipped."""
    documents = []
    for path in sorted(docs.rglob("*.md")):
        data = read_frontmatter(path)
        if not data or data.get("kind") not in KINDS:
            continue
        rel = path.relative_to(docs).as_posix()
        documents.append(Document(record=record_from_frontmatter(data), path=rel))
    return documents


def group_meetings(documents: list[Document]) -> Archive:
    by_key: dict[tuple[str, str | None], Meeting] = {}
    for doc in documents:
        committee = doc.record.committee or "Unknown committee"
        key = (committee, doc.record.date)
        by_key.setdefault(key, Meeting(committee=committee, date=doc.record.date)).documents.append(doc)
    order = {"minutes": 0, "agenda": 1, "report": 2, "appendix": 3, "other": 4}
    for meeting in by_key.values():
        meeting.documents.sort(key=lambda d: (order[d.record.kind], d.path))
    meetings = sorted(by_key.values(), key=lambda m: (m.date or "", m.committee.lower()))
    return Archive(meetings=meetings)


def load_archive(docs: Path) -> Archive:
    return group_meetings(load_documents(docs))


def relative_link(from_page: str, to_page: str) -> str:
    """A link from one docs page to another (or to a file), as MkDocs expects in Markdown."""
    target, _, anchor = to_page.partition("#")
    link = posixpath.relpath(target, posixpath.dirname(from_page) or ".")
    return f"{link}#{anchor}" if anchor else link
