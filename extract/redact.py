"""A copy of a source PDF with its exempt pages left out, for the site to offer for download.

Pages are whole units here: where an exempt paper shares a page with a public
one (a pack that does not start each paper on a new page), that page is left
out too — withholding a little public text is the safe side of the line.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium


def redacted_pdf(source_pdf: Path, exempt_page_ranges: list[tuple[int, int]], out: Path) -> Path | None:
    """Write ``out``: ``source_pdf`` without the pages in ``exempt_page_ranges`` (1-based, inclusive).

    Returns ``out``; or None, writing nothing (and removing a stale ``out``),
    when every page is exempt and there is nothing to publish. The copy is
    built from the kept pages only, so no text, image or annotation of a
    left-out page is carried over.
    """
    source = pdfium.PdfDocument(str(source_pdf))
    try:
        kept = [index for index in range(len(source))
                if not any(first <= index + 1 <= last for first, last in exempt_page_ranges)]
        if not kept:
            out.unlink(missing_ok=True)
            return None
        copy = pdfium.PdfDocument.new()
        try:
            copy.import_pages(source, kept)
            out.parent.mkdir(parents=True, exist_ok=True)
            copy.save(str(out))
        finally:
            copy.close()
    finally:
        source.close()
    return out
