"""Scanned PDFs: a clear error by default; with --ocr, records marked as OCR text."""

import os
from pathlib import Path

import frontmatter
import pytest
from pdfgen import rasterize, render_text

from extract.cli import main
from extract.ocr import ocr_available

MINUTES = """Milburn Parish Council - 2nd July 2019
Present Councillors D Richardson (Chair) N Cresswell, M Armstrong, R Healey and P Moran Clerk J H Todd
19.07.01 Apologies
Alan Armstrong, EDC
19.07.02 Register of Interests
None
The Chairman brought the meeting to a close at 7.55pm
"""


@pytest.fixture(scope="module")
def scanned_minutes(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("scan")
    return rasterize(render_text(MINUTES, folder / "typed.pdf"), folder / "scanned-minutes.pdf")


def test_a_scan_is_refused_with_a_pointer_to_ocr(scanned_minutes, tmp_path, capsys):
    assert main(["ingest", str(scanned_minutes), "--docs", str(tmp_path / "docs")]) == 1
    error = capsys.readouterr().err.strip()
    assert error == f"error: {scanned_minutes}: no text layer — scanned document, needs OCR (ingest --ocr)"
    assert not list(tmp_path.rglob("*.md"))


# In CI the test command installs OCR, so there a missing OCR fails the test rather than skipping it.
@pytest.mark.skipif(not ocr_available() and not os.environ.get("CI"),
                    reason="OCRmyPDF/Tesseract missing: scripts/setup --test installs them")
def test_ocr_reads_a_scan_and_marks_its_records(scanned_minutes, tmp_path, capsys):
    docs = tmp_path / "docs"
    assert main(["ingest", "--ocr", "eng", str(scanned_minutes), "--docs", str(docs)]) == 0
    assert "recognised by OCR" in capsys.readouterr().out
    [record] = [frontmatter.load(p) for p in docs.rglob("*.md") if not p.name.startswith(".")]
    assert record["kind"] == "minutes"
    assert record["source"]["ocr"] is True
    assert record["date"] == "2019-07-02"
    assert [item["number"] for item in record["items"]] == ["19.07.01", "19.07.02"]
    assert "Register of Interests" in record.content
