"""Stage 1, read: a PDF file → pages of text lines with font, size and position.

Running headers and footers (lines repeated on many pages) are dropped, the
printed page number is recorded and removed, and blank filler pages
("This page is intentionally left blank") are dropped.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber

from extract.errors import InputError
from extract.patterns import BLANK_PAGE, PAGE_NUMBER

# A line is a header/footer candidate only inside these top/bottom bands (share of page height).
MARGIN_BAND = 0.12
# ...and is dropped when its digit-blind text repeats on at least this share of pages.
REPEAT_SHARE = 0.5
CID_GLYPH = re.compile(r"\(cid:\d+\)")


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    font: str = ""
    size: float = 0.0
    bold: bool = False

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class TableRegion:
    top: float
    bottom: float
    rows: list[list[str]]


@dataclass
class Page:
    number: int  # physical, 1-based
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[TableRegion] = field(default_factory=list)
    printed: str | None = None  # the page number printed on the page, if any


@dataclass
class PdfText:
    path: Path
    sha256: str
    page_count: int
    pages: list[Page]  # blank filler pages already dropped

    @property
    def file(self) -> str:
        return self.path.name


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_is_pdf(path: Path) -> None:
    """Fail fast, with a reason a person understands, on files that are not PDFs."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror})") from None
    if not head:
        raise InputError("empty file")
    if b"%PDF-" not in head:
        lowered = head.lower()
        if b"<html" in lowered or b"<!doctype" in lowered:
            raise InputError("not a PDF (an HTML page saved as .pdf)")
        if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
            raise InputError("not a PDF (a Word or Office document)")
        raise InputError("not a PDF (no %PDF header)")


def _is_bold(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1].lower()
    return any(mark in name for mark in ("bold", "black", "heavy", ",b", "-bd"))


def _page_lines(page) -> list[Line]:
    lines = []
    for raw in page.extract_text_lines(return_chars=True, strip=True):
        text = raw["text"]
        if not text.strip():
            continue
        chars = raw["chars"]
        fonts = Counter(c.get("fontname", "") for c in chars)
        font = fonts.most_common(1)[0][0] if fonts else ""
        sizes = Counter(round(c.get("size", 0.0), 1) for c in chars)
        lines.append(Line(
            text=text, x0=raw["x0"], x1=raw["x1"], top=raw["top"], bottom=raw["bottom"],
            font=font, size=sizes.most_common(1)[0][0] if sizes else 0.0,
            bold=sum(n for f, n in fonts.items() if _is_bold(f)) > len(chars) / 2,
        ))
    return lines


def _page_tables(page) -> list[TableRegion]:
    if not (page.lines or page.rects):
        return []
    regions = []
    for table in page.find_tables():
        rows = [[(cell or "").replace("\n", " ").strip() for cell in row] for row in table.extract()]
        rows = [row for row in rows if any(row)]
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            regions.append(TableRegion(top=table.bbox[1], bottom=table.bbox[3], rows=rows))
    return regions


def _open(path: Path):
    try:
        return pdfplumber.open(path)
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in name:
            raise InputError("password-protected PDF") from None
        raise InputError(f"corrupt or truncated PDF ({name})") from None


def read_pdf(path: Path) -> PdfText:
    """Read every page of ``path``; raise InputError when it cannot be ingested."""
    path = Path(path)
    check_is_pdf(path)
    pages: list[Page] = []
    with _open(path) as pdf:
        try:
            for index, plumber_page in enumerate(pdf.pages, start=1):
                page = Page(number=index, width=float(plumber_page.width),
                            height=float(plumber_page.height))
                page.tables = _page_tables(plumber_page)
                page.lines = [ln for ln in _page_lines(plumber_page)
                              if not any(t.top - 1 <= ln.top <= t.bottom + 1 for t in page.tables)]
                plumber_page.close()  # pdfplumber caches every page otherwise
                pages.append(page)
        except InputError:
            raise
        except Exception as exc:
            name = type(exc).__name__
            if "Password" in name or "Encrypt" in name:
                raise InputError("password-protected PDF") from None
            raise InputError(f"corrupt or truncated PDF ({name})") from None
    return finish_pages(path, pages)


def finish_pages(path: Path, pages: list[Page]) -> PdfText:
    """Checks and clean-up shared by every way of reading pages."""
    text = "".join(ln.text for p in pages for ln in p.lines)
    if not text.strip() and not any(p.tables for p in pages):
        raise InputError("no text layer — scanned document, needs OCR")
    glyphs = len(CID_GLYPH.findall(text))
    if glyphs and glyphs * 8 > len(text.replace(" ", "")) * 0.5:
        raise InputError("text is unreadable glyph codes (cid:NN) — the PDF embeds fonts without a text mapping")
    page_count = len(pages)
    strip_running_lines(pages)
    pages = [p for p in pages if not _is_blank_filler(p)]
    return PdfText(path=path, sha256=file_sha256(path), page_count=page_count, pages=pages)


def _digit_blind(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def _in_margin(line: Line, page: Page) -> bool:
    return line.top < page.height * MARGIN_BAND or line.bottom > page.height * (1 - MARGIN_BAND)


def strip_running_lines(pages: list[Page]) -> None:
    """Record printed page numbers, then drop them and repeated headers/footers."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_digit_blind(ln.text) for ln in page.lines if _in_margin(ln, page)})
    threshold = max(3, REPEAT_SHARE * len(pages))
    for page in pages:
        kept = []
        for line in page.lines:
            if _in_margin(line, page):
                number = PAGE_NUMBER.search(line.text)
                if number and page.printed is None and (
                        number.group(0).strip() == line.text.strip() or counts[_digit_blind(line.text)] >= threshold):
                    page.printed = number.group("number") or number.group("dashed")
                    rest = (line.text[:number.start()] + line.text[number.end():]).strip()
                    if not rest or counts[_digit_blind(line.text)] >= threshold:
                        continue
                    line = Line(**{**line.__dict__, "text": rest})
                if len(pages) >= 3 and counts[_digit_blind(line.text)] >= threshold:
                    continue
            kept.append(line)
        page.lines = kept


def _is_blank_filler(page: Page) -> bool:
    text = " ".join(ln.text for ln in page.lines)
    return bool(BLANK_PAGE.fullmatch(text.strip())) and not page.tables
