"""Pages as one stream of rows: each text line, and each row of a ruled table.

Splitting and the agenda/report parsers read documents row by row whether a
cover block or an agenda list was printed as a ruled table (one row, several
cells) or as plain lines (one row, one cell), so the same rules serve both.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from extract.model import Block, Heading, ListBlock, Paragraph, Table
from extract.patterns import BULLET, CAPTION, COMMITTEE_LINE, NUMBERED_PARAGRAPH, RECOMMENDATION_NUMBER, SECTION_HEADING
from extract.read import Line, Page, TableRegion
from extract.text import clean_spaces, find_date, join_wrapped


@dataclass
class Row:
    page_index: int  # index into the list of pages the rows were made from
    top: float  # where the row's line or table starts on its page
    cells: list[str]
    line: Line | None = None  # the text line, for rows that are lines
    table: TableRegion | None = field(default=None, repr=False)

    @functools.cached_property
    def text(self) -> str:  # read many times over by every stage; cells never change once a row is made
        return clean_spaces(" ".join(c for c in self.cells if c))

    @property
    def x0(self) -> float | None:
        return self.line.x0 if self.line else None


def page_rows(page: Page, page_index: int) -> list[Row]:
    """The page's lines in reading order (the reader's: a page of columns is read column by column), each
    table's rows in their place, before the first line that starts below the table's top."""
    tables = sorted(page.tables, key=lambda table: table.top)
    rows: list[Row] = []
    for line in page.lines:
        while tables and tables[0].top < line.top:
            rows += _table_rows(tables.pop(0), page_index)
        rows.append(Row(page_index, line.top, [line.text], line=line))
    for table in tables:
        rows += _table_rows(table, page_index)
    return rows


def _table_rows(table: TableRegion, page_index: int) -> list[Row]:
    return [Row(page_index, table.top, list(cells), table=table) for cells in table.rows]


def rows_of(pages: list[Page]) -> list[Row]:
    return [row for index, page in enumerate(pages) for row in page_rows(page, index)]


# A wider gap than this (times the usual line step) starts a new paragraph.
PARAGRAPH_GAP = 1.45
HEADING_MAX_WORDS = 10
# A line filled to a column's edge holds at least this many words.
FULL_LINE_WORDS = 3
# Line step of single-spaced text, as a multiple of the type size.
SINGLE_SPACING = 1.45
# Lines further apart than single spacing times this belong together only where the text wrapped.
WIDE_LINE_TOLERANCE = 1.1
# Type this much larger than the body's sets a line apart, as bold does.
LARGER_TYPE = 1.15


def strip_bullet(text: str) -> str:
    return BULLET.sub("", text, count=1).strip()


def is_bullet(text: str) -> bool:
    return bool(BULLET.match(text)) and len(strip_bullet(text)) < len(text.strip())


def _usual_step(rows: list[Row]) -> float:
    """The line step inside a paragraph: the smallest step that recurs (wider ones are paragraph gaps)."""
    steps = sorted(round(b.top - a.top, 1) for a, b in zip(rows, rows[1:])
                   if a.line and b.line and a.page_index == b.page_index and 0 < b.top - a.top < 40)
    widest = _single_spacing(rows)
    recurring = max(2, len(steps) // 10)
    for step in steps:
        if sum(1 for s in steps if abs(s - step) <= 1.5) >= recurring:
            return min(step, widest)
    return widest


def _body_size(rows: list[Row]) -> float:
    sizes = sorted(r.line.size for r in rows if r.line and r.line.size)
    return sizes[len(sizes) // 2] if sizes else 0.0


def _single_spacing(rows: list[Row]) -> float:
    """The line step of single-spaced text in the rows' usual type size (where every paragraph is one
    line, no step recurs inside a paragraph: this is what is left to go on)."""
    size = _body_size(rows)
    return size * SINGLE_SPACING if size else 14.0


def continues_over_page(text: str) -> bool:
    """The first line of a page carries on a paragraph the last page ended mid-sentence ("… It" / "removed …")."""
    return text[:1].islower()


class _Spacing:
    """How far apart the lines of one paragraph are, in these rows."""

    def __init__(self, rows: list[Row]):
        self.reach = _usual_step(rows) * PARAGRAPH_GAP
        # Wider than single spacing, the next line continues a paragraph only where the text wrapped onto
        # it: lines spaced out like a cover page's ("Membership:" / "Councillors …") each stand alone.
        self.single = _single_spacing(rows) * WIDE_LINE_TOLERANCE
        self.margin = _right_margin(rows)

    def continues(self, previous: Row, row: Row) -> bool:
        """Same paragraph: the next line at the usual step, or across a page turn mid-sentence (the next
        page's line in lower case, or after a full line that ended no sentence)."""
        if row.page_index != previous.page_index:
            return continues_over_page(row.text) or (
                not SENTENCE_END.search(previous.text) and self.margin is not None
                and previous.line.x1 >= self.margin - 2 and _would_not_fit(previous, row, self.margin))
        step = row.top - previous.top
        return 0 < step <= self.reach and (step <= self.single or (
            self.margin is not None and _wrapped_onto(previous, row, self.margin)))


SENTENCE_END = re.compile(r"[.:;!?]\W*$")
# Marks that open a bullet, or are a dash that the text wrapped before ("… & 221572" / "– 221730 reported …").
DASHES = ("-", "–", "—")


def _dash_wrapped(previous: Row, row: Row, margin: float | None) -> bool:
    """A line opening with a dash, from the same left edge as a line above that was full: a dash of the
    sentence, wrapped to the line's start, not a bullet."""
    return (row.text.lstrip()[:1] in DASHES and abs(previous.line.x0 - row.line.x0) <= 2
            and margin is not None and _would_not_fit(previous, row, margin))


def _outdented_number(previous: Row, row: Row) -> bool:
    """A numbered line left of the line above: the next item of a list set with hanging indents ("(2) Endorse
    …" under the wrapped lines of "(1)"), however closely the items are set."""
    return row.line.x0 < previous.line.x0 - 2 and bool(RECOMMENDATION_NUMBER.match(row.text))


# How a list item ends before the next one: a sentence's end, or "…; and".
ITEM_END = re.compile(r"(?:[.:;!?]|\b(?:and|or))\W*$")


def _next_numbered_item(group: list[Row], row: Row) -> bool:
    """A numbered line from the left edge of the numbered line that opened this paragraph, after an item that
    ended: the next item of the list ("1. That the Committee notes …." / "2. That the Committee …"), however
    closely the items are set. A number wrapped to a line's start ("… paragraph" / "3.2 above") ends nothing."""
    first, this = RECOMMENDATION_NUMBER.match(group[0].text), RECOMMENDATION_NUMBER.match(row.text)
    if not (first and this and group[0].line and row.line) or abs(group[0].line.x0 - row.line.x0) > 2:
        return False
    shape = [re.sub(r"\d+|[a-z]+", "n", m.group("number")) for m in (first, this)]
    return shape[0] == shape[1] and bool(ITEM_END.search(group[-1].text))


def paragraphs(rows: list[Row]) -> list[list[Row]]:
    """Group line rows into paragraphs; each table stays one group; a bullet starts a new paragraph."""
    spacing = _Spacing(rows)
    groups: list[list[Row]] = []
    for row in rows:
        previous = groups[-1][-1] if groups else None
        same_table = previous is not None and row.table is not None and previous.table is row.table
        continues = (previous is not None and row.line is not None and previous.line is not None
                     and spacing.continues(previous, row)
                     and (not is_bullet(row.text) or _dash_wrapped(previous, row, spacing.margin))
                     and not _outdented_number(previous, row) and not _next_numbered_item(groups[-1], row)
                     and row.line.bold == previous.line.bold)
        if same_table or continues:
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


def _numbered_heading(text: str):
    return SECTION_HEADING.match(text) or NUMBERED_PARAGRAPH.match(text)


def _looks_like_heading(text: str) -> bool:
    numbered = _numbered_heading(text)
    if numbered:
        text = (numbered.group("title") if "title" in numbered.groupdict() else numbered.group("text")).strip("*")
    return (len(text.split()) <= HEADING_MAX_WORDS and not text.endswith((".", ",", ";", ":"))
            and text[:1].isupper() and "," not in text and not find_date(text) and not CAPTION.match(text)
            and any(len(word) >= 3 and word.isalpha() for word in text.split()))  # not "N/A"


def _alone(group: list[Row] | None) -> bool:
    """A line standing alone, not a list item: a heading, a key's entry, a line of a signature or address."""
    return group is not None and len(group) == 1 and group[0].table is None and not is_bullet(group[0].text)


def _running_text(group: list[Row] | None) -> bool:
    """Text a heading can head: a paragraph, a list, or a line too long to be a heading."""
    if group is None or group[0].table is not None:
        return False
    text = group[0].text
    return len(group) > 1 or is_bullet(text) or len(text.split()) > HEADING_MAX_WORDS


class _Headings:
    """Which lines standing alone are the document's headings.

    A numbered one ("3.2 Admissions") is, by the document's own numbering; one set in bold or
    larger type is when something follows it to head; an unnumbered line in the body's type only
    when it stands between running text and the text it heads. Runs of short lines — a table's
    key ("KEY" / "HTP Hard To Place"), a signature ("Malcolm W Taylor" / "Strategic Lead …"), a
    job title wrapped onto a line of its own ("… Equalities" / "Manager") — are not headings.
    """

    def __init__(self, rows: list[Row], groups: list[list[Row]]):
        self.body_size = _body_size(rows)
        self.groups = groups

    def _at(self, index: int) -> list[Row] | None:
        return self.groups[index] if 0 <= index < len(self.groups) else None

    def _set_apart(self, group: list[Row] | None) -> bool:
        line = group[0].line if group else None
        return bool(line and (line.bold or (self.body_size and line.size > self.body_size * LARGER_TYPE)))

    def _certain(self, group: list[Row] | None) -> bool:
        """A heading by numbering or type, whatever surrounds it."""
        return (_alone(group) and _looks_like_heading(group[0].text)
                and (bool(_numbered_heading(group[0].text)) or self._set_apart(group)))

    def is_heading(self, index: int) -> bool:
        group, before, after = self.groups[index], self._at(index - 1), self._at(index + 1)
        if not _alone(group) or not _looks_like_heading(group[0].text):
            return False
        if _numbered_heading(group[0].text):
            return True
        heads = _running_text(after) or self._certain(after) or (after is not None and after[0].table is not None)
        if self._set_apart(group):
            return heads
        follows_text = before is None or not _alone(before) or _running_text(before) or self._certain(before)
        return follows_text and _running_text(after)


def table_block(cells: list[list[str]]) -> list[Block]:
    """A table; a first row holding one cell only is its title, printed across it."""
    if len(cells) > 1 and len(cells[0]) > 1 and sum(1 for c in cells[0] if c.strip()) == 1:
        return [Paragraph(text=next(c for c in cells[0] if c.strip())), Table(rows=cells[1:])]
    return [Table(rows=cells)]


def continue_table(table: Table, cells: list[list[str]]) -> None:
    """The rows a table runs on with over a page: its header, when printed again, once; a row cut by the
    page turn made whole again."""
    if cells and cells[0] == table.rows[0]:
        cells = cells[1:]
    if cells and not cells[0][0].strip():
        table.rows[-1] = [f"{a} {b}".strip() for a, b in zip(table.rows[-1], cells[0])]
        cells = cells[1:]
    table.rows.extend(cells)


def table_runs_on(previous: Block | None, cells: list[list[str]]) -> bool:
    """A table straight after another one with its columns carries it on: over a page turn (perhaps
    past a page holding only the running title), or where the reader cut it at a gap."""
    return isinstance(previous, Table) and len(previous.rows[0]) == len(cells[0])


def _repeated_lines(rows: list[Row]) -> set[str]:
    """Lines printed on more than one page: a running title the page's furniture did not take away."""
    pages = Counter(text for text, _ in {(r.text, r.page_index) for r in rows if r.line})
    return {text for text, count in pages.items() if count > 1}


def blocks_from_rows(rows: list[Row]) -> list[Block]:
    """Rows as Markdown blocks: tables, bullet lists, headings, paragraphs."""
    groups = paragraphs(rows)
    headings = _Headings(rows, groups)
    repeated = _repeated_lines(rows)
    blocks: list[Block] = []
    after_table = False  # the blocks end with a table, and only running titles have come since
    for index, group in enumerate(groups):
        first = group[0]
        if first.table is not None:
            cells = [list(r.cells) for r in group]
            if after_table and table_runs_on(blocks[-1], cells):
                continue_table(blocks[-1], cells)  # type: ignore[arg-type]
            else:
                blocks += table_block(cells)
            after_table = True
            continue
        if after_table and _alone(group) and first.text in repeated:
            continue  # a running title between a table and where it carries on
        after_table = False
        text = join_wrapped([r.text for r in group])
        if is_bullet(text):
            item = strip_bullet(text)
            if blocks and isinstance(blocks[-1], ListBlock):
                blocks[-1].items.append(item)
            else:
                blocks.append(ListBlock(items=[item]))
        elif headings.is_heading(index):
            blocks.append(Heading(text=text, level=3 if NUMBERED_PARAGRAPH.match(text) else 2))
        else:
            blocks.append(Paragraph(text=text))
    return blocks


def _column_edge(rows: list[Row]) -> float | None:
    """The right edge that wrapped lines reach: the x1 most lines share (to the point)."""
    ends = Counter(round(r.line.x1) for r in rows if r.line and len(r.text.split()) >= FULL_LINE_WORDS)
    edge, count = ends.most_common(1)[0] if ends else (None, 0)
    return float(edge) if count >= 2 else None


def _right_margin(rows: list[Row]) -> float | None:
    """Where the text's lines end at the furthest, justified or not."""
    ends = [r.line.x1 for r in rows if r.line and len(r.text.split()) >= FULL_LINE_WORDS]
    return max(ends) if ends else None


def _wrapped_onto(previous: Row, row: Row, edge: float) -> bool:
    """The next line's first word would not have fitted after the previous line: the text wrapped."""
    if not (previous.line and row.line) or previous.page_index != row.page_index:
        return False
    if previous.line.x1 > edge + 2 or abs(previous.line.x0 - row.line.x0) > 2:
        return False
    return _would_not_fit(previous, row, edge)


def _would_not_fit(previous: Row, row: Row, edge: float) -> bool:
    """The next line's first word would not have fitted at the end of the line above: the text wrapped there."""
    char_width = (previous.line.x1 - previous.line.x0) / max(1, len(previous.text))
    first_word = row.text.split()[0] if row.text.split() else ""
    return previous.line.x1 + char_width * (len(first_word) + 1) > edge


def _text_edges(rows: list[Row]) -> dict[int, float]:
    """Each page's right edge of the text: where its longest lines of running text end."""
    edges: dict[int, float] = {}
    for row in rows:
        if row.line and len(row.text.split()) >= FULL_LINE_WORDS:
            edges[row.page_index] = max(edges.get(row.page_index, 0.0), row.line.x1)
    return edges


# Lines of one cell follow each other at single spacing, at most this many times their type size.
SINGLE_SPACED = 1.5
# A cell narrower than this share of the text's width is a column of a table, not the text itself.
NARROW_CELL = 0.75
# A value's second line hangs this much (points) right of the label's line, under the value's start.
HANGING_INDENT = 20.0


def _wrapped_in_cell(previous: Row, row: Row, edge: float | None) -> bool:
    """Two short lines at single spacing, in the same type, from the same left edge: one cell's text wrapped
    at the edge of a narrow column (a Word table without borders: "Children's Services Overview" / "and
    Scrutiny Committee")."""
    a, b = previous.line, row.line
    if not (a and b and edge) or previous.page_index != row.page_index:
        return False
    narrow = a.x0 + (edge - a.x0) * NARROW_CELL
    return (0 < b.top - a.top <= b.size * SINGLE_SPACED and abs(a.x0 - b.x0) <= 2 and abs(a.size - b.size) < 0.3
            and a.bold == b.bold and a.text.isupper() == b.text.isupper() and a.x1 < narrow and b.x1 < narrow)


def _hangs_under(previous: Row, row: Row) -> bool:
    """The next line at single spacing, in the same type, indented under where the value above began: the
    value wrapped ("From: Roger Gough, Leader of the Council" / "Dylan Jeffrey, Cabinet Member for …")."""
    a, b = previous.line, row.line
    if not (a and b) or previous.page_index != row.page_index:
        return False
    return (0 < b.top - a.top <= b.size * SINGLE_SPACED and b.x0 >= a.x0 + HANGING_INDENT
            and abs(a.size - b.size) < 0.3 and a.bold == b.bold)


def _field_of_its_own(previous: Row, row: Row) -> bool:
    """A date, or a whole committee's name, ends a cell: "… Committee" / "11 July 2017" are two fields."""
    return bool(find_date(previous.text) or find_date(row.text) or COMMITTEE_LINE.match(previous.text))


def unwrap(rows: list[Row], starts_field, page_rows: list[Row] | None = None) -> list[Row]:
    """Join lines that wrapped inside a table column without borders back into one row each: lines that
    reach the column's edge, short lines set alike at single spacing (a narrow cell's), or a value's lines
    hanging under its start.

    ``starts_field(text)`` says whether a line opens a new field (a label), which never continues the one above.
    ``page_rows``: the rest of the page, whose full lines show the column's edge where ``rows`` hold too few
    (a memo's few fields, one of them wrapped).
    """
    edge = _column_edge(rows) or (_column_edge(page_rows) if page_rows else None)
    text_edges = _text_edges(rows)
    out: list[Row] = []
    for row in rows:
        previous = out[-1] if out else None
        if previous is not None and not starts_field(row.text) and (_hangs_under(previous, row) or (
                not _field_of_its_own(previous, row)
                and ((edge is not None and _wrapped_onto(previous, row, edge))
                     or _wrapped_in_cell(previous, row, text_edges.get(row.page_index))))):
            # The joined line keeps the first line's left edge and the last line's place: the next line's
            # step is measured from the last one.
            merged = dataclasses.replace(previous.line, text=f"{previous.text} {row.text}", x1=row.line.x1,
                                         top=row.line.top, bottom=row.line.bottom)
            out[-1] = dataclasses.replace(previous, cells=[merged.text], line=merged)
        else:
            out.append(row)
    return out


# A label in a table's first cell is a few words ("Meeting", "Date of meeting").
FIELD_LABEL_MAX_WORDS = 3


def cells_as_field(cells: list[str]) -> str:
    """A row of two cells, a short label beside its value, read as a field: "Meeting | Planning Committee"
    is "Meeting: Planning Committee"; any other row is its cells' words."""
    filled = [clean_spaces(c) for c in cells if c and c.strip()]
    if len(filled) == 2 and len(filled[0].split()) <= FIELD_LABEL_MAX_WORDS and not re.search(r"\d", filled[0]):
        return f"{filled[0].rstrip(' :')}: {filled[1]}"
    return clean_spaces(" ".join(filled))
