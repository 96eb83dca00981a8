"""Render council-paper text (the seed ``.txt`` format) to a PDF, as a council's system would.

The text format: one paragraph per line; ``**bold**`` spans; lines holding tabs
are table rows (consecutive ones form one table); "- " starts a bullet; a form
feed (``\f``) on a line of its own starts a new page.
Each document of a pack (a report cover block "… ITEM: 6", "Minutes of the
Meeting of …") starts a new page, filler lines ("This page is intentionally
left blank") get a page of their own, and every page carries "Page N".

Used by ``scripts/make_samples.py`` for the bundled samples and by the tests
to build packs rendered in other ways (other fonts, a running header,
borderless tables, exempt reports).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
}
DOCUMENT_START = re.compile(r"\tITEM:\s*\d+|^Minutes of the Meeting of|^Appendix\s+\d+\s*[–-]", re.I)
FILLER = re.compile(r"^This page is intentionally left blank$", re.I)
PAGE_BREAK = "\f"
FIXED_DATE = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)  # byte-stable output


class _Pack(FPDF):
    def __init__(self, running_header: str | None, running_footer: str | None = None, pictures: list | None = None):
        super().__init__(format="A4")
        self.running_header = running_header
        self.running_footer = running_footer
        self.pictures = pictures or []
        self.set_auto_page_break(auto=True, margin=22)
        self.set_creation_date(FIXED_DATE)

    def header(self):
        if self.page_no() <= len(self.pictures):  # what the page shows; its own text is then invisible
            self.image(self.pictures[self.page_no() - 1], x=0, y=0, w=self.w, h=self.h)
            self.text_mode = "INVISIBLE"
        if self.running_header:
            self.set_font(self.body_family, size=8)
            self.cell(0, 6, self.running_header, align="R")
            self.ln(10)

    def footer(self):
        self.set_y(-15)
        self.set_font(self.body_family, size=9)
        footer = f"{self.running_footer}  " if self.running_footer else ""
        self.cell(0, 8, f"{footer}Page {self.page_no()}", align="C")


LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def _markup(line: str) -> str:
    """fpdf2 markdown for a seed line: links become their text, an unpaired ``**`` stays literal."""
    line = LINK.sub(r"\1", line).replace("--", "\\--").replace("__", "\\__")
    if line.count("**") % 2:
        head, _, tail = line.rpartition("**")
        line = f"{head}\\**{tail}"
    return line


def table_rows(lines: list[str]) -> list[list[str]]:
    rows = [[cell.strip().replace("**", "") for cell in line.split("\t")] for line in lines]
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows]


WIDE_TABLE_COLUMNS = 6  # wider tables are printed on landscape pages, as councils do


def _draw_table(pdf: _Pack, lines: list[str], borders: bool) -> None:
    rows = table_rows(lines)
    wide = len(rows[0]) >= WIDE_TABLE_COLUMNS
    if wide:
        pdf.add_page(orientation="L")
    pdf.set_font(pdf.body_family, size=6.5 if wide else 9)
    with pdf.table(borders_layout="ALL" if borders else "NONE", first_row_as_headings=False,
                   line_height=3.2 if wide else 5, headings_style=FontFace(emphasis=None)) as table:
        for row in rows:
            table.row(row)
    pdf.ln(3)
    if wide:
        pdf.add_page(orientation="P")
    pdf.set_font(pdf.body_family, size=11)


def blocks(text: str):
    """Consecutive tab lines as one table block; every other non-empty line its own block."""
    table: list[str] = []
    for line in text.split("\n"):  # not splitlines(), which takes a form feed for a line break
        if "\t" in line and line.strip():
            table.append(line)
            continue
        if table:
            yield "table", table
            table = []
        if line.strip(" ") == PAGE_BREAK:
            yield "page", line
        elif line.strip():
            yield "line", line
    if table:
        yield "table", table


def render_text(text: str, out: Path, *, font: str = "sans", running_header: str | None = None,
                running_footer: str | None = None, table_borders: bool = True, picture_of: Path | None = None) -> Path:
    """Render ``text`` to the PDF ``out``; returns ``out``. With ``picture_of``, each page shows the picture of
    that PDF's page and ``text`` is its invisible text layer, as a font that maps its characters to the wrong
    letters gives: the same places, other letters."""
    pdf = _Pack(running_header, running_footer, _pictures(picture_of) if picture_of else None)
    regular, bold = FONTS[font]
    pdf.add_font("Body", "", str(FONT_DIR / regular))
    pdf.add_font("Body", "B", str(FONT_DIR / bold))
    pdf.body_family = "Body"
    pdf.set_font("Body", size=11)
    pdf.add_page()
    started = False
    for kind, content in blocks(text):
        if kind == "page":
            pdf.add_page()
            started = False
            continue
        first = content[0] if kind == "table" else content
        if started and (DOCUMENT_START.search(first) or FILLER.match(first.strip())):
            pdf.add_page()
        started = True
        if kind == "table":
            _draw_table(pdf, content, table_borders)
            continue
        bullet = content.lstrip().startswith("- ")
        indent = (len(content) - len(content.lstrip())) * 2 + (4 if bullet else 0)
        pdf.set_x(pdf.l_margin + indent)
        body = content.strip()[2:] if bullet else content.strip()
        pdf.multi_cell(0, 5.5, ("• " if bullet else "") + _markup(body), markdown=True,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
        if FILLER.match(content.strip()):
            pdf.add_page()
            started = False
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


def _pictures(source: Path, dpi: int = 300) -> list:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(source))
    pictures = [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]
    document.close()
    return pictures


def rasterize(source: Path, out: Path, dpi: int = 150) -> Path:
    """An image-only copy of ``source``, as a scanner would make: no text layer at all."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(source))
    scan = FPDF(unit="pt")
    scan.set_creation_date(FIXED_DATE)
    for page in document:
        width, height = page.get_size()
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        scan.add_page(format=(width, height))
        scan.image(image, x=0, y=0, w=width, h=height)
    document.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    scan.output(str(out))
    return out
