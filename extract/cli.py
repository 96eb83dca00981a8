"""The command line: ``committee-archive ingest|build|serve`` (also ``python -m extract``)."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from pathlib import Path

from extract import __version__
from extract.model import Agenda, Minutes, Record, Report
from extract.ocr import DEFAULT_OCR_LANGUAGES


def counted(n: int, one: str, many: str) -> str:
    """ "1 recommendation", "2 recommendations"."""
    return f"{n} {one if n == 1 else many}"


def describe(record: Record) -> str:
    """One line saying what a record holds: kind, committee, date and counts."""
    parts = [record.kind, record.committee or "?", record.date or "undated"]
    if isinstance(record, Minutes):
        attendees = len(record.present) + len(record.in_attendance) + len(record.substitutes)
        resolutions = sum(len(m.resolutions) for m in record.items)
        motions = sum(len(m.motions) for m in record.items)
        parts.append(f"{counted(len(record.items), 'minute', 'minutes')}, "
                     f"{counted(resolutions, 'resolution', 'resolutions')}"
                     + (f", {counted(motions, 'motion', 'motions')}" if motions else "")
                     + f", {counted(attendees, 'attendee', 'attendees')}, "
                     f"{counted(len(record.apologies), 'apology', 'apologies')}")
    elif isinstance(record, Agenda):
        parts.append(f"{counted(len(record.items), 'agenda item', 'agenda items')}, "
                     f"{counted(len(record.members), 'member', 'members')}")
    elif isinstance(record, Report):
        item = f"item {record.item}: " if record.item else ""
        parts.append(f"{item}{record.title}, "
                     f"{counted(len(record.recommendations), 'recommendation', 'recommendations')}")
    else:
        parts.append(record.title)
    if record.exempt:
        parts.append("EXEMPT (body withheld)")
    return "  ".join(parts)


def say(text: str, stream=None, end: str = "\n") -> None:
    """Print a line of the summary. A reader that went away (``ingest … | head -1``) does not stop
    the run: the rest of the output goes nowhere, and the work goes on."""
    stream = stream or sys.stdout
    try:
        print(text, file=stream, end=end, flush=True)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())  # so neither later lines nor the exit's flush fail again
        os.close(devnull)


def cmd_ingest(args: argparse.Namespace) -> int:
    from extract.ingest import ingest

    docs = Path(args.docs)
    if problem := _not_a_folder(docs, "--docs names the archive's folder"):
        say(f"error: {problem}", sys.stderr)
        return 1
    failed = 0
    outcomes = ingest(args.pdfs, docs, jobs=args.jobs, force=args.force, ocr_languages=args.ocr)
    try:
        for outcome in outcomes:
            failed += _summarise(outcome, docs, args.debug)
    except OSError as exc:  # the archive cannot be written (disk full, read-only, permissions)
        say(f"error: {docs}: cannot write the archive ({exc.strerror or exc}"
            f"{', ' + str(exc.filename) if exc.filename else ''}): stopped; every record is whole, "
            f"and ingesting the same PDFs again once this is put right completes the run", sys.stderr)
        return 1
    return 1 if failed else 0


def _summarise(outcome, docs: Path, debug: bool) -> int:
    """Print what became of one PDF; 1 if it failed."""
    name = Path(outcome.file).name
    if outcome.error:
        say(f"error: {outcome.file}: {outcome.error}", sys.stderr)
        if debug and outcome.detail:
            say(outcome.detail, sys.stderr, end="")
        return 1
    count = sum(rec.status != "removed" for rec in outcome.records)
    documents = f"{count} document{'s' if count != 1 else ''}"
    if outcome.unchanged:
        same = f"the same PDF as {outcome.same_as}, " if outcome.same_as else ""
        say(f"{name}: unchanged ({same}{documents} already in {docs})")
        return 0
    newer = f" (a newer version of the PDF ingested from {outcome.file} on {outcome.replaces[:10]})" \
        if outcome.replaces else ""
    say(f"{name}: {documents}{newer}")
    for rec in outcome.records:
        what = describe(rec.record) if rec.record else "no longer in this PDF"
        status = f"identical: already there from {rec.same_as}" if rec.status == "identical" else rec.status
        say(f"  {what}  -> {docs / rec.path} ({status})")
        if rec.record and (doubts := [r for r in rec.record.review if not r.checked]):
            say("    needs review: " + "; ".join(f"{r.field} ({r.why})" for r in doubts))
    for warning in outcome.warnings:
        say(f"  warning: {warning}")
    return 0


def _not_a_folder(path: Path, what: str) -> str | None:
    """The problem with a path an option names as a folder when a file (or anything but a folder) is there."""
    return f"{path}: not a folder ({what})" if path.exists() and not path.is_dir() else None


def _site_inputs_missing(args: argparse.Namespace) -> list[str]:
    docs = Path(args.docs)
    missing = [problem for problem in (
        _not_a_folder(docs, "--docs names the archive's folder"),
        _not_a_folder(Path(args.site), "--site names the folder the site is built into") if "site" in args else None,
    ) if problem]
    if not docs.exists():
        missing.append(f"{docs}: no such docs folder (ingest PDFs into it first)")
    if not Path(args.config).is_file():
        missing.append(f"{args.config}: no such MkDocs config (run from the archive's folder, or give --config)")
    if args.pdfs and not Path(args.pdfs).is_dir():
        missing.append(f"{args.pdfs}: no such folder of PDFs")
    return missing


def _run_site_command(args: argparse.Namespace, command) -> int:
    """Build or serve; broken inputs are one ``error:`` line each, never a traceback."""
    from extract.archive import RecordsInvalid, SettingsInvalid

    problems = _site_inputs_missing(args)
    if not problems:
        try:
            return command()
        except RecordsInvalid as exc:
            problems = exc.problems + ["nothing was built: correct these records and build again"]
        except SettingsInvalid as exc:
            problems = exc.problems + ["nothing was built: correct the settings and build again"]
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1


def cmd_build(args: argparse.Namespace) -> int:
    from extract.publish import build_site

    return _run_site_command(args, lambda: build_site(Path(args.docs), Path(args.site), config=Path(args.config),
                                                      pdfs=Path(args.pdfs) if args.pdfs else None))


def cmd_serve(args: argparse.Namespace) -> int:
    from extract.publish import serve_site

    return _run_site_command(args, lambda: serve_site(Path(args.docs), config=Path(args.config),
                                                      address=args.dev_addr,
                                                      pdfs=Path(args.pdfs) if args.pdfs else None))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="committee-archive",
        description="Turn council agenda packs, reports and minutes (PDF) into a static archive site.")
    parser.add_argument("--version", action="version", version=f"committee-archive {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="extract records from PDFs into the docs folder")
    ingest.add_argument("pdfs", nargs="+", metavar="PDF")
    ingest.add_argument("--docs", default="docs", help="the archive folder (default: docs)")
    ingest.add_argument("--jobs", type=int, default=None,
                        help="worker processes (default: one per core)")
    ingest.add_argument("--force", action="store_true",
                        help="replace records edited by hand (a backup of each is kept in "
                             "<docs>/.committee-archive/backups)")
    ocr = ingest.add_mutually_exclusive_group()
    ocr.add_argument("--ocr", default=DEFAULT_OCR_LANGUAGES, metavar="LANGS",
                     help="Tesseract languages to recognise scanned PDFs in (default %(default)s; e.g. eng+fra); "
                          "scans are recognised after the other PDFs, and their records marked source.ocr")
    ocr.add_argument("--no-ocr", dest="ocr", action="store_const", const=None,
                     help="refuse scanned PDFs instead of recognising them")
    ingest.add_argument("--debug", action="store_true",
                        help="print the traceback of unexpected errors")
    ingest.set_defaults(func=cmd_ingest)

    build = sub.add_parser("build", help="generate index pages, feeds and data, then build the site")
    build.add_argument("--docs", default="docs")
    build.add_argument("--site", default="site", help="output folder (default: site)")
    build.add_argument("--config", default="mkdocs.yml")
    build.add_argument("--pdfs", help="folder of source PDFs to publish (default: pdf/ beside the docs folder)")
    build.set_defaults(func=cmd_build)

    serve = sub.add_parser("serve", help="build, then preview the site")
    serve.add_argument("--docs", default="docs")
    serve.add_argument("--config", default="mkdocs.yml")
    serve.add_argument("--dev-addr", default="127.0.0.1:8000")
    serve.add_argument("--pdfs", help="folder of source PDFs to publish (default: pdf/ beside the docs folder)")
    serve.set_defaults(func=cmd_serve)
    return parser


class Terminated(BaseException):
    """SIGTERM (a service stop, ``timeout``): unwind like Ctrl-C, so no write is left half done."""


def _terminate_in(owner: int):
    def terminate(signum, frame) -> None:
        if os.getpid() != owner:  # a worker forked since: it ends as SIGTERM ends any process
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
        raise Terminated
    return terminate


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminate_in(os.getpid()))
    try:
        return args.func(args)
    except KeyboardInterrupt:
        say("interrupted", sys.stderr)
        return 130
    except Terminated:
        say("terminated", sys.stderr)
        return 128 + signal.SIGTERM
    except OSError as exc:  # the file system said no: one line, never a traceback
        where = exc.filename or (args.docs if hasattr(args, "docs") else "committee-archive")
        say(f"error: {where}: {exc.strerror or exc}", sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
