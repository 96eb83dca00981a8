"""The ingest command: PDFs → records in the docs folder, with a summary per PDF.

Safe to run at any time, on anything, as often as you like:

* each PDF is read, split and parsed completely before anything is written, so
  a file that fails leaves nothing behind and the other files of the run go on;
* every record is written atomically and carries a hash of what ingest wrote
  (``generated`` in its frontmatter), so a record edited by hand is never
  overwritten silently: it is kept, with a warning, unless ``force`` is given,
  and then a backup of the edited file is kept first;
* the archive (:mod:`extract.archive`) remembers which records each PDF produced, so a
  newer version of a PDF removes the records it no longer contains, and an
  unchanged PDF is recognised without being read again; its lock stops two
  ingests from writing the same archive at once, and a build from reading it mid-run.

Large PDFs are read in page ranges on all cores; parsing happens once a PDF's
pages are all in.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import traceback
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from extract import __version__
from extract.archive import Archive, RecordOutcome, SourcePdf
from extract.errors import InputError, NoTextLayer
from extract.garbled import recognise_garbled_pages
from extract.model import TEXT_FIELD, Record, Review, record_to_frontmatter
from extract.ocr import DEFAULT_OCR_LANGUAGES, OCR_WARNING, recognised_pages
from extract.patterns import AUTHORITY, MEETING_BODY, all_conventions
from extract.read import Page, PdfText, check_is_pdf, count_pages, file_sha256, finish_pages, read_pages
from extract.reconcile import apply_hints, note_reviewed_values
from extract.text import find_date
from extract.workers import WORKER_MEMORY, cpu_time_limit, worker_pool
from extract.write import record_path, render_record, stamp_generated

GENERATOR = f"committee-archive {__version__}"
# Processor time one PDF may take to read, and again to split and parse: the longest real pack
# takes a few seconds; a hostile one could take hours.
FILE_SECONDS = 300
# Pages per parallel read: smaller parts spread one big PDF over all cores,
# but each part re-opens the PDF and pays a round trip between processes.
MIN_PAGES_PER_PART = 24
# A year or a word for a meeting body, in the languages of the corpus: enough to
# tell a council's document (even one no parser understands) from a stray PDF.
MEETING_WORD = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:council|committee|meeting|minutes|agenda|board|commission|cabinet"
    r"|conseil|comit[ée]|s[ée]ance|r[ée]union|proc[èe]s-verbal|d[ée]lib[ée]ration"
    r"|gemeinderat|sitzung|ausschuss|ayuntamiento|pleno|sesi[óo]n|acta|consiglio|seduta)\b",
    re.IGNORECASE)


@dataclass
class PdfOutcome:
    file: str
    records: list[RecordOutcome] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)  # how extraction got there, for --verbose
    review: dict[str, list[Review]] = field(default_factory=dict)  # open review items, by record path
    deleted: list[str] = field(default_factory=list)  # unchanged: records the officer deleted, not re-created
    error: str | None = None
    detail: str | None = None  # the traceback of an unexpected error, for --debug
    unchanged: bool = False  # recognised from the manifest without reading the PDF
    same_as: str | None = None  # unchanged: the name this very PDF was first ingested under
    replaces: str | None = None  # a newer version of the PDF ingested from the same path (when)
    scanned: bool = False  # no text layer: recognised by OCR after the run's other PDFs


@dataclass
class _Part:
    """A range of pages of one PDF, read by a worker process."""
    path: str
    start: int
    stop: int


@dataclass
class _PartResult:
    pages: list[Page] = field(default_factory=list)
    error: str | None = None
    detail: str | None = None


def extractor_fingerprint() -> str:
    """A hash of the extractor's own code: records from other code are not 'unchanged'."""
    digest = hashlib.sha256(GENERATOR.encode())
    package = Path(__file__).parent
    for source in sorted(package.rglob("*.py")):
        if source.parent.name == "publish":
            continue  # the site build does not change what ingest writes
        digest.update(source.relative_to(package).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _unexpected(exc: BaseException) -> tuple[str, str]:
    """A one-line reason for a bug met while reading a PDF, and the traceback for --debug."""
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    place = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
    reason = f"internal error {type(exc).__name__}{place}: {exc} (run with --debug for the traceback)"
    return " ".join(reason.split()), "".join(traceback.format_exception(exc))


class TooSlow(InputError):
    """A PDF that took more processor time than any council paper needs."""


def _too_slow() -> TooSlow:
    return TooSlow(f"took more than {FILE_SECONDS} s of processor time: not a paper this tool can read")


def read_part(part: _Part) -> _PartResult:
    """Read one range of pages. Runs in a worker process; never raises."""
    try:
        with cpu_time_limit(FILE_SECONDS, _too_slow, in_worker=True):
            return _PartResult(pages=read_pages(Path(part.path), part.start, part.stop))
    except InputError as exc:
        return _PartResult(error=str(exc))
    except MemoryError:
        return _PartResult(error=f"needs more than {WORKER_MEMORY >> 20:,} MB of memory to read: "
                                 f"not a paper this tool can read")
    except Exception as exc:  # a bug must cost one file, not the run
        error, detail = _unexpected(exc)
        return _PartResult(error=error, detail=detail)


def _describe_text(pages: list[Page]) -> str:
    first = next((ln.text for page in pages for ln in page.lines), "")
    opening = first if len(first) <= 60 else first[:60].rstrip() + "…"
    count = len(pages)
    return f"{count} page{'s' if count != 1 else ''} of text: '{opening}'"


def _names_a_meeting(pages: list[Page]) -> bool:
    """Whether the text names a council, committee, meeting or year anywhere, in any of the usual languages.

    Every committee document does; a PDF that does none of this is something
    else saved by mistake, and an error is more use than an archive page.
    """
    lines = (ln.text for page in pages for ln in page.lines)
    return any(MEETING_WORD.search(t) or find_date(t) or AUTHORITY.search(t) or MEETING_BODY.search(t)
               for t in lines)


def extract_records(path: Path, pages: list[Page], ocr: bool = False,
                    hints: dict[str, str] | None = None, reread_garbled: bool = True) -> list[RecordOutcome]:
    """Split and parse the pages of one PDF into rendered records; raise InputError if there are none.

    ``ocr`` says the pages came from OCR of a scan: every record is marked so. ``hints`` are
    what the officer says of the PDF (:mod:`extract.reconcile`): they win over extraction.
    ``reread_garbled``: pages of a text layer whose fonts map letters wrongly are read by OCR
    (extract/garbled.py), and the records they fall in say so.
    """
    split, parse_span = _parsers()
    reread = recognise_garbled_pages(path, pages) if reread_garbled and not ocr else []
    pdf = finish_pages(path, pages)
    hints = hints or {}
    spans = split(pdf, kind=hints.get("kind"))
    if not spans:
        raise InputError("no pages with text")
    records = [parse_span(span, pdf) for span in spans]
    _note_unreadable_pages(pdf, records)
    _note_reread_pages(reread, records)
    if ocr:
        for record in records:
            record.source.ocr = True
            record.warnings.append(OCR_WARNING)
            record.review.append(Review(field=TEXT_FIELD, why=OCR_WARNING))
    if all(r.kind == "other" for r in records) and not hints and not _names_a_meeting(pdf.pages):
        raise InputError(f"no committee document recognised (found {_describe_text(pdf.pages)})")
    apply_hints(records, hints)
    outcomes: list[RecordOutcome] = []
    taken: set[str] = set()
    for record in records:
        note_reviewed_values(record, record_to_frontmatter(record))
        outcomes.append(RecordOutcome(path=_unique(record_path(record), taken), record=record,
                                      text=stamp_generated(render_record(record), GENERATOR)))
    return outcomes


def _parsers():
    """The split and parse stages. Imported when first needed, not at the top: a re-run on unchanged
    PDFs then never loads the parsers (or pdfplumber)."""
    from extract.parse import parse_span
    from extract.split import split

    return split, parse_span


def _prepare_parsers() -> None:
    """Load every parser and compile every convention, while the workers read the pages: this process
    would only wait for them, and each PDF's parsing then starts at once."""
    from extract.parse import agenda, minutes, other, report  # noqa: F401  (parse_span loads them on first use)

    _parsers()
    for convention in all_conventions():
        convention.compiled  # noqa: B018  (compiled on first use, and kept)


def _note_unreadable_pages(pdf: PdfText, records: list[Record]) -> None:
    """A page PDFium could not read is skipped with a warning on the record it falls in (else the first),
    and left out of the published PDF: what it says, exempt or not, is not known."""
    for page in pdf.pages:
        if not page.unreadable:
            continue
        record = next((r for r in records if r.source.pages and r.source.pages[0] <= page.number <= r.source.pages[-1]),
                      records[0])
        record.exempt_pages = sorted({*record.exempt_pages, page.number})
        record.warnings.append(f"page {page.number} could not be read ({page.unreadable}): skipped, and left out "
                               f"of the published PDF")


def _note_reread_pages(numbers: list[int], records: list[Record]) -> None:
    """Each record holding pages read again by OCR (their fonts map letters wrongly) says which, for review."""
    for record in records:
        mine = [n for n in numbers if record.source.pages and record.source.pages[0] <= n <= record.source.pages[-1]]
        if mine:
            why = (f"page{'s' if len(mine) > 1 else ''} {', '.join(map(str, mine))}: the text layer's fonts map "
                   f"letters wrongly, so the text was recognised by OCR: check names and numbers against the PDF")
            record.warnings.append(why)
            record.review.append(Review(field=TEXT_FIELD, why=why))


def extract_records_by_ocr(path: Path, sha256: str, languages: str, jobs: int = 1,
                           hints: dict[str, str] | None = None) -> list[RecordOutcome]:
    """Records from a scanned PDF: read and parse the words OCR recognised on its pages."""
    return extract_records(path, recognised_pages(path, sha256, languages, jobs), ocr=True, hints=hints)


def _unique(path: str, taken: set[str]) -> str:
    """Two documents of one PDF never share a file: the second gets ``-2``, and so on."""
    stem, suffix = path.removesuffix(".md"), ".md"
    candidate, number = path, 1
    while candidate in taken:
        number += 1
        candidate = f"{stem}-{number}{suffix}"
    taken.add(candidate)
    return candidate


def said_once(records: list[RecordOutcome], notes: str = "warnings") -> list[str]:
    """The records' ``warnings`` (or ``details``), each said once: named by its document where one of
    several has it, counted where some have it, plain where all do."""
    having: dict[str, list[RecordOutcome]] = {}
    for rec in records:
        for note in getattr(rec.record, notes):
            having.setdefault(note, []).append(rec)
    said = []
    for note, recs in having.items():
        if len(recs) == len(records):
            said.append(note)
        elif len(recs) == 1:
            said.append(f"{recs[0].record.kind} {recs[0].record.title}: {note}")
        else:
            said.append(f"{len(recs)} of the {len(records)} documents: {note}")
    return said


def _plan(path: str, pages: int, jobs: int) -> list[_Part]:
    size = max(MIN_PAGES_PER_PART, math.ceil(pages / jobs))
    return [_Part(path, start, start + size) for start in range(0, max(pages, 1), size)]


def _check_input(outcome: PdfOutcome, count: bool) -> tuple[SourcePdf | None, int | None]:
    """What the archive needs to know of an input before reading it: its name, path and hash; and,
    when ``count``, its page count. Sets ``outcome.error`` for an input that cannot be ingested."""
    path = Path(outcome.file)
    try:
        check_is_pdf(path)
        pdf = SourcePdf(path.name, str(path.resolve()), file_sha256(path))
        return pdf, count_pages(path) if count else None
    except InputError as exc:
        outcome.error = str(exc)
    except OSError as exc:
        outcome.error = f"cannot read file ({exc.strerror})"
    return None, None


def ingest(paths: list[str], docs: Path, jobs: int | None = None, force: bool = False,
           ocr_languages: str | None = DEFAULT_OCR_LANGUAGES, hints: dict[str, str] | None = None) -> Iterator[PdfOutcome]:
    """Yield each PDF's outcome, in the order given, as soon as it is written.

    Scanned PDFs (no text layer) are recognised by OCR in ``ocr_languages`` (Tesseract codes,
    e.g. ``eng`` or ``eng+fra``; None turns OCR off) once every other PDF of the run is written:
    OCR takes seconds a page, and the rest of the archive should not wait for it.
    Inputs are checked before the archive is locked: when none can be ingested, a docs
    folder that did not exist is not made.
    ``hints`` (``reconcile.Hints.given()``) are the officer's word on every PDF of the run,
    over what extraction finds; those given before for a PDF are kept.
    """
    jobs = jobs or os.cpu_count() or 1
    fingerprint = extractor_fingerprint()
    outcomes = [PdfOutcome(file=path) for path in paths]
    # A new archive has nothing unchanged: every input is read, so its pages are counted now.
    new_archive = not docs.exists()
    checked = [_check_input(outcome, count=new_archive) for outcome in outcomes]
    if all(outcome.error for outcome in outcomes):
        yield from outcomes
        return
    with Archive(docs, generator=GENERATOR, force=force).writing() as archive:
        pdf_hints: list[dict[str, str]] = [{} for _ in paths]
        plans: list[list[_Part]] = [[] for _ in paths]
        for index, (outcome, (pdf, pages)) in enumerate(zip(outcomes, checked)):
            if pdf is None:
                continue
            pdf_hints[index] = archive.hints_for(pdf, hints or {})
            known = archive.unchanged(pdf, fingerprint, pdf_hints[index])
            if known is not None:
                outcome.unchanged = True
                first_name = archive.known(pdf)["file"]
                outcome.same_as = first_name if first_name != pdf.name else None
                outcome.records = [RecordOutcome(path=p, text="", status="unchanged") for p in known]
                outcome.deleted = archive.deleted(pdf)
                continue
            try:
                plans[index] = _plan(outcome.file, pages if pages is not None else count_pages(Path(outcome.file)),
                                     jobs)
            except InputError as exc:
                outcome.error = str(exc)
        parts = [part for plan in plans for part in plan]
        scanned: list[tuple[PdfOutcome, SourcePdf, dict[str, str]]] = []
        with _Readers(parts, jobs) as readers:
            if parts:
                _prepare_parsers()
            for outcome, (pdf, _), plan, given in zip(outcomes, checked, plans, pdf_hints):
                if plan:
                    _finish(archive, outcome, pdf, fingerprint, [readers.result(part) for part in plan],
                            ocr=bool(ocr_languages), hints=given)
                if outcome.scanned:
                    scanned.append((outcome, pdf, given))
                else:
                    yield _with_review(archive, outcome)
        for outcome, pdf, given in scanned:
            _finish(archive, outcome, pdf, fingerprint, [], ocr_languages=ocr_languages, jobs=jobs, hints=given)
            yield _with_review(archive, outcome)


def _with_review(archive: Archive, outcome: PdfOutcome) -> PdfOutcome:
    """The outcome, with what its records (as they are now on disk) leave open for review."""
    for rec in outcome.records:
        if rec.status not in ("removed", "deleted", "identical"):
            items = archive.review_of(rec.path)
            if items:
                outcome.review[rec.path] = items
    return outcome


class _Readers:
    """Read parts of PDFs in worker processes, in order; survive a PDF that crashes or exhausts its worker.

    Even a single part is read in a worker: the memory and time a hostile PDF can take
    are then bounded, and a PDF that crashes PDFium costs that file only.
    """

    def __init__(self, parts: list[_Part], jobs: int):
        self.parts = parts
        self.workers = max(1, min(jobs, len(parts)))
        self.executor: ProcessPoolExecutor | None = None
        self.futures: dict[int, Future] = {}

    def __enter__(self) -> "_Readers":
        if self.parts:
            self._submit(0)
        return self

    def __exit__(self, *exc) -> None:
        if self.executor:
            self.executor.shutdown(cancel_futures=True)

    def _submit(self, first: int) -> None:
        self.executor = worker_pool(self.workers, memory=WORKER_MEMORY)
        self.futures = {id(part): self.executor.submit(read_part, part) for part in self.parts[first:]}

    def result(self, part: _Part) -> _PartResult:
        try:
            return self.futures[id(part)].result()
        except BrokenProcessPool:
            # PDFium crashed on some PDF being read, or its worker was ended for the memory or
            # processor time it took; start afresh after this part.
            self.executor.shutdown(wait=False, cancel_futures=True)
            self._submit(self.parts.index(part) + 1)
            return _PartResult(error="reading it crashed the PDF library (PDFium), or took more memory or "
                                     "time than any council paper needs; nothing was written")


def _finish(archive: Archive, outcome: PdfOutcome, pdf: SourcePdf, fingerprint: str,
            results: list[_PartResult], ocr: bool = False, ocr_languages: str | None = None, jobs: int = 1,
            hints: dict[str, str] | None = None) -> None:
    """Parse one PDF's pages, read by the workers (or, for a scan, by OCR in ``ocr_languages``), and
    write its records. ``ocr`` says a scan is to be recognised later: it is marked ``scanned``."""
    failed = next((r for r in results if r.error), None)
    if failed:
        outcome.error, outcome.detail = failed.error, failed.detail
        return
    path = Path(outcome.file)
    try:
        with cpu_time_limit(FILE_SECONDS, _too_slow):  # OCR's own processes are not counted
            if ocr_languages:
                outcome.records = extract_records_by_ocr(path, pdf.sha256, ocr_languages, jobs, hints)
            else:
                outcome.records = extract_records(path, [page for r in results for page in r.pages], hints=hints,
                                                  reread_garbled=ocr)
    except NoTextLayer as exc:
        if ocr:  # recognised after the run's other PDFs
            outcome.scanned = True
        else:
            outcome.error = str(exc)
        return
    except InputError as exc:
        outcome.error = str(exc)
        return
    except Exception as exc:  # a parser bug must cost one file, not the run
        outcome.error, outcome.detail = _unexpected(exc)
        return
    outcome.warnings, outcome.details = said_once(outcome.records), said_once(outcome.records, "details")
    previous = archive.previous_version(pdf)
    outcome.replaces = previous.get("ingested", "before") if previous else None
    outcome.warnings += archive.write(pdf, fingerprint, outcome.records, hints)
