"""Reports: cover blocks as ruled tables or plain lines, recommendations, appendices, appended letters."""

import dataclasses

import pytest
from conftest import SAMPLES
from pdfgen import render_text

from extract.model import Appendix, Report
from extract.parse import parse_span
from extract.parse.report import appendix_titles, read_cover, recommendations
from extract.read import Line, TableRegion, read_pdf
from extract.rows import Row, rows_of
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


def test_cover_block_of_one_labelled_field_a_line():
    # Fields one under another, each with its own label: "Report of:" does not run on into "Title:" (as
    # WECA's label wrapped without its colon, "REPORT TRANSPORT" / "TITLE:", does).
    cover = read_cover(lines("Report to: Cabinet", "Date of meeting: 14 December 2022", "Report of: Director of Place",
                             "Title: Local Plan Update", "Wards: All", "Key decision: Yes", "1. Recommendations"))
    assert (cover.committee, cover.date, cover.title) == ("Cabinet", "2022-12-14", "Local Plan Update")
    assert (cover.report_of, cover.wards, cover.key_decision) == ("Director of Place", "All", True)


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
    # A Scottish council's report: the author under the sentence asking the reader to contact them, an extension and
    # a telephone number in brackets beside their job.
    ("If you would like to inspect the background papers or want further information, please contact:-\n"
     "Lynn Sherry, Head of Education (Support Services), Ext: 4476 (Tel: 01698 454476)\n"
     "E-mail: lynn.sherry@southlanarkshire.gov.uk", "Lynn Sherry, Head of Education (Support Services)",
     "lynn.sherry@southlanarkshire.gov.uk", "01698 454476"),
    # English districts' "Contact officer:" at the report's end (probes).
    ("Contact officer: Ravi Shah, Transport Planning Manager, ravi.shah@harbourside.gov.uk",
     "Ravi Shah, Transport Planning Manager", "ravi.shah@harbourside.gov.uk", None),
])
def test_the_authors_contact_details_are_kept_apart_from_their_name(printed, author, email, phone):
    cover = read_cover(lines("CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY PANEL", *printed.split("\n")))
    assert cover.author == author
    assert (cover.contact.email, cover.contact.phone) == (email, phone)


def at(*lines_at: tuple[str, float, float], size: float = 12.0, bold: bool = False) -> list[Row]:
    """Rows from (text, top, x0) of real lines."""
    return [Row(0, top, [text], line=Line(text=text, x0=x0, x1=x0 + 5.4 * len(text), top=top, bottom=top + size,
                                          size=size, bold=bold)) for text, top, x0 in lines_at]


def test_memorandum_cover_to_from_subject():
    # cc_kent-cc_report_2025-03-13_governance: the From value hangs under its start, over three lines.
    cover = read_cover(at(("From: Roger Gough, Leader of the Council", 73.8, 72.0),
                          ("Dylan Jeffrey, Cabinet Member for Communications and", 87.6, 178.3),
                          ("Democratic Services", 101.4, 178.4), ("Ben Watts – General Counsel", 115.2, 178.3),
                          ("To: County Council, 13 March 2025", 142.8, 72.0), ("Subject: Governance Update", 170.4, 72.0),
                          ("Status: Unrestricted", 198.0, 72.0), ("1. Introduction", 269.5, 72.0)))
    assert (cover.committee, cover.date, cover.title) == ("County Council", "2025-03-13", "Governance Update")
    assert cover.report_of.endswith("Democratic Services Ben Watts – General Counsel")


def test_memorandum_cover_of_a_staff_report():
    # cc_norwalk-housing-authority_agenda_2022-11-15: words of address, and a subject wrapped under its start.
    cover = read_cover(at(("Housing Authority Agenda Report", 157.1, 216.7), ("November 15, 2022", 170.9, 253.4),
                          ("TO: Honorable Housing Authority", 218.5, 72.0),
                          ("FROM: Jesus M. Gomez, Executive Director", 246.1, 72.0),
                          ("BY: John P. Ramirez, Director of Community Development", 273.7, 72.0),
                          ("Nida Watkins, Housing Manager", 287.5, 144.0)) + at(
        ("SUBJECT: HOUSING ASSISTANCE PAYMENTS PROGRAM – APPROVE", 315.7, 72.0),
        ("WARRANT RUN OCTOBER 15, 2022 – NOVEMBER 1, 2022", 329.5, 144.0), bold=True))
    assert cover.committee == "Housing Authority"
    assert cover.title == "HOUSING ASSISTANCE PAYMENTS PROGRAM – APPROVE WARRANT RUN OCTOBER 15, 2022 – NOVEMBER 1, 2022"
    assert cover.report_of == "Jesus M. Gomez, Executive Director"


def test_cover_labels_wrapped_beside_their_values():
    # cc_weca_report_2026-06-05_budget-outturn: two borderless columns, labels wrapping onto a second line.
    cover = read_cover(at(("REPORT TO: WEST OF ENGLAND MAYORAL COMBINED AUTHORITY", 114.9, 77.2),
                          ("COMMITTEE", 127.6, 176.4), ("DATE: 5 JUNE 2026", 152.9, 77.2),
                          ("REPORT MAYORAL COMBINED AUTHORITY AND MAYORAL BUDGET", 178.2, 77.2),
                          ("TITLE: OUTTURN 2025/26", 190.8, 77.2),
                          ("RESPONSIBLE DIRECTOR OF FINANCE, INVESTMENTS AND COMMERCIAL", 216.1, 77.2),
                          ("OFFICER: (S73 OFFICER)", 228.8, 77.2), ("Key Decision No", 254.6, 77.7), size=11, bold=True))
    assert cover.committee == "WEST OF ENGLAND MAYORAL COMBINED AUTHORITY COMMITTEE"
    assert (cover.date, cover.title) == ("2026-06-05", "MAYORAL COMBINED AUTHORITY AND MAYORAL BUDGET OUTTURN 2025/26")
    assert cover.report_of == "DIRECTOR OF FINANCE, INVESTMENTS AND COMMERCIAL (S73 OFFICER)"
    # The same cover rebuilt as a borderless table (cc_weca_report_2026-03-27_transport).
    cover = read_cover(table(["REPORT TO:", "WEST OF ENGLAND COMBINED AUTHORITY COMMITTEE"], ["DATE:", "27 MARCH 2026"],
                             ["REPORT", "TRANSPORT"], ["TITLE:", ""], ["RESPONSIBLE", "EXECUTIVE DIRECTOR OF TRANSPORT"],
                             ["OFFICER:", ""], ["Key Decision", "Yes"]))
    assert (cover.committee, cover.title) == ("WEST OF ENGLAND COMBINED AUTHORITY COMMITTEE", "TRANSPORT")


def test_record_of_decision_names_its_decision_maker_and_the_date_signed():
    # cc_kent-cc_report_2025-01-17_record-of-decision: two labels side by side, each value below its own.
    rows = at(("KENT COUNTY COUNCIL – RECORD OF DECISION", 50.1, 126.2),
              ("DECISION TO BE TAKEN BY: DECISION NUMBER:", 82.6, 113.8), ("24/00093", 104.4, 467.3),
              ("Mrs Sue Chandler, Cabinet Member for Integrated Children’s", 108.4, 35.4), ("Services", 122.2, 174.1),
              ("Key decision: YES", 191.9, 28.8), ("Subject Matter / Title of Decision", 338.1, 28.8),
              ("Commissioned Family Hub Contracts", 351.9, 28.8), ("Decision:", 373.2, 28.8),
              ("As Cabinet Member for Integrated Children’s Services I agree to:", 399.0, 28.8),
              ("APPROVE the proposal to not re-commission the Family Hub services that are currently", 426.6, 28.7),
              ("provided at Seashells and Millmead Family Hubs when the current contracts reach the end of", 440.4, 28.8),
              ("their term on 31 March 2025.", 454.2, 28.8),
              ("DELEGATE any activity requiring capital spend as set out in the report to the Director of", 481.8, 28.8),
              ("Infrastructure, in consultation with the Deputy Leader and Cabinet Member for Finance,", 495.6, 28.8),
              ("Corporate and Traded Services, and Director of Operational Integrated Children’s Services", 509.4, 28.8),
              ("Reason(s) for decision:", 682.5, 28.8),
              ("The financial challenges facing all local authorities is critical.", 708.3, 28.8),
              ("17/1/2025", 760.0, 280.8), ("signed date", 786.0, 42.3))
    cover = read_cover(rows)
    assert cover.committee == "Cabinet Member for Integrated Children’s Services"
    assert (cover.title, cover.date, cover.key_decision) == ("Commissioned Family Hub Contracts", "2025-01-17", True)
    assert [r[:40] for r in recommendations(rows)] == ["APPROVE the proposal to not re-commissio",
                                                       "DELEGATE any activity requiring capital "]


def test_a_form_is_a_paper_named_by_its_name_field():
    # cc_kent-cc_pack_2025-02-13: a budget amendment form, laid out as a ruled table.
    cover = read_cover(table(["Budget Amendment Form", "", "", "", ""],
                             ["Amendment Name:", "Home to School Transport – Feasibility Study", "Amendment Number:", "", "2"],
                             ["Directorate:", "Children, Young People & Education", "", "", ""],
                             ["Proposer:", "Mark Hood", "Seconder:", "", "Barry Lewis"]))
    assert (cover.title, cover.report_of) == ("Home to School Transport – Feasibility Study", "Mark Hood")


@pytest.mark.parametrize("items", [
    # cc_kent-cc_pack_2025-01-09, cc_weca_report_2026-03-27_transport, cc_kent-cc_report_2025-03-13_governance
    ["(1) Endorse the ongoing joint work between KCC, Medway Council and District and Borough Council Leaders",
     "(2) Endorse the proposed decision by the Leader of the Council [Cabinet] to submit a request"],
    ["1) Delegates authority to the West of England Combined Authority’s Executive Director of Transport",
     "2) Notes the submission of the detailed draft Local Transport Delivery Plan."],
    ["1. To NOTE with thanks, the contribution and efforts of the Members of the Governance Working Party",
     "2. To COMMENT on the specific proposals and arrangements relating to Cabinet Committees"],
])
def test_recommendations_keep_their_own_numbering_and_end_at_the_next_section(items):
    rows = lines("Recommendations:", "County Council is asked to:", *items, "1. Background",
                 "1.1 On 16 December 2024 the Government published the English Devolution White Paper")
    assert recommendations(rows) == [item.split(" ", 1)[1] for item in items]


def test_a_recommendation_written_as_a_paragraph_ends_at_the_next_label():
    # cc_norwalk-housing-authority_agenda_2022-11-15: a dash wrapped to a line's start is no bullet.
    edge = "Staff recommends the Housing Authority approve Check Nos. 221568 - 221571 reported"
    rows = at(("Recommended Action:", 508.9, 72.0), (edge, 535.9, 72.0),
              ("on October 15, 2022 for a total of $5,709.16; and Check Nos. 67750 – 67778 & 221572", 549.7, 72.0),
              ("– 221730 reported on November 1, 2022 for a total of $660,437.34.", 563.5, 72.0),
              ("Attachments:", 591.7, 72.0), ("1. Check Summary Information Sheet", 618.7, 72.0))
    (recommendation,) = recommendations(rows)
    assert recommendation.startswith("Staff recommends") and recommendation.endswith("$660,437.34.")


def test_recommendations_as_paragraphs_run_on_where_their_sentence_does():
    # cc_kent-cc_pack_2025-02-13, amendment 1: a heading over them, and "… with" going on below.
    rows = lines("County Council is asked to agree the following:",
                 "2025-26 Revenue Budget and 2025-28 Medium Term Financial Plan",
                 "To replace Recommendation (d) by making changes to the revenue budget 2025-26 and",
                 "+2025-28 Medium Term Financial Plan proposed by the Administration.",
                 "To replace Recommendation (h) with",
                 "Agree provision for Kent Scheme pay sufficient to fund the transition to the new pay points",
                 "+under the pay strategy agreed by full Council in May 2024 (consistent with the principles):",
                 "• Increase the minimum rate for grade KSA to £12.71 per hour (5% increase).",
                 "• Increase all points within grades KSB to KSF by 5%.",
                 "To replace Recommendation (o) with", "To note that the Cabinet Member for Finance will determine",
                 "+the final pay increases for KSG and above.", "1 Introduction",
                 "1.1 The recommendations above and the attached appendices reflect a revised 2025-26 Revenue Budget")
    assert [r[:30] for r in recommendations(rows)] == ["To replace Recommendation (d) ", "To replace Recommendation (h) ",
                                                       "To replace Recommendation (o) "]
    # Every bullet after the colon is a point of the one recommendation; a finished sentence runs on no further.
    assert recommendations(rows)[1].endswith("(consistent with the principles): Increase the minimum rate for grade "
                                             "KSA to £12.71 per hour (5% increase). Increase all points within "
                                             "grades KSB to KSF by 5%.")
    assert recommendations(rows)[2].endswith("the final pay increases for KSG and above.")


def test_a_report_titled_with_its_item_number_has_that_item_and_title():
    # A probe of an Australian council's officer report: the title numbered with its item, in capitals, and
    # the recommendation under "OFFICER RECOMMENDATION"; a numbered paragraph in the text's type is no title.
    rows = lines("CITY OF BANKSIA", "ORDINARY COUNCIL MEETING - 25 FEBRUARY 2025",
                 "10.2 MONTHLY FINANCIAL REPORT - JANUARY 2025", "Responsible Officer: Chief Financial Officer",
                 "OFFICER RECOMMENDATION",
                 "That Council receives the Monthly Financial Report for the period ending 31 January 2025.",
                 "PURPOSE OF REPORT", "To present the monthly financial report for January 2025.")
    cover = read_cover(rows)
    assert (cover.item, cover.title) == ("10.2", "MONTHLY FINANCIAL REPORT - JANUARY 2025")
    assert recommendations(rows) == ["That Council receives the Monthly Financial Report for the period ending "
                                     "31 January 2025."]
    assert read_cover(lines("Children's Services Overview and Scrutiny Committee", "13 February 2018",
                            "Children Missing Education",
                            "1.1 The report updates the Committee on children missing education.")).title \
        == "Children Missing Education"


@pytest.mark.parametrize("note", [
    # cc_kent-cc_pack_2025-02-13, amendment 1: the note under the three recommendations it replaces.
    ("Changes to the Key Policies and Strategies proposed by the Labour Group are only to those",
     "+as a consequence of the Group’s revised budget and Medium Term Financial Plan.",
     "+All other recommendations (e.g. to council tax levels) to remain the same."),
    # A probe of a district council's amendment sheet: the same note in other words.
    ("The remaining recommendations are unchanged.",),
])
def test_the_note_that_an_amendments_other_recommendations_stand_is_no_recommendation(note):
    rows = lines("County Council is asked to agree the following:",
                 "To replace Recommendation (d) by making changes to the revenue budget 2025-26.",
                 "To replace Recommendation (o) with", "To note that the Cabinet Member for Finance will determine",
                 "+the final pay increases for KSG and above.", *note, "1 Introduction",
                 "1.1 The recommendations above and the attached appendices reflect a revised 2025-26 Revenue Budget")
    assert [r[:30] for r in recommendations(rows)] == ["To replace Recommendation (d) ", "To replace Recommendation (o) "]


def test_a_recommendation_carried_over_a_page_turn_is_one_recommendation():
    # cc_weca_report_2026-03-27_transport: recommendation 4 breaks off at the foot of page 1 mid-sentence.
    first = at(("Recommendation", 411.1, 77.7), ("That Committee:", 442.9, 77.7),
               ("3) Notes the outcome of the CRSTS re-baseline exercise.", 647.8, 95.7),
               ("4) Delegates authority, to the West of England Combined Authority’s Executive", 679.6, 95.7),
               ("CRSTS change requests. In the event of a consensus not being reached at", 695.4, 113.7))
    second = [dataclasses.replace(row, page_index=1) for row in at(
        ("Director level, decision making will be escalated to the Mayoral Combined", 108.6, 113.7),
        ("making will be escalated to the Committee.", 124.5, 113.7),
        ("5) Delegates authority to the West of England Combined Authority’s Executive", 203.9, 95.7),
        ("Reasons for recommendations", 378.9, 77.7))]
    found = recommendations(first + second)
    assert len(found) == 3
    assert found[1].endswith("not being reached at Director level, decision making will be escalated to the "
                             "Mayoral Combined making will be escalated to the Committee.")


def test_a_heading_at_the_top_of_the_next_page_ends_the_recommendations():
    first = at(("Recommendations", 411.1, 77.7), ("1) Notes the outcome of the re-baseline exercise", 442.9, 95.7))
    second = [dataclasses.replace(row, page_index=1) for row in at(
        ("Background", 108.6, 77.7), ("In July 2020, the Department for Transport launched a national", 140.0, 77.7))]
    assert recommendations(first + second) == ["Notes the outcome of the re-baseline exercise"]


def test_modern_gov_cover_of_labelled_fields():
    # A modern.gov report: item stamp, "Report to / Date of Meeting / Report of / Report Title", key decision "No".
    rows = lines("Agenda Item 7", "Report to: Planning and Regulatory Committee", "Date of report: 1 March 2024",
                 "Date of Meeting: 14 March 2024", "Report of: Director of Place",
                 "Report Title: Review of the Street Trading Policy", "Key Decision: No", "Wards Affected: All Wards",
                 "Recommendation(s)", "That the Committee:",
                 "(a) approves the revised Street Trading Policy set out at Appendix A;")
    cover = read_cover(rows)
    assert (cover.item, cover.committee, cover.date, cover.report_of) == (
        "7", "Planning and Regulatory Committee", "2024-03-14", "Director of Place")
    assert (cover.title, cover.key_decision, cover.wards) == ("Review of the Street Trading Policy", False, "All Wards")
    assert recommendations(rows) == ["approves the revised Street Trading Policy set out at Appendix A;"]


def test_report_of_an_office_printed_as_a_title_line():
    cover = read_cover(lines("LICENSING AND APPEALS COMMITTEE", "21 November 2023",
                             "Report of the Head of Regulatory Services", "Review of Hackney Carriage Fares"))
    assert (cover.report_of, cover.title) == ("Head of Regulatory Services", "Review of Hackney Carriage Fares")


def test_us_agenda_report_cover_with_item_number_and_meeting_date_fields():
    rows = at(("AGENDA REPORT", 31.0, 31.2), ("MEETING DATE: April 9, 2024", 53.7, 31.2),
              ("ITEM NUMBER: 8.B", 76.4, 31.2), ("TO: Planning Commission", 99.1, 31.2),
              ("FROM: Community Development Department", 121.7, 31.2),
              ("SUBJECT: Conditional Use Permit No. 23-04 for a Drive-Through Restaurant at 1200 Main Street", 144.4, 31.2),
              ("RECOMMENDED ACTION:", 167.1, 31.2),
              ("Staff recommends that the Planning Commission adopt Resolution No. PC 2024-06 approving", 189.8, 31.2))
    cover = read_cover(rows)
    assert (cover.item, cover.date, cover.committee) == ("8.B", "2024-04-09", "Planning Commission")
    assert cover.title == "Conditional Use Permit No. 23-04 for a Drive-Through Restaurant at 1200 Main Street"


def test_a_report_to_council_title_line_and_a_title_field_below_other_fields():
    # A Canadian report: "REPORT TO COUNCIL" names the body; fields of other kinds are neither joined nor the title.
    rows = at(("REPORT TO COUNCIL", 31.0, 31.2), ("Meeting Date: May 7, 2024", 53.7, 31.2),
              ("Report No.: CS-24-12", 76.4, 31.2), ("Department: Corporate Services", 99.1, 31.2),
              ("Title: 2023 Year-End Financial Statements", 121.7, 31.2), ("Recommendation", 144.4, 31.2),
              ("That Council receive the 2023 Year-End Financial Statements for information.", 167.1, 31.2))
    cover = read_cover(rows)
    assert (cover.committee, cover.date, cover.title) == ("COUNCIL", "2024-05-07", "2023 Year-End Financial Statements")
    assert cover.number == "CS-24-12"  # the report's own number, as an agenda cites it after the item's title
    assert recommendations(rows) == ["That Council receive the 2023 Year-End Financial Statements for information."]


def test_a_decision_taken_by_a_meeting_body_names_it_as_the_committee():
    cover = read_cover(lines("Record of Decision", "Decision Maker: Cabinet", "Date of Decision: 12 March 2024",
                             "Title: Adoption of the Local Cycling and Walking Infrastructure Plan", "Decision:"))
    assert (cover.committee, cover.report_of, cover.date) == ("Cabinet", None, "2024-03-12")
    assert cover.title == "Adoption of the Local Cycling and Walking Infrastructure Plan"


def test_a_committee_in_capitals_is_named_as_the_documents_own_text_writes_it():
    """Worcestershire's cover: "CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY PANEL"; its text: "22. The Children and
    Families Overview and Scrutiny Panel is asked to:". Medway's cover leaves out the "'s" its text has."""
    from types import SimpleNamespace

    from extract.parse import committee_as_written
    from extract.read import Page

    def document(*texts):
        return SimpleNamespace(pages=[Page(number=1, width=595, height=842, lines=[r.line for r in lines(*texts)])])

    panel = "CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY PANEL"
    text = document(panel, "22. The Children and Families Overview and", "+Scrutiny Panel is asked to:")
    assert committee_as_written(panel, text, text) == "Children and Families Overview and Scrutiny Panel"
    medway = document("CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE",
                      "Children and Young People's Overview and Scrutiny Committee is asked to note the report.")
    assert committee_as_written("CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE", medway, medway) == (
        "Children and Young People's Overview and Scrutiny Committee")
    # the pack's other pages name it, where the paper itself does not
    assert committee_as_written(panel, document(panel), text) == "Children and Families Overview and Scrutiny Panel"
    # capitals stay where the text has no other form, or only a sentence's
    sentence = document(panel, "The children and families overview and scrutiny panel met.")
    assert committee_as_written(panel, sentence, sentence) == panel
    assert committee_as_written("Planning Committee", text, text) == "Planning Committee"


def test_a_recommendation_printed_beside_its_label_ends_at_the_next_label_in_capitals():
    # A US staff report: "RECOMMENDATION: It is recommended that …", then "BACKGROUND: …" in the same layout.
    rows = lines("SUBJECT: Adoption of the Fiscal Year 2024-25 Operating Budget",
                 "RECOMMENDATION: It is recommended that the City Council adopt Resolution No. 24-051 approving the",
                 "+Fiscal Year 2024-25 Operating Budget.",
                 "BACKGROUND: The City Council held budget workshops on May 14 and May 28, 2024.")
    assert recommendations(rows) == ["It is recommended that the City Council adopt Resolution No. 24-051 approving "
                                     "the Fiscal Year 2024-25 Operating Budget."]


def test_a_record_of_decision_of_a_meeting_its_item_title_and_resolved_parts():
    rows = lines("Record of Decision", "Cabinet", "Meeting date: 20 March 2024",
                 "Item: 9. Leisure Centre Contract Extension", "Decision(s):", "RESOLVED:",
                 "(1) That the leisure management contract be extended by two years to 31 March 2027.",
                 "(2) That the Director of Communities be authorised to agree the terms of the extension.",
                 "Reasons for decision:", "To provide time for a full options appraisal of future leisure provision.")
    cover = read_cover(rows)
    assert (cover.date, cover.item, cover.title) == ("2024-03-20", "9", "Leisure Centre Contract Extension")
    assert recommendations(rows) == [
        "That the leisure management contract be extended by two years to 31 March 2027.",
        "That the Director of Communities be authorised to agree the terms of the extension."]


def test_a_title_block_of_a_one_word_body_its_date_report_of_and_title():
    cover = read_cover(lines("Agenda Item 3", "Cabinet", "10 April 2024", "Report of the Director of Finance",
                             "Budget Monitoring Quarter 3", "Summary"))
    assert (cover.item, cover.committee, cover.date) == ("3", "Cabinet", "2024-04-10")
    assert (cover.report_of, cover.title) == ("Director of Finance", "Budget Monitoring Quarter 3")


def test_a_committee_or_meeting_field_names_the_body_over_the_authority_above_it():
    cover = read_cover(table(["Eastleigh Vale Council", ""], ["Meeting:", "Cabinet"], ["Date:", "10 April 2024"],
                             ["Subject:", "Housing Allocations Policy"], ["Report of:", "Cabinet Member for Housing"]))
    assert (cover.committee, cover.date, cover.title) == ("Cabinet", "2024-04-10", "Housing Allocations Policy")


def test_a_staff_report_titled_with_its_body_and_a_recommendation_in_running_text():
    rows = lines("AGENDA ITEM NO. 5", "CITY COUNCIL STAFF REPORT", "Meeting Date: October 1, 2024",
                 "Submitted By: Tom Reed, Finance Director", "Subject: Quarterly Investment Report", "Summary",
                 "This report updates the Council on the City's investments in the last quarter.",
                 "+Recommendation: Receive and file the Quarterly Investment Report.", "Discussion")
    cover = read_cover(rows)
    assert (cover.item, cover.committee, cover.date) == ("5", "CITY COUNCIL", "2024-10-01")
    assert (cover.report_of, cover.title) == ("Tom Reed, Finance Director", "Quarterly Investment Report")
    assert recommendations(rows) == ["Receive and file the Quarterly Investment Report."]


def test_a_decision_notice_is_the_body_s_not_the_authority_s_above_it(tmp_path):
    # Probe of an English borough's decision notice: the authority's name on the first line, the title, then the
    # body that decided; the cover's guess of the first line gives way to the body the title block names.
    from pdfgen import render_text
    text = "\n".join(["Dunmore Borough Council", "**DECISION NOTICE**", "**Cabinet**", "Wednesday 12 March 2025",
                      "Publication date: 14 March 2025", "5. Medium Term Financial Strategy", "Decision:",
                      "RESOLVED that the Medium Term Financial Strategy be approved.",
                      "Reasons for decision: to set a balanced budget."])
    pdf = read_pdf(render_text(text, tmp_path / "notice.pdf"))
    (report,) = [parse_span(span, pdf) for span in split(pdf)]
    assert (report.kind, report.committee, report.date) == ("report", "Cabinet", "2025-03-12")


def test_a_scottish_cover_report_by_and_recommendations_under_a_numbered_lead_in():
    # A Scottish council's report: "Report by:" names the officer, and the recommendations section's first
    # numbered paragraph introduces the list numbered under it.
    rows = lines("Agenda Item 7", "Report to: Education and Families Committee", "Date of Meeting: 5 March 2024",
                 "Report by: Executive Director (Education and Families)", "Subject: School Estate Strategy 2024-2034",
                 "2. Recommendations", "2.1 It is recommended that the Committee:",
                 "1. approves the School Estate Strategy 2024-2034 at Appendix 1;",
                 "2. notes the consultation timetable set out in section 5; and",
                 "3. Background", "3.1 The Council's last school estate strategy was approved in 2014.")
    assert read_cover(rows).report_of == "Executive Director (Education and Families)"
    assert recommendations(rows) == ["approves the School Estate Strategy 2024-2034 at Appendix 1;",
                                     "notes the consultation timetable set out in section 5; and"]


def test_a_memo_fields_value_wrapped_flush_with_its_label_is_one_value():
    # A US staff report's few fields, the subject wrapped to the margin: the page's running text shows the edge.
    full = "The applicant proposes a restaurant of 2,400 square feet with a drive-through lane and twenty spaces"
    rows = lines("STAFF REPORT", "TO: Planning Commission", "FROM: Maria Lopez, Senior Planner", "DATE: August 15, 2024",
                 "SUBJECT: Conditional Use Permit CUP 24-07 for a Drive-Through Restaurant at 455 Lake",
                 "+Boulevard", "RECOMMENDATION", "Staff recommends approval.", "BACKGROUND", full, "+" + full, "+" + full)
    for row in rows:  # every full line ends at the margin, as a justified page's do
        if len(row.text) > 60:
            row.line.x1 = 530.0
    assert read_cover(rows).title == "Conditional Use Permit CUP 24-07 for a Drive-Through Restaurant at 455 Lake Boulevard"


def test_a_county_councils_cover_its_divisions_and_a_bilingual_letterhead():
    # County councils elect by division ("Electoral Divisions affected: All Divisions"); a Welsh council prints
    # its name in Welsh over its English name, the body of an English report being the English one.
    cover = read_cover(lines("NORTHSHIRE COUNTY COUNCIL", "Cabinet", "Date of Meeting: 25 September 2024",
                             "Report Title: Highways Maintenance Programme 2025/26", "Is this a key decision? Yes",
                             "Electoral Divisions affected: All Divisions"))
    assert (cover.wards, cover.key_decision) == ("All Divisions", True)
    from extract.parse.heading import authority_named
    assert authority_named(["CYNGOR SIR BRYNGLAS", "BRYNGLAS COUNTY COUNCIL", "REPORT TO: SCRUTINY COMMITTEE",
                            "REPORT OF: CORPORATE DIRECTOR – COMMUNITIES", "SUBJECT: LIBRARY SERVICE REVIEW"]) == \
        "Brynglas County Council"


def test_a_recommendation_beside_its_label_ends_at_a_section_label_in_title_case():
    # A US staff report's fields in title case: "Recommendation: …" then "Background: …".
    rows = lines("Subject: Approve Purchase of Two Police Patrol Vehicles from Valley Ford",
                 "Recommendation: Approve the purchase of two patrol vehicles in an amount not to exceed $112,000.",
                 "Background: The vehicles being replaced have exceeded 120,000 miles.")
    assert recommendations(rows) == ["Approve the purchase of two patrol vehicles in an amount not to exceed $112,000."]


def test_recommendations_as_clauses_each_that_after_a_semicolon_and():
    rows = lines("Recommendation", "That Council receive Report PW-2024-12 for information; and",
                 "That Council award Tender PW-T-2024-03 to Northland Aggregates Ltd. in the amount of $186,400; and",
                 "That a by-law be passed to authorize the agreement.", "Background",
                 "The Township resurfaces about 20 km of gravel road each year.")
    assert recommendations(rows) == [
        "That Council receive Report PW-2024-12 for information; and",
        "That Council award Tender PW-T-2024-03 to Northland Aggregates Ltd. in the amount of $186,400; and",
        "That a by-law be passed to authorize the agreement."]


@pytest.mark.parametrize("printed, titles", [
    # A New Zealand district council's report: "ATTACHMENTS" over a numbered list; none, said in a sentence.
    (["ATTACHMENTS", "1. Draft Annual Plan 2026/27 Consultation Document", "2. Summary of Fees and Charges Changes"],
     ["Draft Annual Plan 2026/27 Consultation Document", "Summary of Fees and Charges Changes"]),
    (["ATTACHMENTS", "There are no attachments for this report."], []),
    # A US city's staff report: lettered attachments.
    (["Attachments:", "A. Resolution No. 2026-12", "B. Location Map"], ["Resolution No. 2026-12", "Location Map"]),
    # An English report: its next numbered section, or a number not starting a list, is no appendix.
    (["9. Appendices to the report", "Appendix 1 – Action Plan", "10. Background Papers"], ["Appendix 1 – Action Plan"]),
    (["9. Appendices to the report", "10. Background Papers", "None"], []),
    # A Western Australian shire's report header (probe): the first entry beside the label, the next under it;
    # none said beside it, and a numbered paragraph after that is no appendix.
    (["Attachments: 1. Draft Budget Summary", "2. Schedule of Fees and Charges", "Purpose of Report"],
     ["Draft Budget Summary", "Schedule of Fees and Charges"]),
    (["Attachments: Nil", "Purpose of Report", "1. To award the tender for road maintenance services."], []),
])
def test_appendices_listed_under_an_attachments_heading(printed, titles):
    assert appendix_titles(lines(*printed)) == titles


def test_recommendations_after_a_lead_in_ending_in_a_colon_and_dash():
    # Probe of a Scottish council's committee report: "2.1. The Committee is asked to approve the following
    # recommendation(s):-" over "(1) that …; and" "(2) that …"; the next section's number ends them.
    rows = lines("2. Recommendation(s)", "2.1. The Committee is asked to approve the following recommendation(s):-",
                 "(1) that the draft School Estate Strategy be approved for consultation; and",
                 "(2) that a further report be submitted following the consultation.", "3. Background",
                 "3.1. The current strategy was approved in 2016.")
    assert recommendations(rows) == ["that the draft School Estate Strategy be approved for consultation; and",
                                     "that a further report be submitted following the consultation."]


def _rendered(text: str, path):
    """The one paper a made PDF of ``text`` holds, and its record."""
    pdf = read_pdf(render_text(text, path))
    (span,) = split(pdf)
    return span, parse_span(span, pdf)


def test_a_single_members_record_of_decision_names_them_and_ends_its_decision_at_the_reasons(tmp_path):
    # Probe of an English county's record of a cabinet member's decision: the member titles it, as a meeting body
    # would; the fields set close under the decision ("Reasons for decision: …", "Alternative options considered:
    # …") are no part of it, nor of a second decision.
    text = "\n".join([
        "**Durham County Council**", "**Record of Decision**", "**Cabinet Member for Highways**",
        "Decision taken on: 4 March 2026",
        "Title: Traffic Regulation Order – Parking restrictions, Front Street, Stanley",
        "Decision: To approve the making of the Traffic Regulation Order as advertised.",
        "Reasons for decision: To improve road safety and access for emergency vehicles.",
        "Alternative options considered: To leave the restrictions as they are.",
        "Declarations of interest: None."]) + "\n"
    _, record = _rendered(text, tmp_path / "decision.pdf")
    assert (record.committee, record.recommendations) == (
        "Cabinet Member for Highways", ["To approve the making of the Traffic Regulation Order as advertised."])
    # Counter-example: a body the member's title only mentions is no member's title.
    from extract.parse.heading import committee_in
    assert committee_in("Report of the Cabinet Member for Highways to Cabinet") != "Cabinet Member for Highways"


def test_a_us_notice_of_action_is_a_decision_record(tmp_path):
    # Probe of a US county planning commission's notice of action on a permit: a paper of its own (it was 'other'),
    # titled by its project, its action the decision; the vote and the word on appeals after it are none of it.
    text = "\n".join([
        "**COUNTY OF SAN LUIS OBISPO**", "**PLANNING COMMISSION**", "**NOTICE OF ACTION**", "Hearing Date: March 12, 2026",
        "File No.: DRC2025-00142", "Project: Minor Use Permit for a tasting room at 2400 Vineyard Drive, Templeton",
        "ACTION: The Planning Commission approved the Minor Use Permit subject to the findings and conditions.",
        "Vote: 4-1 (Commissioner Ortiz dissenting)",
        "This action is final unless appealed to the Board of Supervisors within 14 days."]) + "\n"
    span, record = _rendered(text, tmp_path / "notice.pdf")
    assert (span.kind, record.committee, record.title) == (
        "report", "Planning Commission", "Minor Use Permit for a tasting room at 2400 Vineyard Drive, Templeton")
    assert record.recommendations == [
        "The Planning Commission approved the Minor Use Permit subject to the findings and conditions."]


@pytest.mark.parametrize("printed, titles", [
    # Probes: a Finnish report's "Liitteet", a Quebec one's "Pièces jointes :", a Welsh one's "Atodiadau".
    (["Liitteet", "Liite 1 Talousarvion toteutumisraportti", "Kunnanjohtajan päätösehdotus:"],
     ["Liite 1 Talousarvion toteutumisraportti"]),
    (["Pièces jointes : Pièce jointe 1 – Plan de zonage"], ["Pièce jointe 1 – Plan de zonage"]),
    (["Atodiadau", "Atodiad A – Asesiad Effaith ar Gydraddoldeb"], ["Atodiad A – Asesiad Effaith ar Gydraddoldeb"]),
])
def test_appendices_listed_in_the_corpus_other_languages(printed, titles):
    assert appendix_titles(lines(*printed)) == titles


def test_a_packs_report_dated_other_than_its_meeting_is_flagged(tmp_path):
    # Probe of a US city's agenda packet: the staff report's "DATE: March 3, 2026" under the meeting of March 10 may
    # be the day it was written; the record's date is the meeting's it belongs to (LABELS), for review. A cover
    # giving the pack's own date (Norwalk's packet) is not flagged; a field naming the meeting's date is kept.
    def date_review(cover_date):
        text = "\n".join(["**CITY OF MORRO BAY**", "**CITY COUNCIL REGULAR MEETING AGENDA**", "Tuesday, March 10, 2026 – 5:30 p.m.",
                          "1. CALL TO ORDER", "2. Adoption of Resolution No. 14-26 Authorizing the Purchase of a Street Sweeper",
                          "3. ADJOURNMENT", "\f", "**STAFF REPORT**", "TO: Honorable Mayor and City Council",
                          "FROM: Greg Kwolek, Public Works Director", f"DATE: {cover_date}",
                          "SUBJECT: Adoption of Resolution No. 14-26 Authorizing the Purchase of a Street Sweeper",
                          "RECOMMENDATION", "Staff recommends the City Council adopt Resolution No. 14-26."]) + "\n"
        pdf = read_pdf(render_text(text, tmp_path / "packet.pdf"))
        report = next(span for span in split(pdf) if span.kind == "report")
        record = parse_span(report, pdf)
        return record.date, [r.field for r in record.review if r.field == "date"]

    assert date_review("March 3, 2026") == ("2026-03-10", ["date"])
    assert date_review("March 10, 2026") == ("2026-03-10", [])
    assert date_review("March 3, 2026\nMEETING DATE: March 17, 2026") == ("2026-03-17", ["date"])


def test_a_paper_ending_name_job_title_and_date_is_signed_but_not_one_ending_a_sentence_with_a_date():
    # A paper closing "Name / Job title / date" is by them; a Canadian staff report (probe) ends with its background's
    # sentence giving a date ("The current … contract expires on April 30, 2026."): the lines above it sign nothing.
    signed = lines("1. Background", "The scheme was agreed in 2024.", "Jo Reed", "Housing Strategy Manager",
                   "14 January 2026")
    assert read_cover(signed).author == "Jo Reed, Housing Strategy Manager"
    unsigned = lines("That Council award Tender PW-T-2026-01 to Northern Roads Ltd. in the amount of $412,000,",
                     "+excluding HST.", "Background",
                     "The current winter maintenance contract expires on April 30, 2026.")
    assert read_cover(unsigned).author is None


def test_a_scottish_cover_report_to_its_committee_under_the_council_and_sections_numbered_from_point_nought():
    # Probe of a Scottish council's report (Clackmannanshire and Inverclyde number their sections "1.0 Purpose",
    # "2.0 Recommendations"): the committee is the one the report is to, not the council named above it; "1.0 Purpose"
    # under "Report by:" is a section, not the field's value wrapped; the recommendations follow their lead-in.
    rows = lines("CLACKMANNAN COUNCIL", "Report to Policy Committee", "Date of Meeting: 19 March 2026",
                 "Subject: Local Housing Strategy 2026-2031", "Report by: Executive Director of Place", "1.0 Purpose",
                 "1.1. This report seeks approval of the Local Housing Strategy 2026-2031.", "2.0 Recommendations",
                 "2.1. It is recommended that the Committee:", "(a) approves the Local Housing Strategy 2026-2031; and",
                 "(b) notes the consultation responses set out in Appendix 1.", "3.0 Considerations",
                 "3.1. The Housing (Scotland) Act 2001 requires a local housing strategy.")
    cover = read_cover(rows)
    assert (cover.committee, cover.report_of) == ("Policy Committee", "Executive Director of Place")
    assert recommendations(rows) == ["approves the Local Housing Strategy 2026-2031; and",
                                     "notes the consultation responses set out in Appendix 1."]
    # Counter-example: a council's name with no body a report is to stays the committee guessed.
    assert read_cover(lines("CLACKMANNAN COUNCIL", "Date of Meeting: 19 March 2026",
                            "Subject: Local Housing Strategy 2026-2031")).committee == "CLACKMANNAN COUNCIL"


def test_recommendations_one_a_line_each_a_clause_after_one_ended_set_close():
    # Probe of an Ontario municipality's staff report: "That Report … be received; and" / "That Council allocate …",
    # set at the step of a paragraph's lines (read as one paragraph): two recommendations.
    rows = lines("Recommendation", "That Report FIN-2026-11, 2025 Year-End Surplus Allocation, be received; and",
                 "+That Council allocate the 2025 surplus of $312,000 to the Capital Reserve.", "Background")
    assert recommendations(rows) == ["That Report FIN-2026-11, 2025 Year-End Surplus Allocation, be received; and",
                                     "That Council allocate the 2025 surplus of $312,000 to the Capital Reserve."]
    # Counter-example: a clause wrapped before its "that" ("… recommends" / "that Council …") is one.
    rows = lines("Recommendation", "That the Committee notes the report and recommends",
                 "+that Council adopts the strategy.", "Background")
    assert recommendations(rows) == ["That the Committee notes the report and recommends that Council adopts the strategy."]


def test_a_report_number_on_a_line_of_its_own_is_no_title(tmp_path):
    # Probe of a Scottish council's pack (Angus Council's covers open "ITEM 4" / "REPORT NO 45/26" over the council,
    # the committee and date, then the title): the report's number is a field; the title is the line after the
    # committee's.
    cover = ["ITEM 4", "REPORT NO 45/26", "ANGUSFIELD COUNCIL", "POLICY AND RESOURCES COMMITTEE – 17 FEBRUARY 2026",
             "REVENUE MONITORING 2025/26", "REPORT BY THE DIRECTOR OF FINANCE", "ABSTRACT"]
    text = "\n".join(f"**{line}**" for line in cover) + "\nThis report sets out the revenue monitoring position.\n"
    pdf = read_pdf(render_text(text, tmp_path / "report.pdf"))
    read = read_cover(rows_of(pdf.pages))
    # the committee and its date after a dash, under the council's name guessed first
    assert (read.title, read.committee, read.date) == (
        "REVENUE MONITORING 2025/26", "Policy and Resources Committee", "2026-02-17")
    assert read.number == "45/26"
    # Counter-example: a sentence naming a report by its number is no field.
    noted = read_cover(lines("POLICY AND RESOURCES COMMITTEE", "Report No. 45/26 was noted by the Committee"))
    assert (noted.title, noted.number) == ("Report No. 45/26 was noted by the Committee", None)


def test_an_irish_chief_executives_report_addressed_to_the_members_titled_by_its_re_field():
    # Probe of an Irish county council's report: "Report of the Chief Executive" over "To: The Cathaoirleach and Each
    # Member of …" is no label wrapped ("Report To:"), and the "Re:" field is the title, as a US memo's "RE:" is.
    cover = read_cover(lines("Wicklow County Council", "Report of the Chief Executive",
                             "To: The Cathaoirleach and Each Member of Wicklow County Council",
                             "Re: Disposal of land at Ballymanus, Co. Wicklow", "Meeting: Monthly Meeting, 2nd March 2026",
                             "I hereby give notice that it is proposed to dispose of 0.5 hectares at Ballymanus."))
    assert (cover.committee, cover.report_of, cover.title) == (
        "Wicklow County Council", "Chief Executive", "Disposal of land at Ballymanus, Co. Wicklow")
    # Counter-example: a label without its colon wrapped beside its value ("REPORT TRANSPORT" / "TITLE:") is one field.
    assert read_cover(lines("REPORT TRANSPORT", "TITLE:", "Report of: Director of Transport")).title == "TRANSPORT"


def test_a_scottish_cover_titles_its_report_by_its_report_on_field():
    # Probe of a Scottish council's cover ("REPORT TO: … / REPORT ON: … / REPORT BY: … / REPORT NO: …"): the title is
    # the "REPORT ON:" field's value, not the label with it. Counter-example: a title that opens "Report on" with no
    # colon (an English district's "Report on the Revenue Budget Monitoring 2024/25") is all title.
    cover = read_cover(lines("REPORT TO: POLICY AND RESOURCES COMMITTEE – 12 MARCH 2025",
                             "REPORT ON: REVENUE BUDGET MONITORING 2024/25",
                             "REPORT BY: EXECUTIVE DIRECTOR OF CORPORATE SERVICES", "REPORT NO: 45-2025"))
    assert (cover.title, cover.report_of, cover.number) == (
        "REVENUE BUDGET MONITORING 2024/25", "EXECUTIVE DIRECTOR OF CORPORATE SERVICES", "45-2025")
    assert read_cover(lines("Report on the Revenue Budget Monitoring 2024/25", "Report of: Director of Finance")).title \
        != "the Revenue Budget Monitoring 2024/25"


def test_a_cover_table_of_labels_beside_their_values():
    # Probe of a London borough's report: a ruled cover, each label in a cell beside its value. The labels have no
    # colon; "Key Decision No | KD/2026/014" numbers a key decision, it answers nothing "No".
    cover = read_cover(table(["Title of Report", "Depot Relocation"], ["Key Decision No", "KD/2026/014"],
                             ["Meeting Date", "9 March 2026"], ["Ward(s) Affected", "Hackwell Downs"],
                             ["Group Director", "Aisha Khan, Group Director, Climate, Homes and Economy"]))
    assert (cover.title, cover.date, cover.wards, cover.key_decision) == (
        "Depot Relocation", "2026-03-09", "Hackwell Downs", True)
    # the director it is from, by their office's label (Hackney's "Group Director", Tower Hamlets' "Corporate Director")
    assert cover.report_of == "Aisha Khan, Group Director, Climate, Homes and Economy"
    # Counter-example: a key decision field answered no.
    assert read_cover(table(["Title of Report", "Depot Relocation"], ["Key Decision", "No"])).key_decision is False


@pytest.mark.parametrize("form", ["REQUEST FOR COUNCIL ACTION", "COUNCIL COMMUNICATION", "AGENDA ITEM COVER SHEET"])
def test_a_us_item_form_is_titled_by_its_item_title_field(form):
    # Probes of US cities' item forms (a Minnesota city's request for council action, a Colorado city's council
    # communication): the form's name is its kind, not its title; "Item Title:" is the title field. Counter-example:
    # a sentence about council communication (STAFF_REPORT_TITLE's tests) names no form.
    cover = read_cover(lines("CITY OF LAKEVIEW", form, "Meeting Date: April 7, 2025", "Agenda Item: 2.A",
                             "Prepared By: Tom Reyes, Fire Chief",
                             "Item Title: Approve Purchase of a Replacement Fire Engine"))
    assert (cover.title, cover.item) == ("Approve Purchase of a Replacement Fire Engine", "2.A")


def test_a_quebec_report_to_council_is_read_by_its_french_fields():
    # Probe of a Quebec municipality's "RAPPORT AU CONSEIL": "Séance du :", "Point :", "Objet :" are its meeting
    # date, item and title, "Recommandation" heads its recommendation. Counter-example: "Point : la vente du
    # terrain" gives no item number (COVER_ITEM_FIELD's tests).
    rows = lines("MUNICIPALITÉ DE SAINT-ANDRÉ", "RAPPORT AU CONSEIL", "Séance du : 7 avril 2025", "Point : 4.1",
                 "Objet : Adoption du règlement 2025-04 sur la gestion contractuelle", "Recommandation",
                 "Que le conseil adopte le règlement 2025-04 sur la gestion contractuelle.", "Contexte")
    cover = read_cover(rows)
    assert (cover.title, cover.item, cover.date) == (
        "Adoption du règlement 2025-04 sur la gestion contractuelle", "4.1", "2025-04-07")
    assert recommendations(rows) == ["Que le conseil adopte le règlement 2025-04 sur la gestion contractuelle."]
