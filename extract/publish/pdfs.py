"""Source PDFs, published beside the records so readers can check the original.

A PDF that holds exempt (not for publication) records or parts is published only
without their pages (which ``extract.publication.withheld_pages`` decides,
``extract.redact.redacted_pdf`` does); when that cannot be done the PDF is withheld.
So is a PDF that is not the one its records were read from (known by its
content): a newer version put in the folder but not yet ingested may hold exempt
pages its records know nothing of, and links to its pages would be to the wrong ones.
What was not published, and why, is told to a ``PdfCheck`` for the build's summary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from extract.archive import Catalogue
from extract.errors import InputError
from extract.publication import read_from, withheld_pages
from extract.publish.stage import Stage, file_key, load_cache, save_cache
from extract.read import file_sha256
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


@dataclass
class PdfCheck:
    """What became of the source PDFs the records name, for the build's summary."""

    missing: list[str] = field(default_factory=list)  # file names not in the folder of PDFs
    refused: list[str] = field(default_factory=list)  # one line each: in the folder, but not the records' PDF
    withheld: list[str] = field(default_factory=list)  # exempt pages that could not be left out


def publish_pdfs(catalogue: Catalogue, pdf_dir: Path | None, stage: Stage | Path,
                 cache: Path | None = None, check: PdfCheck | None = None) -> dict[str, PublishedPdf]:
    """Put each record's source PDF into the stage, redacted when it holds exempt records.

    A PDF is copied (or redacted again) only when it, or the pages to leave out of it, changed;
    its content's digest is kept in ``cache`` until the file changes. ``check`` is told which
    PDFs are missing, not the records' own, or withheld.
    """
    check = check if check is not None else PdfCheck()
    by_file: dict[str, list] = {}
    for doc in catalogue.documents:
        by_file.setdefault(doc.record.source.file, []).append(doc.record)
    if pdf_dir is None:
        check.missing = sorted(name for name in by_file if name)
        return {}
    if isinstance(stage, Path):
        stage = Stage(stage)
    digests = _Digests(cache / "pdf-sha256.pickle" if cache else None)
    published = {}
    for name, records in by_file.items():
        original = pdf_dir / name
        if not name or Path(name).name != name:
            continue
        if not original.is_file():
            check.missing.append(name)
            continue
        rel = f"{PDF_FOLDER}/{name}"
        sha256 = digests.of(original)
        removed = withheld_pages(records, sha256)
        if removed is None:  # no way to leave out the exempt pages: withhold the whole PDF
            if read_from(records, sha256):
                check.withheld.append(name)
            else:
                check.refused.append(f"{original}: not published: it is not the PDF its records were read from "
                                     f"(ingest it to publish it)")
            continue
        if removed:
            redact = lambda target, original=original, removed=removed: _redacted(original, removed, target)  # noqa: E731
            if not stage.produce(rel, f"{file_key(original)}:without{removed}", redact):
                check.withheld.append(name)
                continue  # every page was exempt, or PDFium could not rebuild it
        else:
            stage.put_file(rel, original)
        published[name] = PublishedPdf(rel, removed)
    stage.write_planned()
    digests.save()
    return published


class _Digests:
    """PDFs' sha256, each kept until its file changes (hashing every PDF of an archive at each build takes seconds)."""

    def __init__(self, path: Path | None):
        self.path = path
        self._known: dict[str, tuple[str, str]] = load_cache(path, {}) if path else {}  # name → (file key, sha256)
        self._used: dict[str, tuple[str, str]] = {}

    def of(self, pdf: Path) -> str:
        """The digest of ``pdf``'s content; "" when it changed while being read (published at the next build)."""
        key = file_key(pdf)
        known = self._known.get(pdf.name)
        if known and known[0] == key:
            self._used[pdf.name] = known
            return known[1]
        try:
            sha256 = file_sha256(pdf)
        except (OSError, InputError):  # gone, or no longer a regular file
            return ""
        if file_key(pdf) != key:
            return ""
        self._used[pdf.name] = (key, sha256)
        return sha256

    def save(self) -> None:
        if self.path and self._used != self._known:
            save_cache(self.path, self._used)


def _redacted(original: Path, removed: list[tuple[int, int]], target: Path) -> bool:
    """Write the PDF without the pages; False when nothing is left or PDFium cannot rebuild it
    (withheld rather than published whole)."""
    try:
        return redacted_pdf(original, removed, target) is not None
    except (OSError, RuntimeError):
        return False
