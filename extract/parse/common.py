"""What every parser needs: the source block, and lines → paragraphs."""

from __future__ import annotations

from statistics import median

from extract.model import Source
from extract.read import Line, PdfText
from extract.rows import continues_over_page
from extract.split import DocumentSpan


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
