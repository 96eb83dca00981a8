"""Officers' reports and their appendices → :class:`Report` / :class:`Appendix`."""

from __future__ import annotations

from extract.model import Appendix, Report
from extract.parse.common import blocks_from_span, meeting_heading, source_of
from extract.read import PdfText
from extract.split import DocumentSpan


def parse(span: DocumentSpan, pdf: PdfText) -> Report:
    heading = meeting_heading(span.lines)
    title = span.lines[2].text if len(span.lines) > 2 else pdf.file
    return Report(body=heading.body, committee=heading.committee or "Unknown committee",
                  date=heading.date, title=title, source=source_of(span, pdf),
                  content=blocks_from_span(span))


def parse_appendix(span: DocumentSpan, pdf: PdfText) -> Appendix:
    heading = meeting_heading(span.lines)
    title = span.lines[0].text if span.lines else "Appendix"
    return Appendix(body=heading.body, committee=heading.committee or "Unknown committee",
                    date=heading.date, title=title, source=source_of(span, pdf),
                    content=blocks_from_span(span))
