"""Source PDFs, published beside the records so readers can check the original.

A PDF that holds exempt (not for publication) records or parts is published only
without their pages (which ``extract.publication.withheld_pages`` decides,
``extract.redact.redacted_pdf`` does); when that cannot be done the PDF is withheld.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from extract.archive import Catalogue
from extract.publication import withheld_pages
from extract.publish.stage import Stage, file_key
from extract.redact import redacted_pdf

PDF_FOLDER = "pdf"


@dataclass
class PublishedPdf:
    """A source PDF as the site offers it: its path in the staged docs, and the pages left out of it."""

    path: str
    removed: list[tuple[int, int]] = field(default_factory=list)

    def page(self, original: int) -> int:
        """Where a page of the original PDF is in the published copy (pages before it may be gone)."""
        return original - sum(last - first + 1 for first, last in self.removed if last < original)


def publish_pdfs(catalogue: Catalogue, pdf_dir: Path | None, stage: Stage | Path) -> dict[str, PublishedPdf]:
    """Put each record's source PDF into the stage, redacted when it holds exempt records.

    A PDF is copied (or redacted again) only when it, or the pages to leave out of it, changed.
    """
    if pdf_dir is None:
        return {}
    if isinstance(stage, Path):
        stage = Stage(stage)
    by_file: dict[str, list] = {}
    for doc in catalogue.documents:
        by_file.setdefault(doc.record.source.file, []).append(doc.record)
    published = {}
    for name, records in by_file.items():
        original = pdf_dir / name
        if not name or Path(name).name != name or not original.is_file():
            continue
        rel = f"{PDF_FOLDER}/{name}"
        removed = withheld_pages(records)
        if removed is None:
            continue  # no way to leave out the exempt pages: withhold the whole PDF
        if removed:
            redact = lambda target, original=original, removed=removed: _redacted(original, removed, target)  # noqa: E731
            if not stage.produce(rel, f"{file_key(original)}:without{removed}", redact):
                continue  # every page was exempt, or PDFium could not rebuild it
        else:
            stage.put_file(rel, original)
        published[name] = PublishedPdf(rel, removed)
    stage.write_planned()
    return published


def _redacted(original: Path, removed: list[tuple[int, int]], target: Path) -> bool:
    """Write the PDF without the pages; False when nothing is left or PDFium cannot rebuild it
    (withheld rather than published whole)."""
    try:
        return redacted_pdf(original, removed, target) is not None
    except (OSError, RuntimeError):
        return False
