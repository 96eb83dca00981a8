#!/usr/bin/env python3
"""Benchmark ingest against plain text extraction, on the sample agenda pack and a 1,000-page pack.

usage: scripts/bench_ingest.py [PACK.pdf] [--pages 1000 | --pages 0] [--jobs N]

For each pack, prints pages per second, seconds and peak memory (the process
and its worker processes) of:

  pdfplumber   plain ``page.extract_text()``, each page closed after use
  pypdfium2    plain ``get_text_range()``
  ingest       a full ``committee-archive ingest`` into an empty docs folder
  re-ingest    the same command again: the PDF is unchanged

Each measurement runs in a fresh process, so imports and start-up count, as
they do for an officer running the command. The package's bytecode is compiled
first, as installing it does (a checkout run with PYTHONDONTWRITEBYTECODE would
otherwise compile all of extract/ again in every run). Timings vary with machine
load: run it on a quiet machine, and more than once.
"""

from __future__ import annotations

import argparse
import compileall
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PACKS = [ROOT / "samples" / "pdf", ROOT.parent / "shared" / "seeds" / "pdf"]
KINDS = ("pdfplumber", "pypdfium2", "ingest", "re-ingest")


def default_pack() -> Path:
    for folder in SAMPLE_PACKS:
        found = sorted(folder.glob("004_*.pdf"))
        if found:
            return found[0]
    raise SystemExit("no sample agenda pack found: pass one")


def make_long_pack(source: Path, pages: int, out: Path) -> Path:
    """``pages`` pages of real council paper: the source pack, repeated."""
    import pypdfium2 as pdfium

    original = pdfium.PdfDocument(str(source))
    pack = pdfium.PdfDocument.new()
    while len(pack) < pages:
        pack.import_pages(original, list(range(min(len(original), pages - len(pack)))))
    pack.save(str(out))
    pack.close()
    original.close()
    return out


def measure(kind: str, pdf: Path, docs: Path, jobs: int | None) -> None:
    """Run one measurement in this process; print seconds and peak memory as JSON."""
    start = time.perf_counter()
    if kind == "pdfplumber":
        import pdfplumber

        with pdfplumber.open(pdf) as document:
            for page in document.pages:
                page.extract_text()
                page.close()
    elif kind == "pypdfium2":
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(str(pdf))
        for page in document:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        document.close()
    else:
        from extract.cli import main

        args = ["ingest", str(pdf), "--docs", str(docs)] + (["--jobs", str(jobs)] if jobs else [])
        status = main(args)
        if status != 0:
            raise SystemExit(f"ingest failed with status {status}")
    seconds = time.perf_counter() - start
    peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024}))


def run_measurement(kind: str, pdf: Path, docs: Path, jobs: int | None) -> dict:
    command = [sys.executable, __file__, "--measure", kind, str(pdf), "--docs", str(docs)]
    if jobs:
        command += ["--jobs", str(jobs)]
    wall = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - wall
    if result.returncode != 0:
        raise SystemExit(f"{kind} on {pdf.name} failed:\n{result.stderr}")
    data = json.loads(result.stdout.strip().splitlines()[-1])
    data["wall"] = wall
    return data


def page_count(pdf: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def bench(pdf: Path, jobs: int | None, work: Path) -> None:
    pages = page_count(pdf)
    docs = work / f"docs-{pdf.stem}"
    print(f"\n{pdf.name}: {pages} pages")
    print(f"  {'':<11} {'pages/s':>8} {'seconds':>8} {'process':>8} {'peak MB':>8}")
    for kind in KINDS:
        data = run_measurement(kind, pdf, docs, jobs)
        print(f"  {kind:<11} {pages / data['seconds']:>8.1f} {data['seconds']:>8.2f} "
              f"{data['wall']:>8.2f} {data['peak_mb']:>8.0f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pack", nargs="?", type=Path, help="an agenda pack (default: the 180-page sample)")
    parser.add_argument("--pages", type=int, default=1000, help="length of the generated pack (0: none)")
    parser.add_argument("--jobs", type=int, default=None, help="ingest worker processes (default: all cores)")
    parser.add_argument("--measure", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--docs", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure, args.pack, args.docs, args.jobs)
        return
    pack = args.pack or default_pack()
    compileall.compile_dir(ROOT / "extract", quiet=1)
    print("seconds: inside the measured process; process: including Python start-up and imports")
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as work:
        work = Path(work)
        bench(pack, args.jobs, work)
        if args.pages > 0:
            bench(make_long_pack(pack, args.pages, work / f"long-{args.pages}.pdf"), args.jobs, work)


if __name__ == "__main__":
    main()
