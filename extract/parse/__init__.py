"""Stage 3, parse: each kind of document span → its typed record."""

from __future__ import annotations

from extract.exempt import merged_paragraphs
from extract.markup import tidy_record
from extract.model import Record
from extract.read import PdfText
from extract.split import DocumentSpan


def parse_span(span: DocumentSpan, pdf: PdfText) -> Record:
    from extract.parse import agenda, minutes, other, report

    parser = {"minutes": minutes.parse, "agenda": agenda.parse, "report": report.parse,
              "appendix": report.parse_appendix}.get(span.kind, other.parse)
    record = tidy_record(parser(span, pdf))  # markup the text layer carries: emphasis kept, residue removed
    record.warnings = span.warnings + record.warnings
    record.details = span.details + record.details
    if span.exemption:
        record.warnings.append(f"not for publication (marked '{span.exemption.marking}'): only that it exists "
                               f"is published")
        record.exempt = True
        record.exempt_paragraphs = merged_paragraphs(span.exemption) + [
            p for p in record.exempt_paragraphs if p not in span.exemption.paragraphs]
    return record
