"""Broken and odd inputs for ingest, generated at test time (no binary fixtures in the repo).

Each function writes one file into ``folder`` and returns its path.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path

import pypdfium2 as pdfium
from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

MINUTES = [
    "Milburn Parish Council",
    "Minutes of the meeting held on Tuesday 2nd July 2019 at 7.30pm in the Village Hall",
    "Present: Councillor A Smith (Chair), Councillor B Jones",
    "19.07.01 Apologies",
    "Apologies were received from Councillor C Brown.",
    "19.07.02 Planning",
    "RESOLVED: that the application be supported.",
]


def text_pdf(folder: Path, name: str, lines: list[str], pages: int = 1, **encryption) -> Path:
    """A PDF with a real text layer: ``lines`` on each of ``pages`` pages."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_font("Body", "", FONT)
    pdf.set_font("Body", size=11)
    if encryption:
        pdf.set_encryption(**encryption)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.set_y(40)
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-20)
        pdf.cell(0, 6, f"Page {number}")
    out = folder / name
    pdf.output(str(out))
    return out


def minutes_pdf(folder: Path, name: str = "minutes.pdf", lines: list[str] | None = None) -> Path:
    return text_pdf(folder, name, lines or MINUTES)


def html_as_pdf(folder: Path) -> Path:
    out = folder / "error-page.pdf"
    out.write_text("<!DOCTYPE html>\n<html><body><h1>503 Service Unavailable</h1></body></html>\n")
    return out


def word_file(folder: Path) -> Path:
    out = folder / "minutes-docx.pdf"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as docx:
        docx.writestr("[Content_Types].xml", "<Types/>")
        docx.writestr("word/document.xml", "<w:document/>")
    out.write_bytes(buffer.getvalue())
    return out


def empty_file(folder: Path) -> Path:
    out = folder / "empty.pdf"
    out.write_bytes(b"")
    return out


def truncated_pdf(folder: Path) -> Path:
    whole = minutes_pdf(folder, "whole.pdf").read_bytes()
    out = folder / "truncated.pdf"
    out.write_bytes(whole[: len(whole) * 2 // 3])
    return out


def damaged_xref_pdf(folder: Path) -> Path:
    """Every cross-reference offset wrong, every object intact: PDFium rebuilds the table."""
    data = minutes_pdf(folder, "whole.pdf").read_bytes()
    start = data.rindex(b"\nxref")
    table = re.sub(rb"\d{10} 00000 n", b"0000000999 00000 n", data[start:])
    out = folder / "damaged-xref.pdf"
    out.write_bytes(data[:start] + table)
    return out


def corrupt_pdf(folder: Path) -> Path:
    """A broken cross-reference table and no objects left to rebuild it from."""
    data = minutes_pdf(folder, "whole.pdf").read_bytes()
    start = data.rindex(b"\nxref")
    body = data[:start].replace(b" obj", b" jbo")
    table = re.sub(rb"\d{10} 00000 n", b"0000000999 00000 n", data[start:])
    out = folder / "corrupt-xref.pdf"
    out.write_bytes(body + table)
    return out


def password_pdf(folder: Path) -> Path:
    return text_pdf(folder, "protected.pdf", MINUTES, owner_password="owner", user_password="secret")


def permissions_only_pdf(folder: Path) -> Path:
    """Encrypted with an owner password only: any reader opens it without asking."""
    return text_pdf(folder, "permissions.pdf", MINUTES, owner_password="owner", user_password="")


def scanned_pdf(folder: Path) -> Path:
    """Pages that are only pictures, as a scanner makes them."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (600, 800), 255)
    ImageDraw.Draw(image).text((50, 50), "Minutes of the meeting", fill=0)
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.image(image, x=0, y=0, w=210)
    out = folder / "scanned.pdf"
    pdf.output(str(out))
    return out


def assemble_pdf(objects: list[bytes]) -> bytes:
    """A PDF file from numbered object bodies (object 1 is the catalog), with a correct xref."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def glyph_codes_pdf(folder: Path) -> Path:
    """Text drawn with a font that has no mapping from glyphs to characters: pdfminer's "(cid:12)"."""
    codes = "".join(f"{12 + i % 40:04X}" for i in range(60))
    stream = f"BT /F1 12 Tf 72 700 Td <{codes}> Tj 0 -20 Td <{codes}> Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Garbled /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Garbled /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 500 >>",
        b"<< /Type /FontDescriptor /FontName /Garbled /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 "
        b"/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ]
    out = folder / "glyph-codes.pdf"
    out.write_bytes(assemble_pdf(objects))
    return out


def not_a_committee_pdf(folder: Path) -> Path:
    """A real PDF with text, but no council, committee, meeting, date or year in it."""
    return text_pdf(folder, "brochure.pdf", [
        "Spring Gardening Tips",
        "Water seedlings early in the morning and keep the soil loose.",
        "Slugs like beer traps; hedgehogs like slugs.",
    ], pages=3)


def big_pack(folder: Path, pages: int = 1000) -> Path:
    """A long PDF: one page of minutes, copied ``pages`` times."""
    page = minutes_pdf(folder, "one-page.pdf")
    source = pdfium.PdfDocument(str(page))
    pack = pdfium.PdfDocument.new()
    for _ in range(pages):
        pack.import_pages(source)
    out = folder / "big-pack.pdf"
    pack.save(str(out))
    pack.close()
    source.close()
    return out


def page_bomb_pdf(folder: Path, characters: int = 5_000_000, per_run: int = 100) -> Path:
    """A few kilobytes that draw ``characters`` characters on one page, ``per_run`` to a text run."""
    content = b"BT /F1 1 Tf 10 10 Td " + (b"(" + b"A" * per_run + b") Tj ") * (characters // per_run) + b"ET"
    stream = zlib.compress(content, 9)
    out = folder / "bomb.pdf"
    out.write_bytes(assemble_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>",
        b"<</Length %d/Filter/FlateDecode>>stream\n" % len(stream) + stream + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"]))
    return out


def broken_page_pdf(folder: Path) -> Path:
    """Three pages of minutes whose second page PDFium cannot load (its page object is missing)."""
    pdf = text_pdf(folder, "broken-page.pdf", MINUTES, pages=3)
    data = pdf.read_bytes()
    kids = re.search(rb"/Kids\s*\[(\d+) 0 R\s+(\d+) 0 R", data)
    start, end = kids.span(2)
    pdf.write_bytes(data[:start] + b"0" * (end - start) + data[end:])  # object 0 is no page; offsets unchanged
    return pdf
