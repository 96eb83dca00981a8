"""Worker processes that end with the process that started them, and the limits they read within.

A killed ingest or build (kill -9, a service stop, the OOM killer) would otherwise
leave its workers waiting for work from nobody, for ever — and, before they are
told to drop it (``extract.archive``), holding the archive's lock. A hostile PDF
a few kilobytes long can ask for gigabytes and minutes: a worker reading it is
held to a memory budget and each file to a processor-time budget.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.pool
import os
import resource
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

# prctl(2) option: the signal a process gets when its parent dies.
PR_SET_PDEATHSIG = 1
# Seconds between a worker's looks at whether its parent is still there, where prctl is missing.
WATCHDOG_INTERVAL = 1.0
# Address space a worker may take beyond what it started with (a fork shares its parent's).
WORKER_MEMORY = 2 << 30
# Seconds past its time limit that a worker stuck inside the PDF library is given before the kernel ends it.
STUCK_GRACE = 5


def die_with_parent(parent: int) -> None:
    """In a worker process: end when ``parent`` ends, however it ends.

    Linux kills the worker (a parent-death signal); elsewhere a watchdog thread
    notices the parent is gone. A forked worker inherits its parent's SIGTERM handler (cli.main's, which
    turns the signal into a clean exit between bytecodes): a pool ending its workers with SIGTERM while
    one waits on the pool's queue lock would then never see it, and the pool would wait for ever. A
    worker ends at once on SIGTERM instead.
    """
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl")
    except (OSError, AttributeError):
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # it died before the signal was set
        os._exit(1)


# python -c LAUNCHER PARENT MODULE ARG…: run MODULE as ``python -m`` would, ending with PARENT. This
# package is found where this process found it, whatever the child's working folder.
_LAUNCHER = ("import runpy, sys\n"
             "sys.path.append({root!r})\n"
             "from extract.workers import die_with_parent\n"
             "die_with_parent(int(sys.argv[1]))\n"
             "sys.argv = sys.argv[2:]\n"
             "runpy.run_module(sys.argv[0], run_name='__main__', alter_sys=True)\n")


def module_ending_with_this_process(module: str) -> list[str]:
    """The command running ``python -m module`` as a child that ends when this process ends,
    even once it has become another program (``pagefind`` runs its binary in its place)."""
    root = str(Path(__file__).resolve().parents[1])
    return [sys.executable, "-c", _LAUNCHER.format(root=root), str(os.getpid()), module]


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCHDOG_INTERVAL)
    os._exit(1)


def _start_worker(parent: int, memory: int | None) -> None:
    die_with_parent(parent)
    if memory:
        with open("/proc/self/statm", encoding="ascii") as statm:  # the address space it starts with
            started = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (started + memory, started + memory))


def worker_pool(workers: int, memory: int | None = None) -> ProcessPoolExecutor:
    """A process pool whose workers end with this process, each within ``memory`` more bytes of memory."""
    return ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(os.getpid(), memory))


def forked_pool(workers: int) -> multiprocessing.pool.Pool:
    """A pool of forked workers (they inherit what the parent prepared, never pickled) that end with this process."""
    return multiprocessing.get_context("fork").Pool(workers, die_with_parent, (os.getpid(),))


def forked_imap(function: Callable, items: Iterable) -> Iterator:
    """``function`` over ``items`` in a :func:`forked_pool` (one worker per core), each result as it comes.

    The workers end by closing the pool, not by ``Pool.terminate``'s SIGTERM: a worker
    still starting when the last result came in loses that signal (a forked child clears
    the signals pending for Python handlers, and ``committee-archive`` has one for SIGTERM)
    and waits for work for ever, and the build with it.
    """
    with forked_pool(os.cpu_count() or 1) as pool:
        yield from pool.imap_unordered(function, items)
        pool.close()
        pool.join()


@contextmanager
def cpu_time_limit(seconds: float, error: Callable[[], Exception], in_worker: bool = False) -> Iterator[None]:
    """Raise ``error()`` once the code inside has used ``seconds`` of processor time.

    Python code is stopped where it is. Code stuck inside a C library is not, so in
    a worker process the kernel ends the worker a little later (``RLIMIT_CPU``),
    which its pool reports as a crash. Only the main thread can take signals: in
    others there is no limit.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum, frame):
        raise error()

    previous = signal.signal(signal.SIGPROF, expired)
    if in_worker:
        used = resource.getrusage(resource.RUSAGE_SELF)
        hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
        soft = int(used.ru_utime + used.ru_stime + seconds) + STUCK_GRACE
        resource.setrlimit(resource.RLIMIT_CPU, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
