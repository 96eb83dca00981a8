"""The seed texts printed from a word processor (scripts/wordgen.py) extract as the report system's PDFs do.

Word's output differs where extraction is fragile: other fonts, list bullets in a symbol font, the cover
block as a Word table with or without borders (committee names wrapping inside its narrow cells),
paragraphs a few points apart, a running footer.
"""

from __future__ import annotations

import functools

import pytest
from conftest import ROOT, SAMPLES

from extract.parse import parse_span
from extract.read import read_pdf
from extract.split import split

wordgen = pytest.importorskip("wordgen")
if wordgen.soffice() is None:
    pytest.skip("LibreOffice is not installed (scripts/setup --test installs it)", allow_module_level=True)


@functools.lru_cache(maxsize=None)
def extracted(pdf_path) -> list[tuple]:
    pdf = read_pdf(pdf_path)
    records = [parse_span(span, pdf) for span in split(pdf)]
    return [(r.kind, r.committee, r.date, r.title if r.kind == "report" else None,
             len(r.recommendations) if r.kind == "report" else None) for r in records if r.kind != "appendix"]


@pytest.fixture(scope="module")
def renderings():
    # The cache extraction_score.py uses: built once for both.
    return wordgen.render_all(sorted((SAMPLES / "text").glob("*.txt")), ROOT / "build" / "wordgen")


@pytest.mark.parametrize("style", [s.name for s in wordgen.STYLES])
@pytest.mark.parametrize("name", ["000_243ad618c18f3a47", "001_df18585e4538f6a1", "002_8907ed6a96e8c8cb",
                                  "003_4ef44ca89fa4a74f"])
def test_a_report_printed_from_word_reads_as_the_original(renderings, style, name):
    rendering = next(p for p in renderings[style] if p.stem == name)
    assert extracted(rendering) == extracted(SAMPLES / "pdf" / f"{name}.pdf")


@pytest.mark.parametrize("style", [s.name for s in wordgen.STYLES])
def test_the_pack_printed_from_word_holds_the_same_reports(renderings, style):
    rendering = next(p for p in renderings[style] if p.stem.startswith("004"))
    reports = [r for r in extracted(rendering) if r[0] == "report"]
    assert reports == [r for r in extracted(SAMPLES / "pdf" / "004_e187f8e0c41f6043.pdf") if r[0] == "report"]
