"""Documents with no recognised structure: keep all the text, invent nothing."""

from __future__ import annotations

from extract.model import Other
from extract.parse.common import blocks_from_span, meeting_heading, source_of
from extract.read import PdfText
from extract.split import DocumentSpan


def parse(span: DocumentSpan, pdf: PdfText) -> Other:
    heading = meeting_heading(span.lines)
    first = next((ln.text for ln in span.lines), pdf.file)
    return Other(body=heading.body, committee=heading.committee or "Unsorted", date=heading.date,
                 title=first[:120], source=source_of(span, pdf), content=blocks_from_span(span),
                 reason="no minutes, agenda or report structure recognised",
                 warnings=["no committee document recognised: kept as an 'other' record with its text"])
