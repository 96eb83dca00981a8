"""Scale benchmark for the archive site (not a test).

Generates a synthetic archive of N meetings — minutes, agenda and a report per
meeting, their text drawn from the bundled seed texts (samples/text) with
varied committees, dates and people — builds it with ``committee-archive
build`` (cold: no cache), and prints: build time, output size against Markdown
size, peak memory, bytes downloaded for one search query and time to first
result in headless Chromium. With ``--incremental`` it then publishes one more
meeting the way an officer does — ingest of the sample agenda pack
(samples/pdf/004…, twelve documents of several meetings) and a build — and
prints that step's time and peak memory beside the full build's.

    .venv/bin/python scripts/bench_site.py 1000 10000 --incremental
    .venv/bin/python scripts/bench_site.py 1000 --keep /tmp/bench   # keep the archive and site

Targets at N = 10,000 (issue 14): full build ≤ 3 min, publishing one more meeting
(ingest + build) ≤ 30 s and ≤ 5% of the full build, peak memory ≤ 1.5 GB, output
≤ 3× the Markdown, ≤ 300 kB per query, first result ≤ 300 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import http.server
import random
import re
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.model import (Agenda, AgendaItem, Declaration, Departure, Heading, Minute,  # noqa: E402
                           Minutes, Paragraph, Person, Report, Source)
from extract.write import record_path, render_record  # noqa: E402

FIRST = ["Bukky", "Graham", "Gary", "David", "Joycelyn", "Luke", "Tom", "Jane", "Sue", "Myra", "James",
         "Sharon", "Rory", "Sheila", "Tim", "Roger", "Malcolm", "Alan", "Wendy", "Lynda", "Kim", "Amara",
         "Priya", "Owen", "Fiona", "Hamid", "Grace", "Ewan", "Nia", "Callum"]
LAST = ["Okunade", "Snell", "Collins", "Potter", "Redsell", "Spillman", "Kelly", "Potheary", "Sammons",
        "Halden", "Hall", "Patterson", "Murphy", "Elwell-Sutton", "Edwardson", "Taylor", "Cotgrove", "Le",
        "Pritchard", "James", "Okafor", "Shah", "Morgan", "Campbell", "Ahmed", "Wright", "Burns", "Green"]
COUNCILS = ["Thurrock Council", "Medway Council", "Southend-on-Sea Borough Council", "Eden District Council"]
SUBJECTS = ["Children's Social Care Performance", "Budget Monitoring", "Youth Cabinet Update",
            "Local Safeguarding Children Board Annual Report", "School Place Planning",
            "Children Missing Education", "SEND Peer Review Action Plan", "Fees and Charges",
            "Housing Strategy", "Highways Maintenance Programme", "Air Quality Action Plan",
            "Corporate Performance Report", "Treasury Management Strategy", "Libraries Review"]
TERMS = ["Overview and Scrutiny Committee", "Cabinet", "Planning Committee", "Licensing Committee",
         "Audit Committee", "Health and Wellbeing Board", "Corporate Parenting Committee",
         "Standards Committee", "Housing Overview and Scrutiny Committee", "General Services Committee"]


def seed_paragraphs() -> list[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples" / "text").glob("*.txt")))
    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in text.split("\n\n")]
    return [p for p in paragraphs if len(p) > 120]


def synthetic_records(n: int, rng: random.Random, paragraphs: list[str]):
    """Yield N meetings' records: forty committees in four councils, each meeting monthly from 2000."""
    committees = [(council, f"{area} {term}") for council in COUNCILS for area, term in zip(
        ["Children's Services", "Place", "Resources", "Corporate", "Adults'"] * 2, TERMS)]
    people = {council: [Person(f"{f} {l}") for f, l in zip(rng.sample(FIRST, 25), rng.sample(LAST, 25))]
              for council in COUNCILS}
    per_committee = -(-n // len(committees))
    made = 0
    for council, committee in committees:
        members = rng.sample(people[council][:18], 8)
        officers = people[council][18:]
        for month in range(per_committee):
            if made == n:
                return
            made += 1
            date = dt.date(2000 + month // 12, month % 12 + 1, rng.randint(1, 28)).isoformat()
            yield meeting_records(rng, paragraphs, council, committee, date, members, officers)


def body(rng: random.Random, paragraphs: list[str], count: int) -> list[str]:
    """Seed paragraphs with this meeting's own figures, so the index sees a varied vocabulary."""
    out = []
    for _ in range(count):
        words = rng.choice(paragraphs).split()
        words.insert(rng.randrange(len(words)), f"£{rng.randint(1000, 990000):,}")
        words.insert(rng.randrange(len(words)), f"ref{rng.randint(10000, 99999)}")
        out.append(" ".join(words))
    return out


def meeting_records(rng, paragraphs, council, committee, date, members, officers):
    source = Source(file=f"{date}-{committee[:10]}.pdf", sha256="0" * 64, pages=[1, 40])
    subjects = rng.sample(SUBJECTS, 6)
    items, content = [], []
    for number, subject in enumerate(subjects, start=1):
        anchor = f"min-{number}"
        resolutions = [f"That the committee {rng.choice(['noted', 'agreed', 'endorsed'])} {s[:160]}"
                       for s in body(rng, paragraphs, rng.randint(0, 2))]
        outcome = "deferred" if rng.random() < 0.05 else None
        items.append(Minute(str(number), subject, resolutions=resolutions, outcome=outcome, anchor=anchor))
        content.append(Heading(f"{number}. {subject}", anchor=anchor))
        content += [Paragraph(p) for p in body(rng, paragraphs, rng.randint(4, 9))]
        content += [Paragraph("RESOLVED: " + r) for r in resolutions]
    present = [Person(m.name, "Chair" if i == 0 else None, "Councillor") for i, m in enumerate(members) if rng.random() > 0.15]
    apologies = [Person(m.name, None, "Councillor") for m in members if m.name not in {p.name for p in present}]
    attending = [Person(o.name, "Assistant Director of Children's Services") for o in rng.sample(officers, 3)]
    minutes = Minutes(body=council, committee=committee, date=date, title=f"Minutes: {committee}, {date}",
                      source=source, start="19:00", end="21:00", venue="Council Chamber", status="approved",
                      present=present, apologies=apologies, in_attendance=attending, items=items,
                      declarations=[Declaration(member=f"Cllr {present[0].name.split()[-1]}", item="3",
                                                interest="non-pecuniary", text="Governor of a local school.")],
                      departures=[Departure(name="the ADCS", time="20:15", item="4")], content=content)
    agenda = Agenda(body=council, committee=committee, date=date, title=f"Agenda: {committee}, {date}",
                    source=source, start="19:00", venue="Council Chamber", members=list(members),
                    items=[AgendaItem(str(i), s, f"{i * 10} - {i * 10 + 9}") for i, s in enumerate(subjects, 1)],
                    content=[Paragraph(p) for p in body(rng, paragraphs, 4)])
    report = Report(body=council, committee=committee, date=date, title=subjects[1], source=source, item="2",
                    recommendations=["Note the report."], content=[Paragraph(p) for p in body(rng, paragraphs, 30)])
    return [minutes, agenda, report]


def write_archive(docs: Path, n: int) -> int:
    rng = random.Random(n)
    paragraphs = seed_paragraphs()
    size = 0
    for records in synthetic_records(n, rng, paragraphs):
        for record in records:
            path = docs / record_path(record)
            path.parent.mkdir(parents=True, exist_ok=True)
            text = render_record(record)
            path.write_text(text, encoding="utf-8")
            size += len(text.encode())
    return size


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    """The browser drops connections it no longer needs (a superseded query's fragments): not an error."""

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def measure_search(site: Path, query: str, typed: str) -> tuple[int, float, float]:
    """In headless Chromium: (bytes downloaded by one submitted query, ms to its first result,
    ms from the last keystroke of another query, typed, to its first result)."""
    from playwright.sync_api import sync_playwright

    handler = functools.partial(QuietHandler, directory=str(site))
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/search/"
    # Milliseconds from the moment `start` names (set by the page) to the first result for `query`.
    first_result = """async ([query, start]) => {
        const list = document.querySelector('#search-results');
        await new Promise((resolve) => {
            const check = () => list.dataset.query === query && list.querySelector('li');
            if (check()) resolve();
            new MutationObserver((_, observer) => { if (check()) { observer.disconnect(); resolve(); } })
                .observe(list, {childList: true, attributes: true});
        });
        return performance.now() - window[start];
    }"""
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"])
            page = browser.new_page()
            page.goto(url)
            page.wait_for_selector(".archive-search[data-ready=true]")
            page.evaluate("() => document.querySelector('#search-query').addEventListener("
                          "'input', () => { window.lastKey = performance.now(); })")
            downloaded = []
            def record(request):
                downloaded.append(request)
            page.on("requestfinished", record)
            page.evaluate("(q) => { const i = document.querySelector('#search-query'); i.value = q; "
                          "window.submitted = performance.now(); i.form.requestSubmit(); }", query)
            submitted = page.evaluate(first_result, [query, "submitted"])
            page.wait_for_timeout(1000)  # let the remaining result excerpts arrive
            query_bytes = sum(request.sizes()["responseBodySize"] for request in downloaded)
            page.remove_listener("requestfinished", record)
            page.locator("#search-query").fill("")
            page.locator("#search-query").press_sequentially(typed, delay=120)  # a brisk typist
            after_typing = page.evaluate(first_result, [typed, "lastKey"])
            browser.close()
    finally:
        server.shutdown()
    return query_bytes, submitted, after_typing


PACK = ROOT / "samples" / "pdf" / "004_e187f8e0c41f6043.pdf"

# Publishing one more meeting, in a process of its own so that its peak memory is its own.
PUBLISH_ONE = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from extract.cli import main
from extract.publish import build_site
root, work, pack = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
started = time.perf_counter()
status = main(["ingest", pack, "--docs", str(work / "docs")])
ingested = time.perf_counter()
status = status or build_site(work / "docs", work / "site", config=root / "mkdocs.yml", stage=work / "stage")
done = time.perf_counter()
peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
print(json.dumps({"status": status, "ingest": ingested - started, "build": done - ingested, "peak": peak / 1024 ** 2}))
"""


def publish_one(work: Path) -> dict:
    (work / "pdf").mkdir(exist_ok=True)
    shutil.copy(PACK, work / "pdf" / PACK.name)  # the officer keeps the source PDFs beside the records
    out = subprocess.run([sys.executable, "-c", PUBLISH_ONE, str(ROOT), str(work), str(work / "pdf" / PACK.name)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def run(n: int, keep: Path | None, incremental: bool) -> None:
    from extract.publish import build_site

    work = keep or Path(tempfile.mkdtemp(prefix=f"bench-{n}-"))
    if work.exists():
        shutil.rmtree(work)
    docs, site, stage = work / "docs", work / "site", work / "stage"
    markdown = write_archive(docs, n)
    started = time.perf_counter()
    status = build_site(docs, site, config=ROOT / "mkdocs.yml", stage=stage)
    took = time.perf_counter() - started
    if status:
        raise SystemExit(f"build failed with status {status}")
    # ru_maxrss is in KiB on Linux: this process (page generation, MkDocs' set-up) and the largest
    # child (a page-rendering worker or a Pagefind run).
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 ** 2
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 ** 2
    output = folder_size(site)
    query_bytes, submitted, typed = measure_search(site, "transitional housing", "safeguarding partners")
    pages = sum(1 for _ in site.rglob("*.html"))
    print(f"N={n}: {pages} HTML pages; build {took:.0f} s; peak memory {max(own, child):.2f} GB "
          f"(build process {own:.2f} GB, largest child {child:.2f} GB); Markdown {markdown / 1e6:.0f} MB, "
          f"output {output / 1e6:.0f} MB ({output / markdown:.2f}×); one query downloads {query_bytes / 1e3:.0f} kB; "
          f"first result {submitted:.0f} ms after submitting, {typed:.0f} ms after the last keystroke", flush=True)
    if incremental:
        one = publish_one(work)
        if one["status"]:
            raise SystemExit(f"publishing one more meeting failed with status {one['status']}")
        total = one["ingest"] + one["build"]
        print(f"N={n}: one more meeting published in {total:.1f} s ({100 * total / took:.1f}% of the full build): "
              f"ingest {one['ingest']:.1f} s, build {one['build']:.1f} s; peak memory {one['peak']:.2f} GB", flush=True)
    if keep is None:
        shutil.rmtree(work)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--keep", type=Path, help="build here and keep the result (one size only)")
    parser.add_argument("--incremental", action="store_true",
                        help="then publish one more meeting (ingest of a sample agenda pack, and a build)")
    args = parser.parse_args()
    for n in args.sizes:
        run(n, args.keep, args.incremental)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
