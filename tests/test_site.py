"""The site build: records' frontmatter → derived pages, feeds and data (no browser)."""

from __future__ import annotations

import csv
import io
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from extract.model import Minute, Minutes, Person, Source
from extract.publish import build_site, generate
from extract.publish.feeds import fold
from extract.archive import Archive, Document, bare_name, build_catalogue
from extract.publish.html import esc
from extract.publish.pages import SiteContext
from extract.publish.people import People, role_acronym
from extract.write import record_path, render_record

sys.path.insert(0, str(Path(__file__).parent))
from site_archive import RESOLUTION, write_archive, write_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SLUG = "childrens-services-overview-and-scrutiny-committee"


@pytest.fixture
def archive(tmp_path):
    write_archive(tmp_path / "docs")
    return Archive(tmp_path / "docs").catalogue()


def test_loads_every_record_into_meetings(archive):
    assert [(m.date, len(m.documents)) for m in archive.meetings] == [("2017-12-12", 1), ("2018-02-13", 3)]
    assert archive.meetings[1].minutes.items[0].anchor == "min-80"


def test_one_person_however_named(archive):
    people = People(archive)
    december, february = archive.meetings
    redsell = people.resolve(december, "Councillor Joycelyn Redsell")
    assert redsell is people.resolve(february, "Cllr Redsell") is people.resolve(february, "Joycelyn Redsell")
    assert [a.status for a in redsell.appearances] == ["present", "present"]


def test_people_sharing_a_surname_stay_apart(archive):
    people = People(archive)
    december = archive.meetings[0]
    david, myra = people.resolve(december, "David Potter"), people.resolve(december, "Myra Potter")
    assert david is not myra and {david.name, myra.name} == {"David Potter", "Myra Potter"}
    # Both were listed on 12 December, so "Cllr Potter" that day is nobody in particular.
    assert people.resolve(december, "Cllr Potter") is None


def test_role_acronyms_resolve_to_the_person_introduced(archive):
    people = People(archive)
    december = archive.meetings[0]
    assert people.resolve(december, "the ADCPH").name == "Tim Elwell-Sutton"
    assert people.resolve(december, "The BMLSCB").name == "Alan Cotgrove"
    assert people.resolve(december, "the Chair").name == "Bukky Okunade"


@pytest.mark.parametrize("text, name", [("Cllr J. Redsell (Chair)", "J. Redsell"),
                                        ("Councillors Gary Collins", "Gary Collins"), ("Mrs Myra Potter,", "Myra Potter")])
def test_bare_name(text, name):
    assert bare_name(text) == name


def test_role_acronym():
    assert role_acronym("Deputy Director for NELFT") == "DDNELFT"
    assert role_acronym("Church of England Representative") == "CER"


def test_record_text_is_escaped_in_derived_pages():
    # The pages are HTML that no Markdown reads again: markup in record text is text, quotes close no attribute.
    assert esc('<script>alert(1)</script> [x](javascript:evil) | 69. "item" & more') == \
        "&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:evil) | 69. &quot;item&quot; &amp; more"


def _build(tmp_path, docs=None):
    docs = docs or tmp_path / "docs"
    if not docs.exists():
        write_archive(docs)
    write_pdf(tmp_path / "pdf")
    status = build_site(docs, tmp_path / "site", config=ROOT / "mkdocs.yml", stage=tmp_path / "stage")
    assert status == 0
    return tmp_path / "site"


def test_build_writes_derived_pages_without_touching_docs(tmp_path):
    docs = tmp_path / "docs"
    write_archive(docs)
    before = sorted(p.relative_to(docs) for p in docs.rglob("*"))
    site = _build(tmp_path, docs)
    assert sorted(p.relative_to(docs) for p in docs.rglob("*")) == before
    for page in [f"{SLUG}/2017-12-12/index.html", f"{SLUG}/index.html", f"{SLUG}/items/childrens-social-care-performance/index.html",
                 "people/thurrock-council/joycelyn-redsell/index.html", "resolutions/2017/index.html",
                 "pdf/thurrock-2018-02-13.pdf", "pagefind/shards.json"]:
        assert (site / page).exists(), page
    meeting = (site / f"{SLUG}/2017-12-12/index.html").read_text()
    assert "taken up on" in meeting and "../2018-02-13/" in meeting
    assert '"@type": "Event"' in meeting


def test_hand_correction_in_frontmatter_shows_everywhere(tmp_path):
    docs = tmp_path / "docs"
    write_archive(docs)
    minutes = docs / SLUG / "2017-12-12" / "minutes.md"
    minutes.write_text(minutes.read_text().replace("name: Joycelyn Redsell", "name: Joy Redsell-Smith"))
    site = _build(tmp_path, docs)
    assert "Joy Redsell-Smith" in (site / f"{SLUG}/2017-12-12/index.html").read_text()
    assert (site / "people/thurrock-council/joy-redsell-smith/index.html").exists()


def test_a_broken_hand_edit_stops_the_build_with_one_line_per_record(tmp_path, capsys):
    from extract.cli import main

    docs = tmp_path / "docs"
    write_archive(docs)
    minutes = docs / SLUG / "2017-12-12" / "minutes.md"
    minutes.write_text(minutes.read_text().replace("start: '19:00'", "start: [19:00"))
    agenda = next((docs / SLUG).glob("*/agenda.md"))
    agenda.write_text(agenda.read_text().replace("date: '2018-02-13'", "date: 13 February 2018", 1))
    site = tmp_path / "site"
    assert main(["build", "--docs", str(docs), "--site", str(site), "--config", str(ROOT / "mkdocs.yml")]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert errors == [f"error: {minutes}: frontmatter is not valid YAML (line 18): did not find expected ',' or ']'",
                      f"error: {agenda}: 'date' must be YYYY-MM-DD, not '13 February 2018'",
                      "error: nothing was built: correct these records and build again"]
    assert not site.exists()


def test_data_exports_and_feeds(tmp_path):
    docs = tmp_path / "docs"
    write_archive(docs)
    config = tmp_path / "mkdocs.yml"
    config.write_text((ROOT / "mkdocs.yml").read_text() + "site_url: https://example.org/archive/\n")
    generate(docs, tmp_path / "stage", config, None)
    stage = tmp_path / "stage"
    meetings = json.loads((stage / "data/meetings.json").read_text())["meetings"]
    assert [m["date"] for m in meetings] == ["2017-12-12", "2018-02-13"]
    assert meetings[0]["url"] == f"https://example.org/archive/{SLUG}/2017-12-12/"
    resolutions = list(csv.DictReader(io.StringIO((stage / "data/resolutions.csv").read_text())))
    assert any(r["decision"] == RESOLUTION and r["url"].endswith("/2017-12-12/minutes/#min-69") for r in resolutions)
    attendance = list(csv.DictReader(io.StringIO((stage / "data/attendance.csv").read_text())))
    assert {r["attendance"] for r in attendance if r["person"] == "Joycelyn Redsell"} == {"present"}
    feed = ET.fromstring((stage / "feed.xml").read_text().encode())
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 4
    calendar = (stage / SLUG / "meetings.ics").read_bytes().decode()
    assert "DTSTART:20171212T190000" in calendar and calendar.count("BEGIN:VEVENT") == 2
    assert all(len(line.encode()) <= 75 for line in calendar.split("\r\n"))


def test_ical_lines_fold_at_75_octets():
    parts = fold("SUMMARY:" + "é" * 80)
    assert all(len(p.encode()) <= 75 for p in parts) and "".join(p.lstrip(" ") for p in parts[1:])


def test_meeting_without_minutes_lists_agenda_members(tmp_path):
    record = Minutes(body="A Council", committee="Planning", date="2020-01-01", title="Minutes",
                     source=Source(file="x.pdf", sha256=""), present=[Person("Ann Lee")],
                     items=[Minute("1", "Hostile <b>title</b> | pipe", anchor="min-1")])
    ctx = SiteContext.build(build_catalogue([Document(record, record_path(record))]), {})
    from extract.publish.derived import derived_pages

    pages = derived_pages(ctx)
    meeting = pages["planning/2020-01-01/index.md"]
    assert "Hostile &lt;b&gt;title&lt;/b&gt; | pipe" in meeting
    assert "(PDF not published here)" in meeting


def test_pdf_with_an_exempt_report_is_published_without_its_pages(tmp_path):
    pdfium = pytest.importorskip("pypdfium2")
    from extract.model import Report
    from extract.publish.derived import derived_pages
    from extract.publish.pdfs import publish_pdfs
    from extract.read import file_sha256

    pack = pdfium.PdfDocument.new()
    for _ in range(5):
        pack.new_page(595, 842)
    (tmp_path / "pdf").mkdir()
    pack.save(str(tmp_path / "pdf" / "pack.pdf"))
    sha256 = file_sha256(tmp_path / "pdf" / "pack.pdf")
    source = lambda first, last: Source(file="pack.pdf", sha256=sha256, pages=[first, last])  # noqa: E731
    exempt = Report(body="A Council", committee="Cabinet", date="2020-01-01", title="Land sale",
                    source=source(2, 3), item="5", exempt=True)
    public = Minutes(body="A Council", committee="Cabinet", date="2020-01-01", title="Minutes", source=source(4, 5))
    archive = build_catalogue([Document(r, record_path(r)) for r in (exempt, public)])
    published = publish_pdfs(archive, tmp_path / "pdf", tmp_path / "stage")["pack.pdf"]
    assert len(pdfium.PdfDocument(str(tmp_path / "stage" / published.path))) == 3
    meeting = derived_pages(SiteContext.build(archive, {"pack.pdf": published}))["cabinet/2020-01-01/index.md"]
    assert "pack.pdf, pages 2–3 (withheld: exempt information)" in meeting
    assert '<a href="../../pdf/pack.pdf#page=2">pack.pdf, pages 2–3</a>' in meeting  # the minutes, once pages 4–5


def test_no_record_text_reaches_any_page_as_markup(tmp_path):
    from extract.model import Minute, Paragraph

    docs = tmp_path / "docs"
    hostile = Minutes(body="<img src=x onerror=alert(2)> Council", committee="<img src=x onerror=alert(3)> Committee",
                      date="2020-01-02", title="</title><script>alert(1)</script>",
                      source=Source(file="<b>x</b>.pdf", sha256="0" * 64, pages=[1, 1]),
                      present=[Person("<script>alert(4)</script> Smith", "<i>Chair</i>")],
                      items=[Minute("1", "<script>alert(5)</script>", resolutions=["<script>alert(6)</script>"],
                                    anchor="min-1")],
                      content=[Paragraph("<script>alert(7)</script>")])
    path = docs / record_path(hostile)
    path.parent.mkdir(parents=True)
    path.write_text(render_record(hostile))
    site = _build(tmp_path, docs)
    pages = list(site.rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        text = page.read_text()
        for markup in ("<script>alert", "<img src=x", "<i>Chair", "<b>x</b>"):
            assert markup not in text, f"{markup} in {page.relative_to(site)}"


def test_a_committee_printed_in_capitals_and_in_mixed_case_is_one_committee(tmp_path):
    docs = tmp_path / "docs"
    write_archive(docs)
    minutes = docs / SLUG / "2017-12-12" / "minutes.md"
    minutes.write_text(minutes.read_text().replace("committee: Children's Services Overview and Scrutiny Committee",
                                                   "committee: CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE"))
    archive = Archive(docs).catalogue()
    [committee] = archive.committees
    assert committee.name == "Children's Services Overview and Scrutiny Committee"
    assert len(committee.meetings) == 2


def test_a_minute_without_a_title_is_reported_not_a_crash(tmp_path, capsys):
    from extract.cli import main

    docs = tmp_path / "docs"
    write_archive(docs)
    minutes = docs / SLUG / "2017-12-12" / "minutes.md"
    minutes.write_text(minutes.read_text().replace("- number: '69'\n  title:", "- number: '69'\n  heading:", 1))
    assert main(["build", "--docs", str(docs), "--site", str(tmp_path / "site"),
                 "--config", str(ROOT / "mkdocs.yml")]) == 1
    [problem, _] = capsys.readouterr().err.splitlines()
    assert problem.startswith(f"error: {minutes}: frontmatter does not fit a minutes record")


def test_exports_and_feeds_carry_pdf_text_inertly():
    from extract.publish.data import _inert
    from extract.publish.feeds import ical_text

    assert _inert("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert _inert("-1 vote") == "'-1 vote" and _inert("That the report be noted") == "That the report be noted"
    assert ical_text("Room 1\rBEGIN:VEVENT\x0c") == "Room 1\\nBEGIN:VEVENT "


def test_a_record_saved_with_windows_line_ends_still_shows_only_its_body(tmp_path):
    docs = tmp_path / "docs"
    write_archive(docs)
    minutes = docs / SLUG / "2017-12-12" / "minutes.md"
    minutes.write_bytes(minutes.read_text().replace("\n", "\r\n").encode())
    site = _build(tmp_path, docs)
    page = (site / SLUG / "2017-12-12" / "minutes" / "index.html").read_text()
    assert "sha256:" not in page and "kind: minutes" not in page


def test_a_hand_edit_with_noncharacters_still_makes_well_formed_feeds(tmp_path):
    """U+FFFE and U+FFFF are valid YAML but not XML: the Atom feed stays parseable."""
    docs = tmp_path / "docs"
    write_archive(docs)
    minutes = docs / SLUG / "2017-12-12" / "minutes.md"
    text = minutes.read_text()
    title = next(line for line in text.splitlines() if line.startswith("title: "))
    minutes.write_text(text.replace(title, 'title: "Minutes\\uFFFE\\uFFFF of 12 December 2017"'))
    assert "\\uFFFE" in minutes.read_text()
    generate(docs, tmp_path / "stage", ROOT / "mkdocs.yml", None)
    for feed in (tmp_path / "stage").rglob("feed.xml"):
        ET.fromstring(feed.read_bytes())
