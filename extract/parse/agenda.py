"""Agenda front sheets and stand-alone agendas → :class:`~extract.model.Agenda`."""

from __future__ import annotations

from extract.model import Agenda
from extract.parse.common import blocks_from_span, meeting_heading, source_of
from extract.read import PdfText
from extract.split import DocumentSpan


def parse(span: DocumentSpan, pdf: PdfText) -> Agenda:
    heading = meeting_heading(span.lines)
    committee = heading.committee or "Unknown committee"
    return Agenda(body=heading.body, committee=committee, date=heading.date,
                  title=f"Agenda: {committee}" + (f", {heading.date}" if heading.date else ""),
                  source=source_of(span, pdf), content=blocks_from_span(span))
