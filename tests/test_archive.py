"""The archive module: the lock that keeps ingest and build apart, and records read back one at a time."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.archive import Archive, RecordsInvalid
from site_archive import write_archive

ROOT = Path(__file__).resolve().parents[1]


def test_a_build_waits_for_an_ingest_to_finish(tmp_path):
    docs = tmp_path / "docs"
    write_archive(docs)
    with Archive(docs).writing():
        build = subprocess.Popen([sys.executable, "-m", "extract", "build", "--docs", str(docs),
                                  "--site", str(tmp_path / "site"), "--config", str(ROOT / "mkdocs.yml")],
                                 cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # The build says it waits (however slow the machine is to start it), and builds nothing meanwhile.
        waiting = build.stderr.readline()
        assert "waiting for an ingest" in waiting
        time.sleep(0.5)
        assert build.poll() is None
        assert not (tmp_path / "site").exists()
    out, err = build.communicate(timeout=180)
    assert build.returncode == 0, err
    assert (tmp_path / "site" / "index.html").exists()


def test_readers_share_the_archive(tmp_path):
    docs = tmp_path / "docs"
    write_archive(docs)
    with Archive(docs).reading():
        reader = subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                                 "from extract.archive import Archive\n"
                                 "with Archive(Path(sys.argv[1])).reading() as a: print(len(list(a.documents())))",
                                 str(docs)], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert reader.stdout.strip() == "4" and reader.stderr == ""


def test_reading_writes_nothing_into_the_docs_folder(tmp_path):
    docs = tmp_path / "docs"
    write_archive(docs)
    before = sorted(docs.rglob("*"))
    with Archive(docs).reading() as archive:
        assert len(list(archive.documents())) == 4
    assert sorted(docs.rglob("*")) == before


def test_records_stream_one_at_a_time_and_broken_ones_are_named_at_the_end(tmp_path):
    docs = tmp_path / "docs"
    write_archive(docs)
    broken = next(docs.rglob("agenda.md"))
    broken.write_text(broken.read_text().replace("date: '2018-02-13'", "date: [", 1))
    documents = Archive(docs).documents()
    first = next(documents)
    assert first.path.endswith(".md") and first.record.kind
    with pytest.raises(RecordsInvalid) as raised:
        list(documents)
    [problem] = raised.value.problems
    assert problem.startswith(f"{broken}: frontmatter is not valid YAML")
