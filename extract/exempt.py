"""Exempt information (Local Government Act 1972, Schedule 12A): what a PDF's pages mark as not for publication.

Decided per document and per page, from every convention councils use (the
``EXEMPT_*`` conventions in :mod:`extract.patterns`):

* a marking anywhere on the first page of a report, appendix or other paper
  (its cover block, table or not), or in the title lines of minutes and agendas
  ("EXEMPT MINUTES");
* a marking in a running header or footer, or at the top or foot of a page:
  that page and the rest of its document are exempt;
* an agenda item listed in the front sheet's exempt part ("PART II",
  "Exclusion of the press and public") or in a closed session ("CLOSED
  SESSION", "In Camera"): its papers in the pack are exempt;
* a minute taken after the public were excluded (until they are readmitted),
  one marked itself, or one printed on a marked page;
* an appendix of an exempt report.

This module only says what is exempt and why; :mod:`extract.publication`
withholds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from extract.patterns import (CLOSED_SESSION, CLOSED_SESSION_ENDS, EXEMPT_MARKING, EXEMPT_PART, EXEMPT_PART_ITEM,
                             NOTHING_EXEMPT, PUBLICATION_STATUS_LABEL, PUBLIC_AGAIN, SCHEDULE_12A_PARAGRAPHS)
from extract.read import MARGIN_BAND, Line, Page
from extract.rows import rows_of

# Lines at the top of minutes or an agenda that are their title block.
TITLE_LINES = 8
# Kinds whose whole first page is a cover block where a marking may sit.
COVER_PAGE_KINDS = ("report", "appendix", "other")
# Lines of a minute that may carry its own marking (under its heading, before its text).
MINUTE_MARKING_LINES = 3
# A line reaching this share of the text's width wraps onto the next line when it ends mid-sentence.
FULL_LINE = 0.85


@dataclass(frozen=True)
class Exemption:
    """Why something is not for publication: the marking as printed, and the paragraphs of Schedule 12A relied on."""

    marking: str
    paragraphs: tuple[str, ...] = ()


def paragraphs_in(text: str) -> tuple[str, ...]:
    """The paragraph numbers of Schedule 12A a marking names: "paragraphs 1 and 2" → ("1", "2")."""
    found: list[str] = []
    for match in SCHEDULE_12A_PARAGRAPHS.finditer(text):
        for number in match.group("numbers").replace("&", ",").replace("and", ",").replace("or", ",").split(","):
            if number.strip() and number.strip() not in found:
                found.append(number.strip())
    return tuple(found)


def merged_paragraphs(*exemptions: Exemption | None) -> list[str]:
    out: list[str] = []
    for exemption in exemptions:
        out += [p for p in (exemption.paragraphs if exemption else ()) if p not in out]
    return out


def marking_in(texts: list[str]) -> Exemption | None:
    """The first line (or line wrapped onto the next) that marks what it is printed on as exempt.

    A label whose answer is on the next line ("Exempt information:" over "No") is no marking, nor is a
    label answered no on its own line ("Exempt information: Not applicable"): it wraps onto nothing.
    """
    for index, text in enumerate(texts):
        following = texts[index + 1] if index + 1 < len(texts) else ""
        wrapped = f"{text} {following}".strip()
        if EXEMPT_MARKING.search(text) or _answered_marked(text):
            if not NOTHING_EXEMPT.search(following):
                return Exemption(marking=text.strip(), paragraphs=paragraphs_in(wrapped))
        elif EXEMPT_MARKING.search(wrapped) and not EXEMPT_MARKING.search(following) and not _answered_no(text):
            return Exemption(marking=wrapped, paragraphs=paragraphs_in(wrapped))
    return None


def _answered_marked(text: str) -> bool:
    """ "Status: Confidential", "Open/Exempt: Exempt": a publication-status label answered by a marking."""
    label, colon, answer = text.partition(":")
    field = PUBLICATION_STATUS_LABEL.search(label) if colon else None
    if not field or (field.group("generic") and re.fullmatch(r"\W*exempt\W*", answer, re.IGNORECASE)):
        return False
    return bool(EXEMPT_MARKING.search(answer.strip()))


def _answered_no(text: str) -> bool:
    """ "Exempt information: Not applicable", "Is this report confidential? No": a label and its answer, no."""
    answer = re.split(r"[:?]", text)
    return len(answer) > 1 and bool(NOTHING_EXEMPT.search(answer[-1]))


def without_markings(lines: list[Line]) -> list[Line]:
    """The lines that are not exempt markings; a marking that wraps takes the lines it runs on to along."""
    right = max((ln.x1 for ln in lines), default=0.0)
    out: list[Line] = []
    marking: Line | None = None
    for line in lines:
        runs_on = (marking is not None and marking.x1 >= right * FULL_LINE
                   and not marking.text.rstrip().endswith((".", ":", ";")))
        if runs_on or EXEMPT_MARKING.search(line.text):
            marking = line
        else:
            marking = None
            out.append(line)
    return out


def _opens_exempt_part(texts: list[str]) -> bool:
    """A heading or resolution after which what follows is exempt, not taken back on the next line."""
    for index, text in enumerate(texts):
        if EXEMPT_PART.search(text):
            return not any(NOTHING_EXEMPT.search(t) for t in texts[index + 1:index + 2])
    return False


def page_marking(page: Page) -> Exemption | None:
    """A marking in the page's running header or footer, or in the lines at its top or foot."""
    edges = [ln.text for ln in page.furniture]
    edges += [ln.text for ln in page.lines
              if ln.top < page.height * MARGIN_BAND or ln.bottom > page.height * (1 - MARGIN_BAND)]
    return marking_in(edges)


def document_marking(kind: str, pages: list[Page]) -> Exemption | None:
    """A marking on a document's first page: anywhere for papers, in the title lines for minutes and agendas."""
    if not pages:
        return None
    rows = [row.text for row in rows_of(pages[:1])]
    return marking_in(rows if kind in COVER_PAGE_KINDS else rows[:TITLE_LINES]) or page_marking(pages[0])


def first_marked_page(pages: list[Page]) -> tuple[int, Exemption] | None:
    """The first page (index) after the first one whose header, footer, top or foot marks it exempt."""
    for index, page in enumerate(pages[1:], start=1):
        marking = page_marking(page)
        if marking:
            return index, marking
    return None


def exempt_agenda_items(items: Iterable[tuple[str, str, list[str]]]) -> dict[str, Exemption]:
    """Agenda items (key, printed number, its rows' texts) in order → the exempt ones, by key.

    An item is exempt when marked itself ("Disposal of land (Exempt)") or listed
    after the front sheet's exempt part opens (a "PART II" heading, an item
    excluding the press and public); that opening item itself is public. A part
    numbered as an item with its items numbered under it (EXEMPT_PART_ITEM) ends
    at the next item not under it; any other part runs to the end. A closed
    session (CLOSED_SESSION: US and Canadian agendas, which close it in the
    middle) ends at the next item numbered as the one opening it ("3 CLOSED
    SESSION" over "2.1 …" and "4 REPORT FROM CLOSED SESSION"), or at one
    ending it (CLOSED_SESSION_ENDS).
    """
    exempt: dict[str, Exemption] = {}
    part: Exemption | None = None
    holds = None  # the number a part's items are numbered under, where it holds only those
    closed: tuple[str | None] | None = None  # a closed session's part: the rank (number shape) of the item opening it
    items = list(items)
    for position, (key, number, texts) in enumerate(items):
        if part and holds and not _numbered_under(number, holds):
            part = holds = None
        if part and closed and ((closed[0] and _rank(number) == closed[0])
                                or any(CLOSED_SESSION_ENDS.search(t) for t in texts[:2])):
            part = closed = None
        if _opens_exempt_part(texts):  # (before a closed session: "Exclusion of the Press and Public" over "That the
            # Committee move into closed session …" is a part to the end, not to the next item)
            part = Exemption(marking=next(t for t in texts if EXEMPT_PART.search(t)).strip(),
                             paragraphs=paragraphs_in(" ".join(texts)))
            closed = None
            following = items[position + 1][1] if position + 1 < len(items) else None
            # (a motion inside a part that holds its items, "6.1 Resolution to Exclude the Public", leaves it so)
            if EXEMPT_PART_ITEM.match(texts[0]) and following and _numbered_under(following, number):
                holds = number
            continue
        if not part and any(CLOSED_SESSION.search(t) for t in texts):
            opening = next(t for t in texts if CLOSED_SESSION.search(t))
            part = Exemption(marking=opening.strip(), paragraphs=paragraphs_in(" ".join(texts)))
            # (opened by a heading printed under the item, not by the item itself: it runs until one ending it)
            closed = (_rank(number) if opening in texts[:2] else None,)
            continue
        own = marking_in(texts)
        if own or part:
            exempt[key] = Exemption(marking=(own or part).marking, paragraphs=tuple(merged_paragraphs(part, own)))
    return exempt


def _rank(number: str) -> str | None:
    """What kind of number an item has: "4" and "5" one rank, "2.1", "A" and "IV" others."""
    from extract.parse.numbering import number_alone  # (here: extract.parse imports this module)
    label = number_alone(number.strip().rstrip(".):"))
    return label.shape if label else None


def _numbered_under(number: str, parent: str) -> bool:
    """ "8.1", "8(a)", "8a" are numbered under "8" (or "8."); "81" and "9" are not."""
    number, parent = number.strip().rstrip(".)"), parent.strip().rstrip(".)")
    if len(number) <= len(parent) or not number.startswith(parent):
        return False
    after = number[len(parent)]
    return after in ".(" or (parent[-1].isdigit() and after.isalpha())


@dataclass
class MinutePart:
    """A stretch of minutes in reading order: a numbered minute (``number`` set) or an unnumbered heading."""

    texts: list[str]
    pages: set[int]
    number: str | None = None


def exempt_minutes(parts: list[MinutePart], marked_pages: set[int]) -> dict[int, Exemption]:
    """Which minutes (index into ``parts``) are exempt, and why.

    A minute is exempt when it is marked itself (in its heading or first lines),
    printed on a marked page, or taken after the press and public were excluded
    ("RESOLVED: That … the press and public be excluded … paragraph 3 …", or a
    "PART II" heading) and before they were readmitted. The resolution that
    excludes the public is itself public.
    """
    exempt: dict[int, Exemption] = {}
    part: Exemption | None = None
    for index, minute in enumerate(parts):
        opening = minute.texts[:MINUTE_MARKING_LINES + 1]
        if any(PUBLIC_AGAIN.search(text) for text in opening):
            part = None
        if _opens_exempt_part(minute.texts):
            part = Exemption(marking=next(t for t in minute.texts if EXEMPT_PART.search(t)).strip(),
                             paragraphs=paragraphs_in(" ".join(minute.texts)))
            continue
        own = marking_in(opening)
        if minute.number is not None and (own or part or minute.pages & marked_pages):
            exempt[index] = own or part or Exemption(marking="on a page marked not for publication")
        if any(PUBLIC_AGAIN.search(text) for text in minute.texts[len(opening):]):
            part = None
    return exempt
