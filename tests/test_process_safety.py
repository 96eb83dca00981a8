"""Kills and races: a killed ingest leaves no worker and no lock behind; a lock kept for a dead holder is taken over."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import badpdfs
import pytest

from extract.publish.stage import PARALLEL_FROM

ROOT = Path(__file__).resolve().parents[1]


def children_of(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def holds_a_lock(pid: int) -> bool:
    return any(" FLOCK " in info.read_text() for info in Path(f"/proc/{pid}/fdinfo").glob("*"))


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def ingest(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "extract", "ingest", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def test_a_killed_ingest_leaves_no_worker_and_the_next_ingest_proceeds(tmp_path):
    pdfs = []
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        pdfs.append(badpdfs.big_pack(tmp_path / name, pages=400))
    docs = tmp_path / "docs"
    run = ingest(*map(str, pdfs), "--docs", str(docs), "--jobs", "2")
    workers: list[int] = []
    try:
        assert wait_for(lambda: len(children_of(run.pid)) >= 2, 30), "the ingest started no workers"
        workers = children_of(run.pid)
        assert not any(holds_a_lock(pid) for pid in workers), "the lock is the ingest's alone"
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
        assert wait_for(lambda: not any(alive(pid) for pid in workers), 10), "workers outlived their ingest"
        again = ingest(str(pdfs[0]), "--docs", str(docs), "--jobs", "1")
        out, err = again.communicate(timeout=120)
        assert again.returncode == 0, err
        assert "waiting for" not in err
    finally:  # a failed run must not leave them behind either
        run.kill()
        for pid in workers:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_sigterm_ends_an_ingest_in_one_line_with_its_workers(tmp_path):
    """A service stop or ``timeout``: the run unwinds (no half-written file), its workers go with it."""
    pack = badpdfs.big_pack(tmp_path, pages=800)
    run = ingest(str(pack), "--docs", str(tmp_path / "docs"), "--jobs", "2")
    workers: list[int] = []
    try:
        assert wait_for(lambda: len(children_of(run.pid)) >= 2, 30), "the ingest started no workers"
        workers = children_of(run.pid)
        run.terminate()
        out, err = run.communicate(timeout=60)
        assert (run.returncode, err) == (128 + signal.SIGTERM, "terminated\n")
        assert wait_for(lambda: not any(alive(pid) for pid in workers), 10)
    finally:
        run.kill()
        for pid in workers:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


def hold_lock(docs: Path, then: str) -> subprocess.Popen:
    """A process (not an ingest) that takes the archive's lock the way ingest does, then runs ``then``."""
    return subprocess.Popen([sys.executable, "-c", "import fcntl, os, sys, time\n"
                             "handle = os.open(sys.argv[1], os.O_RDONLY | os.O_DIRECTORY)\n"
                             "fcntl.flock(handle, fcntl.LOCK_EX)\n" + then, str(docs)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def test_a_lock_kept_for_a_holder_that_is_gone_is_taken_over(tmp_path):
    """An orphan of an ingest of an older version kept the lock: ended, with a warning, and the run goes on."""
    docs = tmp_path / "docs"
    docs.mkdir()
    holder = hold_lock(docs, "os.set_inheritable(handle, True)\n"
                             "child = os.fork()\n"
                             "if child == 0:\n"
                             "    time.sleep(120)\n"
                             "    os._exit(0)\n"
                             "print(child, flush=True)\n")
    orphan = int(holder.stdout.readline())
    holder.wait()
    try:
        assert alive(orphan)
        run = ingest(str(badpdfs.minutes_pdf(tmp_path)), "--docs", str(docs))
        out, err = run.communicate(timeout=60)
        assert run.returncode == 0, err
        assert f"processes it left (pid {orphan}) kept the lock: ended them and took it over" in err
        assert wait_for(lambda: not alive(orphan), 5)
    finally:
        if alive(orphan):
            os.kill(orphan, signal.SIGKILL)


def test_a_live_holder_is_waited_for_not_ended(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    holder = hold_lock(docs, "print('locked', flush=True)\n"
                             "sys.stdin.readline()\n")  # until told to let go
    try:
        assert holder.stdout.readline().strip() == "locked"
        run = ingest(str(badpdfs.minutes_pdf(tmp_path)), "--docs", str(docs))
        assert "waiting for another ingest" in run.stderr.readline()
        assert holder.poll() is None  # waited for, not ended
        holder.communicate("\n", timeout=10)
        out, err = run.communicate(timeout=60)
        assert run.returncode == 0, err
    finally:
        holder.kill()


def test_temporary_files_a_killed_run_left_are_removed_by_the_next(tmp_path):
    """Every write goes through a temporary file in the archive's state: what a killed run left is there."""
    docs = tmp_path / "docs"
    temporaries = docs / ".committee-archive" / "tmp"
    left = [temporaries / "manifest.json.4242.tmp", temporaries / "minutes.md.4242.tmp"]
    for path in left:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("half a file")
    kept = docs / "cabinet" / "2020-01-08" / "notes.tmp"
    kept.parent.mkdir(parents=True)
    kept.write_text("an officer's file")
    run = ingest(str(badpdfs.minutes_pdf(tmp_path)), "--docs", str(docs))
    assert run.wait(timeout=60) == 0
    assert not any(path.exists() for path in left)
    assert kept.exists()
    assert not list(temporaries.iterdir())  # the run's own temporaries were each renamed into place
    assert not [p for p in docs.rglob("*.tmp") if p != kept]


# Seconds between two ingests of a loop: several still fall within a build, and the loop leaves
# the build some of a loaded machine's processor time.
PAUSE = 0.2


class IngestLoop:
    """Ingest a PDF over and over, a new version of it each time, until stopped.

    Each version holds the minutes of another meeting, so each ingest removes the
    record the one before wrote: a build that read the archive earlier never finds
    it there again.
    """

    def __init__(self, tmp_path: Path, docs: Path):
        self.folder = tmp_path / "pdf"
        self.folder.mkdir()
        self.docs = docs
        self.runs = 0
        self.stop = False
        self.failures: list[str] = []

    def once(self) -> None:
        from extract.ingest import ingest as ingest_pdfs

        day, month = self.runs % 28 + 1, ("January", "March", "May", "July", "September")[self.runs // 28 % 5]
        year = 2000 + self.runs // 140
        made = badpdfs.minutes_pdf(self.folder, "next.pdf", [line.replace("2nd July 2019", f"{day} {month} {year}")
                                                            for line in badpdfs.MINUTES])
        made.replace(self.folder / "minutes.pdf")
        self.failures += [o.error for o in ingest_pdfs([str(self.folder / "minutes.pdf")], self.docs, jobs=1)
                          if o.error]
        self.runs += 1

    def __call__(self) -> None:
        while not self.stop:
            self.once()
            time.sleep(PAUSE)


def test_a_build_during_an_ingest_loop_finishes_with_its_search_index(tmp_path):
    import threading

    docs = tmp_path / "docs"
    loop = IngestLoop(tmp_path, docs)
    loop.once()
    thread = threading.Thread(target=loop)
    thread.start()
    try:
        site = tmp_path / "site"
        build = subprocess.Popen([sys.executable, "-m", "extract", "build", "--docs", str(docs), "--site", str(site),
                                  "--pdfs", str(loop.folder), "--config", str(ROOT / "mkdocs.yml")],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)  # its stage there too
        try:
            out, err = build.communicate(timeout=600)
        except subprocess.TimeoutExpired:
            build.kill()
            out, err = build.communicate()
        assert build.returncode == 0, f"after {loop.runs} ingests: {err[-3000:]}"
        assert (site / "pagefind" / "shards.json").is_file()
    finally:
        loop.stop = True
        thread.join()
    assert loop.runs >= 2 and loop.failures == []


def test_serve_survives_an_ingest_loop_and_serves_what_it_wrote(tmp_path):
    import socket
    import threading
    import urllib.request

    docs = tmp_path / "docs"
    loop = IngestLoop(tmp_path, docs)
    loop.once()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    serve = subprocess.Popen([sys.executable, "-m", "extract", "serve", "--docs", str(docs), "--pdfs", str(loop.folder),
                              "--config", str(ROOT / "mkdocs.yml"), "--dev-addr", f"127.0.0.1:{port}"],
                             cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    thread = threading.Thread(target=loop)
    try:
        assert serve.stdout.readline().startswith("built build/site: ")  # the build's summary
        assert "serving" in serve.stdout.readline()
        thread.start()
        time.sleep(8)
        loop.stop = True
        thread.join()
        latest = next(docs.glob("milburn-parish-council/*/minutes.md")).parent.name

        def serves_latest() -> bool:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/milburn-parish-council/{latest}/") as page:
                    return page.status == 200
            except OSError:
                return False

        assert wait_for(serves_latest, 120), "the meeting the last ingest wrote is not served"
        assert serve.poll() is None, serve.stderr.read()
    finally:
        loop.stop = True
        if thread.is_alive():
            thread.join()
        serve.terminate()
        serve.wait(timeout=30)
    assert loop.failures == []


def test_a_killed_build_leaves_no_worker(tmp_path, sample_pdfs):
    """A pool that would wait for work from nobody for ever (reading a large archive's records) ends with its build."""
    docs = tmp_path / "docs"
    assert ingest(*map(str, sample_pdfs), "--docs", str(docs)).wait(timeout=300) == 0
    committees = [folder for folder in docs.iterdir() if folder.is_dir() and not folder.name.startswith(".")]
    records = sum(1 for _ in docs.rglob("*.md"))
    for copy in range(PARALLEL_FROM // records + 1):  # as many records as a large archive has
        for folder in committees:
            shutil.copytree(folder, docs / f"{folder.name}-{copy}")
    build = subprocess.Popen([sys.executable, "-m", "extract", "build", "--docs", str(docs), "--site",
                              str(tmp_path / "site"), "--config", str(ROOT / "mkdocs.yml")],
                             cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        def pool_started() -> bool:
            workers[:] = children_of(build.pid)
            return bool(workers) or build.poll() is not None
        assert wait_for(pool_started, 120)
        if not workers:
            pytest.skip("the build finished without starting worker processes (one core?)")
        os.kill(build.pid, signal.SIGKILL)
        build.wait()
        assert wait_for(lambda: not any(alive(pid) for pid in workers), 10), "workers outlived their build"
    finally:
        build.kill()
        for pid in workers:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_a_builds_worker_pool_always_ends_under_the_commands_sigterm_handler():
    """A pool's worker that is still starting when the work is done must not hang the build.

    ``committee-archive`` handles SIGTERM in Python; a forked child that the signal reaches
    before it runs Python loses it, so a pool ended by SIGTERM (``Pool.terminate``) could
    wait for that worker for ever. Many short pools make the race likely on a busy machine.
    """
    script = (
        "import os, signal\n"
        "from extract.cli import _terminate_in\n"
        "from extract.workers import forked_imap\n"
        "signal.signal(signal.SIGTERM, _terminate_in(os.getpid()))\n"
        "for _ in range(300):\n"
        "    assert sorted(forked_imap(abs, [-1, -2])) == [1, 2]\n"
        "print('ended')\n")
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.stdout == "ended\n", run.stderr


def _sigterm_disposition() -> bool:
    return signal.getsignal(signal.SIGTERM) == signal.SIG_DFL


def test_a_worker_ends_at_once_on_sigterm_whatever_handler_its_parent_installed():
    # cli.main's SIGTERM handler runs between bytecodes; a forked worker that kept it and was told to end
    # while waiting on its pool's queue lock never ended, and the build waited for it for ever.
    from extract.workers import forked_pool, worker_pool
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: None)
    try:
        pool = forked_pool(1)
        try:
            assert pool.apply_async(_sigterm_disposition).get(timeout=60)
        finally:
            pool.close()
            pool.join()
        with worker_pool(1) as pool:
            assert pool.submit(_sigterm_disposition).result()
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_a_program_a_build_runs_ends_with_the_build_even_as_another_program(tmp_path):
    """Pagefind runs its binary in place of the Python that started it: killed with the build all the same,
    so an index of the archive as it was is never written on into the next build's."""
    (tmp_path / "becomes_sleep.py").write_text("import os\nos.execv('/bin/sleep', ['sleep', '120'])\n")
    parent = subprocess.Popen([sys.executable, "-c", "import subprocess, sys, time\n"
                               "from extract.workers import module_ending_with_this_process\n"
                               "child = subprocess.Popen(module_ending_with_this_process('becomes_sleep'))\n"
                               "print(child.pid, flush=True)\n"
                               "time.sleep(120)\n"], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{tmp_path}"})
    child = int(parent.stdout.readline())
    try:
        assert wait_for(lambda: alive(child) and Path(f"/proc/{child}/exe").resolve().name == "sleep", 30)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        assert wait_for(lambda: not alive(child), 10), "the program outlived the process that ran it"
    finally:
        parent.kill()
        if alive(child):
            os.kill(child, signal.SIGKILL)
