"""Optional OCR for scanned PDFs, with OCRmyPDF and Tesseract (Debian packages).

Only used when ``ingest --ocr`` is given: recognised text is never as good as
a real text layer, so records made from it say so (``source.ocr: true``) and
carry a warning.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from extract.errors import InputError

OCR_WARNING = "text recognised by OCR (Tesseract) from a scanned document: check names and numbers against the PDF"


def ocr_available() -> bool:
    return shutil.which("ocrmypdf") is not None and shutil.which("tesseract") is not None


def ocr_pdf(source: Path, out: Path, languages: str = "eng") -> Path:
    """Write a copy of ``source`` with a recognised text layer to ``out``."""
    if not ocr_available():
        raise InputError("no text layer — scanned document, and OCR is not installed "
                         "(install Debian's ocrmypdf and tesseract-ocr)")
    result = subprocess.run(
        ["ocrmypdf", "--quiet", "--force-ocr", "--output-type", "pdf", "-l", languages,
         str(source), str(out)],
        capture_output=True, text=True)
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or ["unknown error"])[-1]
        raise InputError(f"no text layer, and OCR failed ({reason})")
    return out
