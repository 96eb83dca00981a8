"""Re-runs, newer versions, hand edits, crashes and concurrent runs never lose work."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import badpdfs
from extract import ingest as ingest_module
from extract.archive import Archive
from extract.cli import main
from extract.read import file_sha256
from extract.write import frontmatter_of, is_unedited

MINUTES_V2 = [line.replace("Apologies were received", "Apologies had been received")
              for line in badpdfs.MINUTES]
RECORD = Path("milburn-parish-council/2019-07-02/minutes.md")


def snapshot(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes()
            for p in sorted(docs.rglob("*")) if p.is_file()}


def records(docs: Path) -> dict[str, str]:
    """The pages of the site: Markdown files, leaving out dot-files as MkDocs does."""
    return {k: v.decode() for k, v in snapshot(docs).items()
            if k.endswith(".md") and not any(part.startswith(".") for part in k.split("/"))}


def run(capsys, *args) -> tuple[int, str, str]:
    status = main(["ingest", *map(str, args)])
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.fixture
def docs(tmp_path) -> Path:
    return tmp_path / "docs"


def test_re_ingest_changes_nothing_and_says_so(tmp_path, docs, capsys):
    pdf = badpdfs.minutes_pdf(tmp_path)
    assert run(capsys, pdf, "--docs", docs)[0] == 0
    before = snapshot(docs)

    status, out, _ = run(capsys, pdf, "--docs", docs)

    assert status == 0
    assert snapshot(docs) == before
    assert out.strip() == f"minutes.pdf: unchanged (1 document already in {docs})"


def test_unchanged_pdf_is_not_read_again(tmp_path, docs, capsys, monkeypatch):
    pdf = badpdfs.minutes_pdf(tmp_path)
    run(capsys, pdf, "--docs", docs)

    def must_not_read(*args):
        raise AssertionError("an unchanged PDF was read again")

    monkeypatch.setattr(ingest_module, "count_pages", must_not_read)
    monkeypatch.setattr(ingest_module, "read_pages", must_not_read)
    assert run(capsys, pdf, "--docs", docs)[0] == 0


def test_new_extractor_code_reads_the_pdf_again(tmp_path, docs, capsys, monkeypatch):
    pdf = badpdfs.minutes_pdf(tmp_path)
    run(capsys, pdf, "--docs", docs)
    before = snapshot(docs)
    monkeypatch.setattr(ingest_module, "extractor_fingerprint", lambda: "other code")

    status, out, _ = run(capsys, pdf, "--docs", docs)

    assert status == 0 and "(unchanged)" in out and "already in" not in out
    assert records(docs) == {k: v.decode() for k, v in before.items() if not k.startswith(".")}


def test_newer_version_updates_and_removes_what_it_no_longer_has(tmp_path, docs, capsys):
    pdf = badpdfs.minutes_pdf(tmp_path)
    run(capsys, pdf, "--docs", docs)
    corrected = [line.replace("2nd July 2019", "3rd July 2019") for line in MINUTES_V2]
    badpdfs.minutes_pdf(tmp_path, lines=corrected)  # the same file, replaced by its corrected version

    status, out, _ = run(capsys, pdf, "--docs", docs)

    assert status == 0
    assert list(records(docs)) == ["milburn-parish-council/2019-07-03/minutes.md"]
    assert "Apologies had been received" in records(docs)["milburn-parish-council/2019-07-03/minutes.md"]
    assert f"minutes.pdf: 1 document (a newer version of the PDF ingested from {pdf} on " in out
    assert "(removed)" in out and "(new)" in out
    [source] = json.loads((docs / ".committee-archive/manifest.json").read_text())["sources"].values()
    assert source["records"] == ["milburn-parish-council/2019-07-03/minutes.md"]
    assert source["paths"] == [str(pdf.resolve())] and source["file"] == "minutes.pdf"
    [backup] = (docs / ".committee-archive/backups").rglob("*.removed-*.bak")  # nothing is lost
    assert "2nd July 2019" in backup.read_text()
    assert "a copy is in .committee-archive/backups/" in out


def test_two_pdfs_sharing_a_file_name_both_survive(tmp_path, docs, capsys):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    july = badpdfs.minutes_pdf(tmp_path / "x")
    august = badpdfs.minutes_pdf(tmp_path / "y", lines=[line.replace("2nd July 2019", "6th August 2019")
                                                         for line in badpdfs.MINUTES])
    run(capsys, july, "--docs", docs)

    status, out, _ = run(capsys, august, "--docs", docs)

    assert status == 0 and "(new)" in out and "removed" not in out and "newer version" not in out
    assert list(records(docs)) == ["milburn-parish-council/2019-07-02/minutes.md",
                                   "milburn-parish-council/2019-08-06/minutes.md"]
    assert run(capsys, july, "--docs", docs)[1].startswith("minutes.pdf: unchanged")


def test_the_same_pdf_under_another_name_is_recognised(tmp_path, docs, capsys):
    pdf = badpdfs.minutes_pdf(tmp_path)
    copy = tmp_path / "copy of minutes.pdf"
    copy.write_bytes(pdf.read_bytes())
    run(capsys, pdf, "--docs", docs)
    before = records(docs)

    status, out, _ = run(capsys, copy, "--docs", docs)

    assert status == 0 and records(docs) == before
    assert out.strip() == f"copy of minutes.pdf: unchanged (the same PDF as minutes.pdf, 1 document already in {docs})"


def test_one_document_in_two_pdfs_is_kept_once_and_said_so(tmp_path, docs, capsys):
    """The same minutes published alone and again in a re-issued file: one record, held by both."""
    alone = badpdfs.minutes_pdf(tmp_path, "minutes.pdf")
    again = tmp_path / "reissued.pdf"
    again.write_bytes(alone.read_bytes() + b"\n% re-issued\n")  # other bytes, the same document
    run(capsys, alone, "--docs", docs)
    before = records(docs)

    status, out, _ = run(capsys, again, "--docs", docs)

    assert status == 0 and records(docs) == before
    assert f"-> {docs / RECORD} (identical: already there from minutes.pdf)" in out
    badpdfs.text_pdf(tmp_path, "minutes.pdf", ["Milburn Parish Council", "Agenda for 9th July 2019"])
    run(capsys, alone, "--docs", docs)  # a newer minutes.pdf without them: reissued.pdf still holds them
    assert RECORD.as_posix() in records(docs)


def test_a_different_record_of_the_same_meeting_is_kept_beside_it_with_a_warning(tmp_path, docs, capsys):
    first = badpdfs.minutes_pdf(tmp_path, "minutes.pdf")
    second = badpdfs.minutes_pdf(tmp_path, "minutes-corrected.pdf", lines=MINUTES_V2)
    run(capsys, first, "--docs", docs)
    before = records(docs)[RECORD.as_posix()]

    status, out, _ = run(capsys, second, "--docs", docs)

    assert status == 0
    beside = RECORD.with_name("minutes-2.md").as_posix()
    assert records(docs)[RECORD.as_posix()] == before
    assert "Apologies had been received" in records(docs)[beside]
    assert (f"warning: {RECORD.as_posix()} holds a different minutes of the same meeting, from minutes.pdf: "
            f"kept both, this PDF's in {beside}") in out
    # and ingesting the first again restores nothing because nothing was lost
    assert run(capsys, first, "--docs", docs)[1].startswith("minutes.pdf: unchanged")


def test_a_record_of_another_pdf_is_never_removed(tmp_path, docs, capsys):
    """Minutes printed in the next agenda pack and published alone share one record."""
    first = badpdfs.minutes_pdf(tmp_path, "pack.pdf")
    second = badpdfs.minutes_pdf(tmp_path, "minutes.pdf")
    run(capsys, first, second, "--docs", docs)
    badpdfs.text_pdf(tmp_path, "pack.pdf", ["Milburn Parish Council", "Agenda for 9th July 2019"])

    run(capsys, first, "--docs", docs)

    assert RECORD.as_posix() in records(docs)


def edit(docs: Path) -> str:
    path = docs / RECORD
    edited = path.read_text().replace("Councillor C Brown", "Councillor C Browne")
    path.write_text(edited)
    return edited


def test_hand_edit_is_carried_onto_a_newer_version_and_nothing_is_lost(tmp_path, docs, capsys):
    run(capsys, badpdfs.minutes_pdf(tmp_path), "--docs", docs)
    edited = edit(docs)  # a name corrected in the text
    newer = badpdfs.minutes_pdf(tmp_path, lines=MINUTES_V2)  # the text changed too

    status, out, _ = run(capsys, newer, "--docs", docs)

    assert status == 0
    text = (docs / RECORD).read_text()
    data = frontmatter_of(text)
    assert data["source"]["sha256"] == file_sha256(newer)  # the frontmatter follows the new version
    assert "Apologies were received from Councillor C Browne." in text  # both changed the text: the officer's stays
    new_text = (docs / ".committee-archive/extracted" / RECORD).read_text()
    assert "Apologies had been received" in new_text  # and the new one is kept beside it
    assert [e["field"] for e in data["review"]] == ["text"]
    assert "(updated, your corrections kept)" in out and "which you edited: kept yours, for review" in out
    [backup] = (docs / ".committee-archive/backups").rglob("*.edited-*.bak")
    assert backup.read_text() == edited


def test_hand_edit_of_an_unchanged_pdf_is_kept_too(tmp_path, docs, capsys):
    pdf = badpdfs.minutes_pdf(tmp_path)
    run(capsys, pdf, "--docs", docs)
    edited = edit(docs)
    assert run(capsys, pdf, "--docs", docs)[0] == 0
    assert (docs / RECORD).read_text() == edited


def test_a_file_ingest_did_not_write_is_never_overwritten(tmp_path, docs, capsys):
    (docs / RECORD).parent.mkdir(parents=True)
    (docs / RECORD).write_text("---\nkind: minutes\n---\n\nWritten by the clerk.\n")
    run(capsys, badpdfs.minutes_pdf(tmp_path), "--docs", docs)
    assert (docs / RECORD).read_text().endswith("Written by the clerk.\n")


def test_force_replaces_a_hand_edit_and_keeps_a_backup_outside_the_site(tmp_path, docs, capsys):
    run(capsys, badpdfs.minutes_pdf(tmp_path), "--docs", docs)
    edited = edit(docs)

    status, out, _ = run(capsys, badpdfs.minutes_pdf(tmp_path, lines=MINUTES_V2), "--docs", docs, "--force")

    assert status == 0
    assert "Apologies had been received" in (docs / RECORD).read_text()
    backups = list((docs / ".committee-archive/backups").rglob("*"))
    backups = [b for b in backups if b.is_file()]
    assert len(backups) == 1 and backups[0].read_text() == edited
    assert backups[0].suffix == ".bak"  # not a page of the site, even for a build that globs *.md
    assert "(replaced-edited)" in out


def test_hand_edited_stale_record_is_kept(tmp_path, docs, capsys):
    run(capsys, badpdfs.minutes_pdf(tmp_path), "--docs", docs)
    edited = edit(docs)
    moved = [line.replace("2nd July 2019", "3rd July 2019") for line in badpdfs.MINUTES]

    _, out, _ = run(capsys, badpdfs.minutes_pdf(tmp_path, lines=moved), "--docs", docs)

    assert (docs / RECORD).read_text() == edited
    assert "not in the new version of the PDF, but was edited by hand" in out


def test_backups_and_state_are_not_built_into_the_site(tmp_path, docs, capsys):
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    run(capsys, badpdfs.minutes_pdf(tmp_path), "--docs", docs)
    edit(docs)
    run(capsys, badpdfs.minutes_pdf(tmp_path, lines=MINUTES_V2), "--docs", docs, "--force")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(f"site_name: test\ndocs_dir: {docs}\n")

    files = get_files(load_config(str(config_file)))

    published = [f.src_uri for f in files if f.inclusion.is_included()]
    assert published == [RECORD.as_posix()]


def test_two_documents_of_one_pdf_never_share_a_file():
    taken: set[str] = set()
    assert [ingest_module._unique("c/d/report-x.md", taken) for _ in range(3)] == [
        "c/d/report-x.md", "c/d/report-x-2.md", "c/d/report-x-3.md"]


def test_a_failed_write_leaves_the_old_record_whole(tmp_path, docs, capsys, monkeypatch):
    run(capsys, badpdfs.minutes_pdf(tmp_path), "--docs", docs)
    before = snapshot(docs)

    def disk_full(handle):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    assert main(["ingest", str(badpdfs.minutes_pdf(tmp_path, lines=MINUTES_V2)), "--docs", str(docs)]) == 1
    assert "No space left on device" in capsys.readouterr().err

    assert snapshot(docs) == before  # no half-written record, no stray temporary file


def test_one_short_pdf_is_read_by_one_worker_process(tmp_path, docs, capsys, monkeypatch):
    """One worker, not one per core: it costs a fork, and bounds what a hostile PDF can take (test_bad_input)."""
    started = []
    real_pool = ingest_module.worker_pool
    monkeypatch.setattr(ingest_module, "worker_pool",
                        lambda workers, memory: started.append(workers) or real_pool(workers, memory))
    assert run(capsys, badpdfs.minutes_pdf(tmp_path), "--docs", docs, "--jobs", "4")[0] == 0
    assert started == [1]


def test_a_long_pdf_is_read_in_parallel_parts_with_the_same_result(tmp_path, capsys, monkeypatch):
    pack = badpdfs.big_pack(tmp_path, pages=60)
    started = []
    real_pool = ingest_module.worker_pool
    monkeypatch.setattr(ingest_module, "worker_pool",
                        lambda workers, memory: started.append(workers) or real_pool(workers, memory))

    run(capsys, pack, "--docs", tmp_path / "serial", "--jobs", "1")
    run(capsys, pack, "--docs", tmp_path / "parallel", "--jobs", "3")

    assert started == [1, 3]
    assert records(tmp_path / "serial") == records(tmp_path / "parallel")


def test_a_second_ingest_waits_for_the_first(tmp_path, docs, capsys):
    pdf = badpdfs.minutes_pdf(tmp_path)
    with Archive(docs).writing():
        second = subprocess.Popen([sys.executable, "-m", "extract", "ingest", str(pdf), "--docs", str(docs)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        waiting = second.stderr.readline()  # however long a loaded machine takes to get there
        assert "waiting for another ingest" in waiting
        assert second.poll() is None
        assert records(docs) == {}
    out, err = second.communicate(timeout=60)
    assert second.returncode == 0, err
    assert RECORD.as_posix() in records(docs)


def test_kill_9_mid_ingest_leaves_every_record_old_or_new(tmp_path, capsys):
    """Run the real thing and kill it at different moments; every record must be whole."""
    def meeting(lines: list[str], day: int) -> list[str]:
        return [line.replace("2nd July", f"{day}th July") for line in lines]

    old_pdfs = [badpdfs.text_pdf(tmp_path, f"m{day}.pdf", meeting(badpdfs.MINUTES, day), pages=20)
                for day in range(4, 10)]
    old_docs = tmp_path / "old"
    run(capsys, *old_pdfs, "--docs", old_docs)
    new_pdfs = [badpdfs.text_pdf(tmp_path, f"m{day}.pdf", meeting(MINUTES_V2, day), pages=20)
                for day in range(4, 10)]
    new_docs = tmp_path / "new"
    run(capsys, *new_pdfs, "--docs", new_docs)
    old, new = records(old_docs), records(new_docs)
    assert len(old) == 6 and old.keys() == new.keys() and old != new

    for attempt, delay in enumerate((0.3, 0.6, 0.9, 1.2, 1.6, 2.0)):
        docs = tmp_path / f"killed-{attempt}"
        subprocess.run(["cp", "-a", str(old_docs), str(docs)], check=True)
        victim = subprocess.Popen([sys.executable, "-m", "extract", "ingest", *map(str, new_pdfs),
                                   "--docs", str(docs), "--jobs", "1"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        for path, text in records(docs).items():
            assert text in (old[path], new[path]), f"{path} is half-written after kill -9 at {delay}s"
            assert is_unedited(text)
        # and the next run finishes the job
        assert main(["ingest", *map(str, new_pdfs), "--docs", str(docs)]) == 0
        capsys.readouterr()
        assert records(docs) == new


def test_the_sample_pack_under_two_names_and_reissued_loses_and_overwrites_nothing(tmp_path, docs, capsys):
    pack = Path(__file__).resolve().parents[1] / "samples" / "pdf" / "004_e187f8e0c41f6043.pdf"
    run(capsys, pack, "--docs", docs)
    before = snapshot(docs)
    renamed = tmp_path / "Agenda pack 13 February 2018.pdf"
    renamed.write_bytes(pack.read_bytes())
    reissued = tmp_path / "Agenda pack 13 February 2018 (re-issued).pdf"
    reissued.write_bytes(pack.read_bytes() + b"\n% re-issued\n")

    status, out, _ = run(capsys, renamed, reissued, "--docs", docs)

    assert status == 0
    assert out.startswith(f"{renamed.name}: unchanged (the same PDF as {pack.name}, 12 documents already in {docs})")
    assert f"{reissued.name}: 12 documents" in out
    assert out.count(f"(identical: already there from {pack.name})") == 12
    assert records(docs) == {k: v.decode() for k, v in before.items() if k in records(docs)}
    assert len(records(docs)) == 12
