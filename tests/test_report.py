"""Reports: cover blocks as ruled tables or plain lines, recommendations, appendices, appended letters."""

import pytest
from conftest import SAMPLES

from extract.model import Appendix, Report
from extract.parse import parse_span
from extract.parse.report import appendix_titles, read_cover, recommendations
from extract.read import Line, TableRegion, read_pdf
from extract.rows import Row
from extract.split import split


def lines(*texts, size=11.0):
    """Rows from lines of a real report, 24.5 pt apart as paragraphs, 14.5 pt as wrapped lines ("+" prefix)."""
    rows, top = [], 70.0
    for text in texts:
        wrapped = text.startswith("+")
        text = text.lstrip("+")
        top += 14.5 if wrapped else 24.5
        line = Line(text=text, x0=62.5, x1=62.5 + 5.4 * len(text), top=top, bottom=top + 11, size=size)
        rows.append(Row(0, top, [text], line=line))
    return rows


def table(*cells_rows):
    region = TableRegion(top=72, bottom=300, rows=[list(r) for r in cells_rows])
    return [Row(0, 72, list(r), table=region) for r in cells_rows]


def test_cover_block_printed_as_a_ruled_table():
    # Seed 000's cover: labels in one row, their values in the next.
    cover = read_cover(table(
        ["11 July 2017", "", "ITEM: 8"], ["Children's Services Overview and Scrutiny Committee", "", ""],
        ["Peer Review of Contacts, Referrals and Assessments", "", ""],
        ["Wards and communities affected:", "Key Decision:", ""], ["All", "Key", ""],
        ["Report of: Joseph Tynan – Service Manager Multi Agency Safeguarding Hub", "", ""],
        ["Accountable Director: Rory Patterson – Corporate Director of Children's Services", "", ""],
        ["This report is Public", "", ""]))
    assert (cover.item, cover.date, cover.committee) == ("8", "2017-07-11",
                                                         "Children's Services Overview and Scrutiny Committee")
    assert cover.title == "Peer Review of Contacts, Referrals and Assessments"
    assert (cover.wards, cover.key_decision, cover.public) == ("All", True, True)
    assert cover.report_of == "Joseph Tynan – Service Manager Multi Agency Safeguarding Hub"
    assert cover.accountable[0].name == "Rory Patterson"
    assert cover.accountable[0].role == "Accountable Director, Corporate Director of Children's Services"


def test_cover_block_printed_as_lines_with_wrapped_values():
    cover = read_cover(lines("CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE", "3 June 2014",
                             "SAFEGUARDING PEER REVIEW", "Report from: Barbara Peacock, Director Children and Adults",
                             "Services", "Author: Sue Brunton-Reed, Improvement Programme", "Manager", "Summary"))
    assert (cover.committee, cover.date, cover.title) == (
        "CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE", "2014-06-03", "SAFEGUARDING PEER REVIEW")
    assert cover.report_of == "Barbara Peacock, Director Children and Adults Services"
    assert cover.author == "Sue Brunton-Reed, Improvement Programme Manager"


def test_briefing_line_names_committee_date_and_title():
    cover = read_cover(lines("Briefing for CYP Scrutiny Committee 15.08.13: Safeguarding Peer Review", "1. Background"))
    assert (cover.committee, cover.date, cover.title) == ("CYP Scrutiny Committee", "2013-08-15",
                                                          "Safeguarding Peer Review")


def test_an_exempt_cover_marking_is_not_the_title():
    cover = read_cover(lines("13 February 2018 ITEM: 12", "Children's Services Overview and Scrutiny Committee",
                             "Residential Placement Contract Award", "This report is Exempt",
                             "Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local "
                             "Government Act 1972"))
    assert cover.title == "Residential Placement Contract Award" and cover.public is None


def test_numbered_recommendations_verbatim_without_numbers():
    rows = lines("1. Recommendation(s)",
                 "1.1 That Children's Overview and Scrutiny consider the recommendations of the Review and the",
                 "+Action Plan, to drive up performance in these areas.",
                 "1.2 That Children's Overview and Scrutiny receive assurance that the Action Plan will deliver the",
                 "+required improvement.",
                 "2. Introduction and Background",
                 "2.1 Between the 9th and 11th May 2017, Southend Borough Council undertook a Peer Review")
    assert recommendations(rows) == [
        "That Children's Overview and Scrutiny consider the recommendations of the Review and the Action Plan, "
        "to drive up performance in these areas.",
        "That Children's Overview and Scrutiny receive assurance that the Action Plan will deliver the required "
        "improvement."]


def test_bulleted_recommendations_after_is_asked_to():
    rows = lines("22. The Children and Families Overview and Scrutiny Panel is asked to:",
                 "\uf0b7 consider the information in the report",
                 "\uf0b7 determine whether it would wish to carry out any further scrutiny, and",
                 "Supporting Information", "Appendix A - Worcestershire's Early Help Offer")
    assert recommendations(rows) == ["consider the information in the report",
                                     "determine whether it would wish to carry out any further scrutiny, and"]
    assert appendix_titles(rows) == ["Appendix A - Worcestershire's Early Help Offer"]


def _records(name):
    pdf = read_pdf(SAMPLES / "pdf" / name)
    return [parse_span(span, pdf) for span in split(pdf)]


def test_sample_report_with_cover_block():
    (report,) = _records("000_243ad618c18f3a47.pdf")
    assert isinstance(report, Report)
    assert (report.item, report.date, report.key_decision, report.wards) == ("8", "2017-07-11", True, "All")
    assert len(report.recommendations) == 2
    assert report.appendices == ["Appendix 1 Peer Review Action Plan- June 2017"]
    assert report.source.pages == [1, report.source.pages[1]]


def test_letter_appended_to_a_report_is_its_own_appendix_record():
    report, letter = _records("001_df18585e4538f6a1.pdf")
    assert isinstance(report, Report) and isinstance(letter, Appendix)
    assert report.recommendations == [
        "Children and Young People's Overview and Scrutiny Committee is asked to note and comment on the Peer "
        "Review report."]
    assert letter.report_title == "SAFEGUARDING PEER REVIEW"
    assert (letter.committee, letter.date) == (report.committee, report.date)
    assert letter.source.pages[0] >= report.source.pages[1]
    assert any("Dear Barbara" in getattr(block, "text", "") for block in letter.content)


@pytest.mark.parametrize("name,count", [("002_8907ed6a96e8c8cb.pdf", 3), ("003_4ef44ca89fa4a74f.pdf", 0)])
def test_sample_reports_without_cover_block(name, count):
    (report,) = _records(name)
    assert isinstance(report, Report) and len(report.recommendations) == count
    assert report.date and report.committee


@pytest.mark.parametrize("printed,author,email,phone", [
    # Worcestershire (seed 001) and the West of England Combined Authority print how to reach the author
    # in the author's field.
    ("Report Author: Alyson Grice/Samantha Morris, Overview and Scrutiny Officers 01905 844962/844963 Email:, "
     "scrutiny@worcestershire.gov.uk", "Alyson Grice/Samantha Morris, Overview and Scrutiny Officers",
     "scrutiny@worcestershire.gov.uk", "01905 844962/844963"),
    ("Author: Oliver Coltman, Contact Details: Oliver.coltman@westofengland-ca.gov.uk", "Oliver Coltman",
     "Oliver.coltman@westofengland-ca.gov.uk", None),
])
def test_the_authors_contact_details_are_kept_apart_from_their_name(printed, author, email, phone):
    cover = read_cover(lines("CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY PANEL", printed))
    assert cover.author == author
    assert (cover.contact.email, cover.contact.phone) == (email, phone)
