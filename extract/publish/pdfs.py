"""Source PDFs, published beside the records so readers can check the original.

A PDF that holds exempt (not for publication) pages is published only redacted,
through ``extract.redact.redacted_pdf`` when that module is present; otherwise
it is withheld.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from extract.publish.load import Archive

PDF_FOLDER = "pdf"


def link_or_copy(src, dst) -> None:
    """Hard-link when the file system allows (instant, no space), else copy."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _redactor():
    try:
        from extract.redact import redacted_pdf
    except ImportError:
        return None
    return redacted_pdf


def publish_pdfs(archive: Archive, pdf_dir: Path | None, stage: Path) -> dict[str, str]:
    """Copy each record's source PDF into the stage; returns file name → staged path."""
    if pdf_dir is None:
        return {}
    exempt_pages: dict[str, list[list[int]]] = {}
    for doc in archive.documents:
        source = doc.record.source
        exempt_pages.setdefault(source.file, [])
        if doc.record.exempt:
            exempt_pages[source.file].append(source.pages or [])
    published = {}
    redact = _redactor()
    for name, exempt in exempt_pages.items():
        original = pdf_dir / name
        if not name or Path(name).name != name or not original.is_file():
            continue
        target = stage / PDF_FOLDER / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if exempt:
            if redact is None or not all(exempt):
                continue  # cannot redact what we cannot locate: withhold the whole PDF
            redact(original, exempt, target)
        else:
            link_or_copy(original, target)
        published[name] = f"{PDF_FOLDER}/{name}"
    return published
