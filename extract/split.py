"""Stage 2, split: the pages of one PDF → the documents inside it.

A stand-alone minutes or report PDF is one document; an agenda pack holds a
front sheet, the previous meeting's minutes, reports and appendices.

In a pack, documents are found from what the pages say — report cover blocks
("13 February 2018 ITEM: 6"), the heading of embedded minutes, the end of a
report's author block, appendix headings, and agenda item titles — and then
cross-checked against the printed page ranges of the front sheet. Documents
may start part-way down a page, so a span holds partial pages.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from extract.exempt import Exemption, document_marking, first_marked_page
from extract.patterns import (
    AGENDA_ITEM_STAMP, AGENDA_TITLE, APPENDIX_HEADING, BOARD_ITEM_FIELD, BOARD_ITEM_LABELS, CASE_PAPER_TITLE, ATTENDANCE_LABEL, CLOSING, COMMITTEE_LINE, COMMITTEE_MEETING_LINE, COVER_FROM,
    COVER_ITEM_FIELD, COVER_KEY_DECISION, LEGISLATIVE_FILE_FIELD, COVER_MEETING_DATE, COVER_REPORT_OF, COVER_TITLE, COVER_TO, COVER_WARDS,
    DECISION_RECORD, REPORT_TO_LINE,
    EMAIL_ADDRESS, FORM_TITLE, KIND_MARKERS, LETTER_SALUTATION, MEETING_NOTICE, MEMO_COVER_LABELS, MEMO_FIELD,
    MEETING_OPENED, MINUTE_HEADING, MINUTES_START, MINUTES_TITLE, MINUTES_WORD, MOTION_RESULT_FIELD, MOTION_SENTENCE,
    ORDER_OF_BUSINESS_OPENER, PHONE_NUMBER, PROPOSAL, RECOMMENDATION_INLINE, RECOMMENDATIONS_HEADING, REPORT_CONTACT, REPORT_COVER_ITEM,
    REPORT_NUMBERED_TITLE, REPORT_OPENING, RESOLUTION_MOVERS, STAFF_REPORT_TITLE, WORK_PROGRAMME, attendance_list_of,
)
from extract.read import Line, Page, PdfText
from extract.rows import Row, cells_as_field, rows_of
from extract.tables import add_borderless_tables
from extract.text import find_date, find_time, without_letter_spacing

if TYPE_CHECKING:
    from extract.parse.heading import Meeting

# Lines of an author/contact block after its label: name, job title, team, phone.
AUTHOR_BLOCK_ROWS = 5
AUTHOR_LINE_MAX = 160
# Fewer rows than this after an author block are the report's own last section (background papers).
MIN_APPENDIX_ROWS = 8
# Type sizes further apart than this (points) mark different parts of a page.
TYPE_SIZE_CHANGE = 1.0
# How far down a page (in rows) a heading may sit and still open a document.
PAGE_TOP_ROWS = 4
# Papers whose tables are rebuilt from word positions when printed without rules; an agenda's only under an
# items table's column heads (see tables.add_borderless_tables).
BORDERLESS_TABLE_KINDS = ("report", "appendix", "other")
# Lines scanned to classify a document by its opening.
OPENING_LINES = 25
# Lines in which a minutes title ("APPROVED MEETING MINUTES") decides the kind.
MINUTES_TITLE_LINES = 8
# Pages in which an order of business begins, after a cover page of notices.
ORDER_OF_BUSINESS_PAGES = 3


@dataclass
class DocumentSpan:
    kind: str  # minutes | agenda | report | appendix | other
    pages: list[Page]
    warnings: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)  # how the span was found, for ingest --verbose
    meeting: Meeting | None = None  # the pack's meeting, for documents inside an agenda pack
    item: str | None = None  # the agenda item the document is for
    parent: DocumentSpan | None = field(default=None, repr=False)  # an appendix's report
    appendix_index: int = 0  # 1 for a report's first appendix, ...
    exemption: Exemption | None = None  # why the document is not for publication (extract.exempt)

    @property
    def lines(self) -> list[Line]:
        return [line for page in self.pages for line in page.lines]

    @property
    def rows(self) -> list[Row]:
        return rows_of(self.pages)

    @property
    def physical_pages(self) -> list[int]:
        # The first and last page it covers: a page scanned out of order is read in its place, not the PDF's.
        numbers = [page.number for page in self.pages]
        return [min(numbers), max(numbers)] if numbers else []

    @property
    def printed_pages(self) -> str | None:
        if not self.pages:
            return None
        first, last = self.pages[0].printed, self.pages[-1].printed
        if first and last:
            return first if first == last else f"{first}-{last}"
        return None


def classify(pages: list[Page]) -> str:
    """Guess a document's kind from the opening lines of its first page, or of the first after a cover that
    carries only the council's name: the earliest marker wins."""
    from extract.parse.heading import cover_pages

    kind = _kind_of_opening(pages)
    if kind == "other" and (covers := cover_pages(pages)):
        return _kind_of_opening(pages[covers:])
    return kind


def _kind_of_opening(pages: list[Page]) -> str:
    # In reading order, table rows among the lines: a cover block may be a table (Word's covers often are).
    opening = [without_letter_spacing(row.text) for row in rows_of(pages[:1])[:OPENING_LINES]]  # "A G E N D A"
    # A minutes title near the top wins over a cover block above it (minutes filed as an agenda item), and so
    # does one the running header repeats over every page ("AMENITIES, LEISURE & COMMUNITY SERVICES MINUTES").
    running = [line.text for line in pages[0].furniture if line.top < pages[0].height / 2]
    # Under a title "Agenda", a line naming minutes is an item's ("Minutes of meeting of the Policy and Resources
    # Committee of 13 January 2026.", a Scottish agenda's description of its item "2 Minutes of Previous Meeting").
    titled = next((i for i, text in enumerate(opening) if AGENDA_TITLE.match(text)), len(opening))
    if any(MINUTES_TITLE.search(text) for text in opening[:min(MINUTES_TITLE_LINES, titled)] + running):
        return "minutes"
    markers = list(KIND_MARKERS) + [("agenda", AGENDA_TITLE), ("agenda", MEETING_NOTICE),
                                    ("report", REPORT_COVER_ITEM), ("report", REPORT_OPENING),
                                    ("report", STAFF_REPORT_TITLE), ("report", REPORT_TO_LINE)]
    found = [(index, order, kind) for order, (kind, marker) in enumerate(markers)
             for index, text in enumerate(opening) if marker.search(text)]
    if _opening_kind(rows_of(pages[:1])[:OPENING_ROWS]) == "report":
        found.append((0, -1, "report"))
    if found:
        return min(found)[2]
    if _reads_like_minutes(opening):
        return "minutes"
    if _reads_like_agenda(pages):
        return "agenda"
    if _reads_like_report(pages):
        return "report"
    return "other"


def _reads_like_minutes(opening: list[str]) -> bool:
    """Minutes with no title saying so: who was present, then numbered minutes or a record that the
    meeting opened ("The Council met at 9:41 a.m.", "［午前10時 開会］" of a verbatim transcript).

    Agendas number their items too, but only minutes record who was present.
    """
    present = next((i for i, text in enumerate(opening) if _names_present(text, opening[i + 1:i + 2])), None)
    return present is not None and (any(MINUTE_HEADING.match(text) for text in opening[present + 1:])
                                    or any(MEETING_OPENED.search(text) for text in opening))


def _present_label(text: str) -> re.Match | None:
    """The label opening a list of those present ("Present:", "ROLL CALL"), if the line opens with one."""
    label = ATTENDANCE_LABEL.match(text)
    return label if label and attendance_list_of(label.group("label")) == "present" else None


def _names_present(text: str, following: list[str]) -> bool:
    """A label of those present with names after it, on its line or the next: not an order of business's item
    "2. ROLL CALL" followed by "3. PLEDGE OF ALLEGIANCE" (a US agenda's), which names nobody."""
    label = _present_label(text)
    return bool(label) and (label.end() < len(text.rstrip()) or not any(MINUTE_HEADING.match(t) for t in following))


def _reads_like_agenda(pages: list[Page]) -> bool:
    """An order of business that never calls itself an agenda: a meeting's title and date, notices, then
    "1. CALL TO ORDER". Minutes number their business so too, but they record the meeting: that it met or
    was called to order, who was present, the result of a motion."""
    texts = [line.text for page in pages[:ORDER_OF_BUSINESS_PAGES] for line in page.lines]
    return any(ORDER_OF_BUSINESS_OPENER.match(text) for text in texts) and not any(map(_records_the_meeting, texts))


def _records_the_meeting(text: str) -> bool:
    # A label opens its line; a sentence running on ("present the City Clerk with 7 copies") is no label.
    label = not text[:1].islower() and _present_label(text)
    names_present = label and label.end() < len(text)
    return bool(names_present or MEETING_OPENED.search(text) or MOTION_RESULT_FIELD.match(text))


def _reads_like_report(pages: list[Page]) -> bool:
    """A paper to a named committee that asks it to decide or note something."""
    opening = [row.text for row in rows_of(pages[:1])[:6]]
    names_committee = any(COMMITTEE_LINE.search(text) or COMMITTEE_MEETING_LINE.match(text) for text in opening)
    return names_committee and any(RECOMMENDATIONS_HEADING.search(line.text)
                                   for page in pages for line in page.lines)


# --- Document starts inside a pack ---

@dataclass
class Start:
    row: int  # index into the pack's rows
    kind: str
    item: str | None = None
    appendix_number: str | None = None
    warning: str | None = None


def split(pdf: PdfText, kind: str | None = None) -> list[DocumentSpan]:
    """The documents in a PDF; ``kind`` is what the officer says the PDF is (else it is classified)."""
    if not pdf.pages:
        return []
    kind = kind or classify(pdf.pages)
    if kind == "agenda":
        spans = _pack(pdf)
    elif kind == "other":
        spans = _covering_letter_and_papers(pdf) or _single_document(pdf.pages, kind)
    else:
        spans = _single_document(pdf.pages, kind)
    spans = _with_exemptions(_pages_in_numbering_order(spans))
    for span in spans:
        if span.kind in BORDERLESS_TABLE_KINDS or span.kind == "agenda":
            add_borderless_tables(pdf.path, span.pages, items_table_only=span.kind == "agenda")
    return spans


def _pack(pdf: PdfText) -> list[DocumentSpan]:
    rows = rows_of(pdf.pages)
    from extract.parse.agenda import front_sheet  # the agenda parser reads the front sheet

    sheet = front_sheet(rows, pdf.pages)
    starts = _document_starts(rows, sheet.items)
    first_paper = _first_paper(starts)
    if first_paper is not None and sheet.items_end > first_paper:
        # The front sheet's list ends where the first paper opens: the numbers after it are the papers' own
        # (a minute's "81.", a report's "1. Purpose of Report"), not items to file papers under.
        sheet = front_sheet(rows[:first_paper], pdf.pages)
        starts = _document_starts(rows, sheet.items)
    starts = sorted(starts + _printed_range_starts(rows, sheet.items, starts, pdf.pages), key=lambda s: s.row)
    starts = sorted(starts + _after_minutes_close(rows, starts, pdf.pages), key=lambda s: s.row)
    if len(starts) == 1:
        return [DocumentSpan(kind="agenda", pages=pdf.pages)]
    spans = _spans(pdf.pages, rows, starts, sheet.meeting)
    _cross_check(spans, sheet.items, pdf.pages)
    _items_named_on_covers(spans, sheet.items)
    for span in spans:  # the papers of the front sheet's exempt part (Part II)
        if span.kind != "agenda" and span.item in sheet.exemptions:
            span.exemption = sheet.exemptions[span.item]
    return spans


def _covering_letter_and_papers(pdf: PdfText) -> list[DocumentSpan]:
    """A letter that sends papers ("Enclosed are the Budget amendments…") and the papers after it, which
    open pages of their own as the papers of an agenda pack do; the letter's heading is their meeting."""
    rows = rows_of(pdf.pages)
    openings = [s for s in _paper_openings(rows) if rows[s.row].page_index > 0]
    if not openings:
        return []
    from extract.parse.heading import read_heading

    starts = _with_appendices(rows, [Start(0, "other")] + openings)
    return _spans(pdf.pages, rows, starts, read_heading(pdf.pages[:1]))


def _single_document(pages: list[Page], kind: str) -> list[DocumentSpan]:
    """A stand-alone paper; a report may still carry an appended letter or document."""
    if kind == "minutes":
        return _minutes_of_each_meeting(pages)
    if kind != "report":
        return [DocumentSpan(kind=kind, pages=pages)]
    rows = rows_of(pages)
    starts = [Start(0, "report")] + _appendix_after_author(rows, 0, len(rows))
    return _spans(pages, rows, starts, meeting=None)


def _minutes_of_each_meeting(pages: list[Page]) -> list[DocumentSpan]:
    """A minutes PDF may hold several meetings' minutes, each opening a page under its own title.

    The title must be set as a heading (capitals or bold): a running header such as
    "Minutes of the" at the top of each page of one set of minutes does not start another, and nor
    does the same title over the same date again (a contents page after the cover: "Protokoll 5/2022").
    """
    from extract.parse.heading import cover_pages

    covers = cover_pages(pages)  # the council's name on a page of its own is the cover of the minutes after it
    firsts, opened = [0], _minutes_title(pages[covers])
    for index, page in enumerate(pages[covers + 1:], start=covers + 1):
        title = _minutes_title(page)
        if title and title != opened:
            firsts.append(index)
            opened = title
    return [DocumentSpan(kind="minutes", pages=pages[a:b]) for a, b in zip(firsts, firsts[1:] + [len(pages)])]


def _minutes_title(page: Page) -> tuple[str, str | None] | None:
    """A page's minutes title set as a heading, with the first date near it."""
    title = next((ln.text for ln in page.lines[:2] if MINUTES_TITLE.search(ln.text) and (ln.bold or ln.text.isupper())),
                 None)
    if title is None:
        return None
    return title.strip(), next((date for ln in page.lines[:MINUTES_TITLE_LINES] if (date := find_date(ln.text))), None)


def _document_starts(rows: list[Row], items) -> list[Start]:
    starts = [Start(0, "agenda")]
    for index, row in enumerate(rows):
        cover = REPORT_COVER_ITEM.search(row.text)
        if cover:
            starts.append(Start(index, "report", item=cover.group("item")))
        elif MINUTES_START.search(row.text) and not any(s.kind == "minutes" for s in starts):
            starts.append(Start(index, "minutes", item=_minutes_item(items)))
    found_on = {rows[s.row].page_index for s in starts}
    for opening in _paper_openings(rows):
        if rows[opening.row].page_index in found_on or opening.row == 0:
            continue
        if opening.kind == "minutes":
            # The previous meeting's minutes, under their item; and minutes of another meeting (an outside
            # body's, sent as correspondence) under their own title and date. The same title over the
            # same date again is a running header of minutes already found.
            earlier = [s for s in starts if s.kind == "minutes"]
            if any(_minutes_date(rows, s.row) in (None, _minutes_date(rows, opening.row)) for s in earlier):
                continue
            if not earlier:
                opening.item = opening.item or _minutes_item(items)
        starts.append(opening)
    starts += _item_title_starts(rows, items, starts)
    starts += _item_heading_starts(rows, items, starts)
    return _with_appendices(rows, starts)


def _with_appendices(rows: list[Row], starts: list[Start]) -> list[Start]:
    """The starts, and those of each report's appendices."""
    starts = sorted(starts, key=lambda s: s.row)
    for start, following in zip(list(starts), starts[1:] + [Start(len(rows), "end")]):
        if start.kind == "report":
            starts += _appendices(rows, start.row, following.row)
    return sorted(starts, key=lambda s: s.row)


# A paper's opening (a memo cover, a decision record's or a form's title, a stamp) sits in this many
# rows at the top of its first page.
OPENING_ROWS = 10
# The title of a decision record, a minutes title or an item stamp is among the first rows of the page.
TITLE_ROWS = 3


def _paper_openings(rows: list[Row]) -> list[Start]:
    """Papers that open a page without a cover block of the seeds' kind, one per page at most: a memorandum
    cover (to, from, subject), a record of decision, a form, minutes under their title; an agenda item
    stamp at the top gives the paper's item, and alone opens a paper of another kind (a question booklet)."""
    starts: list[Start] = []
    first_of_page: dict[int, int] = {}
    for index, row in enumerate(rows):
        first_of_page.setdefault(row.page_index, index)
    for page_index, first in first_of_page.items():
        top = [r for r in rows[first:first + OPENING_ROWS] if r.page_index == page_index]
        texts = [r.text for r in top]
        stamp = next((m.group("item") for m in map(AGENDA_ITEM_STAMP.match, texts[:TITLE_ROWS]) if m), None)
        kind = _opening_kind(top) or ("report" if _memo_field_block(texts) else None)
        if kind is None and stamp and not (starts and starts[-1].item == stamp):
            # A paper under its own title block: a report if its first page asks for a decision.
            page_texts = [r.text for r in rows[first:] if r.page_index == page_index]
            kind = "report" if any(map(opens_recommendations, page_texts)) else "other"
        if kind:
            starts.append(Start(first, kind, item=stamp))
    return starts


# The fields of a report's cover block ("Report to: …", "Date of Meeting: …", "Report of: …", "Report Title: …",
# "Key Decision: …", "Wards Affected: …", a Legistar staff report's "File #: …"): a page that opens with this many of them
# opens a report.
COVER_FIELDS = (COVER_TO, REPORT_TO_LINE, COVER_FROM, COVER_REPORT_OF, COVER_MEETING_DATE, COVER_TITLE,
                COVER_KEY_DECISION, COVER_WARDS, COVER_ITEM_FIELD, LEGISLATIVE_FILE_FIELD)
COVER_BLOCK_FIELDS = 3


def opens_recommendations(text: str) -> bool:
    """The heading of a paper's recommendations (or decisions), or the first one printed beside its label."""
    return bool(RECOMMENDATIONS_HEADING.search(text) or RECOMMENDATION_INLINE.match(text))


# A memorandum cover without its author ("TO: Planning Commission" / "DATE: …" / "SUBJECT: …", US staff reports
# under a department's letterhead) is this many memo fields in a row, to and subject among them.
MEMO_BLOCK_FIELDS = 3


def _memo_field_block(texts: list[str]) -> bool:
    """A run of memo fields as a whole opens a paper inside a pack even without a "FROM:" line; not on a
    document's first page, where such a block may head a notice of the meeting itself."""
    run: list[str] = []
    for text in texts + [""]:
        if (field := MEMO_FIELD.match(text)) and field.group("value").strip():
            run.append(field.group("label").lower())
            continue
        if len(run) >= MEMO_BLOCK_FIELDS and {"to", "subject"} <= set(run):
            return True
        run = []
    return False


def _opening_kind(top: list[Row]) -> str | None:
    texts = [r.text for r in top]
    labels = {m.group("label").lower() for m in map(MEMO_FIELD.match, texts) if m}
    if MEMO_COVER_LABELS <= labels:
        return "report"
    # a cover printed as a ruled table, each label in a cell beside its value ("Title of Report | Depot Relocation",
    # "Meeting Date | 9 March 2026", "Ward(s) Affected | Hackwell Downs", London boroughs' covers): read as fields
    fields = [cells_as_field(r.cells) if r.table is not None else r.text for r in top]
    if sum(1 for field in COVER_FIELDS if any(field.match(text) for text in fields)) >= COVER_BLOCK_FIELDS:
        return "report"
    board_labels = {m.group("label").lower() for m in map(BOARD_ITEM_FIELD.match, fields) if m}
    if len(board_labels) >= BOARD_ITEM_LABELS and "category" in board_labels:
        return "report"
    if any(DECISION_RECORD.match(text) or CASE_PAPER_TITLE.match(text) for text in texts[:TITLE_ROWS]):
        # a meeting's record of its decisions lists who was present and numbers its business: minutes
        return "minutes" if _reads_like_minutes(texts) else "report"
    if any(r.table is not None and FORM_TITLE.match(r.cells[0]) for r in top[:TITLE_ROWS]):
        return "report"
    if any(MINUTES_TITLE.search(r.text) and r.line is not None and (r.line.bold or r.text.isupper())
           for r in top[:TITLE_ROWS]):
        return "minutes"
    if any(MINUTES_WORD.match(r.text) and r.text.isupper() and any(find_date(t) for t in texts[i + 1:i + 4])
           for i, r in enumerate(top)):
        return "minutes"
    return None


def _minutes_date(rows: list[Row], first: int) -> str | None:
    """The date under a minutes title, among the first rows of its page."""
    return next((date for row in rows[first:first + OPENING_ROWS]
                 if row.page_index == rows[first].page_index and (date := find_date(row.text))), None)


def _after_minutes_close(rows: list[Row], starts: list[Start], pages: list[Page]) -> list[Start]:
    """Minutes inside a pack end where the meeting closed ("That the meeting be adjourned. Time: 8:40 p.m.",
    "The meeting closed at 4.30 pm"): the page after the one that records the close, where no other start
    was found there, opens a paper of its own (the resolutions and letters that follow the minutes in a
    township's scanned pack), so the minutes do not run on over it; and a later page that opens under a
    minutes title there (another body's minutes, sent as correspondence) opens minutes again."""
    out: list[Start] = []
    pending = [s for s in starts if s.kind == "minutes"]
    while pending:
        start = pending.pop(0)
        end = min((s.row for s in starts + out if s.row > start.row), default=len(rows))
        close = _minutes_close(rows, start.row, end)
        if close is None:
            continue
        after = next((i for i in range(close + 1, end) if rows[i].page_index > rows[close].page_index), None)
        if after is None:
            continue
        kind = classify([pages[rows[after].page_index]])
        out.append(Start(after, "other" if kind == "agenda" else kind))
        for index in range(after + 1, end):
            if rows[index].page_index != rows[index - 1].page_index and _opening_kind(
                    [r for r in rows[index:index + OPENING_ROWS] if r.page_index == rows[index].page_index]) == "minutes":
                out.append(Start(index, "minutes"))
                pending.append(out[-1])
                break
    return out


def _minutes_close(rows: list[Row], first: int, end: int) -> int | None:
    """The row that records the meeting closing at a time, with no business after it on its page (a minute
    or a motion): "the meeting adjourned for a short break" mid-page is no close."""
    for index in range(first + 1, end):
        closing = CLOSING.search(rows[index].text)
        following = rows[index + 1].text if index + 1 < end else ""
        if not closing or not find_time(rows[index].text[closing.start():] + " " + following):
            continue
        rest = [r.text for r in rows[index + 1:end] if r.page_index == rows[index].page_index]
        if not any(MINUTE_HEADING.match(text) or RESOLUTION_MOVERS.match(text) or MOTION_SENTENCE.search(text)
                   or PROPOSAL.search(text) for text in rest):
            return index
    return None


def _minutes_item(items) -> str | None:
    """The agenda item under which the previous meeting's minutes come."""
    return next((item.number for item in items if "minutes" in item.title.lower()), None)


def _normal(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


# A line giving an item's title may hold this many characters more: a label ("Title:"), page numbers.
TITLE_LABEL_ROOM = 30


def _item_title_starts(rows: list[Row], items, found: list[Start]) -> list[Start]:
    """Items printed with a page range but no cover block: find a page that opens with the item's title."""
    covered = {s.item for s in found}
    starts = []
    for item in items:
        if not item.pages or item.number in covered:
            continue
        after = max((s.row for s in found if _as_int(s.item) < _as_int(item.number)), default=0)
        title = _normal(item.title)
        for index in range(after + 1, len(rows)):
            text = _normal(rows[index].text)
            if text.startswith(title) and len(text) <= len(title) + TITLE_LABEL_ROOM:
                previous = rows[index - 1]
                opens_here = previous.page_index == rows[index].page_index and COMMITTEE_LINE.search(
                    previous.text.strip("*"))
                first = _title_block_above(rows, index) if not opens_here else index - 1
                page_texts = [r.text for r in rows[first:] if r.page_index == rows[index].page_index]
                # a report if its first page asks for a decision, as under a numbered heading
                kind = "report" if first < index - 1 and any(map(opens_recommendations, page_texts)) else "other"
                starts.append(Start(first, kind, item=item.number))
                break
    return starts


def _title_block_above(rows: list[Row], index: int) -> int:
    """Where the paper whose title stands at ``index`` opens: at its page's top where only a title block is above the
    title, display lines ("EASTSHIRE FIRE AND RESCUE AUTHORITY" / "Fire Authority" / "20 March 2026" /
    "Agenda Item 4", an English fire authority's report); else at the title (the rows above are another paper's)."""
    first = index
    while (first > 0 and index - first < OPENING_ROWS and rows[first - 1].page_index == rows[index].page_index
           and rows[first - 1].line is not None and (rows[first - 1].line.bold or rows[first - 1].text.isupper())):
        first -= 1
    at_top = first == 0 or rows[first - 1].page_index != rows[index].page_index
    return first if at_top else index


# A title this short ("Minutes", "Reports") names no one paper.
MIN_TITLE_WORDS = 2
# The first line of a wrapped title field names its item when it holds this many words of the item's title.
WRAPPED_TITLE_WORDS = 4


def _items_named_on_covers(spans: list[DocumentSpan], items) -> None:
    """A report whose cover gives no item number is the paper of the item whose title its cover prints
    ("Title: Leisure Centre Refurbishment" under item 4, "Leisure Centre Refurbishment"; a "SUBJECT:" field's first
    line, where the title wraps): each item's once."""
    taken = {span.item for span in spans if span.item and span.kind != "appendix"}
    for span in spans:
        if span.kind != "report" or span.item:
            continue
        cover = [(_normal(row.text), _normal(row.text.partition(":")[2])) for row in span.rows[:OPENING_ROWS]]
        for item in items:
            title = _normal(item.title)
            if (item.number not in taken and len(title.split()) >= MIN_TITLE_WORDS
                    and any((text.endswith(title) and len(text) <= len(title) + TITLE_LABEL_ROOM)
                            # a title field's value wrapped onto the next line: its first line opens the title
                            or (len(value.split()) >= WRAPPED_TITLE_WORDS and title.startswith(value))
                            # the item listed under the report's number ("Report PW-2024-12 Tender Award for …")
                            or (len(value.split()) >= WRAPPED_TITLE_WORDS and title.endswith(value))
                            for text, value in cover)):
                span.item = item.number
                taken.add(item.number)
                for appendix in spans:
                    if appendix.parent is span:
                        appendix.item = item.number
                break


def _first_paper(starts: list[Start]) -> int | None:
    """The row where the pack's first paper (anything but the front sheet) opens."""
    return min((s.row for s in starts if s.kind != "agenda"), default=None)


def _item_heading_starts(rows: list[Row], items, found: list[Start]) -> list[Start]:
    """Papers printed under their item's number and title, a heading at the top of a page, as Australian and New
    Zealand councils' agendas print each report ("9.1 Draft Operational Plan 2024-2025" over "File Number:",
    "Author:"): the front sheet lists the item under that number and title first; the same again opening a
    page opens its paper — a report if the page asks for a decision. After the first paper, a heading at a page's
    top that is an item's title, or its end, opens that item's paper unnumbered (an Ontario by-law's "Being a By-law
    to Authorize …" under "BY-LAW NO. 2024-31", listed as "By-law 2024-31 Being a By-law to Authorize …"); and a
    heading there naming a work programme opens the paper of the item that lists one (WORK_PROGRAMME: "Overview and
    Scrutiny Committee Work Programme 2025/26" under the item "Work Programme"), which no appendix runs on over."""
    titles = {item.number: _normal(item.title) for item in items}
    taken_pages = {rows[s.row].page_index for s in found}
    covered = {s.item for s in found if s.item}
    first_paper = _first_paper(found)
    first_paper = len(rows) if first_paper is None else first_paper
    listed: set[str] = set()
    starts = []
    first_of_page: dict[int, int] = {}
    for index, row in enumerate(rows):
        first_of_page.setdefault(row.page_index, index)
        m = REPORT_NUMBERED_TITLE.match(row.text)
        if m and m.group("item") in titles and _normal(m.group("title")).startswith(titles[m.group("item")]):
            number, opens = m.group("item"), m.group("item") in listed
            listed.add(number)
        elif index > first_paper and (number := _item_of_heading(row.text, items, titles, covered)):
            opens = True
        else:
            continue
        first = first_of_page[row.page_index]
        at_top = index - first < TITLE_ROWS and row.line is not None and (row.line.bold or row.text.isupper())
        if number and opens and at_top and number not in covered and row.page_index not in taken_pages:
            page_texts = [r.text for r in rows[first:] if r.page_index == row.page_index]
            starts.append(Start(first, "report" if any(map(opens_recommendations, page_texts)) else "other",
                                item=number))
            covered.add(number)
            taken_pages.add(row.page_index)
    return starts


def _item_of_heading(text: str, items, titles: dict[str, str], covered: set[str]) -> str | None:
    """The item whose paper an unnumbered heading opens (see _item_heading_starts): the item whose title the heading
    ends, or the item listing a work programme where the heading names one."""
    normal = _normal(text)
    if len(normal.split()) >= WRAPPED_TITLE_WORDS and (
            number := next((n for n, title in titles.items() if title.endswith(normal)), None)):
        return number
    if WORK_PROGRAMME.search(text):
        return next((item.number for item in items if WORK_PROGRAMME.search(item.title) and item.number not in covered),
                    None)
    return None


def _as_int(number: str | None) -> int:
    digits = re.match(r"\d+", number or "")
    return int(digits.group(0)) if digits else 0


def _appendices(rows: list[Row], first: int, end: int) -> list[Start]:
    """Appendices inside a report's stretch of rows: after its author block, and at appendix headings."""
    starts = _appendix_after_author(rows, first, end)
    numbers = {s.appendix_number for s in starts}
    for index in range(first + 1, end):
        heading = APPENDIX_HEADING.match(rows[index].text)
        if not heading or not _near_page_top(rows, index) or heading.group("number") in numbers:
            continue
        # After the author block; or, in a report without one, a heading that opens a later page of its own
        # ("ATTACHMENT 1" above a staff report's attachment).
        opens_page = rows[index - 1].page_index != rows[index].page_index != rows[first].page_index
        if (starts and index > starts[0].row) or (not starts and opens_page):
            starts.append(Start(index, "appendix", appendix_number=heading.group("number")))
            numbers.add(heading.group("number"))
    return starts


def _near_page_top(rows: list[Row], index: int) -> bool:
    page = rows[index].page_index
    above = [r for r in rows[max(0, index - PAGE_TOP_ROWS):index] if r.page_index == page]
    return len(above) < PAGE_TOP_ROWS


def _appendix_after_author(rows: list[Row], first: int, end: int) -> list[Start]:
    """What follows a report's author or contact block is appended to it: a letter, a plan, an annual report."""
    label = next((i for i in range(first, end) if REPORT_CONTACT.match(rows[i].text)), None)
    if label is None:
        return []
    salutation = next((i for i in range(label, end) if LETTER_SALUTATION.match(rows[i].text)), None)
    after = _letter_start(rows, label, salutation) if salutation else _author_block_end(rows, label, end)
    if after >= end:
        return []
    heading = APPENDIX_HEADING.match(rows[after].text)
    substantial = rows[after].table is not None or end - after >= MIN_APPENDIX_ROWS
    if not (salutation or heading or (_sets_apart(rows[after - 1], rows[after]) and substantial)):
        return []  # more of the report itself, e.g. its background papers
    return [Start(after, "appendix", appendix_number=heading.group("number") if heading else None)]


def _author_block_end(rows: list[Row], label: int, end: int) -> int:
    index = label + 1
    taken = 0
    while index < end and taken < AUTHOR_BLOCK_ROWS:
        row = rows[index]
        if ((taken > 0 and _sets_apart(rows[index - 1], row)) or row.table or len(row.text) > AUTHOR_LINE_MAX
                or APPENDIX_HEADING.match(row.text)
                or REPORT_COVER_ITEM.search(row.text)):
            break
        index += 1
        taken += 1
    return index


def _sets_apart(previous: Row, row: Row) -> bool:
    """A table, a page turn or a change of type size sets what follows apart from an author block."""
    if row.table is not None or row.page_index != previous.page_index:
        return True
    return bool(row.line and previous.line and abs(row.line.size - previous.line.size) > TYPE_SIZE_CHANGE)


def _letter_start(rows: list[Row], label: int, salutation: int) -> int:
    """A letter opens with the addressee's block above "Dear …"; the contact details above it end the report."""
    index = salutation
    while index - 1 > label and not _is_contact_detail(rows[index - 1].text):
        index -= 1
    return index


def _is_contact_detail(text: str) -> bool:
    return bool(EMAIL_ADDRESS.search(text) or PHONE_NUMBER.search(text) or REPORT_CONTACT.match(text))


# --- Exempt documents and pages ---

def _with_exemptions(spans: list[DocumentSpan]) -> list[DocumentSpan]:
    """Mark each document that is exempt, as a whole or from a marked page on.

    The pages from the first one marked exempt (in its running header, say) to
    the document's end become an exempt document of their own: an appendix of
    a report, or a paper of the pack. Minutes keep theirs: the minutes taken on
    marked pages are exempt (extract.exempt.exempt_minutes).
    """
    out: list[DocumentSpan] = []
    for span in spans:
        parent = span.parent
        span.exemption = (span.exemption or document_marking(span.kind, span.pages)
                          or (parent.exemption if parent else None))
        out.append(span)
        marked = None if span.exemption or span.kind == "minutes" else first_marked_page(span.pages)
        if marked:
            index, exemption = marked
            report = span if span.kind == "report" else parent
            tail = DocumentSpan(kind="appendix" if report else "other", pages=span.pages[index:],
                                meeting=span.meeting, item=span.item, parent=report,
                                appendix_index=sum(1 for s in out if report and s.parent is report) + 1,
                                exemption=exemption)
            span.pages = span.pages[:index]
            out.append(tail)
    return out


# --- Pages out of order ---

def _pages_in_numbering_order(spans: list[DocumentSpan]) -> list[DocumentSpan]:
    """A page scanned out of its document's order is read where its numbering puts it.

    A page that opens no document of its own belongs to the one whose numbers run through it: where a
    document's numbering jumps from one page to the next (items 1–6, then 12–14) and another document's
    page (not its first) carries the numbers between (7–11) without continuing its own previous page's,
    the page goes into that gap — the second page of an outside body's minutes, scanned after the
    papers before its first. The evidence is both ends of the gap, never the page order alone.
    """
    numbers_of = {id(page): _page_numbers(page) for span in spans for page in span.pages}  # each page read once

    def numbers(page: Page) -> list[int]:
        return numbers_of[id(page)]

    for span in spans:
        for page in list(span.pages[1:]):
            run = numbers(page)
            if not run or _continues(numbers(span.pages[span.pages.index(page) - 1]), run):
                continue
            home = next(((other, index) for other in spans if other is not span
                         for index, (before, after) in enumerate(zip(other.pages, other.pages[1:]))
                         if _continues(numbers(before), run) and _continues(run, numbers(after))
                         and not _continues(numbers(before), numbers(after))), None)
            if home:
                other, index = home
                span.pages.remove(page)
                other.pages.insert(index + 1, page)
                other.details.append(f"page {page.number} read after page {other.pages[index].number}: "
                                     f"its item numbers {run[0]}–{run[-1]} fall between that page's and the next")
    return spans


def _page_numbers(page: Page) -> list[int]:
    """The whole numbers ("7.", "12.") that open lines of a page at its outermost indent of such numbers."""
    from extract.parse.numbering import INDENT_TOLERANCE, read_label  # the parse stage reads numbering

    labelled = [(line.x0, label) for line in page.lines if (label := read_label(line.text)) and label.shape == "1"
                and label.marks == "x." and label.title]
    if not labelled:
        return []
    margin = min(x for x, _ in labelled)
    return [label.value("number")[1] for x, label in labelled if x - margin <= INDENT_TOLERANCE]


def _continues(numbers: list[int], then: list[int]) -> bool:
    """Whether ``then`` carries on the sequence ``numbers`` ended (the next number, or one a few ahead)."""
    from extract.parse.numbering import MAX_STEP

    return bool(numbers and then) and 0 < then[0] - numbers[-1] <= MAX_STEP


# --- Spans from starts ---

def _spans(pages: list[Page], rows: list[Row], starts: list[Start], meeting: Meeting | None) -> list[DocumentSpan]:
    spans: list[DocumentSpan] = []
    report: DocumentSpan | None = None
    for start, following in zip(starts, starts[1:] + [None]):
        end = following.row if following else len(rows)
        span = DocumentSpan(kind=start.kind, pages=_slice(pages, rows, start.row, end),
                            meeting=meeting if start.kind != "agenda" else None, item=start.item,
                            warnings=[start.warning] if start.warning else [])
        if start.kind == "other" and report is not None and _attachment_of(report, span):
            span.kind = "appendix"
        if span.kind == "report":
            report = span
        elif span.kind == "appendix" and report is not None:
            span.parent, span.item = report, report.item
            span.appendix_index = sum(1 for s in spans if s.parent is report) + 1
        elif span.kind != "appendix":
            report = None
        if span.pages:
            spans.append(span)
    return spans


def _attachment_of(report: DocumentSpan, paper: DocumentSpan) -> bool:
    """A paper after a report that the report lists among its attachments by the title the paper opens with (a US
    staff report's "ATTACHMENTS" / "1. Resolution No. 14-26" over the resolution's own "RESOLUTION NO. 14-26"): the
    report's appendix, not a paper of its own."""
    from extract.parse.report import appendix_titles  # the report parser reads the attachments list

    listed = {_normal(title) for title in appendix_titles(report.rows)}
    return bool(listed) and any(_normal(row.text) in listed for row in paper.rows[:TITLE_ROWS])


def _slice(pages: list[Page], rows: list[Row], first: int, end: int) -> list[Page]:
    """The pages holding rows[first:end], each keeping only the lines and tables of those rows."""
    chosen = rows[first:end]
    out = []
    for index in sorted({row.page_index for row in chosen}):
        mine = [row for row in chosen if row.page_index == index]
        lines = [row.line for row in mine if row.line is not None]
        tables = []
        for row in mine:
            if row.table is not None and not any(t is row.table for t in tables):
                tables.append(row.table)
        out.append(dataclasses.replace(pages[index], lines=lines, tables=tables))
    return out


# --- Cross-check with the front sheet's printed page ranges ---

def _first_printed(item) -> str:
    return re.match(r"\d+", item.pages).group(0)


def _printed_range_starts(rows: list[Row], items, starts: list[Start], pages: list[Page]) -> list[Start]:
    """Items with a printed page range whose document no heading announced: placed by the printed page
    numbers — but only where those agree with every document that the pages did show."""
    index_of = {page.printed: index for index, page in enumerate(pages) if page.printed}
    found = {s.item: rows[s.row].page_index for s in starts if s.item and s.kind != "appendix"}
    ranged = [item for item in items if item.pages]
    if not any(item.number in found for item in ranged) or any(
            index_of.get(_first_printed(item)) != found[item.number] for item in ranged if item.number in found):
        return []
    out = []
    for item in ranged:
        index = index_of.get(_first_printed(item))
        if item.number in found or index is None:
            continue
        row = next((i for i, r in enumerate(rows) if r.page_index == index), None)
        if row is None:
            continue  # nothing left on that page to start a document with (an image, say)
        kind = classify([pages[index]])
        out.append(Start(row, "other" if kind == "agenda" else kind, item=item.number,
                         warning=f"no heading found for item {item.number}: placed by its printed pages {item.pages}"))
    return out


def _cross_check(spans: list[DocumentSpan], items, pages: list[Page]) -> None:
    """Compare where each item's document starts with where its printed page range says it starts."""
    physical_of = {page.printed: page.number for page in pages if page.printed}
    for item in items:
        if not item.pages:
            continue
        span = next((s for s in spans if s.item == item.number and s.kind != "appendix"), None)
        first_printed = _first_printed(item)
        expected = physical_of.get(first_printed)
        if span is None:
            continue
        found = span.pages[0].number
        if expected != found:
            where = f"physical page {expected}" if expected else "no page"
            span.details.append(
                f"front sheet gives item {item.number} printed pages {item.pages}, and printed page "
                f"{first_printed} is {where}, but the document starts on physical page {found}: "
                f"using what the pages say")
