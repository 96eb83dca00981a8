"""Scanned PDFs: recognised by OCR where it is installed, their records marked as OCR text and for review;
with --no-ocr, a clear error."""

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


def test_a_scan_is_refused_when_ocr_is_off(scanned_minutes, tmp_path, capsys):
    assert main(["ingest", "--no-ocr", str(scanned_minutes), "--docs", str(tmp_path / "docs")]) == 1
    error = capsys.readouterr().err.strip()
    assert error == (f"error: {scanned_minutes}: no text layer — scanned document "
                     "(ingest recognises scans by OCR unless --no-ocr is given)")
    assert not list(tmp_path.rglob("*.md"))


# In CI the test command installs OCR, so there a missing OCR fails the test rather than skipping it.
@pytest.mark.skipif(not ocr_available() and not os.environ.get("CI"),
                    reason="OCRmyPDF/Tesseract missing: scripts/setup --test installs them")
def test_ocr_reads_a_scan_after_the_other_pdfs_and_marks_its_records(scanned_minutes, tmp_path, capsys):
    docs = tmp_path / "docs"
    typed = scanned_minutes.with_name("typed.pdf")
    assert main(["ingest", str(scanned_minutes), str(typed), "--docs", str(docs)]) == 0
    out = capsys.readouterr().out
    assert "recognised by OCR" in out
    assert out.index("typed.pdf:") < out.index("scanned-minutes.pdf:")  # the scan waits for the rest
    [record] = [frontmatter.load(p) for p in docs.rglob("*.md") if p.parent.parent.parent == docs
                and frontmatter.load(p)["source"].get("ocr")]
    assert record["kind"] == "minutes"
    assert record["review"][-1]["field"] == "text" and "OCR" in record["review"][-1]["why"]
    assert record["date"] == "2019-07-02"
    assert [item["number"] for item in record["items"]] == ["19.07.01", "19.07.02"]
    assert "Register of Interests" in record.content


@pytest.mark.skipif(not ocr_available() and not os.environ.get("CI"),
                    reason="OCRmyPDF/Tesseract missing: scripts/setup --test installs them")
def test_a_scan_is_recognised_once(scanned_minutes, tmp_path, monkeypatch):
    from extract import ocr

    assert main(["ingest", str(scanned_minutes), "--docs", str(tmp_path / "a")]) == 0
    monkeypatch.setattr(ocr, "ocr_pdf", lambda *args: pytest.fail("recognised the same scan twice"))
    assert main(["ingest", str(scanned_minutes), "--docs", str(tmp_path / "b")]) == 0
    assert len(list(ocr.cache_dir().glob("*.pdf"))) == 1
