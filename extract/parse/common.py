"""What every parser needs: the source block, and lines → paragraphs."""

from __future__ import annotations

import re
from statistics import median

from extract.model import Block, Heading, Paragraph, Source, Table
from extract.patterns import (BODY_NAME, BODY_ONLY_LINE, COMMITTEE_NAME, COMMITTEE_TAIL, HEADING_NOISE,
                              MINUTES_HEADING)
from extract.read import Line, PdfText
from extract.split import DocumentSpan
from extract.text import clean_spaces, find_dates, join_wrapped


def source_of(span: DocumentSpan, pdf: PdfText) -> Source:
    return Source(file=pdf.file, sha256=pdf.sha256, pages=span.physical_pages,
                  printed_pages=span.printed_pages)


def line_gap(lines: list[Line]) -> float:
    """The usual distance between consecutive lines of a paragraph."""
    gaps = [b.top - a.top for a, b in zip(lines, lines[1:]) if 0 < b.top - a.top < 40]
    return median(gaps) if gaps else 14.0


def line_step(lines: list[Line]) -> float:
    """The step between lines inside a paragraph.

    A low percentile of the steps, not the median: where most paragraphs are
    one line long (roll calls, lists of attendees) the median is a paragraph gap.
    """
    steps = sorted(b.top - a.top for a, b in zip(lines, lines[1:]) if 3 < b.top - a.top < 40)
    return steps[len(steps) // 10] if steps else 14.0


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Group lines into paragraphs: a new one starts after a wider gap or a page turn."""
    if not lines:
        return []
    gap = line_gap(lines)
    groups: list[list[Line]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        step = line.top - prev.top
        if step <= 0 or step > gap * 1.45 or line.bold != prev.bold:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def blocks_from_span(span: DocumentSpan) -> list[Block]:
    """The span's text as paragraphs and tables in reading order; bold short lines become headings."""
    blocks: list[Block] = []
    for page in span.pages:
        items: list[tuple[float, object]] = [(t.top, t) for t in page.tables]
        for group in paragraphs(page.lines):
            items.append((group[0].top, group))
        for _, item in sorted(items, key=lambda pair: pair[0]):
            if hasattr(item, "rows"):
                blocks.append(Table(rows=item.rows))
                continue
            text = join_wrapped([ln.text for ln in item])
            if all(ln.bold for ln in item) and len(text) < 120:
                blocks.append(Heading(text=text, level=2))
            else:
                blocks.append(Paragraph(text=text))
    return blocks


class MeetingHeading:
    """Body, committee and date as printed at the top of a document."""

    def __init__(self, body: str | None, committee: str | None, date: str | None):
        self.body, self.committee, self.date = body, committee, date


def authority_in(text: str) -> str | None:
    """The first authority's name in ``text``: "Milburn Parish Council", "City of Alameda"."""
    found = BODY_NAME.search(text)
    return clean_spaces(found.group("name") or found.group("name2")) if found else None


HEADING_LINES = 15  # how far down a first page the meeting heading may run


def meeting_heading(lines: list[Line]) -> MeetingHeading:
    """Body, committee and date from the heading block at the top of a document.

    The heading block is the lines down to the meeting's date. Where a minutes
    heading ("Minutes of the …") follows a cover block (an item sheet of a later
    meeting), the heading block and the date are taken from it.
    """
    opening = lines[:HEADING_LINES]
    # A minutes heading set as a heading (bold or capitals), not "the minutes of the last meeting …".
    anchor = next((i for i, ln in enumerate(opening) if MINUTES_HEADING.search(ln.text)
                   and (i == 0 or ln.bold or ln.text.isupper())), 0)
    date_at, date, cut = _first_date(opening, anchor) or _first_date(opening, 0) or (len(opening), None, 0)
    committee = _committee_from(opening, anchor, date_at, cut) or _committee_from(opening, 0, date_at, cut)
    body = _body_from(opening[:max(date_at, 1) + 1], committee)
    if not committee:  # no heading block: the first committee-like name near the top
        committee = next((clean_spaces(m.group("name")) for m in (COMMITTEE_NAME.search(ln.text) for ln in opening)
                          if m), None)
    if not body:
        body = next((b for b in map(authority_in, (ln.text for ln in opening)) if b), None)
    return MeetingHeading(body=body, committee=committee or body, date=date)


# Contact lines of a letterhead above the heading ("Clerk : Joan Todd Telephone : 017683 …").
LETTERHEAD = re.compile(r"@|\b(?:tel|telephone|e-?mail|phone|fax)\b", re.I)
WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[\s,.–-]*|\bdate\s*:", re.I)


def _first_date(lines: list[Line], start: int) -> tuple[int, str, int] | None:
    """(line index, ISO date, where the date starts in that line); a date may wrap onto the next line."""

    for i in range(start, len(lines)):
        text = lines[i].text
        joined = text + " " + lines[i + 1].text if i + 1 < len(lines) else text
        found = find_dates(text) or [d for d in find_dates(joined) if d[0] < len(text)]
        if found:
            return i, found[0][1], found[0][0]
    return None


def _heading_text(lines: list[Line], start: int, date_at: int, cut: int) -> str:
    """The heading lines from ``start`` down to the date line, with the date line's text before its date."""

    texts = [ln.text for ln in lines[start:date_at]
             if not BODY_ONLY_LINE.fullmatch(ln.text.strip()) and not LETTERHEAD.search(ln.text)]
    if date_at < len(lines):
        texts.append(lines[date_at].text[:cut])
    return " ".join(texts)


def _committee_from(lines: list[Line], start: int, date_at: int, cut: int) -> str | None:

    text = HEADING_NOISE.sub(" ", WEEKDAY.sub(" ", _heading_text(lines, start, date_at, cut)))
    m = COMMITTEE_TAIL.search(clean_spaces(text))
    if not m:
        return None
    name = re.sub(r"^(?:(?:the|special|regular|joint|annual|of)\s+)+", "", m.group("name"), flags=re.I)
    name = clean_spaces(name.strip(" -–,.:"))
    return _title_case(name) if name else None


SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "to", "a"}


def _title_case(name: str) -> str:
    """ "CITY OF ALAMEDA PLANNING BOARD" → "City of Alameda Planning Board"; mixed case is kept."""
    if name != name.upper():
        return name
    words = []
    for i, word in enumerate(name.split()):
        if word.startswith("("):
            words.append(word)  # an acronym: "(SSHRB)"
        elif i and word.lower() in SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append(word.capitalize())
    return " ".join(words)


def _body_from(lines: list[Line], committee: str | None) -> str | None:
    """The authority: a line of its own ("City of Alameda, California"), or named in the committee."""

    for line in lines:
        if BODY_ONLY_LINE.fullmatch(line.text.strip()):
            return clean_spaces(line.text.split(",")[0])
    if committee:
        m = re.search(r"\b(?:City|Town|County|Borough)\s+of\s+[A-Z]\w+", committee)
        if m:
            return m.group(0)
        if re.search(r"\b(?:Parish|Town|City|County|District|Borough)\s+Council$", committee):
            return committee
    return None
