"""Stage 2, split: the pages of one PDF → the documents inside it.

A stand-alone minutes or report PDF is one document; an agenda pack holds a
front sheet, the previous meeting's minutes, reports and appendices.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.read import Line, Page, PdfText
from extract.patterns import KIND_MARKERS


@dataclass
class DocumentSpan:
    kind: str  # minutes | agenda | report | appendix | other
    pages: list[Page]
    warnings: list[str] = field(default_factory=list)

    @property
    def lines(self) -> list[Line]:
        return [line for page in self.pages for line in page.lines]

    @property
    def physical_pages(self) -> list[int]:
        return [self.pages[0].number, self.pages[-1].number] if self.pages else []

    @property
    def printed_pages(self) -> str | None:
        first, last = self.pages[0].printed, self.pages[-1].printed
        if first and last:
            return first if first == last else f"{first}-{last}"
        return None


def classify(pages: list[Page]) -> str:
    """Guess a document's kind from the opening lines of its first page."""
    opening = " \n".join(line.text for page in pages[:1] for line in page.lines[:25])
    for kind, marker in KIND_MARKERS:
        if marker.search(opening):
            return kind
    return "other"


def split(pdf: PdfText) -> list[DocumentSpan]:
    return [DocumentSpan(kind=classify(pdf.pages), pages=pdf.pages)] if pdf.pages else []
