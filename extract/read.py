"""Stage 1, read: a PDF file → pages of text lines with font, size and position.

Running headers and footers (lines repeated on many pages) are dropped, the
printed page number is recorded and removed, and blank filler pages
("This page is intentionally left blank") are dropped.
"""

from __future__ import annotations

import ctypes
import dataclasses
import functools
import hashlib
from bisect import bisect_right
import math
import os
import re
import stat
from collections import Counter, deque
from dataclasses import dataclass, field
from itertools import chain, groupby, repeat
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pypdfium2_raw

from extract.errors import InputError, NoTextLayer
from extract.patterns import BLANK_PAGE, BULLET, PAGE_NUMBER

# A line is a header/footer candidate only inside these top/bottom bands (share of page height).
MARGIN_BAND = 0.12
# ...and is dropped when its digit-blind text repeats on at least this share of pages.
REPEAT_SHARE = 0.5
# Read the last bytes for the %%EOF marker: the spec lets trailing junk follow it.
TAIL_BYTES = 2048
# Stands for a glyph whose font has no mapping to text (pdfminer wrote "(cid:NN)").
UNREADABLE = "\ufffd"
# "ABCDEF+Arial": PDFium keeps the subset tag for some fonts only, so Line.font never has it.
SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")

# A few kilobytes of PDF can describe a page that takes gigabytes and minutes to read. The
# densest pages of the corpus hold ~7,400 characters and ~5,400 objects; a page past these
# limits is no council paper, and the PDF is refused before reading it costs that much.
MAX_PAGE_OBJECTS = 500_000  # drawing, text and image objects, forms' contents included
MAX_PAGE_TEXT_OBJECTS = 20_000  # text runs (some writers place every character on its own)
MAX_PAGE_CHARS = 250_000
MAX_FORM_DEPTH = 16  # forms drawn inside forms


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    font: str = ""  # base font name, without a subset tag: "Arial,Bold"
    size: float = 0.0
    bold: bool = False
    # The words (by index in text.split()) set after a space wider than the line's others: a web agenda
    # viewer sets an item's title and its description on one line, two spaces apart.
    spaced: tuple[int, ...] = ()
    # Where the line's words stand in columns, a gap as wide as a gutter before each: (the index in text.split() of
    # the column's first word, where it starts) for each column after the first. A US agenda sets an item's
    # letter, its file number ("23-0015") and its title in three columns of one line.
    columns: tuple[tuple[int, float], ...] = ()
    # How many words the line opens with in bold, where the rest of it is in plain type (0 where the line is set in
    # one weight): a bold item title and its plain description on one line.
    bold_words: int = 0

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
    unreadable: str | None = None  # why PDFium could not read the page, which is then empty
    # Running headers, footers and page numbers taken out of ``lines``: still read for exempt markings.
    furniture: list[Line] = field(default_factory=list)


@dataclass
class PdfText:
    path: Path
    sha256: str
    pages: list[Page]  # blank filler pages already dropped

    @property
    def file(self) -> str:
        return self.path.name


def open_regular(path: Path):
    """``path`` opened for reading; InputError for anything but a regular file.

    A FIFO, a device (``/dev/zero``) or a socket would block a read or never end it;
    it is opened without blocking and refused before anything is read.
    """
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror})") from None
    mode = os.fstat(handle).st_mode
    if not stat.S_ISREG(mode):
        os.close(handle)
        what = ("a folder" if stat.S_ISDIR(mode) else "a pipe (FIFO)" if stat.S_ISFIFO(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket")
        raise InputError(f"not a regular file ({what})")
    return os.fdopen(handle, "rb")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open_regular(path) as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_is_pdf(path: Path) -> None:
    """Fail fast, with a reason a person understands, on files that are not whole PDFs."""
    with open_regular(path) as handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            head = handle.read(1024)
            handle.seek(max(0, size - TAIL_BYTES))
            tail = handle.read()
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
    # Every complete PDF ends with %%EOF; PDFium would otherwise quietly read
    # what is left of a cut-off download and lose the rest without a word.
    if b"%%EOF" not in tail:
        raise InputError("truncated PDF (no %%EOF end marker: an incomplete download or copy?)")


@functools.cache  # a PDF has a few fonts, and every line asks of its own
def _is_bold(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1].lower()
    return any(mark in name for mark in ("bold", "black", "heavy", ",b", "-bd"))


# PDFium is called directly: its per-character API is ~50x faster than
# pdfminer's content-stream interpreter, and these private prototypes return
# plain addresses instead of ctypes pointer objects (a third of the cost).
_PDFIUM = ctypes.CDLL(str(Path(pypdfium2_raw.__file__).with_name("libpdfium.so")))


def _prototype(name: str, restype, *argtypes):
    function = _PDFIUM[name]
    function.restype, function.argtypes = restype, list(argtypes)
    return function


def _per_character(name: str, restype):
    """A function of (text page, character index, …) called for every character: without argument
    types, ctypes passes a c_void_p text page, an int index and a byref() pointer as they are, where
    converting each argument by its declared type costs a third of the call."""
    function = _PDFIUM[name]
    function.restype = restype
    return function


_text_object = _per_character("FPDFText_GetTextObject", ctypes.c_void_p)
_loose_box = _per_character("FPDFText_GetLooseCharBox", ctypes.c_int)
_unicode = _per_character("FPDFText_GetUnicode", ctypes.c_uint)
_unmapped = _per_character("FPDFText_HasUnicodeMapError", ctypes.c_int)
_object_font = _prototype("FPDFTextObj_GetFont", ctypes.c_void_p, ctypes.c_void_p)
_font_name = _prototype("FPDFFont_GetBaseFontName", ctypes.c_ulong, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_ulong)
_font_descent = _prototype("FPDFFont_GetDescent", ctypes.c_int, ctypes.c_void_p, ctypes.c_float, ctypes.c_void_p)
_char_matrix = _prototype("FPDFText_GetMatrix", ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
_font_size = _prototype("FPDFText_GetFontSize", ctypes.c_double, ctypes.c_void_p, ctypes.c_int)
_char_origin = _prototype("FPDFText_GetCharOrigin", ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p,
                          ctypes.c_void_p)
_SOFT_HYPHEN = "\x02"  # PDFium's mark for a hyphen that ends a line


@dataclass
class _Run:
    """What the characters of one PDF text object share."""
    fontname: str
    size: float
    bottom: float | None  # None for rotated text, whose characters each have their own
    descent: float
    upright: bool


class _Fonts:
    """A page's font names and descents, asked of PDFium once each: a page has a few fonts and
    sizes, and dozens of text objects (runs) set in them."""

    def __init__(self):
        self.names: dict[int, str] = {}
        self.descents: dict[tuple[int, float], float] = {}

    def name(self, font: int) -> str:
        if font not in self.names:
            length = _font_name(font, None, 0)
            name = ctypes.create_string_buffer(length)
            _font_name(font, name, length)
            self.names[font] = SUBSET_TAG.sub("", name.value.decode("latin-1"))
        return self.names[font]

    def descent(self, font: int, size: float) -> float:
        if (font, size) not in self.descents:
            descent = ctypes.c_float()
            _font_descent(font, size, ctypes.addressof(descent))
            self.descents[font, size] = descent.value
        return self.descents[font, size]


def _origin(textpage: int, index: int) -> tuple[float, float]:
    x, y = ctypes.c_double(), ctypes.c_double()
    _char_origin(textpage, index, ctypes.addressof(x), ctypes.addressof(y))
    return x.value, y.value


def _text_run(textpage: int, index: int, address: int, page_height: float, fonts: _Fonts) -> _Run:
    font = _object_font(address)
    matrix = pdfium_c.FS_MATRIX()
    _char_matrix(textpage, index, ctypes.addressof(matrix))
    # pdfminer's notion, so Line.size and Line.bold mean what they always meant.
    upright = matrix.a * matrix.d > 0 and matrix.b * matrix.c <= 0
    scale = abs(matrix.d) if upright else math.hypot(matrix.c, matrix.d)
    size = _font_size(textpage, index) * scale
    descent = fonts.descent(font, size)
    return _Run(fontname=fonts.name(font), size=size, descent=descent, upright=upright,
                bottom=page_height - (_origin(textpage, index)[1] + descent) if upright else None)


class Char(NamedTuple):
    """One character as pdfminer boxes it, in top-down page coordinates."""
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    upright: bool
    size: float
    font: str


def _page_chars(page, page_height: float, number: int = 0) -> list[Char]:
    """The page's characters, in the order the PDF draws them."""
    textpage = page.get_textpage()
    try:
        address = ctypes.cast(textpage.raw, ctypes.c_void_p).value
        count = pdfium_c.FPDFText_CountChars(textpage.raw)
        if count > MAX_PAGE_CHARS:
            raise PageTooLarge(f"page {number} is too large to read safely ({count:,} characters; "
                               f"the limit is {MAX_PAGE_CHARS:,})")
        # Each property is asked of PDFium for every character in one pass of calls made by map(), not by a
        # step of a Python loop each: the loop below then only reads the answers.
        handle, indices = ctypes.c_void_p(address), range(count)
        letters = "".join(map(chr, map(_unicode, repeat(handle, count), indices)))
        objects = list(map(_text_object, repeat(handle, count), indices))
        unmapped = list(map(_unmapped, repeat(handle, count), indices))
        boxes = (ctypes.c_float * (4 * count))()  # an FS_RECTF (left, top, right, bottom) each
        deque(map(_loose_box, repeat(handle, count), indices, map(ctypes.byref, repeat(boxes), range(0, 16 * count, 16))),
              maxlen=0)
        lefts, rights = boxes[0::4], boxes[2::4]
        fonts = _Fonts()
        runs: dict[int, _Run] = {}
        chars: list[Char] = []
        previous = None
        make_char = tuple.__new__  # Char(...) without its Python-level __new__
        for index, letter, obj, left, right, bad in zip(indices, letters, objects, lefts, rights, unmapped):
            if not obj:
                # PDFium replaces the PDF's own spaces by generated ones; keep
                # those as word breaks, drop its generated line breaks.
                if letter == " " and previous is not None:
                    chars.append(previous._replace(text=" ", x0=left, x1=left))
                continue
            run = runs.get(obj) or runs.setdefault(obj, _text_run(address, index, obj, page_height, fonts))
            bottom = run.bottom if run.bottom is not None else page_height - (_origin(address, index)[1] + run.descent)
            if bad:
                letter = UNREADABLE
            elif letter == _SOFT_HYPHEN:
                letter = "-"
            elif letter < " " or "\x7f" <= letter <= "\x9f" or "\ud800" <= letter <= "\udfff":
                continue  # control codes and broken surrogates are not text
            previous = make_char(Char, (letter, left, right, bottom - run.size, bottom, run.upright,
                                        run.size, run.fontname))
            chars.append(previous)
        return chars
    finally:
        textpage.close()


# pdfplumber's default layout rules (x_tolerance, y_tolerance, ligatures), which the parsers were tuned on.
TOLERANCE = 3
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


def _clusters(items: list, key) -> list[list]:
    """pdfplumber's cluster_objects: chain sorted key values no more than TOLERANCE apart."""
    values = sorted(set(map(key, items)))
    cluster_of, cluster, last = {}, -1, None
    for value in values:
        if last is None or value > last + TOLERANCE:
            cluster += 1
        cluster_of[value] = cluster
        last = value
    groups: list[list] = [[] for _ in range(cluster + 1)]
    for item in items:
        groups[cluster_of[key(item)]].append(item)
    return groups


def _words(chars: list[Char]) -> list[list[Char]]:
    """pdfplumber's WordExtractor, for its default settings: chars → lines → words."""
    words: list[list[Char]] = []
    for upright, run in groupby(chars, key=attrgetter("upright")):
        run = list(run)
        if upright:  # lines by top, characters left to right
            lines = [sorted(line, key=attrgetter("x0")) for line in _clusters(run, attrgetter("top"))]
        else:  # rotated text: lines by x0, characters top to bottom
            lines = [sorted(line, key=attrgetter("top", "bottom")) for line in _clusters(run, attrgetter("x0"))]
        for line in lines:
            word: list[Char] = []
            for char in line:
                if char.text.isspace():
                    if word:
                        words.append(word)
                    word = []
                elif word and _begins_new_word(word[-1], char, upright):
                    words.append(word)
                    word = [char]
                else:
                    word.append(char)
            if word:
                words.append(word)
    return words


def _begins_new_word(previous: Char, char: Char, upright: bool) -> bool:
    if upright:
        return char.x0 < previous.x0 or char.x0 > previous.x1 + TOLERANCE or abs(char.top - previous.top) > TOLERANCE
    return char.top < previous.top or char.top > previous.bottom + TOLERANCE or abs(char.x0 - previous.x0) > TOLERANCE


def _line_words(chars: list[Char]) -> list[list[list[Char]]]:
    """Characters → lines of words, exactly as pdfplumber's ``extract_text_lines()`` groups them."""
    words = _words(chars)
    tops = [min(c.top for c in word) for word in words]
    cluster_of = {top: i for i, group in enumerate(_clusters(sorted(set(tops)), float)) for top in group}
    return [[word for word, _ in members]
            for _, members in groupby(zip(words, tops), key=lambda pair: cluster_of[pair[1]])]


# Each Char holds one character, so the ligatures are spelt out over a line's text at once.
_SPELT_OUT = str.maketrans(LIGATURES)


def _text(line: list[list[Char]]) -> str:
    return " ".join(["".join([c.text for c in word]) for word in line]).translate(_SPELT_OUT)


# Columns. A gap between words this many times their type size wide may be a gutter between columns …
COLUMN_GAP = 1.5
# … when, down the stretch of lines it keeps clear, one side holds this many lines of running text …
COLUMN_TEXT_LINES = 8
# … and the other this many lines of words, set beside them in a type of their own.
COLUMN_BESIDE_LINES = 2
# Type this much larger or smaller (points) is a type of its own.
COLUMN_SIZE_STEP = 1.5
# A column narrower than this share of the one beside it is a sidebar, read after the main column.
SIDEBAR_SHARE = 0.67




class _Box(NamedTuple):
    """Where a word stands (its characters run left to right) and how large its type is."""
    x0: float
    x1: float
    top: float
    size: float
    word: list[Char]


def _box(word: list[Char]) -> _Box:
    return _Box(word[0].x0, word[-1].x1, word[0].top, word[0].size, word)


def _text_line(boxes: list[_Box]) -> bool:
    """Words, not a number or a label alone: two words or more, one of them of three letters or more."""
    return len(boxes) >= 2 and any(sum(c.text.isalpha() for c in b.word) >= 3 for b in boxes)


def _gutter(lines: list[list[_Box]]) -> tuple[float, int, int] | None:
    """The longest clear stretch of a gutter between two columns: (x, first line, end line), or None.

    A gutter is a gap between words, wider than a space, that no word of the lines above and below
    crosses; it parts columns where one side holds running text (COLUMN_TEXT_LINES lines of words)
    and the other lines of words set beside it in another type. A number column beside its titles, a
    label beside its value, a table's cells or a paragraph indented under a heading is no such pair."""
    sizes = [b.size for boxes in lines for b in boxes]
    if not sizes or max(sizes) - min(sizes) < COLUMN_SIZE_STEP:
        return None  # all in one type: no sidebar in a type of its own
    spans = [_spans(boxes) for boxes in lines]
    candidates = sorted({round((a[1] + b[0]) / 2) for line in spans for a, b in zip(line, line[1:])})
    starts = [[x0 for x0, _ in line] for line in spans]
    ends = [[b.x1 for b in boxes] for boxes in lines]

    def blocked(index: int, x: float) -> bool:
        at = bisect_right(starts[index], x) - 1
        return at >= 0 and x < spans[index][at][1]

    judged: dict[tuple, bool] = {}  # x in the same gap of every line parts the lines alike
    best = None
    for x in candidates:
        start = 0
        for end in range(len(lines) + 1):
            if end < len(lines) and not blocked(end, x):
                continue
            if end - start >= COLUMN_TEXT_LINES and end - start > (best[2] - best[1] if best else 0):
                key = (start, end, tuple(bisect_right(line, x) for line in ends[start:end]))
                if key not in judged:
                    judged[key] = _parts_columns(lines[start:end], x)
                if judged[key]:
                    best = (float(x), start, end)
            start = end + 1
    return best


def _spans(boxes: list[_Box]) -> list[tuple[float, float]]:
    """Where a line's words stand: runs of words less than a gutter apart."""
    out: list[tuple[float, float]] = []
    for previous, box in zip([None] + boxes, boxes):
        if previous is not None and box.x0 - previous.x1 < COLUMN_GAP * max(previous.size, box.size):
            out[-1] = (out[-1][0], box.x1)
        else:
            out.append((box.x0, box.x1))
    return out


def _parts_columns(lines: list[list[_Box]], x: float) -> bool:
    """One side of x holds running text; the other, beside it, lines set in a type of their own (a
    sidebar beside the main column). The other cells of a table are set in the table's type."""
    left = [[b for b in boxes if b.x1 <= x] for boxes in lines]
    right = [[b for b in boxes if b.x0 >= x] for boxes in lines]
    if abs(_usual_size(left) - _usual_size(right)) < COLUMN_SIZE_STEP:
        return False
    for flow, other in ((left, right), (right, left)):
        if not _at_least(COLUMN_TEXT_LINES, flow):
            continue
        tops = [boxes[0].top for boxes in flow if boxes]
        beside = [boxes for boxes in other if boxes and tops[0] <= boxes[0].top <= tops[-1]]
        if _at_least(COLUMN_BESIDE_LINES, beside) and abs(_usual_size(beside) - _usual_size(flow)) >= COLUMN_SIZE_STEP:
            return True
    return False


def _at_least(count: int, lines: list[list[_Box]]) -> bool:
    """At least ``count`` of the lines are lines of words (see _text_line)."""
    found = 0
    for boxes in lines:
        found += _text_line(boxes)
        if found >= count:
            return True
    return False


def _usual_size(lines: list[list[_Box]]) -> float:
    sizes = sorted(b.size for boxes in lines for b in boxes)
    return sizes[len(sizes) // 2] if sizes else 0.0


def _set_apart(above: list[_Box], below: list[_Box]) -> bool:
    """A gap of more than a line's height between two lines."""
    return below[0].top - above[0].top > 2 * max(b.size for b in above)


def _reading_order(line_words: list[list[list[Char]]], page_height: float) -> list[list[list[Char]]]:
    """Lines in reading order: where a gutter runs down the page, each column's lines in turn (a sidebar's
    after the main column's), instead of lines joined across the gutter ("Speaker Request City Council")."""
    if any(not word[0].upright for line in line_words for word in line):
        return line_words
    boxes = [[_box(word) for word in line] for line in line_words]
    found = _gutter(boxes)
    if found is None:
        return line_words
    x, first, end = found
    # Running headers and footers, set apart in the margins, stay whole lines, as on every other page.
    while first + 1 < end and boxes[first][0].top < MARGIN_BAND * page_height and _set_apart(
            boxes[first], boxes[first + 1]):
        first += 1
    while end - 1 > first and boxes[end - 1][0].top > (1 - MARGIN_BAND) * page_height and _set_apart(
            boxes[end - 2], boxes[end - 1]):
        end -= 1
    if not _parts_columns(boxes[first:end], x):
        return line_words
    band = list(zip(line_words[first:end], boxes[first:end]))
    columns = [[[w for w, b in zip(words, line) if side(b)] for words, line in band] for side in (
        lambda b: b.x1 <= x, lambda b: b.x0 >= x)]
    columns = [[line for line in column if line] for column in columns]
    widths = [max(c.x1 for line in column for w in line for c in w) - min(c.x0 for line in column for w in line for c in w)
              for column in columns]
    if widths[0] < SIDEBAR_SHARE * widths[1]:
        columns.reverse()
    ordered = [line for column in columns for line in _reading_order(column, page_height)]
    return line_words[:first] + ordered + _reading_order(line_words[end:], page_height)


_FONT, _SIZE, _X0, _X1, _TOP, _BOTTOM = map(attrgetter, ("font", "size", "x0", "x1", "top", "bottom"))


def _page_lines(line_words: list[list[list[Char]]]) -> list[Line]:
    """Lines of words → text lines with font, size and position."""
    lines = []
    for line in line_words:
        line_chars = list(chain.from_iterable(line))
        fonts = Counter(map(_FONT, line_chars))
        sizes: Counter[float] = Counter()
        for exact, n in Counter(map(_SIZE, line_chars)).items():  # rounded once per size, not per character
            sizes[round(exact, 1)] += n
        size = sizes.most_common(1)[0][0]
        lines.append(Line(
            text=_text(line), x0=min(map(_X0, line_chars)), x1=max(map(_X1, line_chars)),
            top=min(map(_TOP, line_chars)), bottom=max(map(_BOTTOM, line_chars)),
            font=fonts.most_common(1)[0][0], size=size,
            bold=sum(n for f, n in fonts.items() if _is_bold(f)) > len(line_chars) / 2,
            spaced=_wide_spaces(line, size), columns=_columns(line, size), bold_words=_bold_lead(line),
        ))
    return lines


def _bold_lead(line: list[list[Char]]) -> int:
    """How many words the line opens with in bold before words all in plain type (see Line.bold_words)."""
    weights = [sum(_is_bold(c.font) for c in word) * 2 > len(word) for word in line]
    lead = next((index for index, bold in enumerate(weights) if not bold), len(weights))
    return lead if 0 < lead < len(weights) and not any(weights[lead:]) else 0


# A space this many times as wide as the line's usual one, and wider by this share of the type size, is
# two spaces (a justified line stretches every space alike); a gutter's gap is wider still.
WIDE_SPACE_RATIO = 1.5
WIDE_SPACE_EXTRA = 0.25
SPACES_FOR_USUAL = 4


def _wide_spaces(line: list[list[Char]], size: float) -> tuple[int, ...]:
    """The words of a line set after a wider space than its others (see Line.spaced)."""
    if not all(word[0].upright for word in line):
        return ()
    gaps = [word[0].x0 - previous[-1].x1 for previous, word in zip(line, line[1:])]
    if len(gaps) < SPACES_FOR_USUAL:
        return ()
    usual = sorted(gaps)[len(gaps) // 2]
    return tuple(index + 1 for index, gap in enumerate(gaps)
                 if gap >= WIDE_SPACE_RATIO * usual and gap - usual >= WIDE_SPACE_EXTRA * size
                 and gap < COLUMN_GAP * size)


def _columns(line: list[list[Char]], size: float) -> tuple[tuple[int, float], ...]:
    """Where a line's words stand in columns, a gutter before each (see Line.columns)."""
    if not all(word[0].upright for word in line):
        return ()
    return tuple((index + 1, round(word[0].x0, 1)) for index, (previous, word) in enumerate(zip(line, line[1:]))
                 if word[0].x0 - previous[-1].x1 >= COLUMN_GAP * size)


# Marks that are bullets when set alone; a lone hyphen or asterisk may be a table's empty cell.
_HYPHEN_MARKS = {"-", "–", "*"}


def bullets_joined(lines: list[Line]) -> list[Line]:
    """A bullet printed in a symbol font of its own (Word's and LibreOffice's list bullets) can sit a few
    points above or below its text, so that it forms a line of its own: it joins the text beside it."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if previous is not None and _bullet_beside(previous, line):
            out[-1] = _after_bullet(previous, line)
        elif previous is not None and _bullet_beside(line, previous):
            out[-1] = _after_bullet(line, previous)
        else:
            out.append(line)
    return out


def _after_bullet(bullet: Line, line: Line) -> Line:
    """The line with its bullet before it; the places its words part (Line.spaced, Line.columns) shift past it."""
    shift = len(bullet.text.split())
    return dataclasses.replace(line, text=f"{bullet.text.strip()} {line.text}", x0=bullet.x0,
                               spaced=tuple(i + shift for i in line.spaced),
                               bold_words=line.bold_words and line.bold_words + shift,
                               columns=tuple((i + shift, x) for i, x in line.columns))


def _bullet_beside(bullet: Line, text: Line) -> bool:
    mark = bullet.text.strip()
    return (bool(mark) and mark not in _HYPHEN_MARKS and bool(BULLET.fullmatch(mark)) and bullet.x1 <= text.x0
            and min(bullet.bottom, text.bottom) - max(bullet.top, text.top) > 0.5 * min(bullet.height, text.height))


class _RuledPage:
    """The slice of a pdfplumber page that its table finder reads (with the "lines" strategy): edges."""

    def __init__(self, width: float, height: float, shapes: list[dict]):
        from pdfplumber.utils import obj_to_edges

        self.bbox = (0, 0, width, height)
        self.edges = [edge for shape in shapes for edge in obj_to_edges(shape)]


def _middles(chars: list[Char]) -> list[tuple[float, float, Char]]:
    """Where the middle of each character is (x, y), beside it: a table's cells hold the characters whose
    middles they hold. Worked out once a page, for all its tables."""
    return [((c.x0 + c.x1) / 2, (c.top + c.bottom) / 2, c) for c in chars]


def _table_rows(table, middles: list[tuple[float, float, Char]]) -> list[list[str]]:
    """pdfplumber's Table.extract(), on Char tuples (by their _middles): each cell's text, its lines joined by
    spaces.

    A character belongs to the cell its middle is in, left and top edges included.
    """
    def within(bbox, members):
        x0, top, x1, bottom = bbox
        return [m for m in members if x0 <= m[0] < x1 and top <= m[1] < bottom]

    middles = within(table.bbox, middles)
    rows = []
    for row in table.rows:
        row_chars = within(row.bbox, middles)
        rows.append(["" if cell is None else " ".join(map(_text, _line_words([m[2] for m in within(cell, row_chars)])))
                     for cell in row.cells])
    return rows


def _subpaths(path, matrix) -> list[tuple[list[tuple[float, float]], bool]]:
    """Each subpath's end points in page space (Bézier control points skipped), and whether it is closed."""
    out: list[tuple[list[tuple[float, float]], bool]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    bezier = 0
    for index in range(pdfium_c.FPDFPath_CountSegments(path)):
        segment = pdfium_c.FPDFPath_GetPathSegment(path, index)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier % 3:
                continue
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        point = (matrix.a * x.value + matrix.c * y.value + matrix.e,
                 matrix.b * x.value + matrix.d * y.value + matrix.f)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not out:
            out.append(([point], False))
        else:
            out[-1][0].append(point)
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            out[-1] = (out[-1][0], True)
    return out


def _shape(points: list[tuple[float, float]], closed: bool, page_height: float) -> dict:
    """One subpath as the line, rect or curve object pdfminer would have made of it."""
    if closed and points[-1] != points[0] and len(points) > 2:
        points = points + [points[0]]
    xs, ys = [p[0] for p in points], [page_height - p[1] for p in points]
    box = {"x0": min(xs), "x1": max(xs), "top": min(ys), "bottom": max(ys), "doctop": min(ys),
           "y0": page_height - max(ys), "y1": page_height - min(ys)}
    box.update(width=box["x1"] - box["x0"], height=box["bottom"] - box["top"])
    if len(points) == 2:
        return {**box, "object_type": "line"}
    if len(points) == 5 and points[0] == points[4]:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = points
        if x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0 or y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0:
            return {**box, "object_type": "rect"}
    return {**box, "object_type": "curve", "pts": [(x, y) for x, y in zip(xs, ys)]}


def _page_shapes(objects, matrix, page_height: float, shapes: list[dict]) -> None:
    for obj in objects:
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM):
            continue
        own = pdfium_c.FS_MATRIX()
        pdfium_c.FPDFPageObj_GetMatrix(obj, own)
        combined = _multiply(own, matrix)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            count = pdfium_c.FPDFFormObj_CountObjects(obj)
            _page_shapes((pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(count)),
                         combined, page_height, shapes)
            continue
        for points, closed in _subpaths(obj, combined):
            if len(points) > 1:
                shapes.append(_shape(points, closed, page_height))


def _multiply(first, then):
    """The matrix applying ``first`` and then ``then``."""
    out = pdfium_c.FS_MATRIX()
    out.a = first.a * then.a + first.b * then.c
    out.b = first.a * then.b + first.b * then.d
    out.c = first.c * then.a + first.d * then.c
    out.d = first.c * then.b + first.d * then.d
    out.e = first.e * then.a + first.f * then.c + then.e
    out.f = first.e * then.b + first.f * then.d + then.f
    return out


# Share of a "table's" words its cell borders may cut before it is taken for rules that are
# no table at all: underlined headings and a drawing behind the text make such grids.
CUT_WORDS_SHARE = 0.1


def _cuts_words(table, middles: list[tuple[float, float, Char]]) -> bool:
    x0, top, x1, bottom = table.bbox
    inside = [c for x, y, c in middles if x0 <= x <= x1 and top <= y <= bottom]
    words = _words(inside)
    rows = [(row.bbox[1], row.bbox[3], sorted({x for cell in row.cells if cell for x in (cell[0], cell[2])}))
            for row in table.rows]
    cut = 0
    for word in words:
        middle, left, right = (word[0].top + word[0].bottom) / 2, word[0].x0 + 1, word[-1].x1 - 1
        borders = next((b for row_top, row_bottom, b in rows if row_top <= middle <= row_bottom), [])
        cut += any(left < x < right for x in borders)
    return cut > CUT_WORDS_SHARE * max(len(words), 1)


def _page_tables(page, width: float, height: float, chars: list[Char]) -> list[TableRegion]:
    """Ruled tables, found by pdfplumber's table finder on PDFium's lines, boxes and characters."""
    identity = pdfium_c.FS_MATRIX(1, 0, 0, 1, 0, 0)
    shapes: list[dict] = []
    raw = page.raw
    _page_shapes((pdfium_c.FPDFPage_GetObject(raw, i) for i in range(pdfium_c.FPDFPage_CountObjects(raw))),
                 identity, height, shapes)
    if not any(s["object_type"] in ("line", "rect") for s in shapes):
        return []
    from pdfplumber.table import TableFinder, TableSettings  # only for pages with rules: pdfplumber is slow to import

    regions = []
    ruled = _RuledPage(width, height, shapes)
    middles = _middles(chars)
    for table in TableFinder(ruled, TableSettings.resolve(None)).tables:
        if _cuts_words(table, middles):
            continue
        rows = [row for row in _table_rows(table, middles) if any(row)]
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            regions.append(TableRegion(top=table.bbox[1], bottom=table.bbox[3], rows=rows))
    return regions


def open_pdf(path: Path) -> pdfium.PdfDocument:
    """Open a PDF with PDFium; raise InputError, with the reason, when it cannot be read."""
    check_is_pdf(path)
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise InputError("password-protected PDF (save a copy without the password)") from None
        reason = re.search(r"PDFium: ([^)]*)", str(exc))
        raise InputError(f"corrupt PDF that cannot be repaired ({(reason.group(1) if reason else str(exc)).lower()})"
                         ) from None


def lines_outside(lines: list[Line], tables: list[TableRegion]) -> list[Line]:
    """The lines that are not table cells: a line is inside a table when its middle is.

    A line's top can sit within a point of a table's bottom rule while the line
    itself is the paragraph after the table.
    """
    return [ln for ln in lines if not any(t.top <= (ln.top + ln.bottom) / 2 <= t.bottom for t in tables)]


class PageTooLarge(InputError):
    """A page past the resource limits: the whole PDF is refused."""


def _count_objects(objects, depth: int = 0) -> tuple[int, int]:
    """(objects, text objects) among ``objects``, forms' contents included; stops past the limits."""
    if depth > MAX_FORM_DEPTH:
        raise PageTooLarge(f"forms nested more than {MAX_FORM_DEPTH} deep")
    total = text = 0
    for obj in objects:
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        total += 1
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            text += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            inner, inner_text = _count_objects((pdfium_c.FPDFFormObj_GetObject(obj, i)
                                                for i in range(pdfium_c.FPDFFormObj_CountObjects(obj))), depth + 1)
            total, text = total + inner, text + inner_text
        if total > MAX_PAGE_OBJECTS or text > MAX_PAGE_TEXT_OBJECTS:
            break
    return total, text


def _check_size(pdf_page, number: int) -> None:
    """Refuse a page past the limits before PDFium builds its text (which is where the memory goes)."""
    raw = pdf_page.raw
    total, text = _count_objects(pdfium_c.FPDFPage_GetObject(raw, i) for i in range(pdfium_c.FPDFPage_CountObjects(raw)))
    if total > MAX_PAGE_OBJECTS:
        raise PageTooLarge(f"page {number} is too large to read safely (over {MAX_PAGE_OBJECTS:,} objects)")
    if text > MAX_PAGE_TEXT_OBJECTS:
        raise PageTooLarge(f"page {number} is too large to read safely (over {MAX_PAGE_TEXT_OBJECTS:,} runs of text)")


def text_lines(chars: list[Char], page_height: float) -> list[Line]:
    """A page's characters → its text lines in reading order: from a PDF's text layer, or from the words
    OCR recognised on a scan (extract/ocr.py), so both are read by the same rules."""
    return bullets_joined(_page_lines(_reading_order(_line_words(chars), page_height)))


def read_page(document: pdfium.PdfDocument, index: int) -> Page:
    """One page: its text lines, minus the lines of its ruled tables, and those tables.

    A page PDFium cannot load or read comes back empty, with the reason in ``unreadable``.
    """
    try:
        pdf_page = document[index]
    except pdfium.PdfiumError as exc:
        return _unreadable(index, exc)
    try:
        width, height = pdf_page.get_size()
        _check_size(pdf_page, index + 1)
        chars = _page_chars(pdf_page, height, index + 1)
        page = Page(number=index + 1, width=width, height=height)
        page.tables = _page_tables(pdf_page, width, height, chars)
        page.lines = lines_outside(text_lines(chars, height), page.tables)
        return page
    except pdfium.PdfiumError as exc:
        return _unreadable(index, exc)
    finally:
        pdf_page.close()  # PDFium keeps every loaded page otherwise


def _unreadable(index: int, exc: Exception) -> Page:
    return Page(number=index + 1, width=0.0, height=0.0, unreadable=str(exc).rstrip(".").lower() or "PDFium error")


def count_pages(path: Path) -> int:
    document = open_pdf(path)
    try:
        return len(document)
    finally:
        document.close()


def read_pages(path: Path, start: int, stop: int) -> list[Page]:
    """Pages ``start`` to ``stop - 1`` (0-based), so that parts of one PDF can be read in parallel."""
    document = open_pdf(path)
    try:
        return [read_page(document, index) for index in range(start, min(stop, len(document)))]
    finally:
        document.close()


def read_words(path: Path, numbers: list[int]) -> dict[int, list[dict]]:
    """The words of some pages (1-based numbers), as pdfplumber's ``page.extract_words()`` gives them.

    For code that needs word positions on a few pages: ~40x faster than
    opening the PDF again with pdfplumber.
    """
    document = open_pdf(path)
    try:
        out = {}
        for number in numbers:
            pdf_page = document[number - 1]
            try:
                out[number] = [_word_dict(word) for word in _words(_page_chars(pdf_page, pdf_page.get_height(), number))]
            finally:
                pdf_page.close()
        return out
    finally:
        document.close()


def _word_dict(word: list[Char]) -> dict:
    x0, x1 = min(c.x0 for c in word), max(c.x1 for c in word)
    top, bottom = min(c.top for c in word), max(c.bottom for c in word)
    upright = word[0].upright
    return {"text": "".join([c.text for c in word]).translate(_SPELT_OUT), "x0": x0, "x1": x1, "top": top,
            "doctop": top, "bottom": bottom, "upright": upright, "height": bottom - top, "width": x1 - x0,
            "direction": "ltr" if upright else "ttb"}


def read_pdf(path: Path) -> PdfText:
    """Read every page of ``path``; raise InputError when it cannot be ingested."""
    path = Path(path)
    return finish_pages(path, read_pages(path, 0, count_pages(path)))


def finish_pages(path: Path, pages: list[Page]) -> PdfText:
    """Checks and clean-up shared by every way of reading pages."""
    if pages and all(p.unreadable for p in pages):
        raise InputError(f"no page could be read ({pages[0].unreadable})")
    text = "".join(ln.text for p in pages for ln in p.lines)
    if not text.strip() and not any(p.tables for p in pages):
        raise NoTextLayer("no text layer — scanned document (ingest recognises scans by OCR unless --no-ocr is given)")
    unreadable = text.count(UNREADABLE)
    if unreadable and unreadable > len(text.replace(" ", "")) * 0.5:
        raise InputError("text is unreadable glyph codes — the PDF embeds fonts without a text mapping")
    strip_running_lines(pages)
    pages = [p for p in pages if not _is_blank_filler(p)]
    return PdfText(path=path, sha256=file_sha256(path), pages=pages)


def _digit_blind(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def _in_margin(line: Line, page: Page) -> bool:
    return line.top < page.height * MARGIN_BAND or line.bottom > page.height * (1 - MARGIN_BAND)


def _foot(page: Page) -> set[int]:
    """The lines (by id) of a footer no other page need repeat: at the page's foot, set apart from the text
    above, in smaller type than the page's text, one of them its page number ("Ashby Town Council, Town Hall,
    … Page 1" under a one-page agenda's last item; the council's address over "Page 1")."""
    band = [line for line in page.lines if line.bottom > page.height * (1 - MARGIN_BAND)]
    if not band or not any(PAGE_NUMBER.search(line.text) for line in band):
        return set()
    above = [line.top for line in page.lines if line.bottom <= page.height * (1 - MARGIN_BAND)]
    sizes: Counter[float] = Counter()
    for line in page.lines:
        sizes[round(line.size, 1)] += len(line.text)
    text_size = sizes.most_common(1)[0][0]
    first = min(line.top for line in band)
    if (above and first - max(above) <= 2 * text_size) or any(line.size >= text_size for line in band):
        return set()
    return {id(line) for line in band}


def strip_running_lines(pages: list[Page]) -> None:
    """Record printed page numbers, then drop them and repeated headers/footers, and a footer set apart."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_digit_blind(ln.text) for ln in page.lines if _in_margin(ln, page)})
    threshold = max(3, REPEAT_SHARE * len(pages))

    def running(line: Line, page: Page) -> bool:
        # A paper of two pages has a running footer when both feet carry it ("1 Planning Committee Agenda -
        # 14 March 2024" / "2 …": else the page number opens an item); its heads may be a letterhead or title.
        seen = counts[_digit_blind(line.text)]
        return seen >= threshold or (seen == len(pages) == 2 and line.bottom > page.height * (1 - MARGIN_BAND))

    for page in pages:
        kept, foot = [], _foot(page)
        for line in page.lines:
            if id(line) in foot:
                number = PAGE_NUMBER.search(line.text)
                page.printed = page.printed or (number and (number.group("number") or number.group("dashed")))
                page.furniture.append(line)
                continue
            if _in_margin(line, page):
                number = PAGE_NUMBER.search(line.text)
                if number and page.printed is None and (number.group(0).strip() == line.text.strip() or running(line, page)):
                    page.printed = number.group("number") or number.group("dashed")
                    rest = (line.text[:number.start()] + line.text[number.end():]).strip()
                    if not rest or running(line, page):
                        page.furniture.append(line)
                        continue
                    line = Line(**{**line.__dict__, "text": rest, "spaced": (), "columns": (), "bold_words": 0})
                if len(pages) >= 2 and running(line, page):
                    page.furniture.append(line)
                    continue
            kept.append(line)
        page.lines = kept


def _is_blank_filler(page: Page) -> bool:
    text = " ".join(ln.text for ln in page.lines)
    return bool(BLANK_PAGE.fullmatch(text.strip())) and not page.tables
