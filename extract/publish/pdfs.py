"""Source PDFs, published beside the records so readers can check the original.

A PDF that holds exempt (not for publication) records or parts is published only
without their pages (which ``extract.publication.withheld_pages`` decides,
``extract.redact.redacted_pdf`` does); when that cannot be done the PDF is withheld.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from extract.publication import withheld_pages
from extract.archive import Catalogue
from extract.redact import redacted_pdf

PDF_FOLDER = "pdf"


def link_or_copy(src, dst) -> None:
    """Hard-link when the file system allows (instant, no space), else copy."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


@dataclass
class PublishedPdf:
    """A source PDF as the site offers it: its path in the staged docs, and the pages left out of it."""

    path: str
    removed: list[tuple[int, int]] = field(default_factory=list)

    def page(self, original: int) -> int:
        """Where a page of the original PDF is in the published copy (pages before it may be gone)."""
        return original - sum(last - first + 1 for first, last in self.removed if last < original)


def publish_pdfs(catalogue: Catalogue, pdf_dir: Path | None, stage: Path) -> dict[str, PublishedPdf]:
    """Copy each record's source PDF into the stage, redacted when it holds exempt records."""
    if pdf_dir is None:
        return {}
    by_file: dict[str, list] = {}
    for doc in catalogue.documents:
        by_file.setdefault(doc.record.source.file, []).append(doc.record)
    published = {}
    for name, records in by_file.items():
        original = pdf_dir / name
        if not name or Path(name).name != name or not original.is_file():
            continue
        target = stage / PDF_FOLDER / name
        target.parent.mkdir(parents=True, exist_ok=True)
        removed = withheld_pages(records)
        if removed is None:
            continue  # no way to leave out the exempt pages: withhold the whole PDF
        if removed:
            try:
                if redacted_pdf(original, removed, target) is None:
                    continue  # every page was exempt
            except (OSError, RuntimeError):  # PDFium cannot rebuild it: withheld rather than published whole
                continue
        else:
            link_or_copy(original, target)
        published[name] = PublishedPdf(f"{PDF_FOLDER}/{name}", removed)
    return published
