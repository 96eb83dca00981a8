"""Agenda front sheets and stand-alone agendas → :class:`~extract.model.Agenda`.

The front sheet is read row by row (see :mod:`extract.rows`): the opening names
the committee, date, time and venue; then membership and substitutes; then the
numbered items, each with its printed page range and description; then the
contact, publication date and the public-information pages, which stay in the
body under their own headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.exempt import Exemption, exempt_agenda_items, merged_paragraphs
from extract.model import Agenda, AgendaItem, Block, Contact, Heading, Paragraph, Person, Table
from extract.parse.common import source_of
from extract.parse.heading import Meeting, authority_in, read_heading
from extract.patterns import (
    AGENDA_CONTACT, AGENDA_ITEM_LINE, AGENDA_ITEMS_END, AGENDA_NUMBER_AND_PAGES, AGENDA_PUBLISHED, AGENDA_TITLE,
    CLERK_CONTACT, COMMITTEE_LINE,
    EMAIL_ADDRESS, MEMBER_WITH_PHONE, MEMBERSHIP_HEADING, PERSON_WITH_ROLE, PHONE_NUMBER, ROLE_PREFIX,
    SUBSTITUTES_HEADING, TIME_OF_DAY,
)
from extract.read import Page, PdfText
from extract.rows import Row, blocks_from_rows, rows_of
from extract.split import DocumentSpan
from extract.text import clean_spaces, find_date, find_time

# Item numbers run in order; a number further ahead than this is not an item.
MAX_ITEM_STEP = 3
# A continuation line indented this far past its item's number continues the title column.
TITLE_COLUMN_INDENT = 12.0
# Where a title runs on into the first of the sub-items listed under it.
SUB_ITEM_DASH = " - "
HONORIFIC = re.compile(r"^(?:councillors?|cllrs?\.?|mr|mrs|ms|miss|dr)\.?\s+", re.I)


@dataclass
class FrontSheet:
    meeting: Meeting
    start: str | None = None
    venue: str | None = None
    items: list[AgendaItem] = field(default_factory=list)
    members: list[Person] = field(default_factory=list)
    substitutes: list[Person] = field(default_factory=list)
    published: str | None = None
    contact: Contact | None = None
    opening_end: int = 0  # rows before the items
    items_end: int = 0  # first row after the items
    exemptions: dict[str, Exemption] = field(default_factory=dict)  # the exempt items (Part II), by number


def parse(span: DocumentSpan, pdf: PdfText) -> Agenda:
    rows = span.rows
    sheet = front_sheet(rows, span.pages)
    meeting = sheet.meeting
    committee = meeting.committee or meeting.body or "Unknown committee"
    return Agenda(body=meeting.body, committee=committee, date=meeting.date,
                  title=f"Agenda: {committee}" + (f", {meeting.date}" if meeting.date else ""),
                  source=source_of(span, pdf), content=_content(rows, sheet), review=meeting.review(),
                  start=sheet.start, venue=sheet.venue, published=sheet.published, members=sheet.members,
                  substitutes=sheet.substitutes, items=sheet.items, contact=sheet.contact,
                  exempt_paragraphs=merged_paragraphs(*sheet.exemptions.values()))


def front_sheet(rows: list[Row], pages: list[Page]) -> FrontSheet:
    first_item = next((i for i, row in enumerate(rows) if _item_match(row, None)), len(rows))
    opening = rows[:first_item]
    items, items_end, exemptions = _items(rows, first_item)
    sheet = FrontSheet(meeting=_meeting(rows, pages), items=items, opening_end=first_item, items_end=items_end,
                       exemptions=exemptions)
    sheet.start = next((t for t in (find_time(r.text) for r in opening) if t), None)
    sheet.venue = _venue(opening)
    sheet.members = _people_under(rows, MEMBERSHIP_HEADING)
    sheet.substitutes = _people_under(rows, SUBSTITUTES_HEADING)
    sheet.published = next((find_date(m.group("date")) for m in (AGENDA_PUBLISHED.search(r.text) for r in rows) if m),
                           None)
    sheet.contact = _contact(rows[items_end:] + opening)
    return sheet


# --- Who, when, where ---

def _display_name(text: str) -> str:
    """Names printed in capitals read better in title case; mixed case stays as printed."""
    return text.title().replace("'S ", "'s ") if text.isupper() else text


def _meeting(rows: list[Row], pages: list[Page]) -> Meeting:
    """The meeting, from the front sheet's heading; the authority from anywhere on it where the heading
    names none ("Thurrock Council Wi-Fi" in the public information)."""
    meeting = read_heading(pages)
    if meeting.body is None:
        meeting.body = next((b for b in map(authority_in, (r.text for r in rows)) if b), None)
    return meeting


def _venue(opening: list[Row]) -> str | None:
    """The line after the one giving the date, less any time printed on it."""
    dated = next((i for i, row in enumerate(opening) if find_date(row.text)), None)
    for row in opening[dated + 1:dated + 2] if dated is not None else []:
        text = TIME_OF_DAY.sub("", row.text).strip(" -–@,")
        if text and not (MEMBERSHIP_HEADING.match(text) or AGENDA_TITLE.search(text)):
            return _display_name(text)
    return None


def _people_under(rows: list[Row], heading) -> list[Person]:
    """The people listed under a heading ("Membership:", "Substitutes:") up to the next heading or item."""
    start = next((i for i, row in enumerate(rows) if heading.match(row.text)), None)
    if start is None:
        return []
    entries: list[str] = []
    joined = False
    for row in rows[start + 1:]:
        text = row.text
        if (row.page_index != rows[start].page_index or MEMBERSHIP_HEADING.match(text) or SUBSTITUTES_HEADING.match(text) or AGENDA_TITLE.search(text)
                or _item_match(row, None) or AGENDA_ITEMS_END.match(text)):
            break
        if joined:
            entries[-1] += " " + text
        else:
            entries.append(text)
        joined = text.endswith(",")
    return [person for entry in entries for person in _people(entry)]


def _people(entry: str) -> list[Person]:
    """ "Councillors A (Chair), B and C" → three people; "Kim James, Chief Operating Officer, X" → one with a role."""
    if MEMBER_WITH_PHONE.search(entry):
        return [_with_role_prefix(m.group("name")) for m in MEMBER_WITH_PHONE.finditer(entry)]
    if HONORIFIC.match(entry):
        title = HONORIFIC.match(entry).group(0).strip()
        names = re.split(r",\s*|\s+and\s+", HONORIFIC.sub("", entry))
        out = []
        for name in filter(None, (n.strip() for n in names)):
            m = PERSON_WITH_ROLE.match(name)  # no match on an unbalanced bracket: keep the text whole
            out.append(Person(name=m.group("name") if m else name, role=m.group("role") if m else None,
                              title="Councillor" if title.lower().startswith("councillor") else title))
        return out
    name, _, role = entry.partition(",")
    return [Person(name=name.strip(), role=role.strip() or None)]


def _with_role_prefix(name: str) -> Person:
    m = ROLE_PREFIX.match(name)
    return Person(name=m.group("name"), role=m.group("role").title()) if m else Person(name=name)


def _contact(rows: list[Row]) -> Contact | None:
    """The democratic services officer ("Please contact …") or a parish clerk in the letterhead."""
    for index, row in enumerate(rows):
        m = AGENDA_CONTACT.search(row.text) or CLERK_CONTACT.match(row.text)
        if m:
            nearby = " ".join(r.text for r in rows[index:index + 3])
            email, phone = EMAIL_ADDRESS.search(nearby), PHONE_NUMBER.search(nearby)
            return Contact(name=m.group("name"), email=email.group(0) if email else None,
                           phone=phone.group("number") if phone else None)
    return None


# --- Items ---

def _item_match(row: Row, previous: AgendaItem | None):
    """The numbered-item match for a row, if its number follows the previous item's."""
    m = AGENDA_ITEM_LINE.match(row.text) or AGENDA_NUMBER_AND_PAGES.match(row.text)
    if not m:
        return None
    number = int(re.match(r"\d+", m.group("number")).group(0))
    last = int(re.match(r"\d+", previous.number).group(0)) if previous else 0
    return m if last < number <= last + MAX_ITEM_STEP else None


@dataclass
class _ItemRow:
    item: AgendaItem
    row: Row
    title_cell: int  # which table cell holds the title (0 for lines)
    sub_items: bool = False  # indented lines under the item list its parts
    following: list[Row] = field(default_factory=list)  # rows under the item, before the next one


def _items(rows: list[Row], first: int) -> tuple[list[AgendaItem], int, dict[str, Exemption]]:
    found: list[_ItemRow] = []
    index = first
    for index in range(first, len(rows)):
        row = rows[index]
        if AGENDA_ITEMS_END.match(row.text):
            break
        previous = found[-1] if found else None
        m = _item_match(row, previous.item if previous else None)
        if m:
            found.append(_new_item(row, m))
        elif previous is not None:
            previous.following.append(row)
    else:
        index = len(rows)
    exemptions = exempt_agenda_items((entry.item.number, [entry.row.text] + [r.text for r in entry.following])
                                     for entry in found)
    if any(not entry.item.title for entry in found):
        _centred_titles(found)
    for entry in found:
        for row in entry.following:
            _continue_item(entry, row)
        if entry.sub_items:
            _first_sub_item_to_description(entry.item)
        entry.item.title = clean_spaces(entry.item.title)
        entry.item.description = clean_spaces(entry.item.description or "") or None
        entry.item.exempt = entry.item.number in exemptions
    return [entry.item for entry in found], index, exemptions


def _in_title_column(entry: _ItemRow, row: Row) -> bool:
    return (row.line is not None and entry.row.line is not None
            and row.line.x0 > entry.row.line.x0 + TITLE_COLUMN_INDENT)


def _centred_titles(found: list[_ItemRow]) -> None:
    """Numbers centred beside their titles (a number row with no title shows it): each item's title
    lines sit evenly above and below its number, so lines above a number belong to it, not to the item before."""
    above: list[Row] = []
    for entry in found:
        below = [row for row in entry.following if _in_title_column(entry, row)]
        mine, left = below[:len(above)], below[len(above):]
        entry.item.title = " ".join([r.text for r in above] + [entry.item.title] + [r.text for r in mine])
        entry.following = [row for row in entry.following if not _in_title_column(entry, row)]
        above = left
    if found and above:
        found[-1].item.title += " " + " ".join(r.text for r in above)


def _new_item(row: Row, m) -> _ItemRow:
    pages = m.group("pages")
    item = AgendaItem(number=m.group("number"), title=m.groupdict().get("title") or "",
                      pages=re.sub(r"\s*-\s*", " - ", pages) if pages else None)
    filled = [i for i, cell in enumerate(row.cells) if cell.strip()]
    title_cell = filled[1] if len(filled) > 1 and re.fullmatch(r"\d{1,3}[A-Za-z]?\.?", row.cells[filled[0]].strip()) \
        else (filled[0] if filled else 0)
    return _ItemRow(item=item, row=row, title_cell=title_cell)


def _continue_item(entry: _ItemRow, row: Row) -> None:
    """A row under an item either continues its title (the title column wrapped) or describes it."""
    text = row.text
    if not text or text.lower() == "page":
        return
    if _continues_title(entry, row):
        entry.item.title += " " + text
        return
    entry.item.description = f"{entry.item.description or ''} {text}"
    if _in_title_column(entry, row):
        entry.sub_items = True


def _first_sub_item_to_description(item: AgendaItem) -> None:
    """ "8. Finance - Insurance" over indented "- Website Costs" lines: the title is "Finance", the rest its parts."""
    title, dash, first = item.title.partition(SUB_ITEM_DASH)
    if dash and title.strip():
        item.title, item.description = title, f"{first} {item.description or ''}"


def _continues_title(entry: _ItemRow, row: Row) -> bool:
    if entry.item.description:
        return False
    if row.table is not None:
        filled = [i for i, cell in enumerate(row.cells) if cell.strip()]
        return bool(filled) and filled[0] == entry.title_cell and entry.title_cell > 0
    # Plain lines: only a table-of-contents agenda (items with page ranges) wraps titles in a column.
    return entry.item.pages is not None and _in_title_column(entry, row)


# --- Body ---

def _content(rows: list[Row], sheet: FrontSheet) -> list[Block]:
    item_tables = [r.table for r in rows[sheet.opening_end:sheet.items_end] if r.table is not None]
    opening = [r for r in rows[:sheet.opening_end] if not any(r.table is t for t in item_tables)]
    blocks = blocks_from_rows(opening)
    if sheet.items:
        blocks.append(Heading(text="Agenda items", level=2))
        blocks.append(Table(rows=[["Item", "Title", "Pages"]] + [
            [item.number, item.title + (f" — {item.description}" if item.description else ""), item.pages or ""]
            for item in sheet.items]))
    blocks += blocks_from_rows(rows[sheet.items_end:])
    return blocks or [Paragraph(text="")]
