"""The ingest command: PDFs → records in the docs folder, with a summary per PDF.

Each PDF is read, split and parsed completely before anything is written, so a
file that fails leaves nothing behind; the other files of the run go on.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from extract.errors import InputError
from extract.model import Record
from extract.parse import parse_span
from extract.read import read_pdf
from extract.split import split
from extract.write import record_path, render_record, write_text_atomic


@dataclass
class RecordOutcome:
    record: Record
    path: str  # relative to the docs folder
    text: str
    status: str = ""  # new | updated | unchanged


@dataclass
class PdfOutcome:
    file: str
    records: list[RecordOutcome] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


def extract_pdf(path: str) -> PdfOutcome:
    """Read, split and parse one PDF; nothing is written. Runs in a worker process."""
    outcome = PdfOutcome(file=path)
    try:
        pdf = read_pdf(Path(path))
        spans = split(pdf)
        if not spans:
            raise InputError("no pages with text")
        for span in spans:
            record = parse_span(span, pdf)
            outcome.records.append(RecordOutcome(record=record, path=record_path(record),
                                                 text=render_record(record)))
            outcome.warnings += [f"{record.kind} {record.title}: {w}" if len(spans) > 1 else w
                                 for w in record.warnings]
    except InputError as exc:
        outcome.error = str(exc)
        outcome.records = []
    return outcome


def write_outcome(outcome: PdfOutcome, docs: Path) -> None:
    for rec in outcome.records:
        target = docs / rec.path
        if target.exists() and target.read_text(encoding="utf-8") == rec.text:
            rec.status = "unchanged"
            continue
        rec.status = "updated" if target.exists() else "new"
        write_text_atomic(target, rec.text)


def ingest(paths: list[str], docs: Path, jobs: int | None = None):
    """Yield each PDF's outcome, in the order given, as soon as it is written."""
    jobs = jobs or min(len(paths), os.cpu_count() or 1)
    if jobs <= 1:
        results = map(extract_pdf, paths)
        executor = None
    else:
        executor = ProcessPoolExecutor(max_workers=jobs)
        results = executor.map(extract_pdf, paths)
    try:
        for outcome in results:
            if outcome.error is None:
                write_outcome(outcome, docs)
            yield outcome
    finally:
        if executor:
            executor.shutdown(cancel_futures=True)
