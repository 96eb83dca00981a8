"""What may be published: the one place that decides.

Publishing exempt information (Local Government Act 1972, Schedule 12A) is a
breach of the law, so every output goes through this module: the records
ingest writes (the docs folder never holds exempt text, as it may be served or
shared as it is), every record the site build reads back (a hand edit that
marks a record exempt withholds it everywhere at the next build), the page
bodies MkDocs renders and Pagefind indexes, and the pages kept in the
published PDFs.

An exempt record contributes that it exists — what it is, its title and
agenda item, the meeting, where it is in its PDF, and the paragraphs of
Schedule 12A relied on — and nothing of its content. An exempt minute inside
public minutes keeps its number and title; its decisions and text are
withheld.

Where this module cannot tell what is exempt (a hand edit that marks a
minute exempt but removed its heading), it withholds more, never less.
"""

from __future__ import annotations

import dataclasses
import re

from extract.model import Minute, Minutes, Record

# What an exempt record still says: that it exists, and why it is withheld.
EXISTENCE = ("body", "committee", "date", "title", "source", "exempt", "exempt_paragraphs",
             "item", "report_item", "report_title")
# Kinds whose title is taken from the first line of their text, not from a title field or a heading:
# for an exempt one that line may be the exempt text itself.
TITLED_BY_TEXT = ("other",)

# What an officer is told, in the docs folder, of an exempt record besides: what to check, and what they said.
OFFICERS_ONLY = ("hints", "review")

# The title line the writer puts first in a record's body.
_TITLE_HEADING = re.compile(r"^# \S")
# A record body's heading line carrying an anchor, as the writer renders a minute: "## 12\. Sale {#min-12}".
_ANCHORED_HEADING = re.compile(r"^#{1,6}\s.*\{#(?P<anchor>[^}\s]+)\}\s*$")


def under_paragraphs(paragraphs: list[str]) -> str:
    """ "paragraph 3 of Part 1 of Schedule 12A …", or "" when the paragraphs are not known."""
    if not paragraphs:
        return ""
    numbers = ", ".join(paragraphs[:-1]) + (" and " if len(paragraphs) > 1 else "") + paragraphs[-1]
    plural = "s" if len(paragraphs) > 1 else ""
    return f"paragraph{plural} {numbers} of Part 1 of Schedule 12A to the Local Government Act 1972"


def withheld_reason(record: Record) -> str:
    """Why a record (or a part of it) is withheld, in words for the public."""
    under = under_paragraphs([str(p) for p in record.exempt_paragraphs or []])
    return "exempt information" + (f" under {under}" if under else "")


def withheld_note(record: Record, what: str = "This document") -> str:
    """The Markdown that stands in for withheld text."""
    return (f"!!! note \"Not for publication\"\n"
            f"    {what} contains {withheld_reason(record)} and is withheld.\n")


def _minutes_items(record: Record) -> list[Minute]:
    return record.items if isinstance(record, Minutes) else []


def public_record(record: Record, for_officers: bool = False) -> Record:
    """The record as it may be published (its frontmatter; the body goes through :func:`public_body`).

    Review entries are the officer's: they stay in the docs folder (``for_officers``, as
    ingest writes it) and reach no page, search index, feed or data file.
    """
    if record.exempt:
        kept = {f.name: getattr(record, f.name) for f in dataclasses.fields(record)
                if f.name in EXISTENCE or (for_officers and f.name in OFFICERS_ONLY)}
        if record.kind in TITLED_BY_TEXT:
            item = getattr(record, "item", None)
            kept["title"] = f"Item {item}: paper not for publication" if item else "Paper not for publication"
        return type(record)(**kept, warnings=record.warnings)
    if any(m.exempt for m in _minutes_items(record)):
        record = dataclasses.replace(record, items=[
            Minute(number=m.number, title=m.title, anchor=m.anchor, exempt=True) if m.exempt else m
            for m in record.items])
    if record.review and not for_officers:
        record = dataclasses.replace(record, review=[])
    return record


def public_body(record: Record, markdown: str) -> str:
    """A record's Markdown body as it may be published.

    An exempt record's body is its title (the page's first line, when a heading)
    and the withheld note. In public minutes, each exempt
    minute keeps its heading; what follows it, up to the next public minute's
    heading, is withheld. A minute marked exempt whose heading cannot be found
    (an officer edited it away) withholds the whole body.
    """
    if record.exempt:
        first = markdown.lstrip("\n").split("\n", 1)[0]
        title = f"{first}\n\n" if _TITLE_HEADING.match(first) else ""
        return title + withheld_note(record)
    exempt = {m.anchor for m in _minutes_items(record) if m.exempt}
    if not exempt:
        return markdown
    lines = markdown.splitlines(keepends=True)
    anchors = {m.group("anchor") for m in map(_ANCHORED_HEADING.match, lines) if m}
    if any(not anchor or anchor not in anchors for anchor in exempt):
        return withheld_note(record)
    out, withholding = [], False
    for line in lines:
        heading = _ANCHORED_HEADING.match(line)
        if heading:
            withholding = heading.group("anchor") in exempt
            out.append(line)
            if withholding:
                out.append("\n" + withheld_note(record, "This minute") + "\n")
        elif not withholding:
            out.append(line)
    return "".join(out)


def read_from(records: list[Record], pdf_sha256: str) -> bool:
    """Whether every one of these records was read from the PDF of this content: only then are its exempt pages known."""
    return bool(pdf_sha256) and all(record.source.sha256 == pdf_sha256 for record in records)


def withheld_pages(records: list[Record], pdf_sha256: str) -> list[tuple[int, int]] | None:
    """The page ranges ([first, last], physical, 1-based) to leave out of the PDF (of content ``pdf_sha256``)
    these records name as their source.

    None when the PDF is not the one they were read from (a newer version not yet
    ingested, another body's PDF of the same name: its exempt pages are not known),
    or when some exempt part cannot be placed on its pages: then the whole PDF is withheld.
    """
    if not read_from(records, pdf_sha256):
        return None
    ranges = []
    try:
        for record in records:
            if record.exempt:
                if not record.source.pages:
                    return None
                ranges.append((int(record.source.pages[0]), int(record.source.pages[-1])))
            else:
                if any(m.exempt for m in _minutes_items(record)) and not record.exempt_pages:
                    return None
                ranges += [(int(page), int(page)) for page in record.exempt_pages]
    except (TypeError, ValueError):  # page numbers a hand edit made unreadable
        return None
    return ranges
