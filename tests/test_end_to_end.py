"""The whole pipeline on the project's own sample PDFs: ingest, check the records, build, check the pages.

The expected values are what the documents say (samples/text/*.txt), read by a person.
"""

import html
import re
import subprocess
import sys
from pathlib import Path

import frontmatter
import pytest
from conftest import ROOT, SAMPLES

COMMITTEE_DIR = "childrens-services-overview-and-scrutiny-committee"


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("e2e")
    pdfs = sorted(str(p) for p in (SAMPLES / "pdf").glob("*.pdf"))
    result = subprocess.run([sys.executable, "-m", "extract", "ingest", *pdfs, "--docs", str(out / "docs")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    (out / "summary.txt").write_text(result.stdout)
    return out


def record(archive: Path, relative: str) -> frontmatter.Post:
    return frontmatter.load(archive / "docs" / relative)


def test_the_summary_names_every_pdf_and_what_it_held(archive):
    summary = (archive / "summary.txt").read_text()
    assert "004_e187f8e0c41f6043.pdf: 12 documents" in summary
    assert ("minutes  Children's Services Overview and Scrutiny Committee  2017-12-12  14 minutes, "
            "10 resolutions") in summary
    assert "001_df18585e4538f6a1.pdf: 2 documents" in summary


def test_a_stand_alone_report(archive):
    [path] = (archive / "docs" / COMMITTEE_DIR / "2017-07-11").glob("report-8-*.md")
    report = frontmatter.load(path)
    assert (report["kind"], report["item"], report["key_decision"], report["wards"]) == ("report", "8", True, "All")
    assert report["title"] == "Peer Review of Contacts, Referrals and Assessments"
    assert report["report_of"].startswith("Joseph Tynan – Service Manager Multi Agency Safeguarding Hub")
    assert report["recommendations"] == [
        "That Children's Overview and Scrutiny consider the recommendations of the Review and the Action Plan, "
        "to drive up performance in these areas.",
        "That Children's Overview and Scrutiny receive assurance that the Action Plan will deliver the required "
        "improvement."]
    assert report["source"]["file"] == "000_243ad618c18f3a47.pdf"


def test_a_letter_appended_to_a_report_is_its_own_appendix(archive):
    folder = archive / "docs" / "children-and-young-peoples-overview-and-scrutiny-committee" / "2014-06-03"
    kinds = sorted(frontmatter.load(p)["kind"] for p in folder.glob("*.md"))
    assert kinds == ["appendix", "report"]


def test_the_agenda_pack_front_sheet(archive):
    agenda = record(archive, f"{COMMITTEE_DIR}/2018-02-13/agenda.md")
    assert (agenda["start"], agenda["published"]) == ("19:00", "2018-02-05")
    assert agenda["venue"].startswith("Committee Room 1, Civic Offices, New Road, Grays")
    assert [(p["name"], p["role"]) for p in agenda["members"][:2]] == [("Bukky Okunade", "Chair"),
                                                                         ("Graham Snell", "Vice-Chair")]
    assert [i["number"] for i in agenda["items"]] == [str(n) for n in range(1, 12)]
    assert agenda["items"][5]["pages"] == "17 - 68"
    assert agenda["contact"]["name"] == "Wendy Le"


def test_the_previous_minutes_inside_the_pack_carry_their_own_date(archive):
    minutes = record(archive, f"{COMMITTEE_DIR}/2017-12-12/minutes.md")
    assert minutes["source"]["file"] == "004_e187f8e0c41f6043.pdf"
    assert (minutes["start"], minutes["end"], minutes["status"]) == ("19:00", "22:00", "draft")
    assert [m["number"] for m in minutes["items"]] == [str(n) for n in range(64, 78)]
    items = {m["number"]: m for m in minutes["items"]}
    assert len(items["69"]["resolutions"]) == 4 and len(items["74"]["resolutions"]) == 3
    assert (items["75"]["outcome"], items["76"]["outcome"], items["77"]["outcome"]) == ("deferred", "deferred", None)
    assert items["64"]["anchor"] == "min-64"
    assert [p["name"] for p in minutes["apologies"]] == ["Myra Potter"]
    [declaration] = minutes["declarations"]
    assert (declaration["member"], declaration["item"], declaration["interest"]) == \
        ("Lynda Pritchard", "66", "non-pecuniary")
    assert [(d["name"], d["time"]) for d in minutes["departures"]] == [
        ("BMLSCB", "19:16"), ("Halden", "20:17"), ("YCC", "21:00"), ("NELFT representatives", "21:03"),
        ("Redsell", "21:28"), ("ADCPH", "21:28")]
    assert minutes["approves"] == ["2017-10-10"]


def test_every_report_of_the_pack_with_its_item_and_appendix(archive):
    folder = archive / "docs" / COMMITTEE_DIR / "2018-02-13"
    reports = {r["item"]: r for r in map(frontmatter.load, folder.glob("report-*.md"))}
    assert sorted(reports, key=int) == ["6", "7", "8", "9", "10"]
    assert all(r["recommendations"] for r in reports.values())
    appendices = [frontmatter.load(p) for p in folder.glob("appendix-*.md")]
    assert sorted(a["report_item"] for a in appendices) == ["10", "6", "7", "8"]
    scorecard = next(p for p in folder.glob("appendix-8-*.md"))
    assert "| Rate of referrals | 475 | 620 | 359 | 548 |" in scorecard.read_text()


@pytest.fixture(scope="module")
def site(archive) -> Path:
    result = subprocess.run([sys.executable, "-m", "extract", "build", "--docs", str(archive / "docs"),
                             "--site", str(archive / "site"), "--pdfs", str(SAMPLES / "pdf")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    return archive / "site"


def test_the_meeting_page_gathers_its_minutes(site):
    page = html.unescape((site / COMMITTEE_DIR / "2017-12-12" / "index.html").read_text())
    assert "Tuesday 12 December 2017" in page
    assert "Myra Potter" in page and "Lynda Pritchard" in page
    assert "Draft" in page
    assert "Tim Elwell-Sutton (ADCPH) left at 21:28" in " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "004_e187f8e0c41f6043.pdf" in page


def test_the_pack_meeting_page_links_its_reports_and_offers_the_pdf(site):
    page = html.unescape((site / COMMITTEE_DIR / "2018-02-13" / "index.html").read_text())
    for title in ("Thurrock LSCB Annual Report 2016 - 2017", "Children Missing Education", "Work Programme 2017/18"):
        assert title in page
    assert (site / "pdf").is_dir() and any((site / "pdf").rglob("004_e187f8e0c41f6043*.pdf"))


def test_the_minutes_page_anchors_every_minute(site):
    minutes_html = next((site / COMMITTEE_DIR / "2017-12-12").rglob("minutes/index.html"))
    page = minutes_html.read_text()
    for number in range(64, 78):
        assert f'id="min-{number}"' in page


def test_serve_builds_and_serves_the_site_with_its_search(archive, tmp_path):
    import socket
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "extract", "serve", "--docs", str(archive / "docs"),
                               "--config", str(ROOT / "mkdocs.yml"), "--pdfs", str(SAMPLES / "pdf"),
                               "--dev-addr", f"127.0.0.1:{port}"], cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                # A timeout: the port is taken before the build, so a connection waits while serve builds.
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/{COMMITTEE_DIR}/2017-12-12/", timeout=30) as reply:
                    assert "Tuesday 12 December 2017" in html.unescape(reply.read().decode())
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "serve stopped or never answered"
                time.sleep(0.5)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/pagefind/shards.json") as reply:
            assert reply.status == 200
        # An address the site does not have gets the site's own 404 page.
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/no-such-committee/")
        assert missing.value.code == 404
        assert missing.value.read() == (tmp_path / "build" / "site" / "404.html").read_bytes()
        # A hand correction is built again and served without restarting.
        minutes = archive / "docs" / COMMITTEE_DIR / "2017-12-12" / "minutes.md"
        original = minutes.read_text()
        minutes.write_text(original.replace("name: Myra Potter", "name: Myra Potter-Jones"))
        try:
            deadline = time.monotonic() + 120
            while True:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/{COMMITTEE_DIR}/2017-12-12/", timeout=30) as reply:
                    if "Myra Potter-Jones" in reply.read().decode():
                        break
                assert time.monotonic() < deadline, "the change was never built"
                time.sleep(0.5)
        finally:
            minutes.write_text(original)
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0].decode()
    assert "GET /" not in output  # requests are not logged, one line each


def test_the_pack_papers_are_listed_in_pack_order(site):
    page = html.unescape((site / COMMITTEE_DIR / "2018-02-13" / "index.html").read_text())
    titles = ["Thurrock LSCB Annual Report 2016 - 2017", "Appendix 1 – LSCB Annual Report 2016-2017",
              "Children's Social Care Development Plan 2018 – 19", "Children's Social Care Performance",
              "Children Missing Education", "SEND Peer Review Action Plan and Progress Update",
              "Work Programme 2017/18"]
    positions = [page.index(title) for title in titles]
    assert positions == sorted(positions)


def test_every_paper_of_the_pack_is_linked_from_its_agenda_item(site):
    page = (site / COMMITTEE_DIR / "2018-02-13" / "index.html").read_text()
    agenda = page[page.index('id="agenda"'):]
    assert 'href="../2017-12-12/minutes/"' in agenda  # item 2: the previous minutes, filed under their own date
    assert 'href="report-6-thurrock-lscb-annual-report-2016-2017/"' in agenda
    assert 'href="other-11-work-programme-2017-18/"' in agenda  # item 11


def _text(html_page: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html.unescape(html_page)).split())


def test_the_committee_page_lists_each_member_once_with_minuted_attendance(site):
    """The pack's minutes (12 December 2017) print no council and its agenda (13 February 2018) has no
    minutes yet: one committee, each member once, counted over the one minuted meeting."""
    page = (site / COMMITTEE_DIR / "index.html").read_text()
    table = page[page.index('id="attendance-by-member"'):]
    table = table[:table.index("</table>")]
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]
    members = [_text(row).split(" 1 of ")[0].split(" 0 of ")[0] for row in rows]
    assert len(members) == len(set(members)) >= 8
    okunade = next(_text(row) for row in rows if "Bukky Okunade" in row)
    assert okunade.startswith("Bukky Okunade 1 of 1 minuted meeting (100%) 1 0 0 1")  # present, apologies, absent, pending
    potter = next(_text(row) for row in rows if "Myra Potter" in row)
    assert "0 of 1 minuted meeting (0%) 0 1 0" in potter  # sent apologies


def test_one_person_page_per_councillor(site):
    people = sorted(p.parent.name for p in (site / "people").rglob("index.html") if p.parent.parent.name != "site")
    assert [p for p in people if "okunade" in p] == ["bukky-okunade"]
    assert len(list((site / "people").glob("*/bukky-okunade/index.html"))) == 1
    assert (site / "people" / "thurrock-council" / "bukky-okunade" / "index.html").exists()
    page = _text((site / "people" / "thurrock-council" / "bukky-okunade" / "index.html").read_text())
    assert "1 of 1 minuted meeting (100%), 1 pending (no minutes yet)" in page


def test_the_committees_page_never_names_a_committee_as_its_council(site):
    page = (site / "committees" / "index.html").read_text()
    for row in re.findall(r"<tr>(.*?)</tr>", page, re.S)[1:]:
        cells = [_text(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        assert cells[0] != cells[1], row
    assert "Thurrock Council" in page
