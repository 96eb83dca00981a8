"""Documents with no recognised structure: keep all the text, invent nothing."""

from __future__ import annotations

from extract.model import Other, Review
from extract.parse.common import source_of
from extract.parse.heading import read_heading
from extract.read import PdfText
from extract.rows import blocks_from_rows
from extract.split import DocumentSpan
from extract.text import language_of

def parse(span: DocumentSpan, pdf: PdfText) -> Other:
    heading = read_heading(span.pages)
    meeting = span.meeting  # a document inside an agenda pack belongs to the pack's meeting
    committee = (meeting and meeting.committee) or heading.committee or "Unsorted"
    language = language_of(" ".join(ln.text for ln in span.lines))
    if language != "English":
        reason = f"written in {language}: no minutes, agenda or report structure recognised"
        warnings = [f"document in {language}: no structure recognised, kept as an 'other' record with its text"]
    elif meeting:
        reason, warnings = "a paper of the agenda pack with no report or minutes structure", []
    else:
        reason = "no minutes, agenda or report structure recognised"
        warnings = ["no committee document recognised: kept as an 'other' record with its text"]
    # A paper of a pack takes the pack's meeting; a paper on its own is for review: what kind it is, and
    # whatever its heading leaves in doubt.
    review = [] if meeting else [Review(field="kind", why=reason)] + heading.review()
    return Other(body=(meeting and meeting.body) or heading.body, committee=committee,
                 date=(meeting and meeting.date) or heading.date, title=_title(span, committee) or pdf.file,
                 source=source_of(span, pdf), content=blocks_from_rows(span.rows), reason=reason, warnings=warnings,
                 item=span.item if meeting else None, review=review)


def _title(span: DocumentSpan, committee: str) -> str | None:
    """The first line that is not the committee's name, without stray bold markers."""
    for line in span.lines:
        text = line.text.strip("* ")
        if text and text.lower() != committee.lower():
            return text[:120]
    return None
