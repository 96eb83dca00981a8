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
from extract.text import counted


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


# What each status of a record means, where its name alone would not say.
STATUS_WORDS = {
    "merged": "updated, your corrections kept",
    "deleted": "deleted by hand: not re-created; ingest --force brings it back",
}


def cmd_ingest(args: argparse.Namespace) -> int:
    from extract.ingest import ingest
    from extract.reconcile import Hints

    docs = Path(args.docs)
    if problem := _not_a_folder(docs, "--docs names the archive's folder"):
        say(f"error: {problem}", sys.stderr)
        return 1
    failed = 0
    review: dict[str, list] = {}
    hints = Hints(council=args.council, committee=args.committee, date=args.date, kind=args.kind).given()
    outcomes = ingest(args.pdfs, docs, jobs=args.jobs, force=args.force, ocr_languages=args.ocr, hints=hints)
    try:
        for outcome in outcomes:
            failed += _summarise(outcome, docs, args.debug, args.verbose)
            review.update(outcome.review)
    except OSError as exc:  # the archive cannot be written (disk full, read-only, permissions)
        say(f"error: {docs}: cannot write the archive ({exc.strerror or exc}"
            f"{', ' + str(exc.filename) if exc.filename else ''}): stopped; every record is whole, "
            f"and ingesting the same PDFs again once this is put right completes the run", sys.stderr)
        return 1
    if review:
        say(f"{counted(len(review), 'record needs', 'records need')} review "
            f"(`committee-archive review` lists them; correct each field, or mark its entry `checked: true`):")
        for path, items in review.items():
            say(f"  {docs / path}: {', '.join(dict.fromkeys(item.field for item in items))}")
    return 1 if failed else 0


def _summarise(outcome, docs: Path, debug: bool, verbose: bool) -> int:
    """Print what became of one PDF; 1 if it failed."""
    name = Path(outcome.file).name
    if outcome.error:
        say(f"error: {outcome.file}: {outcome.error}", sys.stderr)
        if debug and outcome.detail:
            say(outcome.detail, sys.stderr, end="")
        return 1
    count = sum(rec.status not in ("removed", "deleted") for rec in outcome.records)
    documents = f"{count} document{'s' if count != 1 else ''}"
    if outcome.unchanged:
        same = f"the same PDF as {outcome.same_as}, " if outcome.same_as else ""
        deleted = (f"; {len(outcome.deleted)} deleted by hand, not re-created: ingest --force brings "
                   f"{'it' if len(outcome.deleted) == 1 else 'them'} back" if outcome.deleted else "")
        say(f"{name}: unchanged ({same}{documents} already in {docs}{deleted})")
        return 0
    newer = f" (a newer version of the PDF ingested from {outcome.file} on {outcome.replaces[:10]})" \
        if outcome.replaces else ""
    say(f"{name}: {documents}{newer}")
    for rec in outcome.records:
        what = describe(rec.record) if rec.record else "no longer in this PDF"
        status = f"identical: already there from {rec.same_as}" if rec.status == "identical" else rec.status
        say(f"  {what}  -> {docs / rec.path} ({STATUS_WORDS.get(status, status)})")
        for item in outcome.review.get(rec.path, []):
            say(f"    needs review: {item.field} ({item.why})")
    for warning in outcome.warnings:
        say(f"  warning: {warning}")
    for detail in outcome.details if verbose else []:
        say(f"  detail: {detail}")
    return 0


def _not_a_folder(path: Path, what: str) -> str | None:
    """The problem with a path an option names as a folder when a file (or anything but a folder) is there."""
    return f"{path}: not a folder ({what})" if path.exists() and not path.is_dir() else None


def cmd_review(args: argparse.Namespace) -> int:
    """List every open review item, by record and field; non-zero while any is open."""
    from extract.archive import Archive, RecordsInvalid

    docs = Path(args.docs)
    if not docs.is_dir():
        say(f"error: {docs}: no such docs folder (ingest PDFs into it first)", sys.stderr)
        return 1
    open_items, open_records, records, problems = 0, 0, 0, []
    with Archive(docs).reading() as archive:
        documents = archive.documents()
        try:
            for doc in documents:
                records += 1
                if doc.review:
                    say(str(docs / doc.path))
                    for item in doc.review:
                        say(f"  {item.field}: {item.why}")
                    open_items += len(doc.review)
                    open_records += 1
        except RecordsInvalid as exc:
            problems = exc.problems
    for problem in problems:
        say(f"error: {problem}", sys.stderr)
    if open_items:
        say(f"{counted(open_items, 'review item', 'review items')} open in "
            f"{counted(open_records, 'record', 'records')}: correct each field in its record, "
            f"or set `checked: true` on its entry")
    elif not problems:
        say(f"no review items open in {docs} ({counted(records, 'record', 'records')})")
    if problems:
        say(f"{counted(len(problems), 'record', 'records')} could not be read: correct "
            f"{'it' if len(problems) == 1 else 'them'}, then run review again", sys.stderr)
    return 1 if open_items or problems else 0


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
                                                      pdfs=Path(args.pdfs) if args.pdfs else None,
                                                      strict=args.strict))


def cmd_serve(args: argparse.Namespace) -> int:
    from extract.publish import serve_site

    return _run_site_command(args, lambda: serve_site(Path(args.docs), config=Path(args.config),
                                                      address=args.dev_addr,
                                                      pdfs=Path(args.pdfs) if args.pdfs else None))


def meeting_date(text: str) -> str:
    """A ``--date`` as the officer types it: 2018-02-13, or 13 February 2018."""
    from extract.text import ISO_DATE, find_date

    found = text if ISO_DATE.fullmatch(text) else find_date(text)
    if not found:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (give it as YYYY-MM-DD, e.g. 2018-02-13)")
    return found


def dev_address(text: str) -> str:
    """A ``--dev-addr``: HOST:PORT, or PORT alone."""
    host, _, port = text.rpartition(":")
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError(f"not HOST:PORT: {text!r} (e.g. 127.0.0.1:8000)")
    return f"{host or '127.0.0.1'}:{port}"


def _site_options(command: argparse.ArgumentParser) -> None:
    """What ``build`` and ``serve`` both read."""
    command.add_argument("--docs", default="docs", metavar="DIR",
                         help="the archive folder of records to publish (default: docs)")
    command.add_argument("--config", default="mkdocs.yml", metavar="MKDOCS_YML",
                         help="the site's MkDocs configuration: its name, site_url, theme (default: mkdocs.yml)")
    command.add_argument("--pdfs", metavar="DIR",
                         help="folder of the source PDFs to offer for download; each is published only if it is "
                              "the very PDF its records came from (default: pdf/ beside the docs folder)")


def build_parser() -> argparse.ArgumentParser:
    from extract.model import KINDS

    parser = argparse.ArgumentParser(
        prog="committee-archive",
        description="Turn council agenda packs, reports and minutes (PDF) into a static archive site.")
    parser.add_argument("--version", action="version", version=f"committee-archive {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = sub.add_parser("ingest", help="extract records from PDFs into the docs folder",
                            description="Read each PDF, find every document in it, and write one Markdown record "
                                        "per document into the docs folder. Safe to run again at any time.")
    ingest.add_argument("pdfs", nargs="+", metavar="PDF",
                        help="agenda packs, reports or minutes to read; a PDF ingested before is recognised by "
                             "its content, and a changed one at the same path is a newer version of it")
    ingest.add_argument("--docs", default="docs", metavar="DIR", help="the archive folder (default: docs)")
    known = ingest.add_argument_group(
        "what you know of these PDFs", "Each wins over what extraction reads, settles the matching review item, "
                                       "and is remembered: later runs on the PDF, and on newer versions of it, "
                                       "keep it.")
    known.add_argument("--council", metavar="NAME", help="the council that published them (the records' body)")
    known.add_argument("--committee", metavar="NAME", help="the committee whose meeting they are for")
    known.add_argument("--date", type=meeting_date, metavar="YYYY-MM-DD",
                       help="the date of that meeting (minutes of an earlier meeting in a pack keep theirs)")
    known.add_argument("--kind", choices=KINDS,
                       help="what each whole PDF is (agenda: an agenda pack, read for the papers in it)")
    ingest.add_argument("--force", action="store_true",
                        help="replace records edited by hand, and re-create records deleted by hand (a backup of "
                             "each edited record is kept in <docs>/.committee-archive/backups)")
    ocr = ingest.add_mutually_exclusive_group()
    ocr.add_argument("--ocr", default=DEFAULT_OCR_LANGUAGES, metavar="LANGS",
                     help="Tesseract languages to recognise scanned PDFs in (default %(default)s; e.g. eng+fra); "
                          "scans are recognised after the other PDFs, and their records marked source.ocr")
    ocr.add_argument("--no-ocr", dest="ocr", action="store_const", const=None,
                     help="refuse scanned PDFs instead of recognising them")
    ingest.add_argument("--jobs", type=int, default=None, metavar="N",
                        help="worker processes (default: one per core)")
    ingest.add_argument("--verbose", action="store_true",
                        help="also say how extraction placed each document (front sheet page ranges and the like)")
    ingest.add_argument("--debug", action="store_true",
                        help="print the traceback of unexpected errors")
    ingest.set_defaults(func=cmd_ingest)

    review = sub.add_parser("review", help="list what extraction was unsure of; exit status 1 while any is open",
                            description="List every open review item, by record and field. An item is closed by "
                                        "correcting the field in the record, or by setting `checked: true` on its "
                                        "entry. Exits 1 while any item is open, so a publishing script can stop.")
    review.add_argument("--docs", default="docs", metavar="DIR", help="the archive folder (default: docs)")
    review.set_defaults(func=cmd_review)

    build = sub.add_parser("build", help="generate index pages, feeds and data, then build the site",
                           description="Build the static site from the records: pages, registers, feeds, data, "
                                       "search, and the source PDFs. Ends with a summary of what was published.")
    _site_options(build)
    build.add_argument("--site", default="site", metavar="DIR", help="output folder (default: site)")
    build.add_argument("--strict", action="store_true",
                       help="fail (exit status 1) when a source PDF is missing or not the one its records came "
                            "from, a review item is open, or site_url is not set")
    build.set_defaults(func=cmd_build)

    serve = sub.add_parser("serve", help="build, then preview the site, building again on every change",
                           description="Build the site as build does, serve exactly what would be published, and "
                                       "build again whenever a record, a page or the configuration changes.")
    _site_options(serve)
    serve.add_argument("--dev-addr", default="127.0.0.1:8000", type=dev_address, metavar="HOST:PORT",
                       help="the address to serve the preview at (default: 127.0.0.1:8000)")
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
