"""Source PDFs, published beside the records so readers can check the original.

A PDF that holds exempt (not for publication) records or parts is published only
without their pages (which ``extract.publication.withheld_pages`` decides,
``extract.redact.redacted_pdf`` does); when that cannot be done the PDF is withheld.
So is a PDF that is not the one its records were read from (known by its
content): a newer version put in the folder but not yet ingested may hold exempt
pages its records know nothing of, and links to its pages would be to the wrong ones.
A PDF replaced while the build publishes it is checked again once copied (or
redacted): the copy is published only if it is still the file whose content was
checked, else it waits for the next build.
What was not published, and why, is told to a ``PdfCheck`` for the build's summary.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from extract.archive import Catalogue
from extract.errors import InputError
from extract.publication import read_from, withheld_pages
from extract.publish.stage import Stage, file_key, link_or_copy, load_cache, save_cache
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
        sha256, key = digests.of(original)
        removed = withheld_pages(records, sha256)
        if removed is None:  # no way to leave out the exempt pages: withhold the whole PDF
            if read_from(records, sha256):
                check.withheld.append(name)
            else:
                check.refused.append(f"{original}: not published: it is not the PDF its records were read from "
                                     f"(ingest it to publish it)")
            continue
        if removed:
            redact = functools.partial(_redacted, original, key, removed)
            if not stage.produce(rel, f"{key}:without{removed}", redact):
                if _replaced(original, key):
                    check.refused.append(_replaced_meanwhile(original))
                else:  # every page was exempt, or PDFium could not rebuild it
                    check.withheld.append(name)
                continue
        else:
            stage.plan(rel, key, functools.partial(_copied, original, key))
        published[name] = PublishedPdf(rel, removed)
    stage.write_planned()
    digests.save()
    for name, pdf in list(published.items()):
        if pdf.path not in stage.keys:  # its copy was not the file checked: left out
            check.refused.append(_replaced_meanwhile(pdf_dir / name))
            del published[name]
    return published


class _Digests:
    """PDFs' sha256, each kept until its file changes (hashing every PDF of an archive at each build takes seconds)."""

    def __init__(self, path: Path | None):
        self.path = path
        self._known: dict[str, tuple[str, str]] = load_cache(path, {}) if path else {}  # name → (file key, sha256)
        self._used: dict[str, tuple[str, str]] = {}

    def of(self, pdf: Path) -> tuple[str, str]:
        """The digest of ``pdf``'s content, and the file's identity (``file_key``) it is the digest of;
        "" when the file changed while being read (published at the next build)."""
        key = file_key(pdf)
        known = self._known.get(pdf.name)
        if known and known[0] == key:
            self._used[pdf.name] = known
            return known[1], key
        try:
            sha256 = file_sha256(pdf)
        except (OSError, InputError):  # gone, or no longer a regular file
            return "", key
        if file_key(pdf) != key:
            return "", key
        self._used[pdf.name] = (key, sha256)
        return sha256, key

    def save(self) -> None:
        if self.path and self._used != self._known:
            save_cache(self.path, self._used)


def _replaced(original: Path, key: str) -> bool:
    """Whether ``original`` is no longer the file (``file_key``) whose content was checked against its records."""
    try:
        return file_key(original) != key
    except OSError:  # gone
        return True


def _replaced_meanwhile(original: Path) -> str:
    return (f"{original}: not published: it was replaced while the build published it "
            f"(the next build checks it again)")


def _copied(original: Path, key: str, target: Path) -> bool:
    """Link (or copy) the PDF; False (nothing published) when it is no longer the file whose content was
    checked: replaced since, its exempt pages are not known."""
    try:
        link_or_copy(original, target)
    except OSError:  # gone meanwhile
        return False
    return not _replaced(original, key)


def _redacted(original: Path, key: str, removed: list[tuple[int, int]], target: Path) -> bool:
    """Write the PDF without the pages; False when nothing is left, PDFium cannot rebuild it
    (withheld rather than published whole), or it is no longer the file whose content was checked."""
    try:
        return redacted_pdf(original, removed, target) is not None and not _replaced(original, key)
    except (OSError, RuntimeError):
        return False
