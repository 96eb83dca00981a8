"""Tables keep every cell, whether printed with rules (read by pdfplumber) or without (rebuilt from word positions)."""

import pytest
from conftest import SAMPLES
from pdfgen import render_text

from extract.model import Table
from extract.read import read_pdf
from extract.rows import blocks_from_rows, rows_of
from extract.tables import add_borderless_tables


def _scorecard_text() -> str:
    """The performance scorecard appended to report 8 of the seed pack."""
    lines = (SAMPLES / "text" / "004_e187f8e0c41f6043.txt").read_text(encoding="utf-8").splitlines()
    start = lines.index("Appendix 1 – Performance scorecard")
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("% of Care Leavers"))
    return "\n".join(lines[start:end + 1]) + "\n"


@pytest.mark.parametrize("borders", [True, False])
def test_scorecard_cells(tmp_path, borders):
    path = render_text(_scorecard_text(), tmp_path / "scorecard.pdf", table_borders=borders)
    pdf = read_pdf(path)
    add_borderless_tables(path, pdf.pages)
    tables = [b for b in blocks_from_rows(rows_of(pdf.pages)) if isinstance(b, Table)]
    rows = [row for table in tables for row in table.rows]
    assert ["Rate of referrals", "475", "620", "359", "548"] in rows
    assert ["% assessments completed within timescale", "93.8%", "76.7", "78.5", "82.92"] in rows
    assert ["Rate of looked after children (LAC)", "75.2", "67.9", "49.8", "62"] in rows
    assert not any("1505" in line.text for page in pdf.pages for line in page.lines)  # no run-on lines left


def test_pages_of_prose_gain_no_tables(tmp_path):
    lines = (SAMPLES / "text" / "000_243ad618c18f3a47.txt").read_text(encoding="utf-8").splitlines()
    path = render_text("\n".join(lines[10:40]) + "\n", tmp_path / "prose.pdf")
    pdf = read_pdf(path)
    add_borderless_tables(path, pdf.pages)
    assert not any(page.tables for page in pdf.pages)
