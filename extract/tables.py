"""Tables printed without rules: rebuild their cells from word positions.

pdfplumber finds ruled tables (the reader keeps them as TableRegion); a
borderless table reaches us as run-on lines ("Rate of referrals 475 620 359
548"). Such lines are set apart by wide gaps between words, so a page whose
lines are unusually sparse is re-read word by word: lines with two or more
gap-separated segments are table rows, the segments' left edges give the
columns, and lines that continue a wrapped cell join the row above — or, where
the cells are set in the middle of their rows, the row whose number they sit
evenly about.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from statistics import median

from extract.patterns import ITEMS_TABLE_HEADER
from extract.read import Line, Page, TableRegion, read_words

# A line whose width per character is this many times the page's usual one has wide gaps: maybe a table row.
SPARSE_LINE = 1.6
# A page is re-read word by word when it has at least this many sparse lines.
SPARSE_LINES_PER_PAGE = 3
# A gap this wide (points) between words separates table cells, not words.
CELL_GAP = 15.0
# Left edges closer than this (points) belong to the same column.
COLUMN_TOLERANCE = 8.0
# A column's left edge is shared by at least this share of the table's rows.
COLUMN_SHARE = 0.3
# Words whose tops differ by less than this (points) are on the same line.
SAME_LINE = 2.0
MIN_TABLE_ROWS = 3
# Gutters in a line of an items table: two (three cells); one is a number's gap before its title.
MIN_GUTTERS = 2
# Lines of wrapped cell text that may sit between two table-row lines.
MAX_LINES_BETWEEN_ROWS = 3
# Lines of a long cell wrapped beside a row's number set in the middle of its row, right of the first column.
MAX_WRAPPED_LINES = 8
# Rows set apart by cell padding: a gap this many times the line pitch inside a cell parts two rows.
ROW_GAP = 1.3


def _char_width(line: Line) -> float:
    return (line.x1 - line.x0) / max(1, len(line.text))


def _has_sparse_lines(page: Page) -> bool:
    if page.tables or len(page.lines) < SPARSE_LINES_PER_PAGE:
        return False
    usual = median(_char_width(line) for line in page.lines)
    return sum(1 for line in page.lines if _char_width(line) > usual * SPARSE_LINE) >= SPARSE_LINES_PER_PAGE


def _has_items_table(page: Page) -> bool:
    """Column heads in columns of their own ("Item | Title | Lead | Time") over lines set in three columns or
    more, by the gutters the reader measured ("1 | Joint Local Health and Wellbeing Strategy | Director of
    Public Health | 2.15"), however full each cell is."""
    head = next((i for i, line in enumerate(page.lines) if line.columns and ITEMS_TABLE_HEADER.match(line.text)), None)
    return (not page.tables and head is not None
            and sum(1 for line in page.lines[head + 1:] if len(line.columns) >= MIN_GUTTERS) >= SPARSE_LINES_PER_PAGE)


def add_borderless_tables(path: Path, pages: list[Page], *, items_table_only: bool = False) -> None:
    """Give pages whose tables were printed without rules their TableRegions, in place of the run-on lines.

    ``items_table_only``: only pages with a table of items under column heads (an agenda's items beside
    their lead officer and time); an agenda's lines are sparse anyway (a number, a short title, its pages)."""
    wanted = [page for page in pages if _has_items_table(page) or (not items_table_only and _has_sparse_lines(page))]
    if not wanted or not Path(path).is_file():  # pages built in memory have no words to re-read
        return
    words = read_words(Path(path), sorted({page.number for page in wanted}))
    for page in wanted:
        _replace_lines(page, _segmented_lines(words[page.number]))


@dataclasses.dataclass
class _Segment:
    x0: float
    text: str
    words: list[dict] = dataclasses.field(default_factory=list)


def _segmented_lines(words: list[dict]) -> list[tuple[float, list[_Segment]]]:
    """Words grouped into lines (by top), each line split into segments at wide gaps."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) < SAME_LINE:
            lines[-1].append(word)
        else:
            lines.append([word])
    out = []
    for words_of_line in lines:
        words_of_line.sort(key=lambda w: w["x0"])
        segments = [_Segment(words_of_line[0]["x0"], words_of_line[0]["text"], [words_of_line[0]])]
        for before, word in zip(words_of_line, words_of_line[1:]):
            if word["x0"] - before["x1"] >= CELL_GAP:
                segments.append(_Segment(word["x0"], word["text"], [word]))
            else:
                segments[-1].text += " " + word["text"]
                segments[-1].words.append(word)
        out.append((words_of_line[0]["top"], segments))
    return out


def _replace_lines(page: Page, segmented: list[tuple[float, list[_Segment]]]) -> None:
    tabular = [i for i, (_, segments) in enumerate(segmented) if len(segments) >= 2]
    for first, last in _regions(tabular, segmented):
        while last + 1 < len(segmented) and _continues_cell(segmented[last + 1][1][0].text):
            last += 1
        region = segmented[first:last + 1]
        row_lines = [i for i in tabular if first <= i <= last]
        columns = _columns([s for i in row_lines for s in segmented[i][1]], len(row_lines))
        top, bottom = region[0][0], region[-1][0]
        inside = [ln for ln in page.lines if top - 1 <= ln.top <= bottom + 1]
        if not inside:
            continue  # the region lies on the part of the page that belongs to another document
        page.lines = [ln for ln in page.lines if not top - 1 <= ln.top <= bottom + 1]
        page.tables.append(TableRegion(top=top, bottom=max(ln.bottom for ln in inside), rows=_rows(region, columns)))
    page.tables.sort(key=lambda t: t.top)


def _regions(tabular: list[int], segmented: list[tuple[float, list[_Segment]]]) -> list[tuple[int, int]]:
    """Runs of table-row lines, at most a few wrapped-cell lines apart (more where the lines between them sit
    right of the rows' first column, a long title wrapped in its cell, but for one: a section's row), long
    enough to be a table."""
    runs: list[list[int]] = []
    for index in tabular:
        if runs and (index - runs[-1][-1] <= MAX_LINES_BETWEEN_ROWS + 1
                     or _wrapped_cells_between(segmented, runs[-1][-1], index)):
            runs[-1].append(index)
        else:
            runs.append([index])
    return [(run[0], run[-1]) for run in runs if len(run) >= MIN_TABLE_ROWS]


def _wrapped_cells_between(segmented: list[tuple[float, list[_Segment]]], row: int, next_row: int) -> bool:
    between = [segments for _, segments in segmented[row + 1:next_row]]
    left = min(segmented[row][1][0].x0, segmented[next_row][1][0].x0)
    at_left = [len(segments) == 1 and segments[0].x0 <= left + COLUMN_TOLERANCE and segments[0].text
               for segments in between]
    # a section's heading in capitals wrapped in its cell ("PART B –" / "EXEMPT" / "ITEMS") counts once
    lines_at_left = sum(1 for index, text in enumerate(at_left)
                        if text and not (index and at_left[index - 1] and text.isupper() and at_left[index - 1].isupper()))
    return len(between) <= MAX_WRAPPED_LINES and lines_at_left <= 1


def _continues_cell(text: str) -> bool:
    """Text that carries on a wrapped cell: it opens in lower case or with a bracket."""
    return bool(text) and (text[0].islower() or text[0] == "(")


def _columns(segments: list[_Segment], rows: int) -> list[float]:
    """Left edges shared by many rows; a stray edge (a wide gap inside a justified cell) is not a column."""
    lefts = sorted(s.x0 for s in segments)
    clusters: list[list[float]] = []
    for x in lefts:
        if clusters and x - clusters[-1][-1] <= COLUMN_TOLERANCE:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    return [c[0] for c in clusters if len(c) >= max(2, rows * COLUMN_SHARE)] or [lefts[0]]


def _rows(region, columns: list[float]) -> list[list[str]]:
    line_cells = [_cells(segments, columns) for _, segments in region]
    tops = [top for top, _ in region]
    opens = [bool(cells[0]) and not _continues_cell(cells[0]) for cells in line_cells]
    # A section's heading in capitals wrapped in the first column of a row of its own ("PART B –" / "EXEMPT" /
    # "ITEMS"): the lines under its first are its own, whatever the other rows' alignment; the owners are read
    # without them. (A scorecard's section "Looked after children" over a row label "Rate of looked after" is two.)
    section_lines: dict[int, int] = {}
    for index in range(1, len(opens)):
        if (_section_line(line_cells[index]) and _section_line(line_cells[index - 1])
                and (opens[index - 1] or index - 1 in section_lines) and not line_cells[index][0][0].isdigit()):
            section_lines[index] = section_lines.get(index - 1, index - 1)
    kept = [i for i in range(len(opens)) if i not in section_lines]
    kept_tops, kept_opens = [tops[i] for i in kept], [opens[i] for i in kept]
    kept_owners = (_owners_by_gaps(kept_tops, kept_opens)
                   or (_owners_centred(kept_tops, kept_opens) if _centred([line_cells[i] for i in kept], kept_opens)
                       else _owners_top(kept_opens)))
    by_line = {line: kept[owner] for line, owner in zip(kept, kept_owners)}
    owners = [by_line[section_lines.get(i, i)] for i in range(len(opens))]
    rows: dict[int, list[str]] = {}
    for owner, cells in zip(owners, line_cells):
        rows[owner] = [f"{a} {b}".strip() for a, b in zip(rows[owner], cells)] if owner in rows else cells
    return list(rows.values())


def _section_line(cells: list[str]) -> bool:
    """A line of a section's heading: in capitals, in the first cell alone."""
    return bool(cells[0]) and cells[0].isupper() and not any(cells[1:])


def _cells(segments: list[_Segment], columns: list[float]) -> list[str]:
    cells = [""] * len(columns)
    # Word by word: in a narrow justified cell a word may sit close to the next column's edge.
    for word in (w for segment in segments for w in segment.words):
        index = max((i for i, x in enumerate(columns) if x <= word["x0"] + COLUMN_TOLERANCE), default=0)
        cells[index] = f"{cells[index]} {word['text']}".strip()
    return cells


def _owners_by_gaps(tops: list[float], opens: list[bool]) -> list[int] | None:
    """Each line's row where the rows are set apart by more space than a cell's lines (cell padding, as word
    processors set it): the lines between two wider gaps are one row, however its cells are aligned — if each such
    run holds one row's number, else None (lines evenly spaced tell nothing)."""
    gaps = [b - a for a, b in zip(tops, tops[1:])]
    if not gaps:
        return None
    pitch = min(gaps)
    runs: list[list[int]] = [[0]]
    for index, gap in enumerate(gaps, start=1):
        if gap > pitch * ROW_GAP:
            runs.append([index])
        else:
            runs[-1].append(index)
    if len(runs) < 2 or any(sum(opens[i] for i in run) != 1 for run in runs):
        return None
    return [next(i for i in run if opens[i]) for run in runs for _ in run]


def _owners_top(opens: list[bool]) -> list[int]:
    """Cells set at the top of their rows: a line that opens no row carries on the row above."""
    owners, owner = [], 0
    for index, opening in enumerate(opens):
        owner = index if opening else owner
        owners.append(owner)
    return owners


def _centred(line_cells: list[list[str]], opens: list[bool]) -> bool:
    """Cells set in the middle of their rows, by what only they give: a title's wrapped lines between the
    column heads and the first row's number ("Item | Title | Lead" over "Minutes of the meeting held" over
    "3 | matters arising … | Clerk"), or a row's number on a line of its own between two lines of its title
    (a title of an even number of lines centres the number between them)."""
    if (len(line_cells) > 2 and not opens[1] and len(line_cells[1]) > 1 and line_cells[1][1]
            and ITEMS_TABLE_HEADER.match(" ".join(c for c in line_cells[0] if c))):
        return True  # a head wrapped in its cell ("Lead" over "Officer") leaves the titles' column empty
    return any(opening and len(cells) > 1 and not cells[1] and not opens[i - 1] and not opens[i + 1]
               and line_cells[i - 1][1] and line_cells[i + 1][1]
               for i, (opening, cells) in enumerate(zip(opens, line_cells)) if 0 < i < len(opens) - 1)


def _owners_centred(tops: list[float], opens: list[bool]) -> list[int]:
    """Each line's row where the cells are centred: the wrapped lines between two rows' numbers are parted
    where both rows' lines sit evenly about their numbers (least distance between a row's number and the
    middle of its lines, over the whole table)."""
    anchors = [i for i, opening in enumerate(opens) if opening]
    if not anchors:
        return [0] * len(opens)
    first, last = anchors[0], anchors[-1]
    gaps = [b - a - 1 for a, b in zip(anchors, anchors[1:])]  # lines between each row's number and the next's

    def cost(row: int, above: int, below: int) -> float:
        anchor = anchors[row]
        top = tops[0 if row == 0 else anchor - above]
        bottom = tops[len(tops) - 1 if row == len(anchors) - 1 else anchor + below]
        return abs((top + bottom) / 2 - tops[anchor])

    # best[taken] = (cost so far, the lines of each gap given to the row above): ``taken`` of the last gap
    # went to its upper row, the rest to the row below.
    best = {0: (0.0, [])}
    for row in range(len(anchors)):
        gap_below = gaps[row] if row < len(gaps) else 0
        new: dict[int, tuple[float, list[int]]] = {}
        for taken, (so_far, splits) in best.items():
            above = (gaps[row - 1] - taken) if row else 0
            for up in range(gap_below + 1):
                total = so_far + cost(row, above, up)
                if up not in new or total < new[up][0]:
                    new[up] = (total, [*splits, up])
        best = new
    splits = min(best.values())[1]
    owners = [first] * len(opens)
    for row, anchor in enumerate(anchors):
        owners[anchor] = anchor
        if row < len(gaps):
            for offset in range(1, gaps[row] + 1):
                owners[anchor + offset] = anchor if offset <= splits[row] else anchors[row + 1]
    for index in range(last + 1, len(opens)):
        owners[index] = last
    return owners
