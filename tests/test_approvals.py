"""Minutes become approved when a later meeting's minutes approve them, whatever order they arrive in."""

import frontmatter
import pytest
from conftest import SAMPLES
from pdfgen import render_text

from extract.cli import main

COMMITTEE = "Children's Services Overview and Scrutiny Committee"
OCTOBER = f"""Minutes of the Meeting of the {COMMITTEE} held on 10 October 2017 at 7.00 pm

Present: Councillors Bukky Okunade (Chair), Graham Snell (Vice-Chair), Gary Collins and Luke Spillman

50. Minutes

The minutes of the {COMMITTEE} held on 11 July 2017 were approved as a correct record.

51. Items of Urgent Business

There were no items of urgent business.

The meeting finished at 9.00 pm
"""


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("approvals")
    october = render_text(OCTOBER, folder / "minutes-2017-10-10.pdf")
    return october, SAMPLES / "pdf" / "004_e187f8e0c41f6043.pdf"  # approves the October minutes


def minutes_of(docs, date):
    return frontmatter.load(docs / "childrens-services-overview-and-scrutiny-committee" / date / "minutes.md")


@pytest.mark.parametrize("order", ["earlier first", "later first"])
def test_later_minutes_approve_earlier_ones(pdfs, tmp_path, order):
    docs = tmp_path / "docs"
    october, pack = pdfs
    for pdf in (october, pack) if order == "earlier first" else (pack, october):
        assert main(["ingest", str(pdf), "--docs", str(docs)]) == 0
    approved = minutes_of(docs, "2017-10-10")
    assert (approved["status"], approved["approved_at"]) == ("approved", "2017-12-12")
    assert minutes_of(docs, "2017-12-12")["status"] == "draft"  # nothing ingested approves these yet


def test_minutes_approve_earlier_ones_printed_with_an_ampersand(tmp_path):
    # One committee printed "… Overview & Scrutiny …" in one paper and "… Overview and Scrutiny …" in the next.
    docs = tmp_path / "docs"
    october = render_text(OCTOBER.replace("Overview and Scrutiny", "Overview & Scrutiny"), tmp_path / "october.pdf")
    for pdf in (october, SAMPLES / "pdf" / "004_e187f8e0c41f6043.pdf"):
        assert main(["ingest", str(pdf), "--docs", str(docs)]) == 0
    approved = minutes_of(docs, "2017-10-10")
    assert approved["committee"] == "Children's Services Overview & Scrutiny Committee"
    assert (approved["status"], approved["approved_at"]) == ("approved", "2017-12-12")


@pytest.mark.parametrize("before,after", [
    ("Gary Collins", "Gary Collins (corrected)"),  # a correction
    ("start: '19:00'", "start: [19:00"),  # a slip that breaks the YAML: still no crash
])
def test_hand_edited_minutes_are_not_marked_but_warned_about(pdfs, tmp_path, capsys, before, after):
    docs = tmp_path / "docs"
    october, pack = pdfs
    assert main(["ingest", str(october), "--docs", str(docs)]) == 0
    path = docs / "childrens-services-overview-and-scrutiny-committee" / "2017-10-10" / "minutes.md"
    path.write_text(path.read_text().replace(before, after))
    edited = path.read_text()
    assert main(["ingest", str(pack), "--docs", str(docs)]) == 0
    assert path.read_text() == edited
    assert "was approved on 2017-12-12, but was edited by hand" in capsys.readouterr().out


def planning_minutes(council, day, approves=None):
    approval = (f"The minutes of the meeting held on {approves} were approved as a correct record." if approves
                else "There were no minutes to approve.")
    return f"""{council}

Minutes of a meeting of the Planning Committee held on {day} at 7.00 pm

Present: Councillors Alan Hart (Chair), Beth Cole and Carl Dunn

1. Minutes

{approval}

2. Land at Mill Lane

RESOLVED: That planning permission be granted.

The meeting finished at 8.00 pm
"""


def test_committees_of_one_name_in_two_councils_are_filed_apart_and_approve_only_their_own(tmp_path, capsys):
    # Ashford's and Dover's Planning Committees both met on 4 March; Dover's April minutes approve Dover's.
    docs = tmp_path / "docs"
    papers = [("Ashford Borough Council", "4 March 2025", None), ("Dover District Council", "1 April 2025", "4 March 2025"),
              ("Dover District Council", "4 March 2025", None)]
    for number, paper in enumerate(papers):
        pdf = render_text(planning_minutes(*paper), tmp_path / f"minutes-{number}.pdf")
        assert main(["ingest", str(pdf), "--docs", str(docs)]) == 0
    assert "of the same meeting" not in capsys.readouterr().out
    ashford = frontmatter.load(docs / "planning-committee" / "2025-03-04" / "minutes.md")
    dover = frontmatter.load(docs / "dover-district-council-planning-committee" / "2025-03-04" / "minutes.md")
    assert (ashford["body"], ashford["status"]) == ("Ashford Borough Council", "draft")
    assert (dover["body"], dover["status"], dover["approved_at"]) == ("Dover District Council", "approved", "2025-04-01")


def test_a_packs_papers_are_filed_together_under_its_council_also_those_that_print_none(pdfs, tmp_path):
    # Dover's committee of the same name is filed first; the sample pack's minutes print no council, its
    # agenda prints Thurrock's: every paper of the pack goes to Thurrock's folder.
    docs = tmp_path / "docs"
    dover_minutes = OCTOBER.replace("Minutes of the Meeting of the", "Minutes of a meeting of the")  # one page
    dover = render_text("Dover District Council\n\n" + dover_minutes, tmp_path / "dover.pdf")
    _, pack = pdfs
    for pdf in (dover, pack):
        assert main(["ingest", str(pdf), "--docs", str(docs)]) == 0
    assert frontmatter.load(docs / "childrens-services-overview-and-scrutiny-committee" / "2017-10-10" / "minutes.md")[
        "body"] == "Dover District Council"
    filed = {path.relative_to(docs).parts[0] for path in docs.glob("*/*/*.md")}
    assert filed == {"childrens-services-overview-and-scrutiny-committee",
                     "thurrock-council-childrens-services-overview-and-scrutiny-committee"}
    assert (docs / "thurrock-council-childrens-services-overview-and-scrutiny-committee" / "2017-12-12" / "minutes.md").exists()


def committee_minutes(day: str, approves: str | None, tmp_path):
    text = OCTOBER.replace("10 October 2017", day)
    if approves:
        text = text.replace("11 July 2017", approves)
    else:
        text = text.replace(f"The minutes of the {COMMITTEE} held on 11 July 2017 were approved as a correct record.",
                            "There were no minutes to approve.")
    return render_text(text, tmp_path / f"minutes-{day.replace(' ', '-')}.pdf")


def test_minutes_a_hand_edit_makes_approve_another_meeting_are_read_again(pdfs, tmp_path):
    # What ingest read of a committee's minutes is kept in the archive's state; a hand edit since is read.
    docs = tmp_path / "docs"
    _, pack = pdfs  # its minutes of 12 December 2017 approve those of 10 October
    for pdf in (pack, committee_minutes("12 September 2017", None, tmp_path)):
        assert main(["ingest", str(pdf), "--docs", str(docs)]) == 0
    assert (docs / ".committee-archive" / "index.json").is_file()
    december = docs / "childrens-services-overview-and-scrutiny-committee" / "2017-12-12" / "minutes.md"
    december.write_text(december.read_text().replace("approves:\n- '2017-10-10'\n",
                                                      "approves:\n- '2017-10-10'\n- '2017-11-14'\n"))
    assert main(["ingest", str(committee_minutes("14 November 2017", None, tmp_path)), "--docs", str(docs)]) == 0
    november = minutes_of(docs, "2017-11-14")
    assert (november["status"], november["approved_at"]) == ("approved", "2017-12-12")


def test_a_committees_minutes_are_read_once_not_at_every_ingest(pdfs, tmp_path, monkeypatch):
    import extract.archive

    docs = tmp_path / "docs"
    _, pack = pdfs
    for day in ("12 September 2017", "14 November 2017"):
        assert main(["ingest", str(committee_minutes(day, None, tmp_path)), "--docs", str(docs)]) == 0
    read = []
    real = extract.archive._approved_dates
    monkeypatch.setattr(extract.archive, "_approved_dates", lambda path: read.append(path.parent.name) or real(path))
    assert main(["ingest", str(pack), "--docs", str(docs)]) == 0
    assert "2017-11-14" in read and "2017-09-12" not in read  # the run before wrote only November's
