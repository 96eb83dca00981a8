"""OCR for scanned PDFs, with Tesseract (a Debian package), where it is installed.

``ingest`` recognises a PDF that has no text layer (``--ocr LANGS`` for other
languages, ``--no-ocr`` to refuse scans instead). Recognised text is never as
good as a real text layer, so records made from it say so (``source.ocr: true``)
and carry a review entry and a warning.

Each page is rendered at its scan's resolution and read by Tesseract, whose words (box, baseline, row height,
confidence) become the same characters a text layer gives, so that one set of rules groups both into
lines (extract/read.py ``text_lines``): a word's type size is its row's height, and it is bold when its
strokes are thick for that size.
"""

from __future__ import annotations

import functools
import hashlib
import io
import itertools
import statistics
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import xml.etree.ElementTree as ET
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
import dataclasses
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterator, NamedTuple

import pypdfium2.raw as pdfium_c

from extract.errors import InputError
from extract.patterns import GENERIC_BODY_WORDS
from extract.read import Char, Page, open_pdf, text_lines
from extract.text import month_number

OCR_WARNING = "text recognised by OCR (Tesseract) from a scanned document: check names and numbers against the PDF"
DEFAULT_OCR_LANGUAGES = "eng"
NOT_INSTALLED = ("no text layer — scanned document, and OCR is not installed "
                 "(scripts/setup --ocr installs Tesseract)")

# A page is rendered at the resolution of the scan it holds (upsampling a scan only blurs it for Tesseract),
# within these bounds; a page that holds no image at Tesseract's best, 300 dpi.
DPI_RANGE = (150, 400)
DEFAULT_DPI = 300
# Tesseract's page segmentation: fully automatic, without orientation detection ...
PAGE_SEGMENTATION = "3"
# ... and, for a margin it left unread, one uniform block of lines.
BLOCK_SEGMENTATION = "6"
# A dark run at least this long (inches) across or down the page is a rule (an underline, a table's border),
# no stroke of a letter: it is whitened before recognition, as Tesseract misreads underlined words.
RULE_INCHES = 0.3
# A margin word read in the second pass is kept from this confidence (0–100) up.
MARGIN_CONFIDENCE = 50
# A page that takes Tesseract longer than this (seconds) is no council paper.
PAGE_TIMEOUT = 300
# A line of words whose mean confidence (0–100) is below this is a logo or a crest, not text ...
LINE_CONFIDENCE = 40
# ... a stretch of a line being words no further apart than this many times their type size ...
STRETCH_GAP = 3
# ... a stretch of nothing but marks and single letters below this, a speck ...
SPECK_CONFIDENCE = 50
# ... and a word below this, without a digit or two letters in a row, a speck or a rule.
WORD_CONFIDENCE = 30
_TEXT = re.compile(r"[^\W_]{2}|\d")  # two letters or digits in a row, or a digit ("1." Tesseract doubts)
# Letters OCR reads for digits, among digits: "2O19", "1l.", "I0".
_NUMBER_LOOKALIKE = re.compile(r"[\dlIO]+[.:)]?")
_DIGIT_LOOKALIKES = str.maketrans("lIO", "110")
# A table's border as OCR reads it, at a stretch's start or end: bars and underscores.
_BORDER = re.compile(r"[|_‖¦,.;:]*[|_‖¦][|_‖¦,.;:]*")
# A list's bullet as OCR reads it, at a line's start and this many times the type size before the text.
_BULLET_LOOKALIKES = {"e", "o", "«", "»", "¢", "°", "©", "®", "*", "•", "+"}
BULLET_GAP = 0.9
# "lf", "ln", "lves": a capital I read as l, before a letter no English word begins with after an l.
_L_FOR_I = re.compile(r"l[bcdfghjkmnpqrstvwxz](?![a-z]*[A-Z])")
# An ampersand read as a digit: "NORTH BAY OPP DETACHMENT BOARD 3" over "PNC Police Services Board" (two bodies
# sitting jointly). A lone one of these after a meeting body's head noun, ending its line or before a capitalised
# word, is the "&" joining two names; before a month it is a date's day ("Planning Committee 3 March 2025").
_AMPERSAND_LOOKALIKES = {"3", "8"}
# "14," at a line's start: an item number "14." whose full stop OCR read as a comma.
_COMMA_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*,")
# The blank a font leaves either side of a letter, as a share of the type size (spaces between words
# measured from ink are wider by two of these than a text layer's: a wide space, Line.spaced, would read
# as a column's gutter).
SIDE_BEARING = 0.06
# Points left between a word and the next when Tesseract's boxes of the two overlap.
OVERLAP_GAP = 0.3
# A row whose estimated size is within this share of the body's is in the body's type.
BODY_SIZE_SHARE = 0.12
# Changes whenever what is recognised changes (settings above, what is kept of Tesseract's output), so that
# cached recognitions of an older kind are made again.
RECOGNITION = f"psm{PAGE_SEGMENTATION}-rules{RULE_INCHES}-margin{MARGIN_CONFIDENCE}-v5"
# The font names of recognised characters (Line.font) ...
OCR_FONT, OCR_BOLD_FONT = "OCR", "OCR-Bold"
# ... bold where their strokes are this many times as thick as the body's.
BOLD_WEIGHT = 1.25


def ocr_available() -> bool:
    return shutil.which("tesseract") is not None


def cache_dir() -> Path:
    """Where recognised words are kept ($XDG_CACHE_HOME/committee-archive/ocr): safe to delete."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "committee-archive" / "ocr"


@functools.lru_cache(maxsize=1)
def installed_languages() -> set[str]:
    """The Tesseract languages installed (``tesseract --list-langs``: a heading, then one code a line)."""
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout
    return {line.strip() for line in listed.splitlines()[1:] if line.strip()}


@functools.lru_cache(maxsize=1)
def engine_version() -> str:
    version = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    return version.strip().replace(" ", "_").replace("/", "_")


@dataclass
class Word:
    """One word Tesseract recognised, in points from the page's top left."""
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float  # where the word stands
    size: float  # its row's height: ascenders to descenders
    descent: float  # how far the row's descenders go below the baseline
    confidence: float  # Tesseract's, 0–100
    line: int = 0  # which of the page's lines Tesseract read it in
    stroke: float = 0.0  # how thick its letters' strokes are (a bold word's are thicker)


@dataclass
class RecognisedPage:
    width: float
    height: float
    words: list[Word]


def recognised_pages(source: Path, sha256: str, languages: str = DEFAULT_OCR_LANGUAGES, jobs: int = 1) -> list[Page]:
    """The pages of a scanned PDF, read from the words OCR recognised on them."""
    pages = recognised_words(source, sha256, languages, jobs)
    body = body_type(pages)
    return [page_of_words(number, page, body) for number, page in enumerate(pages, start=1)]


class BodyType(NamedTuple):
    """The type of most of a document's words: its size, and how thick its strokes are for that size."""
    size: float
    weight: float


def _weight(word: Word) -> float:
    return word.stroke / word.size if word.size else 0.0


def body_type(pages: list[RecognisedPage]) -> BodyType:
    words = [word for page in pages for word in page.words]
    if not words:
        return BodyType(0.0, 0.0)
    return BodyType(statistics.median(w.size for w in words), statistics.median(_weight(w) for w in words))


def _type_size(size: float, body: float) -> float:
    """A row's type size as Tesseract estimates it varies by a point or so with the letters in it, where
    a text layer gives every line of one type the same size (which tells a title's wrapped line from the
    paragraph below it): a size near the body's is the body's, and others are whole points."""
    if abs(size - body) <= BODY_SIZE_SHARE * body:
        return body
    return float(round(size))


def recognised_words(source: Path, sha256: str, languages: str = DEFAULT_OCR_LANGUAGES,
                     jobs: int = 1, indexes: list[int] | None = None) -> list[RecognisedPage]:
    """The words recognised on each page of ``source`` (or on the pages of those 0-based ``indexes``), found
    once per PDF content, pages, languages, OCR engine and settings: recognition takes seconds a page, and
    re-reading a scan (after an upgrade of the extractor, say) need not pay it again."""
    if not ocr_available():
        raise InputError(NOT_INSTALLED)
    pages = "" if indexes is None else "-pages-" + hashlib.sha256(repr(indexes).encode()).hexdigest()[:16]
    cached = cache_dir() / f"{sha256}{pages}-{languages.replace('+', '_')}-{engine_version()}-{RECOGNITION}.json"
    if cached.is_file():
        return [RecognisedPage(page["width"], page["height"], [Word(**w) for w in page["words"]])
                for page in json.loads(cached.read_text(encoding="utf-8"))]
    pages = recognise(source, languages, jobs, indexes)
    cached.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=cached.parent, delete=False, suffix=".tmp") as tmp:
        json.dump([{"width": p.width, "height": p.height, "words": [asdict(w) for w in p.words]} for p in pages], tmp)
    os.replace(tmp.name, cached)
    return pages


def recognise(source: Path, languages: str = DEFAULT_OCR_LANGUAGES, jobs: int = 1,
              indexes: list[int] | None = None) -> list[RecognisedPage]:
    """Render each page of ``source`` (or those of 0-based ``indexes``) and recognise its words, pages on
    ``jobs`` Tesseract processes at once."""
    if not ocr_available():
        raise InputError(NOT_INSTALLED)
    document = open_pdf(source)
    rendering = threading.Lock()  # PDFium is not thread-safe; Tesseract runs in processes of its own

    def page(index: int) -> RecognisedPage:
        with rendering:
            pdf_page = document[index]
            try:
                width, height = pdf_page.get_size()
                dpi = _scan_dpi(pdf_page)
                image = pdf_page.render(scale=dpi / 72, grayscale=True).to_pil()
            finally:
                pdf_page.close()
        return RecognisedPage(width, height, [_in_points(word, dpi) for word in _page_words(image, dpi, languages)])

    try:
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            return list(pool.map(page, range(len(document)) if indexes is None else indexes))
    finally:
        document.close()


def _scan_dpi(pdf_page) -> int:
    """The resolution of the largest image on the page, within DPI_RANGE (DEFAULT_DPI when it has none)."""
    best = None
    for image in pdf_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, _, right, _ = image.get_bounds()
        pixels = image.get_px_size()[0]
        if right - left > 72 and (best is None or pixels > best[0]):
            best = (pixels, pixels / ((right - left) / 72))
    if best is None:
        return DEFAULT_DPI
    return round(min(max(best[1], DPI_RANGE[0]), DPI_RANGE[1]))


def _page_words(image, dpi: int, languages: str) -> list[Word]:
    """The words of one page image, in pixels.

    Rules are whitened first. Tesseract often leaves a column of lone item numbers in a margin ("1.",
    "2.", … beside each item's title) unread, or takes it for one line of rotated text ("a FF © N"): where
    ink is left unread left of the lines' usual start, that margin is read again as a block of lines. No
    rotated text is kept (on a scanned council paper it is a stamp or a margin note)."""
    image = _without_rules(image, dpi)
    lines = [line for line in _hocr_lines(_tesseract(image, dpi, languages, PAGE_SEGMENTATION)) if line.upright]
    lines += _margin_lines(image, dpi, languages, [w for line in lines for w in line.words])
    dark = image.point(lambda v: 255 if v < 128 else 0)
    return [dataclasses.replace(word, line=number, stroke=_stroke(dark, word))
            for number, line in enumerate(lines) for word in line.words]


def _stroke(dark, word: Word) -> float:
    """The mean width of the dark runs across the word (``dark``: the page, white where it is dark): the
    width of its letters' upright strokes, in pixels."""
    from PIL import ImageChops

    box = dark.crop((word.x0, word.top, max(word.x1, word.x0 + 2), max(word.bottom, word.top + 1)))
    edges = ImageChops.difference(box, ImageChops.offset(box, 1, 0)).histogram()[255]
    return round(2 * box.histogram()[255] / edges, 2) if edges else 0.0


def _without_rules(image, dpi: int):
    """``image`` with its long horizontal and vertical dark runs whitened."""
    from PIL import Image, ImageChops

    run = max(2, round(RULE_INCHES * dpi))
    ink = image.point(lambda v: 255 if v < 128 else 0)  # white where the page is dark
    rules = Image.new("L", image.size, 0)
    for across in (True, False):
        # A cell of ``run`` pixels averaged along the run's direction stays dark only where a rule passes.
        shrunk = ink.resize((max(1, image.width // run), image.height) if across else
                            (image.width, max(1, image.height // run)), Image.BOX)
        found = shrunk.point(lambda v: 255 if v >= 230 else 0).resize(image.size, Image.NEAREST)
        rules = ImageChops.lighter(rules, found)
    return ImageChops.lighter(image, ImageChops.multiply(rules, ink))


def _margin_lines(image, dpi: int, languages: str, words: list[Word]) -> list[_HocrLine]:
    """Words left unread in the margin left of where the page's lines usually start (see _page_words)."""
    from PIL import ImageDraw

    starts = Counter()
    for word in words:
        starts[round(word.x0 / (dpi / 18))] += 1  # to the nearest 4 points
    if len(words) < 20:
        return []
    edge = min(start for start, count in starts.items() if count >= 3) * dpi / 18 if any(
        count >= 3 for count in starts.values()) else 0
    right = int(edge - dpi / 24)  # three points short of the text
    if right < dpi / 4:  # no margin to speak of
        return []
    margin = image.crop((0, 0, right, image.height))
    covered = ImageDraw.Draw(margin)
    for word in words:
        if word.x0 < right:
            covered.rectangle((word.x0, word.top, word.x1, word.bottom), fill=255)
    ink = margin.point(lambda v: 255 if v < 128 else 0).getbbox()
    if ink is None:
        return []
    lines = [line for line in _hocr_lines(_tesseract(margin, dpi, languages, BLOCK_SEGMENTATION)) if line.upright]
    for line in lines:
        line.words = [w for w in line.words if w.confidence >= MARGIN_CONFIDENCE and any(ch.isalnum() for ch in w.text)]
    return [line for line in lines if line.words]


def _tesseract(image, dpi: int, languages: str, segmentation: str) -> str:
    png = io.BytesIO()
    image.save(png, format="PNG", dpi=(dpi, dpi))
    try:
        result = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", languages, "--psm", segmentation, "--dpi", str(dpi), "hocr"],
            input=png.getvalue(), capture_output=True, timeout=PAGE_TIMEOUT,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"})  # one core per page: pages run side by side
    except subprocess.TimeoutExpired:
        raise InputError(f"no text layer, and OCR of a page took over {PAGE_TIMEOUT} seconds") from None
    if result.returncode != 0:
        reason = (result.stderr.decode("utf-8", "replace").strip().splitlines() or ["unknown error"])[-1]
        raise InputError(f"no text layer, and OCR failed ({reason})")
    return result.stdout.decode("utf-8", "replace")


@dataclass
class _HocrLine:
    box: tuple[int, int, int, int]  # pixels
    upright: bool
    words: list[Word]  # pixels until _in_points


_PROPERTY = re.compile(r"(\w+) ([^;]*)")


def _properties(element) -> dict[str, list[float]]:
    return {name: [float(v) for v in values.split() if re.fullmatch(r"-?[\d.]+", v)]
            for name, values in _PROPERTY.findall(element.get("title", ""))}


def _hocr_lines(hocr: str) -> list[_HocrLine]:
    """Tesseract's lines and words from its hOCR output, in pixels."""
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", hocr))
    lines = []
    for element in root.iter():
        if not element.get("class", "").startswith(("ocr_line", "ocr_caption", "ocr_header", "ocr_textfloat")):
            continue
        props = _properties(element)
        x0, top, x1, bottom = (int(v) for v in props["bbox"])
        slope, intercept = (props.get("baseline") or [0.0, 0.0])[:2]
        size = (props.get("x_size") or [bottom - top])[0]
        descent = (props.get("x_descenders") or [0.0])[0]
        words = []
        for word in element.iter():
            if word.get("class") != "ocrx_word":
                continue
            text = "".join(word.itertext()).strip()
            if not text:
                continue
            wx0, wtop, wx1, wbottom = (int(v) for v in _properties(word)["bbox"])
            baseline = bottom + intercept + slope * (wx0 - x0)
            words.append(Word(text=text, x0=wx0, x1=wx1, top=wtop, bottom=wbottom,
                              baseline=baseline, size=size, descent=descent,
                              confidence=(_properties(word).get("x_wconf") or [0.0])[0]))
        lines.append(_HocrLine(box=(x0, top, x1, bottom),
                               upright=not props.get("textangle"), words=words))
    return lines


def _in_points(word: Word, dpi: int) -> Word:
    scale = 72 / dpi
    return dataclasses.replace(word, **{name: round(getattr(word, name) * scale, 2) for name in (
        "x0", "x1", "top", "bottom", "baseline", "size", "descent", "stroke")})


def page_of_words(number: int, page: RecognisedPage, body: BodyType) -> Page:
    """A page of text lines from its recognised words, grouped into lines by the rules of a text layer
    (``body``: the document's usual type). Tesseract reports no font: a word whose strokes are
    BOLD_WEIGHT times as thick as the body's, for its size, is bold."""
    chars: list[Char] = []
    words = _legible(page.words)
    for index, word in enumerate(words):
        bottom = word.baseline + word.descent
        size = _type_size(word.size, body.size)
        font = OCR_BOLD_FONT if _weight(word) >= BOLD_WEIGHT * body.weight else OCR_FONT
        top = bottom - size
        # A text layer boxes each letter with its side bearings, where OCR boxes the ink alone; never so far
        # as to reach a third of the way across the space to a neighbour in its line. Tesseract's box of a
        # word can reach over the next word's ("Hearing" over "to"): it ends where the next begins, or
        # the two words' letters would mingle ("Hearintgo").
        before = words[index - 1] if index and words[index - 1].line == word.line else None
        after = words[index + 1] if index + 1 < len(words) and words[index + 1].line == word.line else None
        x0 = word.x0 - min(SIDE_BEARING * size, max(0.0, word.x0 - before.x1) / 3 if before else size)
        x1 = word.x1 + min(SIDE_BEARING * size, (after.x0 - word.x1) / 3 if after else size)
        if after and x1 > after.x0 - OVERLAP_GAP:
            x1 = max(x0 + OVERLAP_GAP, after.x0 - OVERLAP_GAP)
        step = (x1 - x0) / len(word.text)
        for index, letter in enumerate(word.text):
            chars.append(Char(letter, x0 + index * step, x0 + (index + 1) * step, top, bottom, True, size, font))
        chars.append(chars[-1]._replace(text=" ", x0=x1, x1=x1))
    return Page(number=number, width=page.width, height=page.height, lines=text_lines(chars, page.height))


def _legible(words: list[Word]) -> list[Word]:
    """The words worth reading, their OCR confusions undone (see _as_number; a bullet read as a letter,
    "e Mere Green play area", set a tab's width before its text, is a bullet).

    A logo, a crest or a signature is read as a line of words Tesseract is unsure of ("Povi The a Mu s nic e
    ipal a ity"), or as specks at the end of a title's line ("AMENITIES, LEISURE Oe"): a stretch of a line
    of low mean confidence is dropped whole, and a stretch of lone letters or marks Tesseract doubts (the
"s" of a crest beside the banner). Within a line it reads well, a mark it is
    unsure of ("=|", "—_") is a speck or a rule, not text. Tesseract's confidence alone would drop too much:
    it gives 0 to some plain words ("Report", "presented"). A table's border is read as bars and
    underscores at either end of a cell's line ("| RESULT:", "borrowed from the Town Council _|")."""
    kept = []
    stretches = list(_stretches(words))
    for number, line in enumerate(stretches):
        confidence = sum(w.confidence for w in line) / len(line)
        if confidence < LINE_CONFIDENCE or (confidence < SPECK_CONFIDENCE and not any(_TEXT.search(w.text) for w in line)):
            continue
        line = [w for w in line if w.confidence >= WORD_CONFIDENCE or _TEXT.search(w.text)]
        while line and _BORDER.fullmatch(line[0].text):
            line = line[1:]
        while line and _BORDER.fullmatch(line[-1].text):
            line = line[:-1]
        if not line:
            continue
        if len(line) > 1 and line[0].text in _BULLET_LOOKALIKES and line[1].x0 - line[0].x1 >= BULLET_GAP * line[0].size:
            line[0] = dataclasses.replace(line[0], text="•")
        following = line[1:] + (stretches[number + 1][:1] if number + 1 < len(stretches) else [])
        kept += [dataclasses.replace(w, text=_as_ampersand(w.text, line[index - 1] if index else None,
                                                           following[index] if index < len(following) else None)
                                     or _as_number(w.text, index == 0, line[index + 1:]))
                 for index, w in enumerate(line)]
    return kept


def _as_ampersand(text: str, before: Word | None, after: Word | None) -> str | None:
    """ "&" where OCR read the ampersand between two bodies' names as a digit (see _AMPERSAND_LOOKALIKES), else None."""
    if text not in _AMPERSAND_LOOKALIKES or before is None or before.text.strip(",.").lower() not in GENERIC_BODY_WORDS:
        return None
    if after is not None and (not after.text[:1].isupper() or month_number(after.text.strip(",.")) is not None):
        return None
    return "&"


def _stretches(words: list[Word]) -> Iterator[list[Word]]:
    """The runs of words of each line Tesseract read, split where a gap STRETCH_GAP times the type size wide
    parts them: it sets a crest's specks in the line of the title beside it."""
    for _, line in itertools.groupby(words, key=lambda w: w.line):
        stretch: list[Word] = []
        for word in sorted(line, key=lambda w: w.x0):
            if stretch and word.x0 - stretch[-1].x1 > STRETCH_GAP * word.size:
                yield stretch
                stretch = []
            stretch.append(word)
        if stretch:
            yield stretch


def _as_number(text: str, first: bool, rest: list[Word]) -> str:
    """A number as OCR misreads it, read as printed: "l" or "I" for 1 and "O" for 0 among digits ("2O19",
    "1l."); a line's item number ending in a comma where the title after it begins in a capital ("14,
    Adjournment"), as no item number does; and a capital I read as l where no word begins so ("lf you
    require", "Cllrs lves, Ward")."""
    if _NUMBER_LOOKALIKE.fullmatch(text) and any(c.isdigit() for c in text):
        text = text.translate(_DIGIT_LOOKALIKES)
    if first and rest and _COMMA_NUMBER.fullmatch(text) and rest[0].text[:1].isupper():
        text = text[:-1] + "."
    if _L_FOR_I.match(text):
        text = "I" + text[1:]
    return text
