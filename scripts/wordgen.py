"""Print council-paper text (the seed ``.txt`` format) as a word processor would: a Word file, then PDF.

Councils write reports in Word and print them to PDF; the result differs from a
report system's output (``pdfgen.py``) in the ways that break extraction:
other fonts, the report's cover block laid out as a Word table (with or without
borders, its cells too narrow for a committee's name, which wraps inside the
cell), and a running footer on every page. The text goes through python-docx
into a ``.docx`` and LibreOffice (headless) prints it to PDF.

LibreOffice stamps each PDF with the time and a random id, so the renderings
are not byte-stable: :func:`render_all` builds them once per set of inputs
and keeps them in a cache folder named by a hash of everything that shapes them.

    python scripts/wordgen.py OUT_DIR [TEXT ...]     # default: samples/text/*.txt
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdfgen import DOCUMENT_START, FILLER, LINK, blocks, table_rows  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "samples" / "text"


@dataclass(frozen=True)
class Style:
    """One way of printing the papers from Word."""
    name: str
    font: str
    size: float  # points
    cover_borders: bool  # the cover block's table drawn with rules, or laid out with none
    label_width: float  # cm: the cover table's first column, too narrow for a committee's name to fit on one line
    footer: str  # the running footer; {page} and {pages} become Word's PAGE and NUMPAGES fields


STYLES = (
    Style("serif-ruled", font="Liberation Serif", size=12, cover_borders=True, label_width=6.5,
          footer="{title}    Page {page} of {pages}"),
    Style("sans-borderless", font="Liberation Sans", size=11, cover_borders=False, label_width=7.0,
          footer="{title} | {page}"),
)

# Where a report's cover block ends: its first section ("Summary", "1. Background", "- 1.1 …").
SECTION_START = re.compile(r"^(?:-\s+)?(?:\d{1,2}\.|summary\b|executive\s+summary\b|background\b|introduction\b"
                           r"|purpose\b)", re.I)
COVER_MAX_LINES = 10
# A stand-alone paper opens with its cover block, unless it is a front sheet ("Agenda" among its
# opening lines) or minutes: their lines stay paragraphs.
NOT_A_REPORT = re.compile(r"^(?:\*\*)?(?:agenda|minutes\s+of)\b", re.I)
TEXT_WIDTH = 16.4  # cm: A4 less the margins
# "Report from: Barbara Peacock, …": a cover line with a label goes in two cells.
LABELLED = re.compile(r"^(?P<label>[A-Z][a-z][\w ()'’/-]{1,40}:)\s*(?P<value>.+)$")
BOLD = re.compile(r"\*\*(.+?)\*\*")


def _runs(paragraph, text: str, bold: bool = False) -> None:
    """``**bold**`` spans as bold runs; links as their text."""
    text = LINK.sub(r"\1", text)
    for index, part in enumerate(BOLD.split(text)):
        if part:
            paragraph.add_run(part).bold = bold or index % 2 == 1


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _table(document, rows: list[list[str]], style: Style, widths: list[float] | None = None) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    if style.cover_borders:
        table.style = "Table Grid"
    else:
        _no_borders(table)
    for cells in rows:
        row = table.add_row()
        for index, text in enumerate(cells):
            _runs(row.cells[index].paragraphs[0], text)
    table.autofit = False
    for index, width in enumerate(widths or []):
        table.columns[index].width = Cm(width)  # the grid LibreOffice lays out by
        for cell in table.columns[index].cells:
            cell.width = Cm(width)
    document.add_paragraph()


MIN_COLUMN = 1.5  # cm


def _fitted(rows: list[list[str]]) -> list[float]:
    """Column widths shared out by each column's longest text, none narrower than MIN_COLUMN."""
    longest = [max(len(row[i]) for row in rows) + 4 for i in range(len(rows[0]))]
    spare = TEXT_WIDTH - MIN_COLUMN * len(longest)
    return [MIN_COLUMN + max(spare, 0) * n / sum(longest) for n in longest]


def _cover_rows(lines: list[str]) -> list[list[str]]:
    rows = []
    for line in lines:
        labelled = LABELLED.match(line.strip())
        rows.append([labelled.group("label"), labelled.group("value")] if labelled else [line.strip(), ""])
    return rows


def _field(paragraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _footer(document, style: Style, title: str) -> None:
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for index, part in enumerate(re.split(r"(\{page\}|\{pages\})", style.footer.replace("{title}", title))):
        if part == "{page}":
            _field(paragraph, "PAGE")
        elif part == "{pages}":
            _field(paragraph, "NUMPAGES")
        elif part:
            run = paragraph.add_run(part)
            run.font.size = Pt(style.size - 3)


def _page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build_docx(text: str, out: Path, style: Style) -> Path:
    """The paper as a Word document in ``style``; each document of a pack starts a new page."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = style.font
    normal.font.size = Pt(style.size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), style.font)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm((21.0 - TEXT_WIDTH) / 2)
    lines = [line for line in text.splitlines()]
    title = next((BOLD.sub(r"\1", line).split("\t")[0].strip() for line in lines if line.strip()), "")
    _footer(document, style, title[:60])
    opening = [line.strip() for line in lines if line.strip()][:COVER_MAX_LINES * 2]
    # The lines of the cover block being gathered, None once it has ended (or where there is none).
    cover: list[str] | None = None if any(NOT_A_REPORT.match(line) for line in opening) else []
    for kind, content in blocks(text):
        if kind == "page":  # a form feed in the text: a page break
            cover = _flush_cover(document, cover, style)
            _page_break(document)
            continue
        first = content[0] if kind == "table" else content
        if DOCUMENT_START.search(first) or FILLER.match(first.strip()):
            cover = _flush_cover(document, cover, style)
            if document.paragraphs:
                _page_break(document)
            cover = None  # a pack's reports open with their cover table already ("…\tITEM: 6")
        if kind == "table":
            cover = _flush_cover(document, cover, style)
            # A cover block printed as a table already: its first column too narrow for the committee's name;
            # other tables as a writer sizes them, each column to its longest text.
            rows = table_rows(content)
            _table(document, rows, style, [style.label_width] if DOCUMENT_START.search(first) else _fitted(rows))
            continue
        if cover is not None and not SECTION_START.match(content.strip()) and len(cover) < COVER_MAX_LINES:
            cover.append(content)
            continue
        cover = _flush_cover(document, cover, style)
        _paragraph(document, content)
    _flush_cover(document, cover, style)
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out))
    return out


def _flush_cover(document, cover: list[str] | None, style: Style) -> None:
    """The gathered cover lines as one table (a single line stays a paragraph: no cover block to lay out)."""
    if cover and len(cover) > 1:
        _table(document, _cover_rows(cover), style, [style.label_width, TEXT_WIDTH - style.label_width])
    elif cover:
        _paragraph(document, cover[0])
    return None


def _paragraph(document, content: str) -> None:
    stripped = content.strip()
    if stripped.startswith("- "):
        paragraph = document.add_paragraph(style="List Bullet")
        _runs(paragraph, stripped[2:])
    else:
        paragraph = document.add_paragraph()
        _runs(paragraph, stripped)
    paragraph.paragraph_format.space_after = Pt(6)


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(documents: list[Path], out_dir: Path) -> None:
    """LibreOffice, headless, prints the Word files to PDFs of the same names in ``out_dir``."""
    program = soffice()
    if program is None:
        raise RuntimeError("LibreOffice (soffice) is not installed: scripts/setup --test installs it")
    with tempfile.TemporaryDirectory() as profile:  # a profile of its own: never blocked by another soffice
        subprocess.run([program, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out_dir), *map(str, documents)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def _inputs_hash(texts: list[Path]) -> str:
    digest = hashlib.sha256(Path(__file__).read_bytes() + (Path(__file__).parent / "pdfgen.py").read_bytes())
    for text in texts:
        digest.update(text.name.encode() + b"\0" + text.read_bytes())
    digest.update(subprocess.run([soffice() or "soffice", "--version"], capture_output=True).stdout)
    return digest.hexdigest()[:16]


def render_all(texts: list[Path], cache: Path) -> dict[str, list[Path]]:
    """Every text in every style, as PDFs named like the texts under ``cache/<hash>/<style>/``.

    Built once per set of inputs (texts, this script, the LibreOffice version); later calls reuse them.
    """
    folder = cache / _inputs_hash(texts)
    out = {style.name: [folder / style.name / f"{t.stem}.pdf" for t in texts] for style in STYLES}
    if all(p.exists() for paths in out.values() for p in paths):
        return out
    building = Path(tempfile.mkdtemp(prefix="wordgen-", dir=cache.parent if cache.parent.exists() else None))
    try:
        for style in STYLES:
            word = [build_docx(t.read_text(encoding="utf-8"), building / "docx" / style.name / f"{t.stem}.docx", style)
                    for t in texts]
            to_pdf(word, building / style.name)
        for stale in cache.glob("*") if cache.is_dir() else []:
            shutil.rmtree(stale, ignore_errors=True)  # renderings of earlier inputs
        folder.mkdir(parents=True, exist_ok=True)
        for style in STYLES:
            shutil.rmtree(folder / style.name, ignore_errors=True)
            shutil.move(str(building / style.name), str(folder / style.name))
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[-1].strip())
        return 2
    texts = [Path(a) for a in argv[1:]] or sorted(TEXTS.glob("*.txt"))
    for style, paths in render_all(texts, Path(argv[0])).items():
        for path in paths:
            print(f"{style}: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
