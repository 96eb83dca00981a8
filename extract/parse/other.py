"""Documents with no recognised structure: keep all the text, invent nothing."""

from __future__ import annotations

from extract.model import Other
from extract.parse.common import blocks_from_span, meeting_heading, source_of
from extract.patterns import LANGUAGE_WORDS
from extract.read import PdfText
from extract.split import DocumentSpan

# Words of running text read to tell its language.
LANGUAGE_SAMPLE_CHARS = 5000


def parse(span: DocumentSpan, pdf: PdfText) -> Other:
    heading = meeting_heading(span.lines)
    first = next((ln.text for ln in span.lines), pdf.file)
    language = language_of(" ".join(ln.text for ln in span.lines))
    if language != "English":
        reason = f"written in {language}: the parsers read English council documents only"
        warning = f"document in {language}: no structure extracted, kept as an 'other' record with its text"
    else:
        reason = "no minutes, agenda or report structure recognised"
        warning = "no committee document recognised: kept as an 'other' record with its text"
    return Other(body=heading.body, committee=heading.committee or "Unsorted", date=heading.date,
                 title=first[:120], source=source_of(span, pdf), content=blocks_from_span(span),
                 reason=reason, warnings=[warning])


def language_of(text: str) -> str:
    """The language whose function words are most frequent in ``text`` (English when unsure)."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    counts = {language: len(list(words.finditer(sample))) for language, words in LANGUAGE_WORDS.items()}
    best = max(counts, key=counts.get)
    return best if counts[best] > counts["English"] * 1.5 else "English"
