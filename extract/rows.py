"""Pages as one stream of rows: each text line, and each row of a ruled table.

Splitting and the agenda/report parsers read documents row by row whether a
cover block or an agenda list was printed as a ruled table (one row, several
cells) or as plain lines (one row, one cell), so the same rules serve both.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field

from extract.model import Block, Heading, ListBlock, Paragraph, Table
from extract.patterns import BULLET, NUMBERED_PARAGRAPH, SECTION_HEADING
from extract.read import Line, Page, TableRegion
from extract.text import clean_spaces, find_date, join_wrapped


@dataclass
class Row:
    page_index: int  # index into the list of pages the rows were made from
    top: float  # where the row's line or table starts on its page
    cells: list[str]
    line: Line | None = None  # the text line, for rows that are lines
    table: TableRegion | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return clean_spaces(" ".join(c for c in self.cells if c))

    @property
    def x0(self) -> float | None:
        return self.line.x0 if self.line else None


def page_rows(page: Page, page_index: int) -> list[Row]:
    rows = [Row(page_index, line.top, [line.text], line=line) for line in page.lines]
    for table in page.tables:
        rows += [Row(page_index, table.top, list(cells), table=table) for cells in table.rows]
    # sorted() is stable, so a table's rows keep their order at the table's top.
    return sorted(rows, key=lambda row: row.top)


def rows_of(pages: list[Page]) -> list[Row]:
    return [row for index, page in enumerate(pages) for row in page_rows(page, index)]


# A wider gap than this (times the usual line step) starts a new paragraph.
PARAGRAPH_GAP = 1.45
HEADING_MAX_WORDS = 10
# A line filled to a column's edge holds at least this many words.
FULL_LINE_WORDS = 3
# Line step of single-spaced text, as a multiple of the type size.
SINGLE_SPACING = 1.45


def strip_bullet(text: str) -> str:
    return BULLET.sub("", text, count=1).strip()


def is_bullet(text: str) -> bool:
    return bool(BULLET.match(text)) and len(strip_bullet(text)) < len(text.strip())


def _usual_step(rows: list[Row]) -> float:
    """The line step inside a paragraph: the smallest step that recurs (wider ones are paragraph gaps)."""
    steps = sorted(round(b.top - a.top, 1) for a, b in zip(rows, rows[1:])
                   if a.line and b.line and a.page_index == b.page_index and 0 < b.top - a.top < 40)
    sizes = sorted(r.line.size for r in rows if r.line and r.line.size)
    # Where every paragraph is one line, no step recurs inside a paragraph: fall back on the type size.
    widest = sizes[len(sizes) // 2] * SINGLE_SPACING if sizes else 14.0
    recurring = max(2, len(steps) // 10)
    for step in steps:
        if sum(1 for s in steps if abs(s - step) <= 1.5) >= recurring:
            return min(step, widest)
    return widest


def _continues(previous: Row, row: Row, step: float) -> bool:
    """Same paragraph: the next line at the usual step, or across a page turn mid-sentence."""
    if row.page_index != previous.page_index:
        return row.text[:1].islower()
    return 0 < row.top - previous.top <= step * PARAGRAPH_GAP


def paragraphs(rows: list[Row]) -> list[list[Row]]:
    """Group line rows into paragraphs; each table stays one group; a bullet starts a new paragraph."""
    step = _usual_step(rows)
    groups: list[list[Row]] = []
    for row in rows:
        previous = groups[-1][-1] if groups else None
        same_table = previous is not None and row.table is not None and previous.table is row.table
        continues = (previous is not None and row.line is not None and previous.line is not None
                     and _continues(previous, row, step)
                     and not is_bullet(row.text) and row.line.bold == previous.line.bold)
        if same_table or continues:
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


def _looks_like_heading(text: str) -> bool:
    numbered = SECTION_HEADING.match(text) or NUMBERED_PARAGRAPH.match(text)
    if numbered:
        text = (numbered.group("title") if "title" in numbered.groupdict() else numbered.group("text")).strip("*")
    return (len(text.split()) <= HEADING_MAX_WORDS and not text.endswith((".", ",", ";", ":"))
            and text[:1].isupper() and "," not in text and not find_date(text))


def _add_table(blocks: list[Block], cells: list[list[str]], runs_on: bool) -> None:
    """A table that runs on from the previous page joins it; a row cut by the page turn is made whole again."""
    previous = blocks[-1] if blocks else None
    if not (runs_on and isinstance(previous, Table) and len(previous.rows[0]) == len(cells[0])):
        blocks.append(Table(rows=cells))
        return
    if not cells[0][0].strip():
        previous.rows[-1] = [f"{a} {b}".strip() for a, b in zip(previous.rows[-1], cells[0])]
        cells = cells[1:]
    previous.rows.extend(cells)


def blocks_from_rows(rows: list[Row]) -> list[Block]:
    """Rows as Markdown blocks: tables, bullet lists, headings (short standalone lines), paragraphs."""
    blocks: list[Block] = []
    last_table_page = None
    for group in paragraphs(rows):
        if group[0].table is not None:
            page = group[0].page_index
            _add_table(blocks, [list(r.cells) for r in group], runs_on=last_table_page == page - 1)
            last_table_page = page
            continue
        text = join_wrapped([r.text for r in group])
        if is_bullet(text):
            item = strip_bullet(text)
            if blocks and isinstance(blocks[-1], ListBlock):
                blocks[-1].items.append(item)
            else:
                blocks.append(ListBlock(items=[item]))
        elif len(group) == 1 and _looks_like_heading(text):
            blocks.append(Heading(text=text, level=3 if NUMBERED_PARAGRAPH.match(text) else 2))
        else:
            blocks.append(Paragraph(text=text))
    return blocks


def _column_edge(rows: list[Row]) -> float | None:
    """The right edge that wrapped lines reach: the x1 most lines share (to the point)."""
    ends = Counter(round(r.line.x1) for r in rows if r.line and len(r.text.split()) >= FULL_LINE_WORDS)
    edge, count = ends.most_common(1)[0] if ends else (None, 0)
    return float(edge) if count >= 2 else None


def _wrapped_onto(previous: Row, row: Row, edge: float) -> bool:
    """The next line's first word would not have fitted after the previous line: the text wrapped."""
    if not (previous.line and row.line) or previous.page_index != row.page_index:
        return False
    if previous.line.x1 > edge + 2 or abs(previous.line.x0 - row.line.x0) > 2:
        return False
    char_width = (previous.line.x1 - previous.line.x0) / max(1, len(previous.text))
    first_word = row.text.split()[0] if row.text.split() else ""
    return previous.line.x1 + char_width * (len(first_word) + 1) > edge


def unwrap(rows: list[Row], starts_field) -> list[Row]:
    """Join lines that wrapped inside a borderless table column back into one row each.

    ``starts_field(text)`` says whether a line opens a new field (a label), which never continues the one above.
    """
    edge = _column_edge(rows)
    out: list[Row] = []
    for row in rows:
        previous = out[-1] if out else None
        if (edge is not None and previous is not None and not starts_field(row.text)
                and _wrapped_onto(previous, row, edge)):
            merged = dataclasses.replace(previous.line, text=f"{previous.text} {row.text}", x1=row.line.x1)
            out[-1] = dataclasses.replace(previous, cells=[merged.text], line=merged)
        else:
            out.append(row)
    return out
