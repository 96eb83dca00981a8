"""Agenda front sheets and stand-alone agendas → :class:`~extract.model.Agenda`.

The front sheet is read row by row (see :mod:`extract.rows`): the opening names
the committee, date, time and venue; then membership and substitutes; then the
numbered items, each with its printed page range and description; then the
contact, publication date and the public-information pages, which stay in the
body under their own headings.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby

from extract.exempt import Exemption, exempt_agenda_items, merged_paragraphs
from extract.model import Agenda, AgendaItem, Block, Contact, Heading, Paragraph, Person, Review, Table
from extract.parse.common import source_of, title_then_sentence
from extract.parse.heading import Meeting, authority_named, read_heading
from extract.parse.numbering import Candidate, Label, Outline, number_alone, outline, read_label
from extract.parse.people import parse_people
from extract.patterns import (
    AGENDA_CONTACT, AGENDA_ITEMS_END, AGENDA_SIGNED_AT, CONTACT_FIELD, CONTACT_LEAD_IN, CONTACT_NAME_LINE, FIELD_LABEL, VENUE, AGENDA_NUMBER_AND_PAGES, AGENDA_PUBLISHED, AGENDA_TITLE, CALLED_MEMBER, CLERK_CONTACT,
    DESCRIPTION_LABEL, DOT_LEADER, EMAIL_ADDRESS, ITEM_BYLINE, ITEM_FILE_NUMBER, ITEM_PAGE_ALONE, ITEM_PAGES, ITEM_REPORT_NUMBER, ITEM_TIME_CELL, LETTER_CLOSING, LETTER_SALUTATION, LETTERHEAD_EMAIL,
    MEMBER_WITH_PHONE, MEMBERS_FIELD, MEMBERSHIP_HEADING, PERSON_WITH_ROLE, PHONE_NUMBER, RECOMMENDATION_LABEL, ROLE_PREFIX,
    ROLL_CALL_TITLE, ROSTER_ENTRY, ROSTER_NAME, ROSTER_OFFICE, SUBSTITUTES_FIELD, MEETING_HELD, VENUE_IN_SENTENCE, VENUE_IN_FRENCH_SENTENCE, PLACE_LINE, ADDRESS_END_LINE, STREET_ADDRESS, SUBSTITUTES_HEADING, TIME_OF_DAY,
    TITLE_IN_CAPITALS, AGENDA_ITEM_STAMP, ATTACHED_FILE, ITEM_TIME_PREFIX, LEADING_ROLE, MEETING_NOTICE, NOTICE_SIGNATORY, HONORIFIC as MEMBER_TITLE,
)
from extract.read import Page, PdfText
from extract.rows import FULL_LINE_WORDS, Row, blocks_from_rows, is_bullet, paragraphs
from extract.split import DocumentSpan
from extract.text import clean_spaces, find_date, find_time, join_wrapped, sentences_of

# Fewer members than this one a line are no list of members (a chair named under "Call to order").
MIN_ROSTER = 2
# Names under an office follow one another at most this many times their type size apart.
ROSTER_LINE_STEP = 1.5
# A closing line ends the list of items once this many items have run in sequence before it.
MIN_RUN = 2
# A title wraps onto the next line of its paragraph: at most this many times its type size below.
TITLE_LINE_STEP = 1.75
# A wrapped title's lines start under its first word: at most this far (points) right of its number.
HANGING_INDENT = 48.0
# A title this much in capital letters is set in capitals.
CAPITALS_SHARE = 0.8
# Most items running on over more lines than this are paragraphs, not titles.
TITLE_MAX_LINES = 3
# Type sizes closer than this (points) are the same type.
SAME_SIZE = 0.6
# A continuation line indented this far past its item's number continues the title column.
TITLE_COLUMN_INDENT = 12.0
# A line ends short of its column when the next line's first word would have fitted on it with this share
# of the column's width to spare.
FIT_ROOM = 0.15
# A description run on from its title holds at least this many words.
# A title wraps flush with its number only where the line above has less room than this share of the column left.
FLUSH_FIT_ROOM = 0.03
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
    doubts: list[Review] = field(default_factory=list)


def parse(span: DocumentSpan, pdf: PdfText) -> Agenda:
    rows = span.rows
    sheet = front_sheet(rows, span.pages)
    meeting = sheet.meeting
    committee = meeting.committee or meeting.body or "Unknown committee"
    return Agenda(body=meeting.body, committee=committee, date=meeting.date,
                  title=f"Agenda: {committee}" + (f", {meeting.date}" if meeting.date else ""),
                  source=source_of(span, pdf), content=_content(rows, sheet), review=meeting.review() + sheet.doubts,
                  start=sheet.start, venue=sheet.venue, published=sheet.published, members=sheet.members,
                  substitutes=sheet.substitutes, items=sheet.items, contact=sheet.contact,
                  exempt_paragraphs=merged_paragraphs(*sheet.exemptions.values()))


def front_sheet(rows: list[Row], pages: list[Page]) -> FrontSheet:
    items, numbering, first_item, items_end, exemptions = _items(rows)
    opening = rows[:first_item]
    sheet = FrontSheet(meeting=_meeting(opening + _information_pages(rows, items_end), pages), items=items, opening_end=first_item,
                       items_end=items_end, exemptions=exemptions)
    sheet.start = _start(opening)
    sheet.venue = _venue(opening)
    sheet.members = _people_under(rows, MEMBERSHIP_HEADING, MEMBERS_FIELD) or _roster(rows) or _called_roll(items)
    sheet.doubts = _numbering_doubts(numbering)
    sheet.substitutes = _people_under(rows, SUBSTITUTES_HEADING, SUBSTITUTES_FIELD)
    sheet.published = next((find_date(m.group("date")) for m in (AGENDA_PUBLISHED.search(r.text) for r in rows) if m),
                           None)
    sheet.contact = _contact(rows[items_end:] + opening)
    return sheet


# --- Who, when, where ---

def _display_name(text: str) -> str:
    """Names printed in capitals read better in title case; mixed case stays as printed."""
    return text.title().replace("'S ", "'s ") if text.isupper() else text


def _start(opening: list[Row]) -> str | None:
    """The first time the opening gives, on one line or wrapped onto the next ("… will be held on Thursday,
    19 March 2026 at 10.00" / "am in the Council Chamber …", a notice of meeting set as a sentence)."""
    texts = [row.text for row in opening]
    return next((time for text, below in zip(texts, texts[1:] + [""])
                 if (time := find_time(text) or find_time(f"{text} {below}"))), None)


# After the items, a front sheet's own wording runs to the end of their page and over this many pages more (its
# public information: "Thurrock Council Wi-Fi"); what follows is the papers' (an attachment's list of contracts
# with "City of Broadview Heights", pages on, in a county board of health's agenda).
INFORMATION_PAGES = 1


def _information_pages(rows: list[Row], items_end: int) -> list[Row]:
    """The rows after the items on the page they end on and the front sheet's information page after it."""
    if items_end >= len(rows):
        return []
    last = rows[max(items_end - 1, 0)].page_index + INFORMATION_PAGES
    return [row for row in rows[items_end:] if row.page_index <= last]


def _meeting(rows: list[Row], pages: list[Page]) -> Meeting:
    """The meeting, from the front sheet's heading; the authority from anywhere on it where the heading
    names none ("Thurrock Council Wi-Fi" in the public information), but the items: their business names
    other bodies ("Board of Directors of the City of Omaha Cable Television Access Corporation"); else from the
    running header or footer of any of its pages (a cover without one, "Westford District Council" at the foot of
    the pages after it), but of the papers after it (an attached contract's footer names the other party)."""
    meeting = read_heading(pages)
    front = pages[:max((r.page_index for r in rows), default=0) + 1]
    if meeting.body is None:
        meeting.body = (authority_named(r.text for r in rows)
                        or authority_named(line.text for page in front for line in page.furniture))
    return meeting


def _venue(opening: list[Row]) -> str | None:
    """The venue a field gives ("Venue: Council Chamber"); else the place a notice's sentence says the meeting is
    held in (VENUE_IN_SENTENCE, as minutes open); else the title block's address lines
    (a place's name and its street and town, see _address_lines); else the line after the one giving the date,
    less any time printed on it — unless that line is another field ("Time: 7.00 pm"). A line giving only the
    time ("Commencing at 9:30am") is passed over for the one below it."""
    for row in opening:
        if (m := VENUE.match(row.text)) and m.group("venue"):
            return _display_name(clean_spaces(m.group("venue")))
    texts = [join_wrapped([row.text for row in group]) for group in paragraphs(opening) if group[0].table is None]
    for sentence in sentences_of(texts):
        # Only a sentence saying where the meeting is held: an agenda "posted … at the City Hall" was put up there.
        if MEETING_HELD.search(sentence) and (m := VENUE_IN_SENTENCE.search(sentence) or VENUE_IN_FRENCH_SENTENCE.search(sentence)):
            return clean_spaces(m.group("venue")).strip(" ,.")
    if address := _address_lines(opening):
        return address
    dated = next((i for i, row in enumerate(opening) if find_date(row.text)), None)
    if dated is not None and (place := _place_after_time(opening[dated].text)):
        return place
    for row in opening[dated + 1:dated + 3] if dated is not None else []:
        text = TIME_OF_DAY.sub("", row.text).strip(" -–@,")
        if find_time(row.text) and len(text.split()) <= TIME_LEAD_WORDS:
            continue  # "Commencing at 9:30am", "9:00 a.m.": the time's line; the place is under it
        # Under a letter's date comes its salutation ("Dear Member"), not where the meeting is.
        if text and not (MEMBERSHIP_HEADING.match(text) or AGENDA_TITLE.search(text) or LETTER_SALUTATION.match(text)
                         or FIELD_LABEL.match(text)):
            return _display_name(text)
        return None
    return None


def _place_after_time(text: str) -> str | None:
    """The place printed after the date and time on their line ("Tuesday 17 February 2026 at 10.00 am, Council
    Chamber, Forfar", as Scottish agendas print it; "Thursday 12 March 2026 at 7.00 pm in the Council Chamber, Civic
    Centre", English ones): what follows the time, when it names a place (PLACE_LINE)."""
    times = list(TIME_OF_DAY.finditer(text))
    if not times:
        return None
    rest = re.sub(r"^[\s,;–—-]*(?:(?:in|at)\s+(?:the\s+)?)?", "", text[times[-1].end():]).strip(" .")
    return rest if rest and not find_date(rest) and PLACE_LINE.match(rest) else None


# Words a line giving the time may hold besides it ("Commencing at", "Time:").
TIME_LEAD_WORDS = 2
# An address line is short: a longer line is a sentence that mentions a place.
ADDRESS_MAX_WORDS = 10
# A contact field set in a column beside the address lines ("Council Chamber, Sessions House   Telephone: …").
_BESIDE_ADDRESS = re.compile(r"\s+(?:ask\s+for|telephone|tel|e-?mail|fax|contact)\b.*$", re.I)


def _address_lines(opening: list[Row]) -> str | None:
    """A title block's venue printed as address lines: a place's name or a street address ("City Hall Council
    Chambers" / "8838 E. Valley Blvd." / "Rosemead, CA 91770"), the lines after it that go on with its street, town
    and postcode, joined as one address; a contact field beside them is none of it, nor is the time."""
    found: list[str] = []
    for row in opening:
        text = TIME_OF_DAY.sub("", _BESIDE_ADDRESS.sub("", row.text)).strip(" -–@,")
        short = row.table is None and 0 < len(text.split()) <= ADDRESS_MAX_WORDS and not find_date(text)
        opens = short and (PLACE_LINE.match(text) or STREET_ADDRESS.match(text))
        goes_on = short and found and (opens or ADDRESS_END_LINE.match(text) or re.match(r"(?:and|&)\s", text, re.I))
        if opens and not found or goes_on:
            found.append(text)
        elif found:
            break
    return _display_name(", ".join(found)) if found else None


# A line whose text ends this close to the page's right margin (the right edge of its widest line) is full.
FULL_LINE_TOLERANCE = 12.0


def _runs_to_the_margin(rows: list[Row], index: int) -> bool:
    """A line set full to the right margin and ending on no stop wraps onto the next, even within a name ("…,
    Councillor T Cole, Mr D" / "Evans (Independent Co-opted Member)", a police and crime panel's membership)."""
    line = rows[index].line
    page = [r.line.x1 for r in rows if r.line is not None and r.page_index == rows[index].page_index]
    return (line is not None and not line.text.rstrip().endswith((".", ";", ":"))
            and line.x1 >= max(page) - FULL_LINE_TOLERANCE)


def _people_under(rows: list[Row], heading, named) -> list[Person]:
    """The people listed under a heading ("Membership:", "Substitutes:") up to the next heading or item, or
    named after it on its line ("Membership: Councillors A Smith (Chair), B Jones …", see MEMBERS_FIELD)."""
    start = next((i for i, row in enumerate(rows) if heading.match(row.text) or named.match(row.text)), None)
    if start is None:
        return []
    inline = named.match(rows[start].text)
    entries: list[str] = [inline.group("names")] if inline else []
    joined = bool(inline) and (rows[start].text.endswith(",") or _runs_to_the_margin(rows, start))
    for row in rows[start + 1:]:
        text = row.text
        if (row.page_index != rows[start].page_index or MEMBERSHIP_HEADING.match(text) or SUBSTITUTES_HEADING.match(text) or AGENDA_TITLE.search(text)
                or read_label(text) or AGENDA_ITEMS_END.match(text) or FIELD_LABEL.match(text)
                or ((MEMBERS_FIELD.match(text) or SUBSTITUTES_FIELD.match(text)) and (inline or not named.match(text)))
                or (inline and not joined) or MEETING_NOTICE.match(text)):
            # Names given on the label's line end there, unless they run on past a comma; under the heading,
            # its own list's field goes on with it ("Membership" over "Members: Mayor Sam Rowe, Cr Ana Pohatu").
            break
        if entries and (joined or text.startswith("and ")):  # a list wrapped after a comma, or before its "and"
            entries[-1] += " " + text
        else:
            entries.append(text)
        joined = text.endswith(",")
    return [person for index, entry in enumerate(entries) for person in _people(entry, listed=bool(inline) and index == 0)]


def _people(entry: str, listed: bool = False) -> list[Person]:
    """ "Councillors A (Chair), B and C" → three people; "Kim James, Chief Operating Officer, X" → one with a role.
    ``listed``: the names a members field gives after its label ("Board Members: Jane Doe (President), John Smith")."""
    if MEMBER_WITH_PHONE.search(entry):
        return [_with_role_prefix(m.group("name")) for m in MEMBER_WITH_PHONE.finditer(entry)]
    if HONORIFIC.match(entry):
        title = HONORIFIC.match(entry).group(0).strip()
        names = re.split(r",\s*|\s+and\s+", HONORIFIC.sub("", entry))
        out = []
        for piece in filter(None, (n.strip() for n in names)):  # "…, Councillor B Jones"
            # a name under a personal title keeps it: a co-opted member among councillors ("…, Mr D Evans")
            own = HONORIFIC.match(piece)
            personal = own and not own.group(0).lower().startswith(("councillor", "cllr"))
            name, titled = HONORIFIC.sub("", piece), own.group(0).strip() if personal else title
            if not name:
                continue
            m = PERSON_WITH_ROLE.match(name)  # no match on an unbalanced bracket: keep the text whole
            out.append(Person(name=m.group("name") if m else name, role=m.group("role") if m else None,
                              title="Councillor" if titled.lower().startswith("councillor") else titled))
        return out
    label, colon, names = entry.partition(":")
    if colon and MEMBERSHIP_HEADING.match(label):  # "Members: Mayor Sam Rowe, Cr Ana Pohatu, …"
        entry = names.strip()
    if listed or _office_label(entry) or _each_titled(entry):
        return parse_people(entry)  # read as attendance lists are
    name, _, role = entry.partition(",")
    return [Person(name=name.strip(), role=role.strip() or None)]


def _office_label(entry: str) -> bool:
    """ "Chairperson: Cr Mary Tane", "Deputy Mayor: Cr J Walsh": an office as a label before its holder."""
    label, colon, _ = entry.partition(":")
    return bool(colon) and bool(LEADING_ROLE.fullmatch(label.strip()))


def _each_titled(entry: str) -> bool:
    """ "Mayor Sam Rowe, Cr Ana Pohatu, Cr Peter Lee": a list whose every name carries its title or office."""
    pieces = [piece.split() for piece in entry.split(",")]
    return len(pieces) > 1 and all(words and (MEMBER_TITLE.fullmatch(words[0]) or LEADING_ROLE.match(" ".join(words)))
                                   for words in pieces)


def _listed_person(text: str) -> Person | None:
    """A member listed on a line of their own with their office: "Rick Ramirez, Chair", "President Cynthia
    McClain-Hill"."""
    m = ROSTER_ENTRY.fullmatch(text.strip())
    if not m:
        return None
    return Person(name=m.group("name") or m.group("person"), role=clean_spaces(m.group("role") or m.group("office")))


def _roster(rows: list[Row]) -> list[Person]:
    """The members an agenda lists one a line, under the body's name or a roll call: "Name, Office",
    "Office Name", or an office ("Councilmembers") over the names of those holding it; lettered ("A. Norm
    Zezula, Mayor Pro Tempore") or not. A list read twice (two roll calls) gives each member once."""
    found: dict[str, Person] = {}
    listed: list[Person] = []
    office: str | None = None
    previous: Row | None = None

    def close() -> None:
        if len(listed) >= MIN_ROSTER:
            for person in listed:
                found.setdefault(person.name.split()[-1].lower(), person)
        listed.clear()

    for row in rows:
        label = read_label(row.text)
        text = label.title if label and label.shape in ("1", "A", "a") else row.text.strip()
        person = None if ROSTER_OFFICE.fullmatch(text) else _listed_person(text)
        if person:
            listed.append(person)
        elif ROSTER_OFFICE.fullmatch(text):
            office = re.sub(r"(?<=[a-z])s$", "", clean_spaces(text))
        elif office and ROSTER_NAME.fullmatch(text) and len(text.split()) > 1 and _next_line(previous, row):
            listed.append(Person(name=clean_spaces(text), role=office))
        else:
            close()
            office = None
        previous = row
    close()
    return list(found.values())


def _called_roll(items: list[AgendaItem]) -> list[Person]:
    """The members a roll call item names in its paragraph, each office before the names holding it:
    "CHAIR MANNING, VICE CHAIR GARCIA, COMMITTEE MEMBERS FRY, ANGEBRANDT, CARR" — every piece a member,
    the first with an office, or it is no list of members."""
    for item in items:
        if not (ROLL_CALL_TITLE.search(item.title) and item.description):
            continue
        pieces = [p for p in re.split(r"\s*,\s*|\s+and\s+", item.description.strip(" .;")) if p]
        called = [CALLED_MEMBER.fullmatch(piece) for piece in pieces]
        if len(pieces) < MIN_ROSTER or not all(called) or not called[0].group("office"):
            continue
        members, office = [], None
        for m in called:
            if m.group("office"):
                office = re.sub(r"(?<=[a-z])s$", "", _display_name(clean_spaces(m.group("office"))))
            members.append(Person(name=_display_name(m.group("name")), role=office))
        return members
    return []


def _next_line(previous: Row | None, row: Row) -> bool:
    """The line right below the one before, at the step of lines in a paragraph."""
    return (previous is not None and previous.line is not None and row.line is not None
            and row.page_index == previous.page_index
            and 0 < row.top - previous.top <= max(row.line.size, previous.line.size) * ROSTER_LINE_STEP)


def _with_role_prefix(name: str) -> Person:
    m = ROLE_PREFIX.match(name)
    return Person(name=m.group("name"), role=m.group("role").title()) if m else Person(name=name)


def _contact(rows: list[Row]) -> Contact | None:
    """The democratic services officer ("Please contact …", or named under "… please contact:") or a parish clerk
    in the letterhead; their e-mail address and telephone number on the lines by the name."""
    for index, row in enumerate(rows):
        m = AGENDA_CONTACT.search(row.text) or CLERK_CONTACT.match(row.text) or CONTACT_FIELD.match(row.text)
        if not m and CONTACT_LEAD_IN.search(row.text) and index + 1 < len(rows):
            index += 1
            m = CONTACT_NAME_LINE.match(rows[index].text)
        if m:
            nearby = " ".join(r.text for r in rows[index:index + 3])
            email, phone = EMAIL_ADDRESS.search(nearby), PHONE_NUMBER.search(nearby)
            return Contact(name=m.group("name"), email=email.group(0) if email else None,
                           phone=phone.group("number") if phone else None)
    # A letterhead of labelled lines, no name ("Direct Dial/Ext: 03000416892" / "e-mail: joel.cook@kent.gov.uk").
    for index, row in enumerate(rows):
        if m := LETTERHEAD_EMAIL.match(row.text):
            nearby = " ".join(r.text for r in rows[max(0, index - 2):index + 3])
            phone = PHONE_NUMBER.search(nearby)
            return Contact(email=m.group("email"), phone=phone.group("number") if phone else None)
    return None


# --- Items ---

def _candidates(rows: list[Row]) -> list[Candidate]:
    """Every row that opens with something shaped like an item number (see extract.parse.numbering)."""
    out = []
    for index, row in enumerate(rows):
        if row.table is not None:
            filled = [i for i, cell in enumerate(row.cells) if cell.strip()][_time_cells(row):]
            if not filled:
                continue
            # The cells read as one line: "5 | Youth Cabinet Update", "2 Minutes | | 5 - 16".
            label = read_label(" ".join(c.strip() for c in row.cells[filled[0]:] if c.strip()))
            if label:
                out.append(Candidate(index, label, float(filled[0]), table=True))
            continue
        label = (read_label(row.text) or _number_beside_pages(row.text) or _item_over_title(rows, index)
                 or _label_after_time(row.text))
        if label and row.line is not None:
            out.append(Candidate(index, label, row.line.x0, bold=row.line.bold))
    return out


def _time_cells(row: Row) -> int:
    """How many of a table row's filled cells, before its number's, give the item's time (ITEM_TIME_CELL)."""
    filled = [cell.strip() for cell in row.cells if cell.strip()]
    return 1 if len(filled) > 2 and ITEM_TIME_CELL.match(filled[0]) and _BARE_NUMBER.fullmatch(filled[1]) else 0


# An item's number alone in its cell: "4", "12A", "3.", a sub-item's "6.1" (an Australian council's Order of Business),
# a section's "§ 31" or "31 §" (Finnish and Swedish municipalities' agendas).
_BARE_NUMBER = re.compile(r"(?:§\s*)?\d{1,3}(?:\.\d{1,2})*[A-Za-z]?\.?(?:\s*§)?")


def _number_beside_pages(text: str) -> Label | None:
    """ "7 69 - 84": a number and its page range, the title set beside them on lines of their own."""
    m = AGENDA_NUMBER_AND_PAGES.match(text)
    if not m:
        return None
    label = number_alone(m.group("number"))
    return label and dataclasses.replace(label, title=" " + m.group("pages"))  # read as a title of no words


def _label_after_time(text: str) -> Label | None:
    """ "7:05 p.m.   2. Public Comment": the item's number after the time it is taken at (ITEM_TIME_PREFIX)."""
    m = ITEM_TIME_PREFIX.match(text)
    return read_label(text[m.end():]) if m else None


def _item_over_title(rows: list[Row], index: int) -> Label | None:
    """ "Item 7" on a line of its own over the item's title ("Fire Station Roof Replacement Bid Award"): the
    item's number, the line under it its title. Not on a page's first line, where a paper's item stamp stands."""
    m = AGENDA_ITEM_STAMP.match(rows[index].text)
    if not m or index == 0 or rows[index - 1].page_index != rows[index].page_index or index + 1 >= len(rows):
        return None
    below = rows[index + 1]
    if below.page_index != rows[index].page_index or below.table is not None or read_label(below.text) \
            or AGENDA_ITEM_STAMP.match(below.text):
        return None
    label = number_alone(m.group("item"))
    return label and dataclasses.replace(label, title=below.text)


def _title_rows_below(row: Row) -> int:
    """How many rows under an item's number its title took (see _item_over_title)."""
    return 1 if AGENDA_ITEM_STAMP.match(row.text) else 0


def _items_end(rows: list[Row], candidates: list[Candidate]) -> int:
    """Where the list of items ends: at the first closing line ("Queries regarding this Agenda", "Yours
    sincerely", the front sheet's "Contact: Sam Patel, Democratic Services Officer …", where and when a notice
    of the meeting was signed: "Närpes 11.3.2026") that comes after a run of
    items — one above any item (an opening that says "Please contact …") ends nothing, and nor does a contact
    field where the items' lines hold others (each item naming its officer)."""
    first_item = candidates[0].index if candidates else len(rows)
    contacts = [index for index in range(first_item + 1, len(rows)) if CONTACT_FIELD.match(rows[index].text)]
    for index, row in enumerate(rows):
        closing = LETTER_CLOSING.match(row.text)
        contact = contacts == [index]
        # A notice is signed under all its items: a place and a date above one are its text ("Tilanne 28.2.2026").
        below_items = all(c.index < index for c in candidates)
        signed = below_items and (AGENDA_SIGNED_AT.match(row.text) or _signs_notice(rows, index))
        if AGENDA_ITEMS_END.match(row.text) or signed or closing or contact:
            found = outline([c for c in candidates if c.index < index])
            # A letter sending one item (a supplement's "Please find enclosed … Item 3") ends at its closing.
            if found.main is not None and len(found.main.longest()) >= (1 if closing else MIN_RUN):
                return index
    return len(rows)


# A signature stands this many times the usual step between the lines of the items below the last of them.
SIGNATURE_GAP = 1.5


def _signs_notice(rows: list[Row], index: int) -> bool:
    """The officer signing the notice under its items, by name and office (NOTICE_SIGNATORY: "Mary Walsh, Meetings
    Administrator", Irish county councils; "Benjamin Watts" over "General Counsel", an English county's summons), set
    apart from the last item: at the top of a page, or further below the line above than the items' lines stand
    apart. A presenter named under the last item at the step of its lines ("Mark Jones, Chief Executive") signs nothing."""
    row, below = rows[index], rows[index + 1] if index + 1 < len(rows) else None
    named = NOTICE_SIGNATORY.fullmatch(row.text)
    if not (named and named.group("name")):
        named = below is not None and _next_line(row, below) and NOTICE_SIGNATORY.fullmatch(f"{row.text}, {below.text}")
        if not (named and named.group("name")):
            return False
    above = rows[index - 1] if index else None
    if above is None or above.line is None or row.line is None or above.page_index != row.page_index:
        return True
    steps = sorted(b.top - a.top for a, b in zip(rows[:index], rows[1:index + 1])
                   if a.page_index == b.page_index and b.top > a.top)
    return bool(steps) and row.top - above.top > steps[len(steps) // 2] * SIGNATURE_GAP


@dataclass
class _ItemRow:
    item: AgendaItem
    row: Row
    title_cell: int  # which table cell holds the title (0 for lines)
    sub_items: bool = False  # indented lines under the item list its parts
    following: list[Row] = field(default_factory=list)  # rows under the item, before the next one
    title_rows: list[Row] = field(default_factory=list)  # the rows the title was read from
    label: Label | None = None
    edge: float | None = None  # the right edge of the text the title is set in: where a line is full
    parts: list[Row] = field(default_factory=list)  # indented lines right under the title, listing its parts
    described: int = 0  # rows taken into the description
    page_column: float | None = None  # where the items' page numbers stand in a column of their own (see _page_column)


def _items(rows: list[Row]) -> tuple[list[AgendaItem], Outline, int, int, dict[str, Exemption]]:
    """The items, their outline, the first item's row, the row after the list, and the exempt items by number."""
    candidates = _candidates(rows)
    end = _items_end(rows, candidates)
    found_outline = outline([c for c in candidates if c.index < end], accept=lambda run, parent: _numbers_items(
        rows, run, parent))
    numbered = found_outline.items
    if found_outline.end is not None:
        end = found_outline.end
    found = [_new_item(rows, c) for c in numbered]
    for entry, candidate, following in zip(found, numbered, [c.index for c in numbered[1:]] + [end]):
        entry.following = rows[candidate.index + 1 + _title_rows_below(entry.row):following]
    by_position = exempt_agenda_items((str(i), entry.item.number, _exemption_texts(entry)) for i, entry in enumerate(found))
    if any(not entry.item.title for entry in found):
        _centred_titles(found)
    _section_headings(found)
    page_column = _page_column(found)
    for entry in found:
        entry.title_rows = [entry.row]
        entry.page_column = page_column
        for row in entry.following:
            _continue_item(entry, row)
    _column_markers(found)
    for entry in found:
        _title_under_byline(entry)
    _paragraph_titles(found)
    for position, entry in enumerate(found):
        _report_number(entry.item)
        if entry.sub_items:
            _first_sub_item_to_description(entry.item)
        _title_in_capitals(entry.item)
        _title_then_sentence(entry.item)
        entry.item.title = clean_spaces(entry.item.title)
        entry.item.description = clean_spaces(entry.item.description or "") or None
        entry.item.exempt = str(position) in by_position
    first = numbered[0].index if numbered else len(rows)
    exemptions = {found[int(position)].item.number: why for position, why in by_position.items()}
    return [entry.item for entry in found], found_outline, first, end, exemptions


def _exemption_texts(entry: _ItemRow) -> list[str]:
    """What an item's exemption is read from: its number and title as a heading, without the page printed beside
    it in the row ("6 Public Excluded" of a contents table's "6 | Public Excluded | 52", New Zealand councils'; a
    marking ending the title, "Sale of land - CONFIDENTIAL", followed by the pages), then its rows as printed."""
    return [f"{entry.item.number} {entry.item.title}", entry.row.text] + [r.text for r in entry.following]


# A section heading between items is a short line: at most this many words.
SECTION_HEADING_WORDS = 8


def _section_headings(found: list[_ItemRow]) -> None:
    """An unnumbered heading between items ("PLANNING APPLICATIONS", "PART B – EXEMPT", "Items for Decision") is
    none of the item above it: the section of the items after it, up to the next heading. It is the last of the
    rows under an item, set in bold or capitals at the numbers' margin (or left of it), with space above it as a
    heading has, in a type other than the item's description. (Which items are exempt was read with the heading
    still in place.)"""
    section = None
    for entry, after in zip(found, found[1:]):
        entry.item.section = section
        heading = _trailing_heading(entry)
        if heading:
            entry.following = entry.following[:-len(heading)]
            section = clean_spaces(" ".join(row.text for row in heading))
        after.item.section = section


def _trailing_heading(entry: _ItemRow) -> list[Row]:
    """The heading rows that end the rows under an item (see _section_headings); none if there is none."""
    rows = [entry.row] + entry.following
    first = len(rows)
    while first > 1 and _heading_line(entry, rows[first - 1]):
        first -= 1
    heading, above = rows[first:], rows[first - 1]
    # A table's row of its own is set apart by the table; a line, by the space above it.
    if not heading or (heading[0].table is None and (above.line is None or not _set_apart_below(above, heading[0]))):
        return []
    described = [row for row in rows[1:first] if row.line is not None and row.text]
    if any(_same_type(row, heading[0]) and _in_capitals(row.text) == _in_capitals(heading[0].text) for row in described):
        return []  # the description is set so too: the line is more of it
    return heading


def _heading_line(entry: _ItemRow, row: Row) -> bool:
    """A line set as a section heading (see _section_headings); in an items table, a row whose one filled cell, in
    capitals, is left of the titles' ("PART B – EXEMPT ITEMS" in the number's column, or across the row: a merged
    cell reads as the first), the other cells empty."""
    text = row.text.strip()
    if row.table is not None:
        filled = [i for i, cell in enumerate(row.cells) if cell.strip()]
        set_as_heading = len(filled) == 1 and filled[0] < entry.title_cell and _in_capitals(text)
    else:
        set_as_heading = (row.line is not None and entry.row.line is not None and (row.line.bold or _in_capitals(text))
                          and row.line.x0 <= entry.row.line.x0 + TITLE_COLUMN_INDENT)
    return (set_as_heading and bool(text) and len(text.split()) <= SECTION_HEADING_WORDS
            and not text.endswith((".", ",", ";")) and read_label(text) is None and not DESCRIPTION_LABEL.match(text)
            and not _is_pages(text) and not ITEM_FILE_NUMBER.match(text))


def _set_apart_below(above: Row, row: Row) -> bool:
    """Space above the row as a heading has: more than a paragraph's line step below the row above, or a new page."""
    return (row.page_index != above.page_index
            or row.top - above.top > above.line.size * TITLE_LINE_STEP)


def _numbers_items(rows: list[Row], run: list[Candidate], parent: Candidate | None) -> bool:
    """Whether a run of numbers indented under an item numbers sub-items of it. Not when the item is a
    paragraph of prose (the run lists its parts), nor when a recommendation introduces the run (the
    recommendation's parts), nor when the run lists people (a roll call)."""
    if parent is None:
        return False
    between = rows[parent.index + 1:run[0].index]
    if any(RECOMMENDATION_LABEL.match(row.text) for row in between):
        return False
    if len(_title_rows(rows, parent, run[0].index)) > 1:
        return False
    if (_in_smaller_type(rows[parent.index], [rows[c.index] for c in run]) and _in_smaller_type(rows[parent.index], between)
            and _introduces_list(between)):
        return False
    return not all(_listed_person(c.label.title) for c in run)


def _introduces_list(between: list[Row]) -> bool:
    """The description ends by announcing what follows ("Significant exposure to civil litigation - Two Matters:"):
    the numbers after it are its parts. A description that ends its sentence ("All matters listed under the
    Consent Calendar are considered routine and will be enacted by one motion.") leaves the items to come."""
    return bool(between) and between[-1].text.rstrip().endswith(":")


def _in_smaller_type(parent: Row, rows: list[Row]) -> bool:
    """The rows are set in plain type smaller than the item's bold title. A list so numbered after a description
    so set is its description's parts (a closed session's "1) Delay Claim by …", "2) Additional Compensation
    Claim …" under "CONFERENCE WITH LEGAL COUNSEL" and the lines saying why it is closed), not items of the
    agenda; right under a title in bold it numbers items ("IV. CONSENT AGENDA" / "A. Approve Minutes …")."""
    lines = [row.line for row in rows if row.line is not None]
    return (parent.line is not None and parent.line.bold and bool(lines)
            and all(not line.bold and line.size <= parent.line.size - SAME_SIZE for line in lines))


def _title_rows(rows: list[Row], candidate: Candidate, stop: int) -> list[Row]:
    """The rows an item's title is printed on: its number's row and the lines its title wraps onto."""
    entry = _new_item(rows, candidate)
    entry.title_rows = [entry.row]
    for row in rows[candidate.index + 1:stop]:
        if not _continues_title(entry, row):
            break
        entry.title_rows.append(row)
    return entry.title_rows


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


def _new_item(rows: list[Row], candidate: Candidate) -> _ItemRow:
    row, label = rows[candidate.index], candidate.label
    timed = _time_cells(row) if row.table is not None else 0
    filled = [i for i, cell in enumerate(row.cells) if cell.strip()][timed:]
    title_cell = filled[1] if len(filled) > 1 and _BARE_NUMBER.fullmatch(row.cells[filled[0]].strip()) \
        else (filled[0] if filled else 0)
    text, beside = label.title, []
    if row.table is not None and title_cell > 0:
        # A table's row: the title is its own cell; a page range in a cell after it is its pages, any other
        # cell (the lead officer, the purpose) describes it.
        text, beside = row.cells[title_cell], [c.strip() for c in row.cells[title_cell + 1:] if c.strip()]
        beside += [row.cells[i].strip() for i in range(len(row.cells)) if i < title_cell and row.cells[i].strip()][:timed]
    title, file = _file_number(text)
    title, description = _title_beside_description(row, title)
    title, pages = _title_and_pages(" ".join([title] + [c for c in beside if _is_pages(c)]))
    description = " ".join([c for c in beside if not _is_pages(c)] + [description or ""]).strip() or None
    item = AgendaItem(number=label.printed, title=title, pages=pages, description=description, file=file)
    return _ItemRow(item=item, row=row, title_cell=title_cell, label=label, edge=_text_edge(rows, row))


def _is_pages(cell: str) -> bool:
    return _page_range(ITEM_PAGES.fullmatch(" " + cell)) is not None


def _page_range(m: re.Match | None) -> str | None:
    """The page range ITEM_PAGES found, "5 - 16"; a range that runs backwards is a number of another kind
    ("Warrant Register No. 25-09", "ZC 24-03": a year and a running number), no pages."""
    if m is None:
        return None
    printed = m.group("paged") or m.group("labelled") or m.group("bare")
    numbers = [int(n) for n in re.findall(r"\d+", printed)]
    return re.sub(r"\s*[-–]\s*", " - ", printed) if numbers[-1] >= numbers[0] else None


def _file_number(title: str) -> tuple[str, str | None]:
    """ "23-0015 RECOGNIZING JUNIOR LIFEGUARDS": the number a legislative system files the item under, printed
    before its title, is the item's file (see ITEM_FILE_NUMBER); a file number with no title after it is left be."""
    m = ITEM_FILE_NUMBER.match(title)
    if not m or not title[m.end():].strip():
        return title, None
    return title[m.end():], m.group("file")


def _word_apart(entry: _ItemRow) -> str | None:
    """The title's first word, when it stands in a column of its own between the number and the title, a
    gutter on either side ("b)   REPORT   CITY COUNCIL MEETING MINUTES")."""
    line = entry.row.line
    if line is None or entry.label is None:
        return None
    words = entry.row.text.split()
    first = len(words) - len(entry.label.title.split())
    title = entry.item.title.split()
    columns = {index for index, _ in line.columns}
    if first in columns and first + 1 in columns and len(title) > 1 and title[0] == words[first]:
        return title[0]
    return None


def _title_under_byline(entry: _ItemRow) -> None:
    """ "1. Recommended by Office of the Chief Information Technology Officer" over "Approval of Optical Fiber Lease
    Agreement …": an item whose number's line names who brings it (ITEM_BYLINE) has its title on the lines below,
    the paragraph they make in one type; the byline and what follows describe it."""
    below = [row for row in entry.following if row.line is not None and row.text]
    if not ITEM_BYLINE.match(entry.item.title) or not below or read_label(below[0].text) or DESCRIPTION_LABEL.match(below[0].text):
        return
    title = [below[0]]
    for row in below[1:]:
        if not (_same_type(title[0], row) and _close_below(title[-1], row)) or read_label(row.text):
            break
        title.append(row)
    taken = {id(row) for row in title}
    rest = [row.text for row in entry.following if row.text and id(row) not in taken]
    byline = entry.item.title
    entry.item.title = _title_and_pages(" ".join(row.text for row in title))[0]
    entry.item.description = " ".join([byline] + rest)


def _page_in_column(entry: _ItemRow) -> tuple[str, float] | None:
    """The number alone in the last column of the item's line, right of its title ("1 Apologies   5"), and where it
    stands."""
    line = entry.row.line
    if line is None or entry.label is None or not line.columns:
        return None
    words = entry.row.text.split()
    index, x = line.columns[-1]
    first = len(words) - len(entry.label.title.split())
    m = ITEM_PAGE_ALONE.fullmatch(" ".join(words[index:])) if index > first else None
    return (m.group("page"), x) if m else None


def _page_column(found: list[_ItemRow]) -> float | None:
    """A column of page numbers right of the titles, one beside each of several items at the same place
    (ITEM_PAGE_ALONE, as InfoCouncil's order of business and ModernGov's page column print them): each is its
    item's page, no part of its title; a title's own figure ("… New Fire Station 3") stands in no such column.
    Where the column is."""
    placed = [(entry, printed) for entry in found if (printed := _page_in_column(entry))]
    for entry, (page, x) in placed:
        if sum(1 for _, (_, other) in placed if abs(other - x) <= TITLE_COLUMN_INDENT) < MIN_RUN:
            continue
        title = entry.item.title.split()
        if entry.item.pages is None and title and title[-1] == page and len(title) > 1:
            entry.item.title, entry.item.pages = " ".join(title[:-1]), page
    xs = sorted(x for _, (_, x) in placed)
    return xs[len(xs) // 2] if len(xs) >= MIN_RUN else None


def _page_alone(entry: _ItemRow, row: Row) -> str | None:
    """A page number on a line of its own beside the item, in its page column (see _page_column) or, where the
    items show none, right of where its title's lines end: the item's page (a cell centring its figure sets it a
    line lower than the title), right below its title's last line. A figure under the title, in its column, is none,
    nor is a page's number at its foot, below the items."""
    m = ITEM_PAGE_ALONE.fullmatch(row.text)
    last = entry.title_rows[-1] if entry.title_rows else entry.row
    if not m or row.line is None or entry.row.line is None or not (_close_below(last, row) or row.top == last.top):
        return None
    if entry.page_column is not None:
        return m.group("page") if abs(row.line.x0 - entry.page_column) <= TITLE_COLUMN_INDENT else None
    title_end = max(r.line.x1 for r in entry.title_rows if r.line is not None)
    return m.group("page") if row.line.x0 > title_end + HANGING_INDENT else None


def _column_markers(found: list[_ItemRow]) -> None:
    """A word set in a column of its own between the numbers and the titles, the same beside several items
    (a US agenda's "REPORT", the link to each item's staff report), marks the item: it is no part of its title."""
    apart = [(entry, _word_apart(entry)) for entry in found]
    counts = Counter(word for _, word in apart if word)
    for entry, word in apart:
        if word and counts[word] >= MIN_RUN:
            entry.item.title = entry.item.title.split(maxsplit=1)[1]


def _title_beside_description(row: Row, title: str) -> tuple[str, str | None]:
    """A title and its description on one line, set two spaces apart ("1. DeBell Golf Course Annual Report
    for Fiscal Year 2021-2022  The Board will receive…", a web agenda viewer's layout), or the title in bold and
    its description after it in plain type ("**4. Budget 2026/27** Report of the Director of Finance.", as
    English and Australian councils' agendas print them): the title ends at the wider space, or where its bold
    does. A page range set apart after it is still the title's; so are the plain words after a bold label ending in
    a colon ("**MINUTES:** Approval of minutes of Closed Session held on …", a US agenda's), which are the title."""
    if row.line is None or not (row.line.spaced or row.line.bold_words):
        return title, None
    words = row.text.split()
    first = len(words) - len(title.split())  # the title's first word: a number may come before it
    bold_end = row.line.bold_words if not words[row.line.bold_words - 1].endswith(":") else 0
    cut = next((index for index in (*row.line.spaced, bold_end) if index > first), None)
    if cut is None or _is_pages(" ".join(words[cut:])):
        return title, None
    return " ".join(words[first:cut]), " ".join(words[cut:])


def _text_edge(rows: list[Row], row: Row) -> float | None:
    """Where the full lines of running text end, on the row's page and in its column (lines that start
    near it): a line ending well short of it ended there, it did not wrap."""
    if row.line is None:
        return None
    ends = [r.line.x1 for r in rows if r.page_index == row.page_index and r.line is not None
            and len(r.text.split()) >= FULL_LINE_WORDS and abs(r.line.x0 - row.line.x0) <= HANGING_INDENT]
    return max(ends, default=None)


def _title_and_pages(text: str) -> tuple[str, str | None]:
    """A title less its dot leaders and the page range printed with it ("Minutes 5 - 16",
    "Questions (Pages 1 - 18)")."""
    text = DOT_LEADER.sub("", text)
    m = ITEM_PAGES.search(text)
    pages = _page_range(m)
    if pages is None:
        return text.strip(), None
    return clean_spaces(text[:m.start()] + " " + text[m.end():]), pages


def _continue_item(entry: _ItemRow, row: Row) -> None:
    """A row under an item either continues its title (the title column wrapped) or describes it; a page range
    alone on its line ("Pages 5 - 12" under the title, as a front sheet's page column wraps) is the item's pages."""
    text = row.text
    if not text or text.lower() == "page":
        return
    if entry.item.pages is None and (pages := _page_range(ITEM_PAGES.fullmatch(" " + text)) or _page_alone(entry, row)):
        entry.item.pages = pages
        return
    file = ITEM_FILE_NUMBER.match(text)
    if file and entry.item.file is None:
        # The file number set in a column of its own, on a line between the title's lines ("e) REPORT REVENUE
        # REPORT …" / "23-0010" / "BY PROJECT FOR …"): the title runs on past it.
        entry.item.file, text = file.group("file"), text[file.end():]
        if not text:
            return
    if _continues_title(entry, row):
        text, entry.item.description = _title_beside_description(row, text)
        entry.item.title, pages = _title_and_pages(f"{entry.item.title} {text}")
        entry.item.pages = entry.item.pages or pages
        entry.title_rows.append(row)
        return
    entry.item.description = f"{entry.item.description or ''} {text}"
    parts = entry.title_rows + entry.parts
    if (_in_title_column(entry, row) and row.line.x0 - entry.row.line.x0 > HANGING_INDENT
            and _close_below(parts[-1], row) and len(entry.parts) == entry.described and _same_type(entry.row, row)):
        entry.sub_items = True  # lines right under the title, further in than it wraps, in its type: its parts
        entry.parts.append(row)
    entry.described += 1


def _same_type(row: Row, other: Row) -> bool:
    return (row.line is not None and other.line is not None and row.line.bold == other.line.bold
            and abs(row.line.size - other.line.size) < SAME_SIZE)


def _close_below(previous: Row, row: Row) -> bool:
    return (previous.line is not None and row.line is not None and row.page_index == previous.page_index
            and 0 < row.top - previous.top <= previous.line.size * TITLE_LINE_STEP)


def _report_number(item: AgendaItem) -> None:
    """ "Revenue Budget 2024/25 (Report No. FIN/24/03)", "Capital Strategy – Report CS-2023-14": the number of the
    report the item brings, printed after its title, is its report reference (ITEM_REPORT_NUMBER), not title."""
    m = ITEM_REPORT_NUMBER.search(clean_spaces(item.title))
    if m and m.start() > 0:
        item.title, item.report = clean_spaces(item.title)[:m.start()].rstrip(" ,;:–—-"), m.group("ref")


def _first_sub_item_to_description(item: AgendaItem) -> None:
    """ "8. Finance - Insurance" over indented "- Website Costs" lines: the title is "Finance", the rest its parts."""
    title, dash, first = item.title.partition(SUB_ITEM_DASH)
    if dash and title.strip():
        item.title, item.description = title, f"{first} {item.description or ''}"


def _title_in_capitals(item: AgendaItem) -> None:
    """ "MEETING MINUTES – Staff recommends the Housing Authority approve …", "ADJOURN meeting to January 25":
    a title in capitals that runs on into its description in sentence case is the capitals."""
    m = TITLE_IN_CAPITALS.match(clean_spaces(item.title))
    if m:
        item.title, item.description = m.group("title"), f"{m.group('rest')} {item.description or ''}"


def _title_then_sentence(item: AgendaItem) -> None:
    """A title that runs on into a sentence or a list ends there; the rest is its description (see
    :func:`extract.parse.common.title_then_sentence`)."""
    title, rest = title_then_sentence(item.title)
    if rest is not None:
        item.title, item.description = title, f"{rest} {item.description or ''}"


def _continues_title(entry: _ItemRow, row: Row) -> bool:
    if entry.item.description or ATTACHED_FILE.search(row.text):
        return False  # a link to an attached file under the title is none of it
    if row.table is not None:
        filled = [i for i, cell in enumerate(row.cells) if cell.strip()]
        return bool(filled) and filled[0] == entry.title_cell and entry.title_cell > 0
    if not _in_title_column(entry, row) and not _wraps_flush(entry, row):
        return False
    return _wraps_onto(entry.title_rows[-1] if entry.title_rows else entry.row, entry.row, row, entry.edge,
                       column=_title_column(entry))


def _wraps_flush(entry: _ItemRow, row: Row) -> bool:
    """A title typed after its number with no hanging indent runs on at the number's indent ("2. To receive
    declarations of interest … and to consider" / "any requests for dispensations."): only where the line
    above is full to the text's edge — its next word could not have fitted on it."""
    previous = entry.title_rows[-1] if entry.title_rows else entry.row
    return (row.line is not None and entry.row.line is not None and entry.edge is not None
            and abs(row.line.x0 - entry.row.line.x0) <= TITLE_COLUMN_INDENT
            and not _ended_short(previous, row, entry.edge, room=FLUSH_FIT_ROOM))


def _title_column(entry: _ItemRow) -> float | None:
    """Where the title starts, when it is set in a column of its own, a gutter before it ("3.2   24-0107   Resolution
    Authorizing …")."""
    line = entry.row.line
    if line is None or entry.label is None:
        return None
    start = len(entry.row.text.split()) - len(entry.label.title.split()) + len((entry.item.file or "").split())
    return dict(line.columns).get(start)


def _wraps_onto(previous: Row, first: Row, row: Row, edge: float | None, column: float | None = None) -> bool:
    """The title runs on: the next line of its paragraph, in the same type, under the title's first word
    (a title in capitals runs on in capitals, wherever the line is set; a title in a column of its own in that
    column) — not a field of its own
    ("Recommendation: …"), a number or a bullet; and only where the line above was full (the next line's first
    word would not have fitted after it): "3. ROLL CALL" over the names called is a title of its own. A full line
    at a page's foot runs on at the top of the next page. A title
    in bold that ends short in a colon runs on in its bold ("CONFERENCE WITH LEGAL COUNSEL:" / "Anticipated
    Litigation - Government Code Section 54956.9"), its description being in plain type."""
    if previous.line is None or first.line is None or row.page_index not in (previous.page_index, previous.page_index + 1):
        return False
    text, title = row.text.strip(), first.text
    capitals = _in_capitals(title)
    after_colon = first.line.bold and previous.text.rstrip().endswith(":")
    # Over a page turn the next line is the next page's first (the rows between a title's lines are its own).
    turned = row.page_index != previous.page_index
    return ((turned or 0 < row.top - previous.top <= previous.line.size * TITLE_LINE_STEP)
            and _same_type(first, row)
            and (capitals or row.line.x0 - first.line.x0 <= HANGING_INDENT
                 or (column is not None and abs(row.line.x0 - column) <= TITLE_COLUMN_INDENT))
            and (not capitals or _in_capitals(text) or after_colon)
            and not DESCRIPTION_LABEL.match(text) and read_label(text) is None and not is_bullet(text)
            and (not _ended_short(previous, row, edge) or after_colon))


def _ended_short(previous: Row, row: Row, edge: float | None, room: float = FIT_ROOM) -> bool:
    """The next line's first word would have fitted on the line above, with room to spare (estimates of
    type widths, ragged right edges and a column of page ranges beside the titles take some): the line
    above ended where its text did, it did not wrap."""
    if edge is None or previous.line is None:
        return False
    char_width = (previous.line.x1 - previous.line.x0) / max(1, len(previous.text))
    first_word = (row.text.split() or [""])[0]
    return previous.line.x1 + char_width * (len(first_word) + 1) < edge - (edge - previous.line.x0) * room


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= len(letters) * CAPITALS_SHARE


def _paragraph_titles(found: list[_ItemRow]) -> None:
    """Items printed as paragraphs of running text, not headings (most of them run on over several lines):
    each title is its paragraph's first line, the rest its description."""
    long = sum(1 for entry in found if len(entry.title_rows) > TITLE_MAX_LINES)
    if long * 2 <= len(found):
        return
    for entry in found:
        rest = [r for r in entry.title_rows[1:] if r.table is None]
        if not rest:
            continue
        entry.item.title = _title_and_pages(entry.label.title)[0]
        entry.item.description = clean_spaces(" ".join([r.text for r in rest] + [entry.item.description or ""]))


def _numbering_doubts(numbering: Outline) -> list[Review]:
    """What makes the items doubtful: none found, or numbers that skip or repeat."""
    if not numbering.items:
        return [Review(field="items", why="no numbered agenda items found")]
    breaks = numbering.breaks()
    if breaks:
        return [Review(field="items", why="item numbers do not run in sequence: " + "; ".join(breaks))]
    return []


# --- Body ---

def _content(rows: list[Row], sheet: FrontSheet) -> list[Block]:
    item_tables = [r.table for r in rows[sheet.opening_end:sheet.items_end] if r.table is not None]
    opening = [r for r in rows[:sheet.opening_end] if not any(r.table is t for t in item_tables)]
    blocks = blocks_from_rows(opening)
    if sheet.items:
        blocks.append(Heading(text="Agenda items", level=2))
        for section, listed in groupby(sheet.items, key=lambda item: item.section):
            if section:  # the front sheet's own headings between its items
                blocks.append(Heading(text=section, level=3))
            blocks.append(Table(rows=[["Item", "Title", "Pages"]] + [
                [item.number, item.title + (f" — {item.description}" if item.description else ""), item.pages or ""]
                for item in listed]))
    blocks += blocks_from_rows(rows[sheet.items_end:])
    return blocks or [Paragraph(text="")]
