"""Stage 3, parse: each kind of document span → its typed record."""

from __future__ import annotations

from extract.model import Record
from extract.read import PdfText
from extract.split import DocumentSpan


def parse_span(span: DocumentSpan, pdf: PdfText) -> Record:
    from extract.parse import agenda, minutes, other, report

    parser = {"minutes": minutes.parse, "agenda": agenda.parse, "report": report.parse,
              "appendix": report.parse_appendix}.get(span.kind, other.parse)
    record = parser(span, pdf)
    record.warnings = span.warnings + record.warnings
    return record
