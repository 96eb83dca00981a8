"""What every parser needs: the source block, and lines → paragraphs."""

from __future__ import annotations

from statistics import median

from extract.model import Block, Heading, Paragraph, Source
from extract.read import Line, PdfText
from extract.rows import continue_table, continues_over_page, table_block, table_runs_on
from extract.split import DocumentSpan
from extract.text import join_wrapped


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
    """Group lines into paragraphs: a new one starts after a wider gap, or a page turn that does not
    fall mid-sentence."""
    if not lines:
        return []
    gap = line_gap(lines)
    groups: list[list[Line]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        step = line.top - prev.top  # the next page's lines start higher up the page
        if (step <= 0 and not continues_over_page(line.text)) or step > gap * 1.45 or line.bold != prev.bold:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def blocks_from_span(span: DocumentSpan) -> list[Block]:
    """The span's text as paragraphs and tables in reading order; bold short lines become headings."""
    blocks: list[Block] = []
    after_table = False  # the blocks end with a table
    for page in span.pages:
        items: list[tuple[float, object]] = [(t.top, t) for t in page.tables]
        for group in paragraphs(page.lines):
            items.append((group[0].top, group))
        for _, item in sorted(items, key=lambda pair: pair[0]):
            if hasattr(item, "rows"):
                cells = [list(row) for row in item.rows]
                if after_table and table_runs_on(blocks[-1], cells):
                    continue_table(blocks[-1], cells)  # type: ignore[arg-type]
                else:
                    blocks += table_block(cells)
                after_table = True
                continue
            after_table = False
            text = join_wrapped([ln.text for ln in item])
            if all(ln.bold for ln in item) and len(text) < 120:
                blocks.append(Heading(text=text, level=2))
            else:
                blocks.append(Paragraph(text=text))
    return blocks
