"""The minutes parser on pages built from real lines of published minutes."""

from pathlib import Path

import pytest

from extract.model import Heading
from extract.parse import minutes
from extract.read import Line, Page, PdfText
from extract.split import DocumentSpan


def page(rows, number=1, bold=()):
    """A page from (x0, top, text) rows as read from a real PDF; ``bold`` lists bold row indexes."""
    lines = [Line(text=text, x0=x0, x1=min(540.0, x0 + 5.5 * len(text)), top=top, bottom=top + 11,
                  bold=i in bold) for i, (x0, top, text) in enumerate(rows)]
    return Page(number=number, width=595, height=842, lines=lines)


def parse(*pages):
    pdf = PdfText(path=Path("minutes.pdf"), sha256="0" * 64, pages=list(pages))
    return minutes.parse(DocumentSpan(kind="minutes", pages=list(pages)), pdf)


PARISH = page([
    (185, 53, "Milburn Parish Council - 2nd July 2019"),
    (92, 84, "Present"),
    (89, 99, "Councillors D Richardson (Chair) N Cresswell, M Armstrong, R Healey and"),
    (90, 115, "P Moran Clerk J H Todd"),
    (89, 146, "19.07.01 Apologies"),
    (89, 162, "Alan Armstrong, EDC"),
    (89, 239, "19.07.03 Minutes"),
    (89, 255, "The minutes of the meeting held on the 7th May 2019 had been circulated"),
    (90, 270, "prior to this meeting. All agreed this was a true record and were signed and"),
    (90, 285, "approved."),
    (89, 485, "19.07.06 Finance"),
    (90, 501, "Invoices received from :-"),
    (90, 516, "Wicksteed Leisure Ltd - Play Equipment Inspection £ 54.00"),
    (90, 532, "G & AM Johnston - Grass Cutting £ 864.00"),
    (90, 547, "Resolved to pay both"),
    (89, 578, "19.07.07 Correspondence"),
    (89, 594, "Quality Hardwood Bus Shelters"),
    (89, 610, "Clerks & Councils Direct July 2019"),
    (89, 625, "Creative Play UK Brochure"),
    (89, 656, "19.07.08 Public Participation"),
    (89, 675, "None"),
    (89, 705, "The Chairman brought the meeting to a close at 7.55pm"),
])


def test_parish_minutes_heading_attendance_and_numbered_minutes():
    record = parse(PARISH)
    assert (record.body, record.committee, record.date, record.end) == (
        "Milburn Parish Council", "Milburn Parish Council", "2019-07-02", "19:55")
    assert [p.name for p in record.present] == ["D Richardson", "N Cresswell", "M Armstrong", "R Healey", "P Moran"]
    assert [(p.name, p.role) for p in record.in_attendance] == [("J H Todd", "Clerk")]
    assert [(p.name, p.role) for p in record.apologies] == [("Alan Armstrong", "EDC")]
    assert [(m.number, m.title) for m in record.items] == [
        ("19.07.01", "Apologies"), ("19.07.03", "Minutes"), ("19.07.06", "Finance"),
        ("19.07.07", "Correspondence"), ("19.07.08", "Public Participation")]
    assert record.approves == ["2019-05-07"]


def test_prose_decisions_are_resolutions():
    items = {m.number: m for m in parse(PARISH).items}
    assert items["19.07.06"].resolutions == ["Resolved to pay both"]
    assert items["19.07.03"].resolutions == ["All agreed this was a true record and were signed and approved."]
    assert items["19.07.07"].resolutions == []


def test_every_minute_is_an_anchored_heading_and_no_text_is_lost():
    record = parse(PARISH)
    headings = [b for b in record.content if isinstance(b, Heading)]
    assert [h.anchor for h in headings] == ["min-19-07-01", "min-19-07-03", "min-19-07-06", "min-19-07-07",
                                            "min-19-07-08"]
    body = " ".join(getattr(b, "text", "") for b in record.content)
    for line in PARISH.lines[1:]:
        assert line.text in body or line.text.split()[0] in body


HAB = [page([
    (201, 93, "APPROVED MEETING MINUTES"),
    (224, 123, "REGULAR MEETING OF THE"),
    (158, 137, "CITY OF ALAMEDA HISTORICAL ADVISORY BOARD"),
    (223, 151, "THURSDAY, AUGUST 4, 2011"),
    (281, 165, "7:00 p.m."),
    (72, 190, "1. CONVENE: 7:00 p.m."),
    (72, 217, "2. ROLL CALL: Present: Chair Owens, Board Members Hoffman, and Jasper"),
    (216, 231, "Absent: Vice-Chair Rauk and Board Member Lynch"),
    (72, 259, "3. MINUTES: Meeting of May 5, 2011 (postponed due to lack of quorum)"),
    (72, 382, "7. REGULAR AGENDA ITEMS:"),
    (72, 414, "7-A Certificate of Approval – PLN11-0172 – 3009 Marina Drive – Richard Vaterlaus"),
    (108, 428, "The applicant requests approval for the demolition of more than 30% of the value of"),
    (108, 442, "a single-family dwelling included on the Historical Building Study List."),
    (72, 640, "Board members Jasper and Hoffman supported the project."),
], bold={0, 10}), page([
    (72, 93, "Board member Jasper moved to approve the project as amended, seconded by board"),
    (72, 106, "member Hoffman. Motion passed 3-0 (Rauk and Lynch absent)."),
    (72, 658, "10. ADJOURNMENT: 8:03 p.m."),
], number=2)]


def test_us_board_minutes_roll_call_motions_and_times():
    record = parse(*HAB)
    assert record.committee == "City of Alameda Historical Advisory Board"
    assert (record.date, record.start, record.end, record.status) == ("2011-08-04", "19:00", "20:03", "approved")
    assert [p.name for p in record.present] == ["Owens", "Hoffman", "Jasper"]
    assert [p.name for p in record.absent] == ["Rauk", "Lynch"]
    items = {m.number: m for m in record.items}
    assert [m.number for m in record.items] == ["1", "2", "3", "7", "7-A", "10"]
    assert items["1"].title == "CONVENE" and items["10"].title == "ADJOURNMENT"
    assert items["3"].outcome == "deferred"
    [motion] = items["7-A"].motions
    assert (motion.mover, motion.seconder, motion.result, motion.vote) == ("Jasper", "Hoffman", "carried", "3-0")
    assert motion.text.startswith("Board member Jasper moved to approve the project as amended")


COMMITTEE = page([
    (62, 359, "Minutes of the Meeting of the Children's Services Overview and Scrutiny Committee held on 12"),
    (62, 373, "December 2017 at 7.00 pm"),
    (62, 398, "Present: Councillors Bukky Okunade (Chair), Graham Snell (Vice-Chair), Gary Collins, David Potter,"),
    (62, 412, "Joycelyn Redsell and Luke Spillman"),
    (62, 437, "Lynda Pritchard, Church of England Representative"),
    (62, 461, "Apologies: Myra Potter, Parent Government Representative"),
    (62, 486, "66. Declaration of Interests"),
    (62, 510, "The Church of England Representative (CER), Lynda Pritchard, declared a non-pecuniary interest"),
    (62, 525, "that she worked for a private fostering agency."),
    (62, 550, "71. A Sustainable Children's Social Care System for the Future: Annual Public Health Report 2017"),
    (62, 575, "The BMLSCB left the meeting at 7.16pm."),
    (62, 600, "RESOLVED:"),
    (62, 624, " 1) That the Children's Services Overview and Scrutiny Committee note and provide comments"),
    (80, 639, "on the pilot HMO and support the ongoing development of the programme.**"),
    (62, 663, " 2) That the contents and recommendations of the report be noted."),
    (62, 688, "Councillor Redsell and the ADCPH left the meeting at 9.28pm."),
    (62, 712, "The meeting finished at 10.00 pm"),
])


def test_council_committee_resolved_blocks_declarations_and_departures():
    record = parse(COMMITTEE)
    assert record.committee == "Children's Services Overview and Scrutiny Committee"
    assert (record.date, record.start, record.end) == ("2017-12-12", "19:00", "22:00")
    items = {m.number: m for m in record.items}
    assert items["71"].resolutions == [
        "That the Children's Services Overview and Scrutiny Committee note and provide comments on the pilot HMO "
        "and support the ongoing development of the programme.",
        "That the contents and recommendations of the report be noted."]
    assert items["66"].resolutions == []  # RESOLVED blocks are the convention: no prose decisions
    [declaration] = record.declarations
    assert (declaration.member, declaration.item, declaration.interest) == ("Lynda Pritchard", "66", "non-pecuniary")
    assert [(d.name, d.time, d.event) for d in record.departures] == [
        ("BMLSCB", "19:16", "left"), ("Redsell", "21:28", "left"), ("ADCPH", "21:28", "left")]


@pytest.mark.parametrize("rows,number", [
    ([(72, 268, "(14-332 CC) Presentation by the Tomorrow Youth Repertory: Shrek – The Musical.")], "14-332 CC"),
    ([(108, 495, "7-A 2019-7106"), (108, 510, "PLN17-0538 - Final Architectural Design - 1825 Park Street")], "7-A"),
    ([(50, 495, "*A. Report from the Library Director Highlighting Activities for the Months of May and June 2014.")], "A"),
])
def test_minute_numbering_conventions(rows, number):
    record = parse(page([(150, 75, "MINUTES OF THE REGULAR CITY COUNCIL MEETING"),
                         (180, 88, "TUESDAY- -JULY 29, 2014- -7:00 P.M.")] + rows))
    assert [m.number for m in record.items] == [number]
    assert record.items[0].title


def test_unknown_layout_keeps_text_and_warns():
    record = parse(page([(72, 100, "Notes from the meeting of the residents"), (72, 120, "We talked about the park.")]))
    assert record.items == []
    assert any("no numbered minutes" in w for w in record.warnings)
    assert "We talked about the park." in " ".join(getattr(b, "text", "") for b in record.content)


def test_document_in_another_language_is_other_with_a_warning():
    from extract.parse import other

    french = page([(72, 60, "Réunion du Conseil Municipal du 12 juillet 2023"),
                   (72, 80, "Le douze juillet deux mil vingt-trois, à 20 heures, les membres du Conseil Municipal se sont "
                            "réunis à la mairie de la commune sous la présidence de Madame la Maire.")])
    pdf = PdfText(path=Path("cm.pdf"), sha256="0" * 64, pages=[french])
    record = other.parse(DocumentSpan(kind="other", pages=[french]), pdf)
    assert record.kind == "other" and "French" in record.warnings[0]
    assert "Le douze juillet" in " ".join(getattr(b, "text", "") for b in record.content)


def test_running_minutes_header_does_not_start_new_minutes():
    from extract.split import split

    first = page([(254, 120, "MINTUES OF THE"), (175, 134, "ALAMEDA FREE LIBRARY BOARD MEETING"),
                  (229, 148, "WEDNESDAY, JULY 9, 2014")], bold={0, 1, 2})
    second = page([(50, 51, "Minutes of the"), (50, 65, "Alameda Free Library Board"), (50, 79, "July 9, 2014 Meeting")],
                  number=2)
    third = page([(170, 74, "MINUTES OF THE SPECIAL CITY COUNCIL AND"),
                  (137, 87, "COMMUNITY IMPROVEMENT COMMISSION (CIC) MEETING"),
                  (181, 101, "TUESDAY- -NOVEMBER 16, 2010- -6:00 P.M.")], number=3)
    pdf = PdfText(path=Path("m.pdf"), sha256="0" * 64, pages=[first, second, third])
    assert [s.physical_pages for s in split(pdf)] == [[1, 2], [3, 3]]


def test_short_lines_are_separate_entries_unless_they_introduce_a_list():
    record = parse(page([
        (172, 51, "Newbiggin Parish Council - 3 rd September 2019"),
        (89, 229, "19.09.09 Finance"),
        (89, 243, "Invoices received :-"),
        (89, 257, "K & A Thompson & Sons Larch for Seat £ 48.00"),
        (90, 345, "Fellrunner Village Bus Donation requested, agreed to pay £ 65.00"),
        (90, 360, "The Councillors resolved to pay all of the above."),
        (90, 390, "Draft Two of the 2019/20 accounts were made available, discussion took place, all the figures"),
        (90, 404, "appears to be satisfactory."),
    ]))
    assert record.items[0].resolutions == ["Fellrunner Village Bus Donation requested, agreed to pay £ 65.00",
                                           "The Councillors resolved to pay all of the above."]


def test_resolved_entries_that_wrap_back_under_their_bullet():
    # Seed 004's RESOLVED block of minute 74, as samples/pdf renders it: bullet, number, and the
    # wrapped text flush with the bullet (no hanging indent), then the next paragraph after a gap.
    record = parse(page([
        (31, 60, "Minutes of the Meeting of the Children's Services Overview and Scrutiny Committee held on 12"),
        (31, 75, "December 2017 at 7.00 pm"),
        (31, 100, "74. Fees and Charges Pricing Strategy 2018 / 19"),
        (31, 125, "RESOLVED:"),
        (42, 148, "• 1) That the Childrens Services Overview and Scrutiny Committee note the revised fees and"),
        (42, 164, "charges proposals including those no longer applicable.**"),
        (42, 187, "• 2) That the Childrens Services Overview and Scrutiny Committee comment on the proposals"),
        (42, 203, "currently being considered within the remit of this Committee.**"),
        (31, 226, "The meeting finished at 10.00 pm"),
    ]))
    [minute] = record.items
    assert minute.resolutions == [
        "That the Childrens Services Overview and Scrutiny Committee note the revised fees and charges proposals "
        "including those no longer applicable.",
        "That the Childrens Services Overview and Scrutiny Committee comment on the proposals currently being "
        "considered within the remit of this Committee."]


def test_moving_business_within_the_agenda_is_not_a_motion():
    assert minutes.find_motions([
        "President Curtis moved a portion of STAFF COMMUNICATIONS to the beginning of the meeting.",
        "Commissioner Miley moved the item and asked staff to come back to the Commission and Board."]) != []
    assert minutes.find_motions([
        "President Curtis moved a portion of STAFF COMMUNICATIONS to the beginning of the meeting."]) == []


def test_role_acronyms_leaving_are_kept_as_printed_for_the_site_to_resolve():
    # Seed 004, minute 71: "Councillor Redsell and the ADCPH left the meeting at 9.28pm."
    assert minutes.departing_names("Councillor Redsell and the ADCPH") == ["Redsell", "ADCPH"]
    assert minutes.departing_names("The NELFT representatives") == ["NELFT representatives"]
