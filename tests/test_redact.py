"""Exempt papers: a pack holding a report not for publication → an exempt record, and a PDF copy without its pages."""

import pypdfium2 as pdfium
import pytest
from conftest import SAMPLES
from pdfgen import render_text

from extract.model import Report
from extract.parse import parse_span
from extract.read import read_pdf
from extract.publication import withheld_pages
from extract.redact import redacted_pdf
from extract.split import split
from extract.write import render_record

SEED = SAMPLES / "text" / "004_e187f8e0c41f6043.txt"
EXEMPT_NOTE = "Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972"
# A sentence that only the exempt report (item 9 of the seed pack) holds.
EXEMPT_TEXT = "Fair Access Protocol"


def _exempt_pack_text() -> str:
    """The seed pack's front sheet, report 8, report 9 marked exempt, and report 10."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    at = {marker: next(i for i, line in enumerate(lines) if line.startswith(marker))
          for marker in ("Agenda published on", "13 February 2018\t\tITEM: 8", "Appendix 1 – Performance scorecard",
                         "13 February 2018\t\tITEM: 9", "13 February 2018\t\tITEM: 10", "Appendix 1 SEND")}
    front = lines[:at["Agenda published on"] + 1]
    report_8 = lines[at["13 February 2018\t\tITEM: 8"]:at["Appendix 1 – Performance scorecard"]]
    report_9 = lines[at["13 February 2018\t\tITEM: 9"]:at["13 February 2018\t\tITEM: 10"]]
    report_9 = [line.replace("This report is Public", "This report is Exempt") for line in report_9]
    report_9.insert(report_9.index(next(line for line in report_9 if "This report is Exempt" in line)) + 1,
                    EXEMPT_NOTE)
    report_10 = lines[at["13 February 2018\t\tITEM: 10"]:at["Appendix 1 SEND"]]
    return "\n".join(front + report_8 + report_9 + report_10) + "\n"


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    path = render_text(_exempt_pack_text(), tmp_path_factory.mktemp("exempt") / "exempt-pack.pdf")
    pdf = read_pdf(path)
    return path, [parse_span(span, pdf) for span in split(pdf)]


def _text_of(path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return " ".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def test_exempt_report_is_a_record_with_its_body_withheld(pack):
    _, records = pack
    reports = {r.item: r for r in records if isinstance(r, Report)}
    assert set(reports) == {"8", "9", "10"}
    assert reports["9"].exempt and reports["9"].public is False
    assert not reports["8"].exempt and not reports["10"].exempt
    assert EXEMPT_TEXT not in render_record(reports["9"])
    assert EXEMPT_TEXT in " ".join(getattr(b, "text", "") for b in reports["9"].content)


def test_download_copy_leaves_the_exempt_pages_out(pack, tmp_path):
    path, records = pack
    ranges = withheld_pages(records, records[0].source.sha256)
    (first, last), = ranges
    out = redacted_pdf(path, ranges, tmp_path / "public.pdf")
    original = len(pdfium.PdfDocument(str(path)))
    assert len(pdfium.PdfDocument(str(out))) == original - (last - first + 1)
    assert EXEMPT_TEXT in _text_of(path)
    assert EXEMPT_TEXT not in _text_of(out)
    assert "Children's Social Care Performance" in _text_of(out)


def test_nothing_to_publish_when_every_page_is_exempt(pack, tmp_path):
    path, _ = pack
    count = len(pdfium.PdfDocument(str(path)))
    assert redacted_pdf(path, [(1, count)], tmp_path / "none.pdf") is None
    assert not (tmp_path / "none.pdf").exists()
