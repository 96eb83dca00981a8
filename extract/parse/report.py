"""Officers' reports and their appendices → :class:`Report` / :class:`Appendix`.

A report opens with a cover block — meeting date and item, committee, title,
wards, key decision, report of, accountable officers, public or exempt —
printed as a ruled table or as plain lines; both arrive as rows. Then come
numbered sections, among them the recommendations and the list of appendices,
and the author or contact block.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from extract.model import Appendix, Contact, Person, Report
from extract.parse.common import source_of
from extract.parse.numbering import Label, read_label
from extract.parse.heading import (Meeting, authority_council, authority_named, committee_doubt, committee_in,
                                   is_authority, read_heading)
from extract.patterns import (
    ADDRESSED_TO, AGENDA_ITEM_STAMP, APPENDICES_HEADING, APPENDIX_HEADING, COMMITTEE_LINE, CONTACT_DETAIL, CONTACT_LEAD_IN,
    CONTACT_NAME_LINE,
    CONTACT_LABEL, COVER_ACCOUNTABLE, COVER_AUTHOR, COVER_BRIEFING, COVER_FROM, COVER_ITEM_FIELD, COVER_KEY_DECISION,
    COVER_MEETING_DATE, COVER_OTHER_FIELD, COVER_REPORT_OF, COVER_TITLE, COVER_TO, COVER_WARDS, DECISION_MAKER, EXEMPT_MARKING, FORM_NAME_FIELD, FORM_PROPOSER_FIELD,
    APPENDICES_FIELD, CASE_PAPER_TITLE, DECISION_AFTERWORD, DECISION_RECORD, FORM_TITLE, INLINE_SECTION_LABEL, MEMO_FIELD, NOT_KEY_DECISION, NUMERIC_DATE, PUBLIC_MARKER, RECOMMENDATION_NUMBER, RECOMMENDATIONS_HEADING,
    MEETING_OF, RECOMMENDATION_INLINE, RECOMMENDATIONS_LEAD_IN, RECOMMENDATIONS_STAND, REPORT_CONTACT, REPORT_COVER_ITEM, REPORT_NUMBER_LINE, REPORT_NUMBERED_TITLE, REPORT_OWN_DATE, REPORT_TO_LINE, SECTION_HEADING, STAFF_REPORT_TITLE, SIGNATURE_CAPTION, SIGNED_DATE,
    WRAPPED_LABEL_TAIL,
)
from extract.read import PdfText
from extract.rows import Row, blocks_from_rows, cells_as_field, is_bullet, paragraphs, strip_bullet, unwrap
from extract.split import DocumentSpan, opens_recommendations
from extract.text import clean_spaces, find_date, find_dates, iso_date, join_wrapped

# The cover block sits in the first rows, before the summary.
COVER_ROWS = 14
# Lines after a label that still belong to its value when the value wrapped ("… Children and Adults" / "Services").
WRAP_MAX_WORDS = 3
MARKUP_RESIDUE = re.compile(r"\*+")
# A line this short holding a date is the cover's meeting date ("3 June 2014"), not a sentence.
SHORT_DATE_LINE = 40
# Cover lines are short; longer ones are the summary's sentences.
COVER_LINE = 80


@dataclass
class Cover:
    item: str | None = None
    date: str | None = None
    committee: str | None = None
    title: str | None = None
    wards: str | None = None
    key_decision: bool | None = None
    report_of: str | None = None
    accountable: list[Person] = field(default_factory=list)
    author: str | None = None
    public: bool | None = None
    contact: Contact | None = None
    number: str | None = None  # the report's own number ("REPORT NO 45/26")
    decision_maker: str | None = None  # a decision taken by one person, on a form of its own
    title_field: bool = False  # the title is a title field's value, not the first free line
    committee_field: bool = False  # the committee is a field's value ("Report to: …", "Meeting: …")
    memo_dated: bool = False  # the date is a memo's "DATE:" field: the day it was sent, perhaps, not the meeting's


def parse(span: DocumentSpan, pdf: PdfText) -> Report:
    rows = span.rows
    cover = read_cover(rows)
    meeting = _meeting_of(span, cover, rows)
    title = cover.title or _heading_title(rows) or (rows[0].text if rows else pdf.file)
    return Report(body=meeting.body, committee=meeting.committee, date=meeting.date, title=title,
                  source=source_of(span, pdf), review=meeting.review(),
                  content=blocks_from_rows(rows), item=cover.item or span.item,
                  report_of=cover.report_of or cover.author, key_decision=cover.key_decision, wards=cover.wards,
                  recommendations=recommendations(rows), appendices=appendix_titles(rows),
                  accountable=cover.accountable, author=cover.author, contact=cover.contact, number=cover.number,
                  public=False if span.exemption else cover.public)


def parse_appendix(span: DocumentSpan, pdf: PdfText) -> Appendix:
    rows = span.rows
    report_rows = span.parent.rows if span.parent else []
    report_cover = read_cover(report_rows) if report_rows else Cover()
    meeting = _meeting_of(span.parent or span, report_cover, report_rows or rows)
    listed = appendix_titles(report_rows)
    own = APPENDIX_HEADING.match(rows[0].text) if rows else None
    if own:
        title = rows[0].text
    elif 0 < span.appendix_index <= len(listed):
        title = listed[span.appendix_index - 1]
    else:
        title = f"Appendix to {report_cover.title}" if report_cover.title else (rows[0].text if rows else "Appendix")
    return Appendix(body=meeting.body, committee=meeting.committee, date=meeting.date, title=title,
                    source=source_of(span, pdf),
                    content=blocks_from_rows(rows),
                    report_item=report_cover.item or span.item, report_title=report_cover.title)


def _meeting_of(span: DocumentSpan, cover: Cover, rows: list[Row]) -> Meeting:
    """Committee, date and authority: the cover's own, else the pack's meeting, else (a paper on its
    own) the document's heading ("REPORT TO: …", "To: County Council, 13 March 2025")."""
    meeting = span.meeting or read_heading(span.pages)
    committee = cover.committee or meeting.committee
    if (committee == cover.committee and not cover.committee_field and meeting.committee
            and is_authority(cover.committee) and not is_authority(meeting.committee)):
        # A name guessed from the cover's lines that is the authority's, under a title block naming one of its
        # bodies ("Dunmore Borough Council" / "DECISION NOTICE" / "Cabinet"): the body's.
        committee = meeting.committee
    date = cover.date or meeting.date
    pack_date = span.meeting.date if span.meeting else None
    if cover.memo_dated and pack_date and date != pack_date:
        # A US staff report's "DATE: March 3, 2026" in the packet of the meeting of March 10: the day it was
        # written, perhaps; the record's date is the meeting's it belongs to (LABELS), for review.
        date = pack_date
    # A report on its own names its author on its cover, if anywhere: the heading of one whose cover
    # was read is its running text, where councils named are often other councils.
    body = meeting.body if span.meeting or not (cover.committee or cover.date) else None
    if body is None:  # only a name on a short cover line
        body = authority_named(r.text for r in rows[:COVER_ROWS] if len(r.text) <= COVER_LINE)
    committee = authority_council(committee, body) or committee  # "Report To: Council", as its agenda names it
    doubts = {}
    if not committee:
        doubts["committee"] = "no committee named on the report's cover"
    elif doubt := committee_doubt(committee):
        doubts["committee"] = doubt
    if not date:
        doubts["date"] = "no meeting date on the report's cover"
    elif pack_date and cover.date and cover.date != pack_date:
        doubts["date"] = (f"the cover's date {cover.date} is not the date of the pack's meeting, {pack_date}"
                          + (": the meeting's is taken" if date == pack_date else ""))
    return Meeting(body=body, committee=committee or "Unknown committee", date=date, doubts=doubts)


# --- Cover block ---

def read_cover(rows: list[Row]) -> Cover:
    cover = Cover()
    # An item stamp ("Agenda Item 3") is a field of its own: no line below it is its value wrapped.
    stamps = [m for m in map(AGENDA_ITEM_STAMP.match, (r.text for r in _cover_rows(rows))) if m]
    cover.item = stamps[0].group("item") if stamps else None
    first_page = [r for r in rows if r.page_index == rows[0].page_index] if rows else []
    head = unwrap(_labels_rejoined([r for r in _cover_rows(rows) if not AGENDA_ITEM_STAMP.match(r.text)]), _opens_field,
                  page_rows=first_page)
    for index, row in enumerate(head):
        text = _field_text(row)
        if row.table is not None and _read_form_row(cover, row):
            continue
        _read_cover_row(cover, text, head, index)
        if cover.title is None and _is_title_candidate(cover, text):
            cover.title = clean_spaces(MARKUP_RESIDUE.sub("", text))
    if not any(COVER_TITLE.match(row.text) for row in head):  # a form's title field further down its page
        cover.title = _title_field(rows) or cover.title
    cover.public = True if any(PUBLIC_MARKER.search(row.text) for row in head) else None
    cover.author = cover.author or _author_block(rows)
    cover.contact = _contact(" ".join(v for v in (cover.author, cover.report_of) if v), cover.author)
    cover.author, cover.report_of = _without_contact(cover.author), _without_contact(cover.report_of)
    if cover.decision_maker:  # a decision taken by one person: when they signed it, not a meeting's date
        cover.date = _signed_date(rows) or cover.date
    return cover


def _field_text(row: Row) -> str:
    """A row's text; a table row's read as a field where a label's cell is beside its value's (a London borough's
    ruled cover: "Title of Report | Depot Relocation", "Ward(s) Affected | Hackwell Downs")."""
    return cells_as_field(row.cells) if row.table is not None else row.text


def _contact(text: str, author: str | None) -> Contact | None:
    """The e-mail address and telephone number printed in the author's or "report of" field."""
    found = [m.group(0) for m in CONTACT_DETAIL.finditer(text)]
    email = next((f for f in found if "@" in f), None)
    phone = next((f for f in found if "@" not in f), None)
    if not (email or phone):
        return None
    return Contact(name=_name_and_job(_without_contact(author) or "")[0] or None, email=email, phone=phone)


def _without_contact(value: str | None) -> str | None:
    """A name field without the e-mail address, telephone number and their labels printed in it."""
    if not value:
        return value
    # brackets left empty ("(Tel: 01698 454476)") go with what they held
    return clean_spaces(re.sub(r"\(\s*\)", " ", CONTACT_LABEL.sub(" ", CONTACT_DETAIL.sub(" ", value)))).strip(" ,;:") or None


def _title_field(rows: list[Row]) -> str | None:
    """The value of a title field on the paper's first page ("Subject Matter / Title of Decision" / its value)."""
    first_page = [r for r in rows if r.page_index == rows[0].page_index] if rows else []
    for index, row in enumerate(first_page):
        if m := COVER_TITLE.match(row.text):
            value = m.group("value") or (first_page[index + 1].text if index + 1 < len(first_page) else "")
            return clean_spaces(MARKUP_RESIDUE.sub("", value)) or None
    return None


def _cover_rows(rows: list[Row]) -> list[Row]:
    """The first rows, up to the recommendations' heading: the cover block is above them."""
    head = rows[:COVER_ROWS]
    end = next((i for i, row in enumerate(head) if i and opens_recommendations(strip_bullet(row.text))), None)
    return head[:end]


def _starts_field(text: str) -> bool:
    return any(p.search(text) for p in _COVER_LABELS) or bool(MEMO_FIELD.match(text))


def _opens_field(text: str) -> bool:
    """A line that a wrapped value above never runs on into: a field of the cover, of any kind."""
    return _starts_field(text) or bool(COVER_OTHER_FIELD.match(text))


def _labels_rejoined(rows: list[Row]) -> list[Row]:
    """A label wrapped onto a second line beside its value (two borderless columns, "REPORT TRANSPORT" /
    "TITLE:", or as table rows ["REPORT", "TRANSPORT"] / ["TITLE:", ""]) made one field again."""
    out: list[Row] = []
    for row in rows:
        previous = out[-1] if out else None
        joined = _label_wrapped_onto(previous, row) if previous is not None else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(row)
    return out


def _label_wrapped_onto(previous: Row, row: Row) -> Row | None:
    if previous.page_index != row.page_index:
        return None
    if previous.table is not None and row.table is previous.table and len(row.cells) >= 2:
        tail = WRAPPED_LABEL_TAIL.fullmatch(row.cells[0].strip())
        first, value, rest = previous.cells[0].strip(), " ".join(previous.cells[1:]), " ".join(row.cells[1:])
    elif previous.line and row.line and previous.table is None and row.table is None:
        tail = WRAPPED_LABEL_TAIL.match(row.text)
        if tail is None or abs(previous.line.x0 - row.line.x0) > 2:
            return None
        first, _, value = previous.text.partition(" ")
        rest = tail.group("rest")
        if value[:1].islower():
            return None  # "Report of the Chief Executive" over "To: …" (an Irish council's cover): a phrase, no label

    else:
        return None
    # A line that is a field already ("Report of: Director of Place" over "Title: Local Plan Update") has
    # its own label; only a label without its colon ("REPORT TRANSPORT") wraps onto the next line.
    if tail is None or not first or first.endswith(":") or re.match(r"^[^:]{1,40}:", previous.text):
        return None
    label = f"{first} {tail.group('tail')}:"
    if not any(_is_bare_label(p, label) for p in _WRAPPABLE_LABELS):
        return None
    text = clean_spaces(f"{label} {value} {rest}")
    if previous.table is not None:
        return dataclasses.replace(previous, cells=[label, clean_spaces(f"{value} {rest}")])
    return dataclasses.replace(previous, cells=[text], line=dataclasses.replace(
        previous.line, text=text, top=row.line.top, bottom=row.line.bottom))


def _is_bare_label(pattern, label: str) -> bool:
    """The whole of ``label`` is the pattern's label, with no value after it."""
    m = pattern.match(label)
    return bool(m) and not (m.groupdict().get("value") or "").strip()


def _read_form_row(cover: Cover, row: Row) -> bool:
    """A form's fields, a label cell and the value beside it ("Amendment Name: | Labour Group's …")."""
    cells = [c.strip() for c in row.cells]
    if FORM_TITLE.match(cells[0]):
        return True
    value = next((c for c in cells[1:] if c), "")
    if FORM_NAME_FIELD.match(cells[0]) and value and cover.title is None:
        cover.title = _without_item_number(cover, value)
    elif FORM_PROPOSER_FIELD.match(cells[0]) and value:
        cover.report_of = _without_address(value)
    else:
        return False
    return True


def _without_item_number(cover: Cover, title: str) -> str:
    """A title field's value less the item number it opens with, which is the paper's item: a board item's
    "Subject | 3.01 Adoption of Resolution 24-25-18 …" (BoardDocs)."""
    numbered = REPORT_NUMBERED_TITLE.match(title)
    if not numbered:
        return title
    cover.item = cover.item or numbered.group("item")
    return numbered.group("title")


def _without_address(name: str) -> str:
    return re.sub(r"^(?:mr|mrs|ms|miss|dr|cllr|councillor)\.?\s+", "", name, flags=re.I)


def _read_cover_row(cover: Cover, text: str, head: list[Row], index: int) -> None:
    """Fill in whichever cover field this row gives."""
    if m := AGENDA_ITEM_STAMP.match(text):
        cover.item = cover.item or m.group("item")
    elif m := REPORT_NUMBER_LINE.match(text):
        cover.number = cover.number or m.group("number")
    elif m := REPORT_COVER_ITEM.search(text):
        cover.item, cover.date = m.group("item"), find_date(m.group("date")) or cover.date
    elif m := COVER_ITEM_FIELD.match(text):
        cover.item = cover.item or m.group("item")
        if m.group("title") and not cover.title_field:  # "Item: 9. Leisure Centre Contract Extension"
            cover.title, cover.title_field = clean_spaces(m.group("title")), True
    elif (m := REPORT_NUMBERED_TITLE.match(text)) and not cover.title_field and _set_as_heading(head[index]):
        cover.item = cover.item or m.group("item")
        cover.title, cover.title_field = clean_spaces(MARKUP_RESIDUE.sub("", m.group("title"))), True
    elif m := COVER_TITLE.match(text):
        value = m.group("value") or (head[index + 1].text if index + 1 < len(head) else "")
        value = _without_item_number(cover, value)
        if not cover.title_field:  # a title field's value, not a line guessed before it
            cover.title = clean_spaces(MARKUP_RESIDUE.sub("", value)) or cover.title
            cover.title_field = bool(cover.title)
    elif m := COVER_MEETING_DATE.match(text):
        if date := find_date(m.group("value")):  # the meeting's, whatever a memo's date field said
            cover.date, cover.memo_dated = date, False
    elif REPORT_OWN_DATE.match(text):
        pass  # when the paper was written, not the meeting's date
    elif (m := COVER_TO.match(text)) and m.group("value"):
        if not cover.committee_field:  # the field names the body, not a line guessed above it (the authority's)
            cover.committee = _committee_addressed(m.group("value")) or cover.committee
            cover.committee_field = True
        cover.date = cover.date or find_date(m.group("value"))
    elif (m := COVER_FROM.match(text)) and m.group("value"):
        cover.report_of = cover.report_of or clean_spaces(m.group("value"))
    elif m := DECISION_MAKER.match(text):
        value = m.group("value") if ":" not in m.group("value") else ""  # "…: DECISION NUMBER:": a label beside
        maker = clean_spaces(value or _value_below(head, index)) or None
        cover.decision_maker = maker
        if maker and committee_doubt(maker) is None:  # a meeting body decides ("Decision Maker: Cabinet")
            cover.committee = maker
        else:  # a person, in an office
            cover.report_of = maker
            cover.committee = _office_of(maker or "") or cover.committee
    elif m := COVER_BRIEFING.match(text):
        cover.committee, cover.title = m.group("committee"), m.group("title")
        cover.date = cover.date or _numeric_date(m.group("date"))
    elif COVER_WARDS.search(text) or COVER_KEY_DECISION.search(text):
        _read_wards_and_key_decision(cover, head, index)
    elif m := COVER_REPORT_OF.match(text):
        # A field's value may wrap onto the next line; "Report of the …" is a title line of its own.
        cover.report_of = _with_wrapped(m.group("value"), head, index) if m.group("value") else m.group("office")
    elif m := COVER_ACCOUNTABLE.match(text):
        cover.accountable.append(_officer(m.group("label"), m.group("value")))
    elif (m := COVER_AUTHOR.match(text)) and m.group("value"):
        cover.author = _with_wrapped(m.group("value"), head, index)
    elif (m := REPORT_TO_LINE.match(text) or STAFF_REPORT_TITLE.match(text)) and (
            cover.committee is None or _guessed_authority(cover)):
        # The body a report is to, under the authority's name guessed from the line above ("CLACKMANNAN COUNCIL" /
        # "Report to Policy Committee", Scottish councils' covers; "CITY OF X" / "STAFF REPORT TO THE CITY COUNCIL").
        cover.committee = _committee_addressed(m.group("value") or "") or cover.committee  # "AGENDA REPORT": none
    elif (cover.committee is None or _guessed_authority(cover)) and (name := _body_line(text)) and not is_authority(name):
        # (a body under the authority's name guessed from the line above: "ANGUSFIELD COUNCIL" / "POLICY AND
        # RESOURCES COMMITTEE – 17 FEBRUARY 2026")
        cover.committee = name
        cover.date = cover.date or find_date(text)
    elif cover.committee is None and (name := _body_line(text)):
        cover.committee = name
    elif cover.date is None and find_date(text) and len(text) < SHORT_DATE_LINE:
        cover.date = find_date(text)
        cover.memo_dated = bool((m := MEMO_FIELD.match(text)) and m.group("label").lower() == "date")


def _guessed_authority(cover: Cover) -> bool:
    """The committee so far is the authority's name read from a line of the cover, no field's value."""
    return cover.committee is not None and not cover.committee_field and is_authority(cover.committee)


def _heading_title(rows: list[Row]) -> str | None:
    """Where the cover names no committee to find the title under, the first line set as a heading that is no
    field, stamp, date or body's name ("Agenda Item 4" / "Appeals Update" / "Report of: Head of Planning")."""
    for row in _cover_rows(rows):
        text = clean_spaces(MARKUP_RESIDUE.sub("", row.text))
        if (row.table is None and _set_as_heading(row) and re.search(r"[^\W\d_]", text) and not _opens_field(text)
                and not find_date(text) and not _body_line(text) and not is_authority(text)
                and not DECISION_RECORD.match(text) and not opens_recommendations(text)):
            return text
    return None


def _set_as_heading(row: Row) -> bool:
    """A line in bold or in capitals: a title, not a numbered paragraph's sentence."""
    return row.line is not None and (row.line.bold or row.text.isupper())


def _body_line(text: str) -> str | None:
    """A line that is a meeting body's name and nothing else: "Children's Services Overview and Scrutiny
    Committee", and a body of one word ("Cabinet", "COUNCIL") over a report's date and title; or the name, a dash
    and the meeting's date ("POLICY AND RESOURCES COMMITTEE – 17 FEBRUARY 2026", Scottish councils' covers)."""
    if m := COMMITTEE_LINE.match(text):
        return m.group("name").strip()
    dated = _BODY_THEN_DATE.match(text)
    if dated and find_date(dated.group("date")) and len(dated.group("date")) < SHORT_DATE_LINE:
        text = dated.group("name")
    name = committee_in(text)
    return name if name and name.lower() == clean_spaces(text).strip(" *").lower() else None


_BODY_THEN_DATE = re.compile(r"^\s*(?P<name>[^–—]+?)\s+[–—-]\s+(?P<date>[^–—-]+)$")


def _value_below(head: list[Row], index: int) -> str:
    """The value under a label in a layout of labelled columns: the next row in the label's column (left of
    its middle), not the value of a label beside it ("24/00093" under "DECISION NUMBER:")."""
    label = head[index].line
    for row in head[index + 1:index + 4]:
        if label is None or row.line is None or row.line.x0 < (label.x0 + label.x1) / 2:
            return row.text
    return ""


def _committee_addressed(value: str) -> str | None:
    """ "County Council – 9th January 2025" → "County Council"; "Honorable Housing Authority" → "Housing Authority";
    a board item's "Meeting | May 14, 2025 - Regular Meeting of the Board of Education" → "Board of Education"."""
    for date in reversed(find_dates(value)):
        value = value[:date.start] + value[date.end:]
    if (met := MEETING_OF.search(value)) and (body := committee_in(met.group("name"))):
        return body
    return clean_spaces(ADDRESSED_TO.sub("", value)).strip(" ,;–—-") or None


def _office_of(maker: str) -> str | None:
    """The office of a decision-maker named with it ("Mrs Sue Chandler, Cabinet Member for …" → the office)."""
    name, _, office = maker.partition(",")
    return clean_spaces(office or name) or None


def _signed_date(rows: list[Row]) -> str | None:
    """The date above a signature block's caption ("17/1/2025" / "signed date"), read day first."""
    for index in range(len(rows) - 1, 0, -1):
        if SIGNATURE_CAPTION.match(rows[index].text):
            for row in rows[max(0, index - 3):index]:
                if m := SIGNED_DATE.match(row.text.split("  ")[0].strip()):
                    return iso_date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    return None


# A field whose value is a reference, not words: a Norwegian case paper's "Saksnr: 13/26", "Arkivsak: 26/145".
_REFERENCE_VALUE = re.compile(r"[A-Z]{0,5}[-/ ]?\d[\d/.-]*")


def _gives_a_reference(text: str) -> bool:
    """A label and a reference number after it, never a title ("Saksnr: 13/26"; not "Budget: 2025 to 2030")."""
    field = COVER_OTHER_FIELD.match(text)
    return bool(field) and bool(_REFERENCE_VALUE.fullmatch(text[field.end():].strip()))


def _is_title_candidate(cover: Cover, text: str) -> bool:
    """The title is the first free line after the committee (and date, when printed below it)."""
    return (cover.committee is not None and not _starts_field(text) and not _gives_a_reference(text)
            and bool(re.search(r"[^\W\d_]", text))
            and not DECISION_RECORD.match(text)  # the form's name ("Record of Decision"), not the paper's title
            and not _body_line(text) and not (find_date(text) and len(text) < SHORT_DATE_LINE)
            and len(text) < 160)


_COVER_LABELS = (REPORT_COVER_ITEM, COVER_BRIEFING, COVER_WARDS, COVER_KEY_DECISION, COVER_REPORT_OF,
                 COVER_ACCOUNTABLE, COVER_AUTHOR, PUBLIC_MARKER, EXEMPT_MARKING, COVER_TITLE, COVER_TO, COVER_FROM,
                 DECISION_MAKER, AGENDA_ITEM_STAMP, COVER_ITEM_FIELD, COVER_MEETING_DATE, REPORT_OWN_DATE, REPORT_TO_LINE,
                 STAFF_REPORT_TITLE, REPORT_NUMBER_LINE, CASE_PAPER_TITLE)
# Labels that may wrap onto a second line beside their value.
_WRAPPABLE_LABELS = (COVER_TITLE, COVER_TO, COVER_FROM, COVER_REPORT_OF, COVER_AUTHOR)


def _read_wards_and_key_decision(cover: Cover, head: list[Row], index: int) -> None:
    """Either "Wards …: All | Key Decision: Non-Key" on one row, or the two labels above a row of values."""
    text = _field_text(head[index])
    wards = COVER_WARDS.search(text)
    key = COVER_KEY_DECISION.search(text)
    wards_value = (wards.group("value") or wards.group("short") or "") if wards else ""
    key_value = key.group("value") if key else ""
    if not wards_value and not key_value and index + 1 < len(head):
        values = [c.strip() for c in head[index + 1].cells if c.strip()] or head[index + 1].text.split()
        if len(values) >= 2:
            wards_value, key_value = " ".join(values[:-1]), values[-1]
    cover.wards = wards_value or cover.wards
    if key_value:
        cover.key_decision = not NOT_KEY_DECISION.match(key_value)


_SECTION_WORDS = {"Summary", "Executive Summary", "Background", "Introduction"}


def _with_wrapped(value: str, head: list[Row], index: int) -> str:
    """A label's value plus the short line it wrapped onto, if any."""
    following = head[index + 1].text if index + 1 < len(head) else ""
    wrapped = (following and len(following.split()) <= WRAP_MAX_WORDS and ":" not in following
               and not RECOMMENDATIONS_HEADING.search(following) and following not in _SECTION_WORDS
               and read_label(following) is None)  # a numbered section's heading ("1.0 Purpose")
    return clean_spaces(f"{value} {following}" if wrapped else value)


def _officer(label: str, value: str) -> Person:
    """ "Sheila Murphy – Care and Targeted Outcomes" under "Accountable Head of Service" → name, and role with label."""
    name, job = _name_and_job(value)
    return Person(name=name, role=clean_spaces(f"{label}, {job}" if job else label))


def _name_and_job(value: str) -> tuple[str, str]:
    parts = re.split(r"\s+[–-]\s+|,\s*", value, maxsplit=1)
    return parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")


def _numeric_date(text: str) -> str | None:
    m = NUMERIC_DATE.search(text)
    if not m:
        return None
    year = int(m.group("year"))
    year += 2000 if year < 100 else 0
    return iso_date(year, int(m.group("month")), int(m.group("day")))


def _author_block(rows: list[Row]) -> str | None:
    """The author named under "Report Author:" (name, then job title), or under the line asking the reader to contact
    them ("If you would like to inspect the background papers or want further information, please contact:-" over
    "Lynn Sherry, Head of Education (Support Services), Ext: 4476", as Scottish councils end their reports), else a
    closing signature."""
    label = next((i for i, row in enumerate(rows) if REPORT_CONTACT.match(row.text)), None)
    if label is not None:
        inline = REPORT_CONTACT.sub("", rows[label].text).strip(" :")
        lines = ([inline] if inline else []) + [r.text for r in rows[label + 1:label + 3]]
        return clean_spaces(", ".join(lines[:2])) or None
    asked = next((i for i, row in enumerate(rows[:-1]) if CONTACT_LEAD_IN.search(row.text)
                  and CONTACT_NAME_LINE.match(rows[i + 1].text)), None)
    if asked is not None:
        return clean_spaces(", ".join(r.text for r in rows[asked + 1:asked + 3])) or None
    return _signature(rows)


def _signature(rows: list[Row]) -> str | None:
    """A paper that ends "Name / Job title / date" is by that person; a sentence that gives a date ("The current
    contract expires on April 30, 2026.", a Canadian staff report's background) closes no signature."""
    tail = [r.text for r in rows[-3:]]
    if (len(tail) == 3 and find_date(tail[2]) and len(tail[2]) < SHORT_DATE_LINE and len(tail[0].split()) <= 4
            and len(tail[1]) < 100):
        return f"{tail[0]}, {tail[1]}"
    return None


# --- Recommendations and appendices ---

def _recommendation_beside_its_label(rows: list[Row]) -> list[str]:
    """The recommendation in a table's row beside its label: a board item's "Recommended Action | Adopt
    Resolution 24-25-18 …" (US school boards' BoardDocs item details)."""
    beside = (RECOMMENDATION_INLINE.match(cells_as_field(row.cells)) for row in rows if row.table is not None)
    return next(([clean_spaces(m.group("value"))] for m in beside if m), [])


def recommendations(rows: list[Row]) -> list[str]:
    """Each recommendation (or decision) under the recommendations heading, verbatim, without its number.

    After the line that introduces them ("County Council is asked to:"), they are numbered in one scheme
    and in sequence ("1.1", "1.2"; "(1)", "(2)"; "1)", "2)"), or bulleted, or paragraphs of their own (a
    decision record's "APPROVE …", "DELEGATE …"); a number in another scheme or out of sequence is the next
    section ("2. Introduction and Background"), and so is a heading ("Reason(s) for decision:").
    """
    groups = [part for group in paragraphs(rows) if group[0].table is None for part in _split_at_heading(group)]
    texts = [clean_spaces(MARKUP_RESIDUE.sub("", join_wrapped([r.text for r in group]))) for group in groups]
    start = next((i for i, text in enumerate(texts) if opens_recommendations(strip_bullet(text))), None)
    if start is None:
        return _recommendation_beside_its_label(rows)
    found: list[str] = []
    scheme, last = None, None
    beside = RECOMMENDATION_INLINE.match(strip_bullet(texts[start]))
    if beside and not RECOMMENDATIONS_LEAD_IN.match(beside.group("value")):  # the first one, beside its label
        scheme, found = "paragraphs", [beside.group("value")]
    runs_on = False  # the last recommendation's sentence goes on in the next paragraph ("… (h) with" / "Agree …")
    listing = False  # the last recommendation lists its points as bullets after a colon ("… uplifts:" / "• …")
    previous = None
    section = None  # the number of the section whose numbered paragraph introduced the list
    for text, group in zip(texts[start + 1:], groups[start + 1:]):
        bulleted = is_bullet(text)
        text = strip_bullet(text) if bulleted else text
        numbered = RECOMMENDATION_NUMBER.match(text)
        if runs_on and CLAUSE_ENDS.search(found[-1]) and NEXT_CLAUSE.match(text):
            runs_on = False  # "That Council receive Report PW-2024-12 for information; and" / "That Council award …"
        if found and not numbered and ((listing and bulleted) or runs_on
                                       or _carried_over_page(previous, group, found[-1])):
            listing = bulleted and (listing or found[-1].endswith(":"))
            found[-1] = f"{found[-1]} {text}"
            runs_on = not listing and scheme == "paragraphs" and bool(RUNS_ON.search(text))
            previous = group
            continue
        previous = group
        listing = False
        if found and RECOMMENDATIONS_STAND.search(text):
            break  # "All other recommendations … remain the same": a note on an amendment's list, which ends
        if numbered and not found and RECOMMENDATIONS_LEAD_IN.match(numbered.group("text")):
            # "2.1 It is recommended that the Committee:": the lead-in, a paragraph of section 2; "3." after the
            # list it introduces is the next section's heading ("3. Background"), whatever numbers the list.
            section = numbered.group("number").partition(".")[0] if "." in numbered.group("number").strip(".") else None
            continue
        if numbered and section and numbered.group("number") == f"{int(section) + 1}." and SECTION_HEADING.match(text):
            break
        if numbered:
            this_scheme, number = _numbering(numbered.group("number"))
            if found and (this_scheme != scheme or number != last + 1):
                break
            scheme, last = this_scheme, number
            found.append(numbered.group("text"))
        elif bulleted and scheme != "paragraphs":
            found.append(text)
        elif not found and RECOMMENDATIONS_LEAD_IN.match(text):
            continue
        elif scheme in (None, "paragraphs") and not _ends_section(text):
            if len(group) == 1 and not RUNS_ON.search(text) and not TERMINAL.search(text):
                if found:
                    break  # a heading: the next section
                continue  # a heading over the recommendations
            scheme = "paragraphs"
            found.append(text)
        else:
            break
        runs_on = scheme == "paragraphs" and bool(RUNS_ON.search(found[-1]))
    return found


def _split_at_heading(group: list[Row]) -> list[list[Row]]:
    """A paragraph cut where a line opens the recommendations ("… last quarter." / "Recommendation: That the
    report be noted."), or a record of decision's field after its decision ("… as advertised." / "Reasons for
    decision: …", DECISION_AFTERWORD): a label at a line's start opens a paragraph of its own, however close the lines;
    so does a clause after one ended ("That Report FIN-2026-11 … be received; and" / "That Council allocate …", as
    Canadian and US staff reports set their recommendations, one a line)."""
    cut = next((i for i, row in enumerate(group) if i and (opens_recommendations(strip_bullet(row.text))
                                                          or DECISION_AFTERWORD.match(row.text)
                                                          or (CLAUSE_ENDS.search(group[i - 1].text)
                                                              and NEXT_CLAUSE.match(row.text)))), None)
    return [group] if cut is None else [group[:cut], *_split_at_heading(group[cut:])]


def _carried_over_page(previous: list[Row] | None, group: list[Row], recommendation: str) -> bool:
    """A paragraph that opens a page and carries on the sentence the last recommendation left unfinished at
    the foot of the one before (no full stop; "… not being reached at" / "Director level, …"); a heading
    there (one line ending no sentence) is the next section."""
    return (previous is not None and group[0].page_index != previous[-1].page_index
            and not TERMINAL.search(recommendation) and not is_bullet(group[0].text)
            and (len(group) > 1 or bool(TERMINAL.search(group[0].text))))


# A paragraph ending in a word that needs what follows ("To replace Recommendation (h) with"), or in a colon
# before the list it introduces, runs on into the next paragraph.
RUNS_ON = re.compile(r"(?:\b(?:with|by|to|and|or|of|the|that|following)|:)\s*$", re.I)
# A recommendation ending its clause ("…; and") before a paragraph opening the next ("That Council award …"), as
# Canadian and US staff reports list them: two recommendations, not one sentence run on.
CLAUSE_ENDS = re.compile(r";\s*(?:and|or)?\s*$", re.I)
NEXT_CLAUSE = re.compile(r"^(?:and\s+)?that\b", re.I)
# How a sentence ends: a line without it, on its own, is a heading.
TERMINAL = re.compile(r"[.;!?)]\s*$")


# Where a list of recommendations written as paragraphs of their own ends.
PARAGRAPHS_END = re.compile(r":\s*$")


def _ends_section(text: str) -> bool:
    """A heading after recommendations set as paragraphs: a numbered section, a label ("Attachments:",
    "BACKGROUND: The City …", a record of decision's "Reasons for decision: …")."""
    return bool(SECTION_HEADING.match(text) or PARAGRAPHS_END.search(text) or REPORT_CONTACT.match(text)
                or DECISION_AFTERWORD.match(text)
                or APPENDICES_HEADING.match(text) or RECOMMENDATIONS_HEADING.search(text)
                or INLINE_SECTION_LABEL.match(text))


def _numbering(number: str) -> tuple[str, int]:
    """A recommendation's number as (scheme, place in its sequence): "1.2" → ("1.n", 2), "(3)" → ("(n)", 3)."""
    core = number.strip("().")
    scheme = re.sub(r"\d+|[a-z]+", "n", number.rstrip("."))
    if "." in core:
        head, _, tail = core.partition(".")
        return f"{head}.n", int(tail)
    if core.isdigit():
        return scheme, int(core)
    if core in ROMAN_NUMBERS:
        return scheme + "-roman", ROMAN_NUMBERS[core]
    return scheme + "-letter", ord(core) - ord("a") + 1


ROMAN_NUMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def appendix_titles(rows: list[Row]) -> list[str]:
    """The appendices listed in the report's appendices section: each "Appendix 1 – …" line, or the entries of a list
    numbered or lettered from 1 or A under the heading ("ATTACHMENTS" / "1. Draft Annual Plan 2026/27 …", as
    Australian and New Zealand reports list them, the first beside the label too: "Attachments: 1. Draft Budget
    Summary"; "Attachments:" / "A. Resolution No. 2026-12", US staff reports; "Attachments: Nil" lists none).
    A number that does not run on from the last ("10. Background Papers" under "9. Appendices") is the next section."""
    start = next((i for i, row in enumerate(rows) if APPENDICES_HEADING.match(strip_bullet(row.text))
                  or APPENDICES_FIELD.match(row.text)), None)
    if start is None:
        return []
    beside = APPENDICES_FIELD.match(rows[start].text)  # the first entry beside the label ("Attachments: 1. …")
    titles: list[str] = []
    listed: Label | None = None  # the last entry of a numbered list
    for text in ([beside.group("value")] if beside else []) + [strip_bullet(row.text) for row in rows[start + 1:]]:
        label = read_label(text)
        if APPENDIX_HEADING.match(text):
            titles.append(clean_spaces(text))
        elif label and label.title and _next_in_list(label, listed):
            titles.append(clean_spaces(label.title))
            listed = label
        elif titles or beside or REPORT_CONTACT.match(text) or SECTION_HEADING.match(text) or len(text.split()) > 3:
            break  # (a label's own value that lists nothing, "Attachments: Nil", ends it there)
    return titles


# The shapes of number a list of appendices is numbered in: "1.", "A.", "(a)".
LIST_SHAPES = ("1", "A", "a")


def _list_place(label: Label) -> int:
    return label.readings[0][1][1]


def _next_in_list(label: Label, previous: Label | None) -> bool:
    """The list's first entry (1, A or a), or the one after ``previous`` in the same numbering."""
    if label.shape not in LIST_SHAPES or label.readings[0][1][0] != 0:
        return False
    if previous is None:
        return _list_place(label) == 1
    return (label.shape, label.marks) == (previous.shape, previous.marks) and _list_place(label) == _list_place(previous) + 1
