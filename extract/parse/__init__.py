"""Stage 3, parse: each kind of document span → its typed record."""

from __future__ import annotations

import re
from collections import Counter

from extract.exempt import merged_paragraphs
from extract.markup import tidy_record
from extract.model import Record, Review
from extract.read import PdfText
from extract.split import DocumentSpan


UNNAMED_AUTHORITY = "no authority is named in the document's text: it may be printed only in a logo"


def parse_span(span: DocumentSpan, pdf: PdfText) -> Record:
    from extract.parse import agenda, minutes, other, report

    parser = {"minutes": minutes.parse, "agenda": agenda.parse, "report": report.parse,
              "appendix": report.parse_appendix}.get(span.kind, other.parse)
    record = tidy_record(parser(span, pdf))  # markup the text layer carries: emphasis kept, residue removed
    record.committee = committee_as_written(record.committee, span, pdf)
    record.warnings = span.warnings + record.warnings
    record.details = span.details + record.details
    if record.body is None:  # a council names itself in its logo, which has no text: the officer knows which it is
        record.review.append(Review(field="body", why=UNNAMED_AUTHORITY))
    if span.exemption:
        record.warnings.append(f"not for publication (marked '{span.exemption.marking}'): only that it exists "
                               f"is published")
        record.exempt = True
        record.exempt_paragraphs = merged_paragraphs(span.exemption) + [
            p for p in record.exempt_paragraphs if p not in span.exemption.paragraphs]
    return record


def committee_as_written(name: str | None, span: DocumentSpan, pdf: PdfText) -> str | None:
    """A committee printed in capitals on a cover or heading ("CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY
    PANEL") as the document's own text writes it in mixed case ("The Children and Families Overview and
    Scrutiny Panel is asked to:"), its commonest such form; the document's lines first, then its PDF's.
    A form in sentence case ("Children and families …") is not a name's, and capitals stay where no other is.
    """
    words = re.findall(r"[^\W_]+", name or "")
    if not name or not name.isupper() or len(words) < 2:
        return name
    # "YOUNG PEOPLE" is "Young People's" where the text says so; a name may wrap from line to line
    written = re.compile(r"(?<!\w)" + r"\W+".join(re.escape(w) + r"(?:['’]s)?" for w in words) + r"(?!\w)", re.I)
    for pages in (span.pages, pdf.pages):
        text = " ".join(line.text for page in pages for line in page.lines)
        found = Counter(" ".join(m.group().split()) for m in written.finditer(text))
        proper = [form for form in found if not form.isupper() and form[0].isupper() and form.split()[-1][0].isupper()]
        if proper:
            return max(proper, key=lambda form: found[form])
    return name
