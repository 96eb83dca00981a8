"""OCR for scanned PDFs, with OCRmyPDF and Tesseract (Debian packages), where they are installed.

``ingest`` recognises a PDF that has no text layer (``--ocr LANGS`` for other
languages, ``--no-ocr`` to refuse scans instead). Recognised text is never as
good as a real text layer, so records made from it say so (``source.ocr: true``)
and carry a review entry and a warning.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from extract.errors import InputError

OCR_WARNING = "text recognised by OCR (Tesseract) from a scanned document: check names and numbers against the PDF"
DEFAULT_OCR_LANGUAGES = "eng"


def ocr_available() -> bool:
    return shutil.which("ocrmypdf") is not None and shutil.which("tesseract") is not None


def cache_dir() -> Path:
    """Where recognised copies are kept ($XDG_CACHE_HOME/committee-archive/ocr): safe to delete."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "committee-archive" / "ocr"


@functools.lru_cache(maxsize=1)
def engine_version() -> str:
    versions = [subprocess.run([tool, "--version"], capture_output=True, text=True).stdout.split("\n")[0].strip()
                for tool in ("ocrmypdf", "tesseract")]
    return "-".join(v.replace(" ", "_").replace("/", "_") for v in versions)


def recognised_copy(source: Path, sha256: str, languages: str = DEFAULT_OCR_LANGUAGES, jobs: int = 1) -> Path:
    """A copy of ``source`` with a recognised text layer, made once per PDF content, languages and
    OCR engine: recognition takes seconds a page, and re-reading a scan (after an upgrade of the
    extractor, say) need not pay it again."""
    if not ocr_available():
        raise InputError("no text layer — scanned document, and OCR is not installed "
                         "(scripts/setup --ocr installs OCRmyPDF and Tesseract)")
    cached = cache_dir() / f"{sha256}-{languages.replace('+', '_')}-{engine_version()}.pdf"
    if cached.is_file():
        return cached
    cached.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cached.parent) as tmp:
        os.replace(ocr_pdf(source, Path(tmp) / "copy.pdf", languages, jobs), cached)
    return cached


def ocr_pdf(source: Path, out: Path, languages: str = DEFAULT_OCR_LANGUAGES, jobs: int = 1) -> Path:
    """Write a copy of ``source`` with a recognised text layer to ``out``.

    Only the text layer is wanted, so the copy is not optimised or made PDF/A (Ghostscript would
    double the time); pages are recognised on ``jobs`` cores.
    """
    if not ocr_available():
        raise InputError("no text layer — scanned document, and OCR is not installed "
                         "(scripts/setup --ocr installs OCRmyPDF and Tesseract)")
    result = subprocess.run(
        ["ocrmypdf", "--quiet", "--force-ocr", "--output-type", "pdf", "--optimize", "0", "--jobs", str(jobs),
         "-l", languages, str(source), str(out)],
        capture_output=True, text=True)
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or ["unknown error"])[-1]
        raise InputError(f"no text layer, and OCR failed ({reason})")
    return out
