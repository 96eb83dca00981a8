"""Bad input costs one line on stderr and that file only: never a traceback, never the rest of the run."""

from __future__ import annotations

import errno
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
    assert (f"error: {hostile}: reading it crashed the PDF library (PDFium), or took more memory or "
            f"time than any council paper needs; nothing was written") in err
    assert len(err) <= 2 and "Traceback" not in "\n".join(err)  # at worst, a neighbour is blamed too
    assert records(docs)


def run_ingest(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """In a process of its own, so a regression that hangs fails the test instead of stopping the suite."""
    return subprocess.run([sys.executable, "-m", "extract", "ingest", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=Path(__file__).resolve().parents[1])


def test_a_fifo_or_a_device_is_refused_without_being_read(tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    good = badpdfs.minutes_pdf(tmp_path)
    result = run_ingest(str(fifo), "/dev/zero", str(tmp_path), str(good), "--docs", str(tmp_path / "docs"))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"error: {fifo}: not a regular file (a pipe (FIFO))",
                                          "error: /dev/zero: not a regular file (a device)",
                                          f"error: {tmp_path}: not a regular file (a folder)"]
    assert [p.name for p in records(tmp_path / "docs")] == ["minutes.md"]


def test_nothing_is_made_when_every_input_fails(tmp_path):
    docs = tmp_path / "docs"
    result = run_ingest(str(badpdfs.html_as_pdf(tmp_path)), str(tmp_path / "nowhere.pdf"), "--docs", str(docs))
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 2
    assert not docs.exists()


def test_docs_naming_a_file_is_one_error_line(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.write_text("not a folder")
    assert main(["ingest", str(badpdfs.minutes_pdf(tmp_path)), "--docs", str(docs)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: {docs}: not a folder (--docs names the archive's folder)"]


def test_a_build_told_a_file_is_a_folder_says_which_in_one_line(tmp_path, capsys):
    docs, site = tmp_path / "docs", tmp_path / "site"
    assert main(["ingest", str(badpdfs.minutes_pdf(tmp_path)), "--docs", str(docs)]) == 0
    site.write_text("not a folder")
    config = str(Path(__file__).resolve().parents[1] / "mkdocs.yml")
    capsys.readouterr()
    assert main(["build", "--docs", str(docs), "--site", str(site), "--config", config]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: {site}: not a folder (--site names the folder the site is built into)"]
    assert main(["build", "--docs", str(site), "--site", str(tmp_path / "out"), "--config", config]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: {site}: not a folder (--docs names the archive's folder)"]


def test_a_full_disk_during_a_build_is_one_error_line(tmp_path, capsys, monkeypatch):
    docs = tmp_path / "docs"
    assert main(["ingest", str(badpdfs.minutes_pdf(tmp_path)), "--docs", str(docs)]) == 0
    monkeypatch.chdir(tmp_path)  # the build's stage of its own

    def full(source, target):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))

    monkeypatch.setattr("extract.publish.stage.link_or_copy", full)
    capsys.readouterr()
    assert main(["build", "--docs", str(docs), "--site", str(tmp_path / "site"),
                 "--config", str(Path(__file__).resolve().parents[1] / "mkdocs.yml")]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("error: ") and line.endswith(": No space left on device")


def test_a_full_disk_is_one_error_line_and_leaves_no_half_written_file(tmp_path, capsys, monkeypatch):
    def full(handle):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    docs = tmp_path / "docs"
    assert main(["ingest", str(badpdfs.minutes_pdf(tmp_path)), "--docs", str(docs)]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"error: {docs}: cannot write the archive (No space left on device")
    assert [p for p in docs.rglob("*") if p.is_file()] == []


def test_a_really_full_disk_is_one_error_line(tmp_path):
    """A 4 kB tmpfs (needs root; skipped elsewhere): ENOSPC from the kernel itself."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here (not root)")
    try:
        result = run_ingest(str(badpdfs.big_pack(tmp_path, pages=30)), "--docs", str(disk / "docs"))
        assert result.returncode == 1
        [line] = result.stderr.splitlines()
        assert "cannot write the archive (No space left on device" in line
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_a_reader_that_goes_away_does_not_stop_the_ingest(tmp_path):
    """``ingest … | head -1``: the first line is read, the pipe closed, and every PDF still goes in."""
    pdfs = [badpdfs.minutes_pdf(tmp_path, f"m{day}.pdf", [line.replace("2nd July", f"{day}th July")
                                                            for line in badpdfs.MINUTES])
            for day in range(4, 12)]
    docs = tmp_path / "docs"
    run = subprocess.Popen([sys.executable, "-m", "extract", "ingest", *map(str, pdfs), "--docs", str(docs),
                            "--jobs", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           cwd=Path(__file__).resolve().parents[1])
    assert run.stdout.readline()
    run.stdout.close()
    err = run.stderr.read().decode()
    assert run.wait(timeout=120) == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err
    assert len(records(docs)) == len(pdfs)


def test_a_page_bomb_is_refused_in_a_moment(tmp_path, capsys):
    """10 kB that ask for 5 million characters on one page (1.6 GB and 44 s before the limits)."""
    bomb = badpdfs.page_bomb_pdf(tmp_path)
    assert bomb.stat().st_size < 30_000
    assert main(["ingest", str(bomb), "--docs", str(tmp_path / "docs")]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: {bomb}: page 1 is too large to read safely (over 20,000 runs of text)"]


def test_a_page_with_too_many_characters_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("extract.read.MAX_PAGE_CHARS", 5_000)
    bomb = badpdfs.page_bomb_pdf(tmp_path, characters=20_000, per_run=1_000)
    assert main(["ingest", str(bomb), "--docs", str(tmp_path / "docs")]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: {bomb}: page 1 is too large to read safely (20,000 characters; the limit is 5,000)"]


def test_a_pdf_taking_too_long_is_one_error_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("extract.ingest.FILE_SECONDS", 0.05)
    pack = badpdfs.big_pack(tmp_path, pages=200)
    assert main(["ingest", str(pack), "--docs", str(tmp_path / "docs")]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: {pack}: took more than 0.05 s of processor time: not a paper this tool can read"]


def test_a_pdf_needing_too_much_memory_costs_that_file_only(tmp_path):
    """Within the page limits, but PDFium needs more memory for it than the worker may take.

    Run in a freshly started interpreter, as the command is: a worker forked from the test
    process would inherit its heap, whose free memory PDFium could use without growing the
    worker's address space (what the limit counts), and the limit would not be met.
    """
    heavy, good = badpdfs.page_bomb_pdf(tmp_path, characters=200_000, per_run=20), badpdfs.minutes_pdf(tmp_path)
    run = ("import sys, extract.ingest; extract.ingest.WORKER_MEMORY = 16 << 20; "
           "from extract.cli import main; sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", run, "ingest", str(heavy), str(good), "--docs", str(tmp_path / "docs")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 1
    [line] = done.stderr.splitlines()
    assert line.startswith(f"error: {heavy}: ") and "memory" in line
    assert [p.name for p in records(tmp_path / "docs")] == ["minutes.md"]


def test_a_page_that_cannot_be_read_is_skipped_with_a_warning(tmp_path, capsys):
    pdf = badpdfs.broken_page_pdf(tmp_path)
    docs = tmp_path / "docs"
    assert main(["ingest", str(pdf), "--docs", str(docs)]) == 0
    out = capsys.readouterr().out
    assert "warning: page 2 could not be read (failed to load page): skipped, and left out of the published PDF" in out
    [record] = records(docs)
    text = record.read_text()
    assert "exempt_pages:\n- 2\n" in text and "Apologies were received from Councillor C Brown." in text
