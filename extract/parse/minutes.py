"""Minutes → :class:`~extract.model.Minutes`."""

from __future__ import annotations

from extract.model import Heading, Minute, Minutes
from extract.parse.common import blocks_from_span, meeting_heading, source_of
from extract.patterns import MINUTE_HEADING
from extract.read import PdfText
from extract.split import DocumentSpan
from extract.text import find_time


def parse(span: DocumentSpan, pdf: PdfText) -> Minutes:
    lines = span.lines
    heading = meeting_heading(lines)
    items, content = [], []
    for block in blocks_from_span(span):
        m = MINUTE_HEADING.match(getattr(block, "text", ""))
        if m and not isinstance(block, Heading) or (isinstance(block, Heading) and m):
            number = m.group("number").rstrip(".")
            anchor = "min-" + number.replace(".", "-")
            items.append(Minute(number=number, title=m.group("title").strip(), anchor=anchor))
            content.append(Heading(text=block.text, level=2, anchor=anchor))
        else:
            content.append(block)
    committee = heading.committee or heading.body or "Unknown committee"
    return Minutes(body=heading.body, committee=committee, date=heading.date,
                   title=f"Minutes: {committee}" + (f", {heading.date}" if heading.date else ""),
                   source=source_of(span, pdf), content=content, items=items,
                   start=find_time(" ".join(ln.text for ln in lines[:10])))
