"""Pages whose text layer is garbled are read again by OCR.

A PDF's fonts can map their characters to the wrong letters: some of the words then come out as no
language spells them ("Protokojjet justeras ejektroniskt", "Vvllvrdsnvrndens beslut:" for
"Protokollet justeras elektroniskt", "Välfärdsnämndens beslut:"), and the headings and decisions in that
font are not found. Such a page (patterns.GARBLED_WORD, at GARBLED_PAGE_SHARE of its words; or every page
of a document garbled at GARBLED_DOCUMENT_SHARE overall) is recognised by OCR from
its picture, and each of its lines is reconciled with OCR's reading of it: where the two differ, OCR's
letters are taken, but not its usual slips (see ``reconciled``).
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import unicodedata
from pathlib import Path

from extract.ocr import body_type, installed_languages, ocr_available, page_of_words, recognised_words
from extract.patterns import (GARBLED_DOCUMENT_SHARE, GARBLED_MIN_WORDS, GARBLED_PAGE_SHARE, GARBLED_WORD,
                              TESSERACT_LANGUAGES)
from extract.read import Line, Page, file_sha256
from extract.text import language_counts

_WORD = re.compile(r"[^\W\d_]{2,}")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_ALWAYS = "eng"
# Two readings of one line share at least this share of their characters (difflib's ratio).
RECONCILE_LIKENESS = 0.6


class Plausibility:
    """How many of a page's Latin-script words are garbled, of how many."""

    def __init__(self, lines: list[Line]):
        words = [w for line in lines for w in _WORD.findall(line.text) if _LATIN.match(w)]
        self.words = len(words)
        self.garbled = sum(1 for w in words if GARBLED_WORD.search(w))

    @property
    def share(self) -> float:
        return self.garbled / self.words if self.words else 0.0

    def implausible(self) -> bool:
        return self.garbled >= GARBLED_MIN_WORDS and self.share >= GARBLED_PAGE_SHARE


def garbled_pages(pages: list[Page]) -> list[Page]:
    """The pages to read again: garbled on their own, or every page of a garbled document (a wrongly mapped
    font garbles some of its letters only, and a page may have no word the check can tell)."""
    checks = {id(page): Plausibility(page.lines) for page in pages}
    words = sum(check.words for check in checks.values())
    garbled = sum(check.garbled for check in checks.values())
    document_garbled = words and garbled / words >= GARBLED_DOCUMENT_SHARE and garbled >= GARBLED_MIN_WORDS
    return [page for page in pages if document_garbled or checks[id(page)].implausible()]


def languages_of(pages: list[Page]) -> str:
    """Tesseract's languages for these pages: the one whose function words they use most, and English (for
    names, addresses and titles quoted in it), of those installed."""
    counts = language_counts(" ".join(line.text for page in pages for line in page.lines))
    best = TESSERACT_LANGUAGES[max(counts, key=counts.get)]
    return "+".join(code for code in dict.fromkeys([best, _ALWAYS]) if code in installed_languages()) or _ALWAYS


def recognise_garbled_pages(path: Path, pages: list[Page]) -> list[int]:
    """Mend the lines of each garbled page by what OCR reads there (``reconciled``), where that leaves at
    most half as many garbled words; the numbers of the pages mended. Each line keeps the text layer's
    place, type and columns, and its tables are untouched: only letters change."""
    suspects = garbled_pages(pages)
    if not suspects or not ocr_available():
        return []
    recognised = recognised_words(path, file_sha256(path), languages_of(pages), indexes=[p.number - 1 for p in suspects])
    body = body_type(recognised)
    mended = []
    for page, words in zip(suspects, recognised):
        read_again = page_of_words(page.number, words, body).lines
        lines = [_mended(line, read_again) for line in page.lines]
        if Plausibility(lines).garbled <= Plausibility(page.lines).garbled / 2 and lines != page.lines:
            page.lines = lines
            mended.append(page.number)
    return mended


def _mended(line: Line, read_again: list[Line]) -> Line:
    """The line with its text reconciled with OCR's lines at its place (their middles within its height,
    overlapping it across), when the two are alike enough to be readings of one text."""
    middle = [ocr for ocr in read_again if line.top <= (ocr.top + ocr.bottom) / 2 <= line.bottom
              and ocr.x0 < line.x1 and ocr.x1 > line.x0]
    ocr_text = " ".join(ocr.text for ocr in sorted(middle, key=lambda ocr: ocr.x0))
    if not ocr_text or ocr_text == line.text:
        return line
    text = reconciled(line.text, ocr_text)
    if (line.columns or line.spaced or line.bold_words) and len(text.split()) != len(line.text.split()):  # counted in words
        return line
    return dataclasses.replace(line, text=text)


def reconciled(layer: str, ocr: str) -> str:
    """The text layer's line, with each stretch where OCR read something else taken from OCR, unless that
    stretch is OCR's usual slip: a letter or mark left out, a digit or mark for the layer's letter ("T6tterman" for Tötterman), a mark
    or digit for a mark ("408" for "40 §"), an accent lost, or another letter for an accented one
    ("Valfardsnamnden", "direktér", "Budgetuppfdljning"). A wrongly mapped font changes plain letters for
    letters and marks for letters ("protokojjet", "vvllvrdsscel", "-nligt"), which OCR puts right. Readings alike in less than RECONCILE_LIKENESS of their letters are of different text:
    the layer's is kept."""
    matcher = difflib.SequenceMatcher(None, layer, ocr, autojunk=False)
    if matcher.ratio() < RECONCILE_LIKENESS:
        return layer
    out = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        ours, theirs = layer[i1:i2], ocr[j1:j2]
        out.append(ours if tag == "equal" or _ocr_slip(ours, theirs) else theirs)
    return "".join(out)


def _ocr_slip(layer: str, ocr: str) -> bool:
    if not ocr:  # OCR drops a lone letter or a mark ("I tur att …" read "tur att …")
        return True
    if not any(c.isalpha() for c in ocr):
        return not any(c.isalpha() for c in layer) or any(c.isdigit() for c in ocr)
    if _plain(layer) == _plain(ocr):
        return True
    letters = [c for c in layer if c.isalpha()]
    return bool(letters) and not any(c.isascii() for c in letters)


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
