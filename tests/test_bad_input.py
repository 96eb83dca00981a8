"""Bad input costs one line on stderr and that file only: never a traceback, never the rest of the run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import badpdfs
from extract.cli import main

BAD_INPUTS = [
    (badpdfs.html_as_pdf, "not a PDF (an HTML page"),
    (badpdfs.word_file, "not a PDF (a Word"),
    (badpdfs.empty_file, "empty file"),
    (badpdfs.truncated_pdf, "truncated PDF"),
    (badpdfs.corrupt_pdf, "corrupt PDF"),
    (badpdfs.password_pdf, "password-protected PDF"),
    (badpdfs.scanned_pdf, "no text layer"),
    (badpdfs.glyph_codes_pdf, "unreadable glyph codes"),
    (badpdfs.not_a_committee_pdf, "no committee document recognised (found 3 pages of text: 'Spring Gardening Tips')"),
]


def records(docs: Path) -> list[Path]:
    return sorted(p for p in docs.rglob("*.md") if ".committee-archive" not in p.parts)


@pytest.mark.parametrize("make,reason", BAD_INPUTS, ids=[m.__name__ for m, _ in BAD_INPUTS])
def test_bad_file_is_one_error_line_and_the_good_file_is_still_ingested(tmp_path, capsys, make, reason):
    bad = make(tmp_path)
    good = badpdfs.minutes_pdf(tmp_path)
    docs = tmp_path / "docs"

    # With OCR off a scan is bad input too (tests/test_ocr.py has scans recognised).
    status = main(["ingest", "--no-ocr", str(bad), str(good), "--docs", str(docs)])

    err = capsys.readouterr().err
    assert status == 1
    assert err.splitlines() == [f"error: {bad}: {err.split(': ', 2)[-1].strip()}"]
    assert reason in err
    assert "Traceback" not in err
    written = records(docs)
    assert [p.name for p in written] == ["minutes.md"]
    assert all(f"file: {good.name}" in p.read_text() for p in written)


@pytest.mark.parametrize("make", [badpdfs.damaged_xref_pdf, badpdfs.permissions_only_pdf])
def test_a_pdf_any_reader_opens_is_ingested(tmp_path, capsys, make):
    """A cross-reference table PDFium can rebuild, or a permissions-only password, lose nothing."""
    pdf = make(tmp_path)
    assert main(["ingest", str(pdf), "--docs", str(tmp_path / "docs")]) == 0
    text = records(tmp_path / "docs")[0].read_text()
    assert "Apologies were received from Councillor C Brown." in text


def test_a_missing_file_is_one_error_line(tmp_path, capsys):
    assert main(["ingest", str(tmp_path / "nowhere.pdf"), "--docs", str(tmp_path / "docs")]) == 1
    assert capsys.readouterr().err.strip() == f"error: {tmp_path / 'nowhere.pdf'}: cannot read file (No such file or directory)"


def test_a_parser_bug_is_one_error_line_and_debug_shows_the_traceback(tmp_path, capsys, monkeypatch):
    def broken(span, pdf):
        raise KeyError("surprise")

    monkeypatch.setattr("extract.parse.parse_span", broken)
    pdf = badpdfs.minutes_pdf(tmp_path)
    docs = tmp_path / "docs"

    assert main(["ingest", str(pdf), "--docs", str(docs)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert err.startswith(f"error: {pdf}: internal error KeyError") and "--debug" in err
    assert records(docs) == []

    assert main(["ingest", str(pdf), "--docs", str(docs), "--debug"]) == 1
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "raise KeyError" in err


def test_a_reader_bug_in_a_worker_process_is_one_error_line(tmp_path, capsys, monkeypatch):
    """Workers are forked, so the patched reader is what they run."""
    def broken(path, start, stop):
        raise ZeroDivisionError("in a worker")

    monkeypatch.setattr("extract.ingest.read_pages", broken)
    first, second = badpdfs.minutes_pdf(tmp_path, "a.pdf"), badpdfs.minutes_pdf(tmp_path, "b.pdf")
    assert main(["ingest", str(first), str(second), "--docs", str(tmp_path / "docs"), "--jobs", "2"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all("internal error ZeroDivisionError" in line for line in err)


def test_a_1000_page_pdf_is_ingested_within_500_mb(tmp_path):
    pack = badpdfs.big_pack(tmp_path, pages=1000)
    docs = tmp_path / "docs"
    script = (
        "import json, resource, sys\n"
        "from extract.cli import main\n"
        "status = main(['ingest', sys.argv[1], '--docs', sys.argv[2]])\n"
        "peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,\n"
        "           resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "print(json.dumps({'status': status, 'peak_kb': peak}))\n")
    run = subprocess.run([sys.executable, "-c", script, str(pack), str(docs)],
                         capture_output=True, text=True, check=True)
    result = json.loads(run.stdout.splitlines()[-1])
    assert result["status"] == 0
    assert result["peak_kb"] < 500 * 1024
    text = records(docs)[0].read_text()
    assert "pages:\n  - 1\n  - 1000" in text


def test_a_pdf_that_crashes_its_worker_process_costs_that_file_only(tmp_path, capsys, monkeypatch):
    """PDFium is C: a hostile PDF can kill the process reading it. Workers are forked, so they crash too."""
    from extract import ingest as ingest_module

    real = ingest_module.read_pages

    def crash_on_hostile(path, start, stop):
        if path.name == "hostile.pdf":
            os._exit(11)
        return real(path, start, stop)

    monkeypatch.setattr(ingest_module, "read_pages", crash_on_hostile)
    hostile = badpdfs.minutes_pdf(tmp_path, "hostile.pdf")
    good = [badpdfs.minutes_pdf(tmp_path, f"good-{i}.pdf") for i in range(3)]
    docs = tmp_path / "docs"

    status = main(["ingest", str(good[0]), str(hostile), str(good[1]), str(good[2]), "--docs", str(docs), "--jobs", "2"])

    err = capsys.readouterr().err.splitlines()
    assert status == 1
    assert f"error: {hostile}: reading it crashed the PDF library (PDFium); nothing was written" in err
    assert len(err) <= 2 and "Traceback" not in "\n".join(err)  # at worst, a neighbour is blamed too
    assert records(docs)
