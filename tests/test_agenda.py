"""Agenda front sheets and stand-alone agendas, from real lines and from the seed pack's front sheet."""

from pathlib import Path

import pytest
from conftest import SAMPLES, SHARED
from pdfgen import render_text

from extract.model import Heading, Person
from extract.parse import agenda
from extract.parse.agenda import _people
from extract.parse.numbering import read_label
from extract.read import Line, Page, PdfText, read_pdf
from extract.rows import rows_of
from extract.split import DocumentSpan, split


def page(rows, number=1, size=12.0):
    """A page from (x0, top, text) rows as read from a real PDF."""
    lines = [Line(text=text, x0=x0, x1=min(540.0, x0 + 5.5 * len(text)), top=top, bottom=top + 11, size=size)
             for x0, top, text in rows]
    return Page(number=number, width=595, height=842, lines=lines)


def parse(*pages):
    pdf = PdfText(path=Path("agenda.pdf"), sha256="0" * 64, pages=list(pages))
    return agenda.parse(DocumentSpan(kind="agenda", pages=list(pages)), pdf)


# uk_milburn-pc_agenda_2020-07-14, page 1.
PARISH = page([
    (89.9, 70.2, "Clerk : Joan Todd Telephone : 017683 52469"), (89.9, 85.5, "E-mail : clerk@milburnparishcouncil.com"),
    (213.3, 130.3, "MILBURN PARISH COUNCIL"), (187.5, 148.1, "MEETING TO BE HELD ON TUESDAY,"),
    (230.7, 165.7, "14th July 2020 @ 7pm"), (216.8, 183.5, "MILBURN VILLAGE GREEN"), (89.9, 215.4, "AGENDA"),
    (89.9, 262.5, "1. Elect a Chairperson"), (89.9, 292.9, "2. To receive apologies for meeting"),
    (89.9, 324.1, "3. To register an interest in any item on the Agenda"),
    (89.9, 355.6, "4. To approve the minutes of the last meeting held on 3rd March 2020"),
    (89.9, 539.0, "5. Finance - Sign Statement of Accounts"),
    (183.1, 554.3, "Complete and sign Annual Governance Statement"),
    (89.9, 645.4, "6. Any Other Business"), (44.9, 713.5, "Councillors"),
    (44.9, 725.4, "Chairman Dennis Richardson, Townhead Farm Tel 61430"),
    (44.9, 737.3, "Michael Armstrong, Julian Bower Farm, Cliburn, Tel 07817367076,"),
    (44.9, 749.0, "Neil Cresswell, Kirkhouse Farm Tel 07958637564 Ray Healey, Townhead Tel 61447,"),
])

# us_omaha-ne_city-council-agenda_2012-10-16, page 1.
CITY = page([
    (164.7, 73.6, "CITY COUNCIL AGENDA FOR OCTOBER 16, 2012"), (199.0, 101.2, "LEGISLATIVE CHAMBERS - 2:00 P.M."),
    (72.0, 225.4, "ROLL CALL"), (72.0, 280.6, "1. City Clerk calls the roll."), (72.0, 335.8, "2. Pledge of Allegiance."),
    (72.0, 391.0, "3. Invocation by Councilmember Chris Jerram of District No. 3."),
    (72.0, 446.2, "CERTIFICATION OF PUBLICATION - NOTIFICATION OF OPEN MEETING ACT"),
    (72.0, 487.6, "4. City Clerk certifies publication in Daily Record, the Official Newspaper of the City"),
    (108.0, 501.4, "of Omaha on October 12, 2012, notice re: Pre-Council and Regular City Council"),
])


def test_parish_agenda():
    record = parse(PARISH)
    assert (record.committee, record.date, record.start, record.venue) == (
        "Milburn Parish Council", "2020-07-14", "19:00", "Milburn Village Green")
    assert [i.number for i in record.items] == ["1", "2", "3", "4", "5", "6"]
    assert (record.contact.name, record.contact.phone, record.contact.email) == (
        "Joan Todd", "017683 52469", "clerk@milburnparishcouncil.com")
    assert record.items[4].title == "Finance"  # its parts are listed under it
    assert record.items[4].description == "Sign Statement of Accounts Complete and sign Annual Governance Statement"
    assert [(p.name, p.role) for p in record.members] == [
        ("Dennis Richardson", "Chairman"), ("Michael Armstrong", None), ("Neil Cresswell", None), ("Ray Healey", None)]


def test_city_council_agenda():
    record = parse(CITY)
    assert (record.committee, record.date, record.start, record.venue) == (
        "City Council", "2012-10-16", "14:00", "Legislative Chambers")
    assert [i.title for i in record.items] == [
        "City Clerk calls the roll.", "Pledge of Allegiance.", "Invocation by Councilmember Chris Jerram of District No. 3.",
        "City Clerk certifies publication in Daily Record, the Official Newspaper of the City of Omaha on October 12, "
        "2012, notice re: Pre-Council and Regular City Council"]
    assert record.items[2].description == "CERTIFICATION OF PUBLICATION - NOTIFICATION OF OPEN MEETING ACT"
    assert record.review == []


def test_the_body_is_not_named_from_the_business_of_an_item():
    # Omaha's item 35, pages on, appoints directors "of the City of Omaha Cable Television Access Corporation".
    item = page([(72.0, 72.0, "35. Res. that Frances Mendenhall and James Adams are hereby appointed to the Board"),
                 (108.0, 85.8, "of Directors of the City of Omaha Cable Television Access Corporation,"),
                 (72.0, 120.0, "36. Adjournment.")], number=2)
    assert parse(CITY, item).body is None
    # A front sheet's public information after the items does name its council ("Thurrock Council Wi-Fi").
    wifi = page([(72.0, 72.0, "Queries regarding this Agenda or notification of apologies:"),
                 (72.0, 100.0, "Information for members of the public and councillors"),
                 (72.0, 128.0, "Thurrock Council Wi-Fi")], number=3)
    assert parse(CITY, item, wifi).body == "Thurrock Council"


def test_the_body_is_not_named_from_the_papers_after_the_front_sheet():
    # cc_cuyahoga-board-of-health_agenda_2019-04-24: the papers after the front sheet name other bodies' authorities
    # pages on (page 11's "CRC 2019-67: City of Broadview Heights - $5,244.00"); the Thurrock front sheet's
    # information page (above) does name its own.
    items = page([(183.0, 75.0, "CUYAHOGA COUNTY BOARD OF HEALTH"), (238.0, 102.0, "AGENDA – April 24, 2019"),
                  (76.0, 130.0, "1. Call to Order."), (76.0, 157.0, "2. Roll Call."),
                  (76.0, 185.0, "3. Motion to adjourn the meeting."),
                  (76.0, 240.0, "For further information, please contact:")])
    papers = [page([(94.0, 74.0, "No Action at this time.")], number=n) for n in (2, 3, 4)]
    contracts = page([(94.0, 212.0, "Revenue Generating Agreements"),
                      (94.0, 240.0, "CRC 2019-67: City of Broadview Heights - $5,244.00"),
                      (94.0, 268.0, "Other Business")], number=5)
    assert parse(items, *papers, contracts).body is None


def test_the_body_is_named_by_the_front_sheets_running_footer_where_its_cover_has_none():
    # Probe of an English district's front sheet: a cover with the council's name only in its logo, the pages after
    # it footed "Westford District Council"; the footer of a paper after the front sheet names none (above).
    cover = page([(200.0, 120.0, "Planning Committee"), (200.0, 150.0, "Tuesday, 14 October 2025 at 7.00 pm")])
    sheet = page([(72.0, 80.0, "AGENDA"), (72.0, 110.0, "1. Apologies for Absence"), (72.0, 140.0, "2. Minutes"),
                  (72.0, 170.0, "3. Planning Applications")], number=2)
    sheet.furniture = [Line(text="Westford District Council", x0=72.0, x1=210.0, top=800.0, bottom=809.0, size=9.0)]
    assert parse(cover, sheet).body == "Westford District Council"


def styled(rows, number=1):
    """A page from (x0, top, text, size, bold) rows as read from a real PDF."""
    lines = [Line(text=text, x0=x0, x1=min(560.0, x0 + 0.5 * size * len(text)), top=top, bottom=top + size,
                  size=size, bold=bold) for x0, top, text, size, bold in rows]
    return Page(number=number, width=612, height=792, lines=lines)


# us_omaha-ne_city-council-agenda_2012-10-16, pages 2 and 4: items printed as paragraphs of running text.
PARAGRAPHS = page([
    (72.0, 73.6, "ZONING ORDINANCES ON FINAL READING and Planning Board Attachments"),
    (72.0, 280.6, "6. Ord. to approve a PUD-Planned Unit Development Overlay District in a R7-"),
    (108.0, 294.4, "Medium-Density Multiple-Family Residential District located East of 99th Street"),
    (108.0, 308.2, "and South of Redick Avenue, to approve the Development Plan, and to provide"),
    (108.0, 322.0, "for an effective date - see attached. ((PUBLIC HEARING TODAY – CAN BE"),
    (108.0, 335.8, "PASSED TODAY))"),
    (72.0, 487.6, "7. Ord. to approve a Major Amendment to a Mixed Use District Development"),
    (108.0, 501.4, "Agreement for Walnut Grove Plaza to allow for an assisted living facility, located"),
    (108.0, 515.2, "at 4966 and 5030 South 155th Street between the City of Omaha and Great"),
    (108.0, 529.0, "Western Bank, providing site development standards; and to provide for an"),
    (72.0, 611.9, "8. Res. that the preliminary plat entitled BUCKY’S CROSSROADS PLAZA"),
    (108.0, 625.7, "ADDITION, located northeast of 78th and Dodge Streets, is hereby accepted;"),
    (108.0, 639.5, "and, the preparation of the final plat of this subdivision is hereby authorized –"),
    (108.0, 653.3, "Inside City – see attached."),
    (72.0, 701.5, "9. Pledge of Allegiance."),
])


def test_items_printed_as_paragraphs_take_their_first_line_as_title():
    record = parse(PARAGRAPHS)
    assert [i.title for i in record.items] == [
        "Ord. to approve a PUD-Planned Unit Development Overlay District in a R7-",
        "Ord. to approve a Major Amendment to a Mixed Use District Development",
        "Res. that the preliminary plat entitled BUCKY’S CROSSROADS PLAZA", "Pledge of Allegiance."]
    assert record.items[0].description.startswith("Medium-Density Multiple-Family Residential District")


# cc_kent-cc_agenda_2025-01-30, page 1: titles wrapped under their first word, the page range on the last line.
KENT = page([
    (269.6, 180.1, "AGENDA"), (264.4, 209.1, "CABINET"),
    (77.8, 251.2, "Thursday, 30th January, 2025, at 10.00 am Ask for: Georgina Little"),
    (53.9, 473.2, "3. Minutes of the Meeting held on 9th January 2025 (Pages 1 - 10)"),
    (53.9, 498.5, "4. Cabinet Member Updates"),
    (53.9, 523.8, "5. 24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25"),
    (82.0, 537.6, "(Pages 11 - 84)"),
    (53.9, 602.0, "7. 24/00109 - Transfer the 18-25 section of the Strengthening Independence Service"),
    (82.0, 615.8, "from the Children Young People and Education Directorate to the Adult Social Care"),
    (82.0, 629.6, "and Health Directorate (Pages 277 - 326)"),
    (53.9, 694.0, "9. 24/00096 - Commissioning Plan for Education Provision in Kent 2025-29 (Pages"),
    (82.0, 707.8, "461 - 610)"),
    (245.0, 733.1, "EXEMPT ITEMS"),
    (69.5, 752.6, "(At the time of preparing the agenda there were no exempt items. During any such"),
])


def test_wrapped_titles_and_their_page_ranges():
    record = parse(KENT)
    assert [(i.number, i.title, i.pages) for i in record.items] == [
        ("3", "Minutes of the Meeting held on 9th January 2025", "1 - 10"), ("4", "Cabinet Member Updates", None),
        ("5", "24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25", "11 - 84"),
        ("7", "24/00109 - Transfer the 18-25 section of the Strengthening Independence Service from the Children "
              "Young People and Education Directorate to the Adult Social Care and Health Directorate", "277 - 326"),
        ("9", "24/00096 - Commissioning Plan for Education Provision in Kent 2025-29", "461 - 610")]
    # A section heading after the last item is no part of it.
    assert record.items[-1].description.startswith("EXEMPT ITEMS")
    assert [r.why for r in record.review if r.field == "items"] == ["item numbers do not run in sequence: 7 after 5; 9 after 7"]


# cc_la-habra-heights_agenda_2022-12-12, pages 2-3: a lettered roll call (the members), lettered closed-session
# items, and the lettered parts of a recommendation.
LA_HABRA = page([
    (226.2, 100.0, "AGENDA"), (224.9, 120.0, "December 12, 2022"),
    (106.5, 196.6, "1. CALL MEETING TO ORDER"), (106.5, 232.8, "2. ROLL CALL"),
    (136.5, 269.1, "A. Norm Zezula, Mayor Pro Tempore"), (136.5, 305.3, "B. Brian Bergman, Council Member"),
    (136.5, 341.6, "C. Carol Engelhardt, Council Member"), (106.5, 450.3, "3. PUBLIC COMMENTS"),
    (106.5, 486.6, "4. ADJOURN TO CLOSED SESSION TO DISCUSS THE FOLLOWING:"),
    (136.5, 522.8, "A. CONFERENCE WITH LEGAL COUNSEL - EXISTING LITIGATION"),
    (164.2, 537.2, "Pursuant to Gov. Code § 54956.9(d)(1) Case: Word Aflame"),
    (136.5, 602.2, "B. CONFERENCE WITH LEGAL COUNSEL - EXISTING LITIGATION"),
    (106.5, 683.6, "5. SELECT MAYOR AND MAYOR PRO TEMPORE"),
    (138.8, 716.9, "RECOMMENDATION: It is recommended that the City"), (331.5, 731.3, "Council:"),
    (136.5, 755.1, "A. Appoint Council Member ________________ to serve as Mayor;"),
    (136.5, 785.7, "B. Appoint Council Member ________________ to serve as Mayor Pro"),
])


def test_lettered_lists_under_items():
    record = parse(LA_HABRA)
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "CALL MEETING TO ORDER"), ("2", "ROLL CALL"), ("3", "PUBLIC COMMENTS"),
        ("4", "ADJOURN TO CLOSED SESSION TO DISCUSS THE FOLLOWING:"),
        ("A", "CONFERENCE WITH LEGAL COUNSEL - EXISTING LITIGATION"),
        ("B", "CONFERENCE WITH LEGAL COUNSEL - EXISTING LITIGATION"), ("5", "SELECT MAYOR AND MAYOR PRO TEMPORE")]
    assert [(p.name, p.role) for p in record.members] == [
        ("Norm Zezula", "Mayor Pro Tempore"), ("Brian Bergman", "Council Member"), ("Carol Engelhardt", "Council Member")]


def test_members_listed_one_a_line():
    # cc_norwalk-housing-authority_agenda_2022-11-15: "Name, Office", centred under the heading.
    norwalk = parse(styled([
        (271.3, 202.4, "AGENDA", 16.0, True), (219.7, 220.8, "HOUSING AUTHORITY", 16.0, True),
        (226.3, 239.1, "NOVEMBER 15, 2022", 16.0, True), (249.6, 465.2, "Rick Ramirez, Chair", 12.0, True),
        (235.9, 479.0, "Ana Valencia, Vice Chair", 12.0, True), (212.3, 520.4, "Margarita L. Rios, Commissioner", 12.0, True),
        (36.0, 600.0, "1. MEETING MINUTES – Staff recommends the Housing Authority approve the minutes", 12.0, False)]))
    assert [(p.name, p.role) for p in norwalk.members] == [
        ("Rick Ramirez", "Chair"), ("Ana Valencia", "Vice Chair"), ("Margarita L. Rios", "Commissioner")]
    # cc_ladwp-board_agenda_2022-01-25: "Office Name".
    ladwp = parse(styled([
        (174.0, 170.4, "REGULAR MEETING AGENDA", 18.0, True), (132.4, 191.0, "Tuesday, January 25, 2022, at 10:00 A.M.", 18.0, True),
        (141.5, 232.2, "Board of Water and Power Commissioners", 16.0, True),
        (211.5, 250.3, "President Cynthia McClain-Hill", 14.0, False), (213.4, 266.4, "Vice President Susana Reyes", 14.0, False),
        (181.5, 282.5, "Commissioner Jill Banks Barad-Hopkins", 14.0, False)]))
    assert [(p.name, p.role) for p in ladwp.members] == [
        ("Cynthia McClain-Hill", "President"), ("Susana Reyes", "Vice President"), ("Jill Banks Barad-Hopkins", "Commissioner")]
    # cc_hermosa-beach_agenda_2023-01-10: each office over the names of those holding it; the officers set
    # apart below are no members.
    hermosa = parse(styled([
        (211.2, 291.6, "Regular Meeting Agenda", 16.1, True), (228.4, 315.5, "Tuesday, January 10, 2023", 12.2, True),
        (258.6, 423.6, "City Council", 16.1, True), (291.3, 448.9, "Mayor", 9.7, True), (275.9, 461.6, "Ray Jackson", 9.7, True),
        (270.6, 487.1, "Mayor Pro Tem", 9.7, True), (272.4, 499.9, "Justin Massey", 9.7, True),
        (266.2, 525.4, "Councilmembers", 9.7, True), (272.1, 538.1, "Dean Francois", 9.7, True),
        (273.2, 550.9, "Rob Saemann", 9.7, True), (216.1, 585.9, "City Treasurer City Attorney", 9.7, True),
        (215.5, 598.6, "Karen Nowicki Patrick Donegan", 9.7, True)]))
    assert [(p.name, p.role) for p in hermosa.members] == [
        ("Ray Jackson", "Mayor"), ("Justin Massey", "Mayor Pro Tem"), ("Dean Francois", "Councilmember"),
        ("Rob Saemann", "Councilmember")]
    # cc_rancho-palos-verdes_agenda_2022-12-06: two roll calls, each member once; a chair named alone is no list.
    rancho = parse(page([
        (274.1, 182.8, "AGENDA"), (237.2, 235.9, "DECEMBER 6, 2022"), (71.4, 150.8, "CALL TO ORDER:"),
        (71.4, 164.9, "Mayor Bradley"), (71.4, 193.2, "ROLL CALL:"), (71.4, 207.4, "Councilmember Alegria"),
        (71.4, 221.5, "Councilmember Cruikshank"), (71.4, 249.8, "Mayor Pro Tem Ferraro"), (71.4, 263.9, "Mayor Bradley"),
        (105.3, 409.7, "1. Presentation to Mayor Bradley and Councilmember Dyda"), (71.4, 275.6, "ROLL CALL:"),
        (71.4, 289.7, "Councilmember Alegria"), (71.4, 303.8, "Councilmember Bradley"), (71.4, 346.3, "Councilmember Seo")]))
    assert [(p.name, p.role) for p in rancho.members] == [
        ("Alegria", "Councilmember"), ("Cruikshank", "Councilmember"), ("Ferraro", "Mayor Pro Tem"),
        ("Bradley", "Mayor"), ("Seo", "Councilmember")]
    # Names in running text or with a job title are no list of members (us_omaha, cc_cuyahoga).
    assert parse(CITY).members == []


def test_members_named_in_the_paragraph_of_a_roll_call():
    # cc_palmdale-measure-av-committee_agenda_2022-11-30: each office before the names holding it. The title
    # "ROLL CALL" ends its line, far short of the text's edge: the names below are no more of it.
    record = parse(styled([
        (89.5, 161.4, "MEASURE AV OVERSIGHT COMMITTEE ADJOURNED REGULAR MEETING", 12.0, False),
        (205.2, 216.6, "WEDNESDAY, NOVEMBER 30, 2022", 12.0, False),
        (55.3, 252.6, "1. CALL TO ORDER", 12.0, False), (54.2, 284.7, "2. PLEDGE OF ALLEGIANCE", 12.0, False),
        (54.4, 317.4, "3. ROLL CALL", 12.0, False),
        (79.0, 333.6, "CHAIR MANNING, VICE CHAIR GARCIA, COMMITTEE MEMBERS FRY,", 12.0, False),
        (78.3, 349.5, "ANGEBRANDT, CARR, MURPHY, OHLSEN.", 12.0, False),
        (54.2, 382.2, "4. PUBLIC COMMENTS ON LISTED AGENDA ITEMS", 12.0, False),
        (78.7, 399.4, "You may address the Committee once per meeting during Public Comments. This portion", 11.0,
         False)]))
    assert [item.title for item in record.items][:4] == [
        "CALL TO ORDER", "PLEDGE OF ALLEGIANCE", "ROLL CALL", "PUBLIC COMMENTS ON LISTED AGENDA ITEMS"]
    assert [(p.name, p.role) for p in record.members] == [
        ("Manning", "Chair"), ("Garcia", "Vice Chair"), ("Fry", "Committee Member"),
        ("Angebrandt", "Committee Member"), ("Carr", "Committee Member"), ("Murphy", "Committee Member"),
        ("Ohlsen", "Committee Member")]
    # A roll call whose paragraph is a sentence names nobody (us_omaha: "1. City Clerk calls the roll.").
    assert parse(CITY).members == []


def test_a_title_that_fills_its_line_wraps():
    # cc_kent-cc_agenda_2025-03-13: the line ends near the text's edge (a column of page ranges beside it).
    record = parse(page([
        (200.0, 60.0, "AGENDA"), (56.5, 439.3, "2. Declarations of Disclosable Pecuniary Interests or Other"),
        (86.7, 453.1, "Significant Interests in items on the agenda"),
        (56.5, 480.7, "3. Minutes of the meeting held on 13 February 2025 and, if in order, (Pages 1 - 14)")]))
    assert record.items[0].title == (
        "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda")


def test_a_title_in_capitals_runs_on_into_its_description():
    # cc_norwalk-housing-authority_agenda_2022-11-15 and cc_palmdale-measure-av-committee_agenda_2022-11-30.
    record = parse(page([
        (200.0, 60.0, "AGENDA"),
        (36.0, 192.9, "1. MEETING MINUTES – Staff recommends the Housing Authority approve the minutes of the regular"),
        (54.0, 206.7, "meeting of October 18, 2022, as submitted. 315-05-03"),
        (36.0, 536.8, "2. ADJOURN meeting to January 25, 2023 at 5:00 p.m. in the City Hall Council Chamber"),
        (36.0, 560.0, "3. SEND Peer Review Action Plan and Progress Update")]))
    assert [(item.title, (item.description or "")[:24]) for item in record.items] == [
        ("MEETING MINUTES", "Staff recommends the Hou"), ("ADJOURN", "meeting to January 25, 2"),
        ("SEND Peer Review Action Plan and Progress Update", "")]


def test_a_title_and_its_description_on_one_line_part_at_the_wider_space():
    # cc_burbank-parks-board_agenda_2022-11-10: the reader marks where the two spaces were (Line.spaced); a title
    # that wraps parts on its second line; a page range set apart is still the title's (cc_kent-cc_agenda).
    lines = [Line(text="AGENDA", x0=280, x1=332, top=107, bottom=119, size=12.0),
             Line(text="1. DeBell Golf Course Annual Report for Fiscal Year 2021-2022 The Board will", x0=76.5,
                  x1=535.5, top=298.8, bottom=310.8, size=12.0, spaced=(10,)),
             Line(text="receive an annual report on the DeBell Golf Course operations for Fiscal Year", x0=104.2,
                  x1=535.7, top=313.2, bottom=325.2, size=12.0),
             Line(text="2. Brace Canyon Park Ballfield Life Cycle Assessment and Triple Bottom Line", x0=76.5,
                  x1=535.5, top=633.3, bottom=645.3, size=12.0),
             Line(text="Analysis The Board will receive a report from Citadel EHS on the Brace Canyon", x0=104.2,
                  x1=535.5, top=647.7, bottom=659.7, size=12.0, spaced=(1,)),
             Line(text="3. Minutes of the meeting held on 13 February 2025 (Pages 1 - 14)", x0=76.5, x1=535.5,
                  top=700.0, bottom=712.0, size=12.0, spaced=(10,))]
    record = parse(Page(number=1, width=612, height=792, lines=lines))
    assert [(item.title, (item.description or "")[:18], item.pages) for item in record.items] == [
        ("DeBell Golf Course Annual Report for Fiscal Year 2021-2022", "The Board will rec", None),
        ("Brace Canyon Park Ballfield Life Cycle Assessment and Triple Bottom Line Analysis", "The Board will rec", None),
        ("Minutes of the meeting held on 13 February 2025", "", "1 - 14")]


def test_an_agenda_without_numbered_items_is_flagged_for_review():
    record = parse(page([(72.0, 100.0, "CITY COUNCIL AGENDA FOR OCTOBER 16, 2012"), (72.0, 225.4, "ROLL CALL"),
                         (72.0, 250.0, "PUBLIC COMMENT")]))
    assert record.items == []
    assert [(r.field, r.why) for r in record.review] == [("items", "no numbered agenda items found")]


def test_membership_lines():
    assert _people("Councillors Bukky Okunade (Chair), Graham Snell (Vice-Chair), Gary Collins, David Potter, "
                   "Joycelyn Redsell and Luke Spillman")[:2] == [
        Person("Bukky Okunade", "Chair", "Councillor"), Person("Graham Snell", "Vice-Chair", "Councillor")]
    assert _people("Kim James, Chief Operating Officer, HealthWatch Thurrock") == [
        Person("Kim James", "Chief Operating Officer, HealthWatch Thurrock")]


def _front_sheet_text() -> str:
    """The seed pack's front sheet and its public-information pages."""
    lines = (SAMPLES / "text" / "004_e187f8e0c41f6043.txt").read_text(encoding="utf-8").splitlines()
    end = next(i for i, line in enumerate(lines) if line.startswith("Minutes of the Meeting"))
    return "\n".join(lines[:end]) + "\n"


def _check_front_sheet(record):
    assert (record.body, record.committee, record.date, record.start, record.published) == (
        "Thurrock Council", "Children's Services Overview and Scrutiny Committee", "2018-02-13", "19:00", "2018-02-05")
    assert record.venue == "Committee Room 1, Civic Offices, New Road, Grays, Essex, RM17 6SL"
    assert [(p.name, p.role) for p in record.members] == [
        ("Bukky Okunade", "Chair"), ("Graham Snell", "Vice-Chair"), ("Gary Collins", None), ("David Potter", None),
        ("Joycelyn Redsell", None), ("Luke Spillman", None),
        ("Kim James", "Chief Operating Officer, HealthWatch Thurrock"),
        ("Lynda Pritchard", "Church of England Representative")]
    assert [p.name for p in record.substitutes] == ["Tom Kelly", "Jane Potheary", "Sue Sammons"]
    assert [(i.number, i.pages) for i in record.items if i.pages] == [
        ("2", "5 - 16"), ("6", "17 - 68"), ("7", "69 - 84"), ("8", "85 - 98"), ("9", "99 - 108"),
        ("10", "109 - 118"), ("11", "119 - 120")]
    assert record.items[1].description.startswith("To approve as a correct record the minutes")
    assert record.items[9].title == "SEND Peer Review Action Plan and Progress Update"
    assert (record.contact.name, record.contact.email) == ("Wendy Le", "Direct.Democracy@thurrock.gov.uk")
    headings = [b.text for b in record.content if isinstance(b, Heading)]
    assert headings.index("Agenda items") < headings.index("Evacuation Procedures")


@pytest.fixture(scope="module", params=["ruled", "borderless"])
def front_sheet_pdf(tmp_path_factory, request):
    """The front sheet as the bundled renderer prints it, and in serif with a borderless items table
    whose numbers sit centred beside their wrapped titles."""
    out = tmp_path_factory.mktemp("front") / f"front-sheet-{request.param}.pdf"
    if request.param == "ruled":
        return render_text(_front_sheet_text(), out)
    return render_text(_front_sheet_text(), out, font="serif", table_borders=False,
                       running_header="Children's Services Overview and Scrutiny Committee, 13 February 2018")


def test_front_sheet(front_sheet_pdf):
    pdf = read_pdf(front_sheet_pdf)
    (span,) = split(pdf)
    _check_front_sheet(agenda.parse(span, pdf))


@pytest.mark.shared
def test_seed_pack_front_sheet():
    pdf = read_pdf(SHARED / "seeds" / "pdf" / "004_e187f8e0c41f6043.pdf")
    span = split(pdf)[0]
    assert span.physical_pages == [1, 5]
    _check_front_sheet(agenda.parse(span, pdf))


def test_a_membership_line_with_an_unbalanced_bracket_keeps_the_names():
    people = _people("Councillors Bukky Okunade (Chair, Graham Snell and Gary Collins")
    assert [p.name for p in people][-2:] == ["Graham Snell", "Gary Collins"]
    assert "Okunade" in people[0].name


# cc_kent-cc_pack_2025-01-09, page 1: a supplement's covering letter, sending one item.
SUPPLEMENT_LETTER = page([
    (354.0, 60.0, "Direct Dial/Ext: 03000416892"), (386.0, 72.0, "e-mail: joel.cook@kent.gov.uk"),
    (392.0, 84.0, "Date: 7 January 2025"), (57.0, 130.0, "Dear Member"),
    (57.0, 160.0, "COUNTY COUNCIL - THURSDAY, 9 JANUARY 2025"),
    (57.0, 190.0, "Please find enclosed the documents for Item 3 – English Devolution White Paper, which were not"),
    (57.0, 202.0, "available when the main agenda was first published."), (57.0, 232.0, "Agenda Item No"),
    (57.0, 250.0, "3 English Devolution White Paper (Pages 1 - 18)"), (57.0, 290.0, "Yours sincerely"),
    (57.0, 330.0, "Benjamin Watts"), (57.0, 342.0, "General Counsel"),
])


def test_a_supplements_covering_letter_sends_its_item_and_names_no_venue():
    record = parse(SUPPLEMENT_LETTER)
    assert (record.committee, record.date, record.venue) == ("County Council", "2025-01-09", None)
    [item] = record.items
    assert (item.number, item.title, item.description) == ("3", "English Devolution White Paper", None)


# A front sheet of labelled fields, as UK committee systems print them.
FIELDS_FRONT_SHEET = page([
    (72.0, 60.0, "Planning Committee"), (72.0, 90.0, "Date: Wednesday, 7 December 2022"), (72.0, 104.0, "Time: 7.00 pm"),
    (72.0, 118.0, "Venue: Council Chamber, Civic Centre, Ashby"), (72.0, 146.0, "Membership:"),
    (72.0, 160.0, "Councillors Alan Smith (Chair), Beth Jones (Vice-Chair), Carl Brown, Dana White and Ed Green"),
    (72.0, 174.0, "Quorum: 3 Members"),
    (72.0, 188.0, "Contact: Ian Irons, Democratic Services Officer, ian.irons@ashby.gov.uk"), (72.0, 216.0, "AGENDA"),
    (72.0, 240.0, "1. Apologies for Absence"), (72.0, 260.0, "2. Declarations of Interest"),
    (72.0, 280.0, "3. Minutes (Pages 5 - 12)"),
])


def test_a_front_sheets_fields_give_venue_and_contact_and_end_the_membership():
    record = parse(FIELDS_FRONT_SHEET)
    assert (record.date, record.start, record.venue) == ("2022-12-07", "19:00", "Council Chamber, Civic Centre, Ashby")
    assert [m.name for m in record.members] == ["Alan Smith", "Beth Jones", "Carl Brown", "Dana White", "Ed Green"]
    assert (record.contact.name, record.contact.email) == ("Ian Irons", "ian.irons@ashby.gov.uk")


def columns(rows, number=1):
    """A page from (x0, x1, top, text, size, bold, columns) rows as read from a real PDF."""
    lines = [Line(text=text, x0=x0, x1=x1, top=top, bottom=top + size, size=size, bold=bold, columns=columns)
             for x0, x1, top, text, size, bold, columns in rows]
    return Page(number=number, width=612, height=792, lines=lines)


def test_legistar_file_numbers_and_report_links_set_in_a_column_of_their_own():
    # cc_hermosa-beach_agenda_2023-01-10, page 6 (Legistar): the letter, a column holding the file number or the
    # link "REPORT" over it, then the title; the file number on a line of its own between two of the title's.
    record = parse(columns([
        (211.2, 400.0, 40.0, "Regular Meeting Agenda", 16.1, True, ()),
        (54.8, 528.3, 86.2, "a) 23-0033 WAIVE READING IN FULL OF ALL ORDINANCES ON THE AGENDA", 10.5, True,
         ((1, 90.0), (2, 194.0))),
        (297.6, 424.2, 103.8, "(City Clerk Myra Maravilla)", 10.7, False, ()),
        (54.8, 448.9, 165.1, "b) REPORT CITY COUNCIL MEETING MINUTES", 10.5, True, ((1, 90.0), (2, 273.4))),
        (90.0, 424.2, 179.7, "23-0021 (City Clerk Myra Maravilla)", 10.7, False, ((1, 297.6),)),
        (54.8, 411.6, 235.0, "c) REPORT CHECK REGISTERS", 10.5, True, ((1, 90.0), (2, 310.6))),
        (90.0, 438.5, 249.6, "23-0013 (Finance Director Viki Copeland)", 10.7, False, ((1, 283.2),)),
        (54.8, 521.3, 353.2, "d) REPORT REVENUE REPORT, EXPENDITURE REPORT, AND CIP REPORT", 10.5, True,
         ((1, 90.0), (2, 201.0))),
        (90.0, 129.4, 367.8, "23-0010", 10.7, False, ()),
        (193.9, 528.2, 371.0, "BY PROJECT FOR SEPTEMBER, OCTOBER AND NOVEMBER 2022", 10.5, True, ()),
        (283.2, 438.5, 388.0, "(Finance Director Viki Copeland)", 10.7, False, ())]))
    assert [(i.number, i.file, i.title) for i in record.items] == [
        ("a", "23-0033", "WAIVE READING IN FULL OF ALL ORDINANCES ON THE AGENDA"),
        ("b", "23-0021", "CITY COUNCIL MEETING MINUTES"), ("c", "23-0013", "CHECK REGISTERS"),
        ("d", "23-0010", "REVENUE REPORT, EXPENDITURE REPORT, AND CIP REPORT BY PROJECT FOR SEPTEMBER, OCTOBER AND "
                         "NOVEMBER 2022")]
    # A decision number joined to its title by a dash is the title's own (cc_kent-cc_agenda_2025-01-30).
    assert parse(KENT).items[2].file is None


def test_a_legistar_title_wrapped_onto_its_fields_stops_at_the_first_label():
    # Legistar's agenda: number, file number and title in columns (cc_hermosa-beach_agenda_2023-01-10), the title's
    # second line, then the file's fields at the title's indent ("Sponsors:", "Attachments:", as Oakland's print them).
    # The title stops at the label; the fields describe the item, and a status answered "Confidential" still marks
    # it exempt while "Status: Exempt" (a CEQA status) does not.
    record = parse(columns([
        (200.0, 400.0, 40.0, "City Council", 14.0, True, ()),
        (200.0, 380.0, 60.0, "Meeting Agenda - Final", 14.0, True, ()),
        (200.0, 380.0, 80.0, "Tuesday, March 5, 2024 7:00 PM", 11.0, False, ()),
        (36.0, 560.0, 120.0, "5-A 24-0311 Adoption of Resolution Approving the Final Map for Tract 8500 and Accepting",
         10.0, False, ((1, 70.0), (2, 140.0))),
        (140.0, 470.0, 132.0, "the Dedications and Easements Shown Thereon. (Public Works 310)", 10.0, False, ()),
        (140.0, 300.0, 146.0, "Sponsors: Public Works Department", 10.0, False, ((1, 210.0),)),
        (140.0, 300.0, 158.0, "Attachments: Exhibit 1 - Map", 10.0, False, ((1, 210.0),)),
        (36.0, 560.0, 186.0, "5-B 24-0312 Adoption of an Ordinance Amending Chapter 30 of the Municipal Code; CEQA",
         10.0, False, ((1, 70.0), (2, 140.0))),
        (140.0, 300.0, 200.0, "Status: Exempt", 10.0, False, ((1, 210.0),)),
        (140.0, 300.0, 212.0, "Attachments: Ordinance", 10.0, False, ((1, 210.0),)),
        (36.0, 560.0, 240.0, "5-C 24-0313 Conference with Real Property Negotiators Regarding the Sale of 2263 Santa",
         10.0, False, ((1, 70.0), (2, 140.0))),
        (140.0, 470.0, 252.0, "Clara Avenue", 10.0, False, ()),
        (140.0, 300.0, 264.0, "Status: Confidential", 10.0, False, ((1, 210.0),))]))
    assert [(i.number, i.file, i.title, i.description, i.exempt) for i in record.items] == [
        ("5-A", "24-0311", "Adoption of Resolution Approving the Final Map for Tract 8500 and Accepting the Dedications "
         "and Easements Shown Thereon. (Public Works 310)",
         "Sponsors: Public Works Department Attachments: Exhibit 1 - Map", False),
        ("5-B", "24-0312", "Adoption of an Ordinance Amending Chapter 30 of the Municipal Code; CEQA",
         "Status: Exempt Attachments: Ordinance", False),
        ("5-C", "24-0313", "Conference with Real Property Negotiators Regarding the Sale of 2263 Santa Clara Avenue",
         "Status: Confidential", True)]


def test_a_bold_title_ending_in_a_colon_runs_on_and_its_smaller_numbered_parts_are_no_items():
    # cc_hermosa-beach_agenda_2023-01-10, page 3: a closed session's matters, numbered in the description's type.
    record = parse(columns([
        (211.2, 400.0, 40.0, "Regular Meeting Agenda", 16.1, True, ()),
        (54.8, 506.5, 450.3, "a) 23-0028 MINUTES: Approval of minutes of Closed Session held on November 29 and",
         9.8, False, ((1, 90.0), (2, 168.0))),
        (168.0, 257.2, 467.8, "December 13, 2022.", 9.8, False, ()),
        (54.8, 367.5, 503.3, "b) 23-0025 CONFERENCE WITH LEGAL COUNSEL:", 10.5, True, ((1, 90.0), (2, 168.0))),
        (168.0, 504.1, 521.0, "Anticipated Litigation - Government Code Section 54956.9(d)(2)&(3)", 10.5, True, ()),
        (168.0, 493.7, 538.0, "The City finds, based on advice from legal counsel, that discussion in open", 9.8, False, ()),
        (168.0, 365.1, 552.6, "session will prejudice the City in the litigation.", 9.8, False, ()),
        (168.0, 399.2, 582.0, "Significant exposure to civil litigation* - Two Matters:", 9.8, False, ()),
        (186.0, 505.6, 599.1, "1) Delay Claim by EBS General Engineering, Inc. (“EBS”): Pacific Coast", 9.8, False, ()),
        (222.0, 480.9, 613.8, "Highway Improvements at Aviation Blvd & Pier Ave Project.", 9.8, False, ()),
        (186.0, 513.8, 628.4, "2) Additional Compensation Claim by Aid Builders Inc. (“Aid”): Public Park", 9.8, False, ()),
        (222.0, 300.8, 641.2, "Restroom Project.", 9.8, False, ())]))
    assert [(i.number, i.title) for i in record.items][1:] == [
        ("b", "CONFERENCE WITH LEGAL COUNSEL: Anticipated Litigation - Government Code Section 54956.9(d)(2)&(3)")]
    assert [i.number for i in record.items] == ["a", "b"]
    assert record.items[1].description.startswith("The City finds")
    # Numbered in the type of their lettered section's title, less bold, the parts are items (cc_ladwp-board_agenda).
    ladwp = parse(columns([
        (174.0, 433.0, 40.0, "REGULAR MEETING AGENDA", 18.0, True, ()),
        (80.3, 218.9, 634.5, "I. Management Reports", 12.0, True, ()),
        (117.3, 535.4, 662.9, "1. Presentation regarding Cal/OSHA Recordable and Reportable Injury Cases", 12.0, False, ()),
        (117.3, 513.7, 676.7, "2. Presentation regarding Advancement of Diversity, Equity, and Inclusion", 12.0, False, ()),
        (135.4, 174.1, 690.5, "Update", 12.0, False, ()),
        (80.3, 159.6, 720.0, "J. Filed Items", 12.0, True, ())]))
    assert [i.number for i in ladwp.items] == ["I", "1", "2", "J"]
    # Right under a bold section title, a list in smaller plain type numbers its items (a CivicPlus agenda's
    # "IV. CONSENT AGENDA" over "A. Approve Minutes …", an eScribe agenda's "5. Adoption of Minutes" over "5.1 …").
    civicplus = parse(columns([
        (190.0, 420.0, 40.0, "CITY COMMISSION MEETING AGENDA", 12.0, True, ()),
        (72.0, 190.0, 300.0, "IV. CONSENT AGENDA", 11.0, True, ()),
        (100.0, 380.0, 318.0, "A. Approve Minutes of the April 15, 2024 Regular Meeting", 10.0, False, ()),
        (100.0, 470.0, 332.0, "B. Approve Resolution 2024-31 Authorizing the Purchase of Two Police Vehicles", 10.0, False, ()),
        (72.0, 180.0, 360.0, "V. NEW BUSINESS", 11.0, True, ()),
        (100.0, 400.0, 378.0, "A. Discussion of the Fiscal Year 2025 Budget Calendar", 10.0, False, ()),
        (72.0, 180.0, 406.0, "VI. ADJOURNMENT", 11.0, True, ())]))
    assert [i.number for i in civicplus.items] == ["IV", "A", "B", "V", "A", "VI"]


def test_a_title_in_title_case_ends_where_a_sentence_begins():
    # cc_rosemead_agenda_2022-11-08 (a web agenda viewer's print): titles run on into their descriptions in one
    # paragraph, in one type; the description opens a sentence, or a list after a bullet.
    record = parse(styled([
        (326.5, 230.3, "AGENDA", 24.0, True), (72.0, 282.0, "2. PRESENTATIONS", 12.0, True),
        (72.0, 311.1, "3. WORKSHOP", 12.0, True),
        (102.0, 339.9, "A. Review and Discuss the Proposed Scope of Services and Schedule for", 12.0, True),
        (132.0, 354.3, "the Solid Waste and Recycling Collection Services Request for", 12.0, True),
        (132.0, 368.6, "Proposal At the September 13, 2022, City Council Meeting, the City", 12.0, True),
        (132.0, 383.0, "Council awarded a contract for Solid Waste Consulting Services to R3", 12.0, True),
        (72.0, 413.2, "4. CONSENT CALENDAR", 12.0, True),
        (102.0, 442.0, "A. Claims and Demands * Resolution No. 2022-60 A RESOLUTION OF THE", 12.0, True),
        (132.0, 456.4, "CITY COUNCIL OF THE CITY OF ROSEMEAD, CALIFORNIA,", 12.0, True),
        (102.0, 490.9, "B. Approval of Funding Agreement with Metro for the 1st-Riggin-Potrero", 12.0, True),
        (132.0, 505.3, "Grande Corridor Project In 2020, the City of Monterey Park submitted a", 12.0, True),
        (132.0, 519.7, "joint grant application on behalf of the City of Montebello, City of", 12.0, True)]))
    assert [(i.number, i.title, (i.description or "")[:20]) for i in record.items][1:] == [
        ("3", "WORKSHOP", ""),
        ("A", "Review and Discuss the Proposed Scope of Services and Schedule for the Solid Waste and Recycling "
              "Collection Services Request for Proposal", "At the September 13,"),
        ("4", "CONSENT CALENDAR", ""), ("A", "Claims and Demands", "Resolution No. 2022-"),
        ("B", "Approval of Funding Agreement with Metro for the 1st-Riggin-Potrero Grande Corridor Project",
         "In 2020, the City of")]


@pytest.mark.parametrize("title", [
    # cc_cuyahoga-board-of-health_agenda_2019-04-24: a letter after "Part" is no sentence.
    "RESOLUTION (2019-42) Contract with the following agencies under the 2019/2020 Health Resources and Services "
    "Administration (HRSA) Ryan White Part A Program grant from March 1, 2019 through February 29, 2020",
    # cc_kent-cc_agenda_2025-03-13: a title in sentence case.
    "Minutes of the meeting held on 13 February 2025 and, if in order, to be approved as a correct record",
    # us_omaha-ne_city-council-agenda_2012-10-16: a paragraph's capitals after a dash are no sentence either.
    "Res. that the preliminary plat entitled BUCKY’S CROSSROADS PLAZA ADDITION, located northeast of 78th and "
    "Dodge Streets, is hereby accepted",
])
def test_titles_that_run_into_no_sentence_stay_whole(title):
    from extract.model import AgendaItem
    from extract.parse.agenda import _title_then_sentence

    item = AgendaItem(number="1", title=title)
    _title_then_sentence(item)
    assert (item.title, item.description) == (title, None)


@pytest.mark.parametrize("printed, title, description", [
    # US city agendas: the title ends at its full stop, the item's description after it
    ("Annual Report of the Parks Commission. The Commission will present its report.",
     "Annual Report of the Parks Commission.", "The Commission will present its report."),
    ("Letter of Support to the U.S. Army Corps of Engineers. Staff recommends approval.",
     "Letter of Support to the U.S. Army Corps of Engineers.", "Staff recommends approval."),
    # an abbreviation's stop before a word that only opens a sentence ends the title too
    ("Grant Agreement with the Federal Transit Administration of the U.S. The Council will consider the grant.",
     "Grant Agreement with the Federal Transit Administration of the U.S.", "The Council will consider the grant."),
    # but not an abbreviation's or an initial's stop inside the title
    ("Adopt Resolution No. 2024-15 Authorizing the Sale of Surplus Vehicles",
     "Adopt Resolution No. 2024-15 Authorizing the Sale of Surplus Vehicles", None),
    ("Presentation by J. Smith of the Harbor Commission", "Presentation by J. Smith of the Harbor Commission", None),
])
def test_a_title_ends_at_its_full_stop_where_a_sentence_follows(printed, title, description):
    from extract.model import AgendaItem
    from extract.parse.agenda import _title_then_sentence

    item = AgendaItem(number="1", title=printed)
    _title_then_sentence(item)
    assert (item.title, (item.description or "").strip() or None) == (title, description)


def test_sub_items_numbered_under_their_item_and_titles_wrapped_in_a_column_of_their_own():
    # A probe of a Legistar agenda: "3.1" under "3." at the same indent, in plain type under bold sections, the
    # file number then the title in columns of their own, the title wrapping in its column.
    record = parse(columns([
        (240.0, 336.0, 98.0, "City Council", 14.0, True, ()),
        (74.8, 205.0, 176.8, "3. CONSENT AGENDA", 11.0, True, ()),
        (74.8, 501.9, 196.8, "3.1 24-0101 Approval of the Minutes of the Regular Meeting of January 23, 2024", 10.0, False,
         ((2, 162.8),)),
        (162.8, 367.4, 210.2, "Attachments: Draft Minutes January 23, 2024", 9.0, False, ()),
        (74.8, 521.0, 228.3, "3.2 24-0107 Resolution Authorizing the City Manager to Execute an Agreement with", 10.0,
         False, ((2, 162.8),)),
        (162.8, 576.9, 241.8, "Smith Engineering, Inc. for Design Services for the Elm Street Bridge Replacement", 10.0,
         False, ()),
        (162.8, 392.2, 255.3, "Project in an Amount Not to Exceed $250,000", 10.0, False, ()),
        (162.8, 336.4, 268.7, "Attachments: Staff Report, Agreement", 9.0, False, ()),
        (74.8, 202.8, 331.8, "4. PUBLIC HEARINGS", 11.0, True, ())]))
    assert [(i.number, i.file, i.title) for i in record.items] == [
        ("3", None, "CONSENT AGENDA"),
        ("3.1", "24-0101", "Approval of the Minutes of the Regular Meeting of January 23, 2024"),
        ("3.2", "24-0107", "Resolution Authorizing the City Manager to Execute an Agreement with Smith Engineering, Inc. "
                           "for Design Services for the Elm Street Bridge Replacement Project in an Amount Not to "
                           "Exceed $250,000"),
        ("4", None, "PUBLIC HEARINGS")]
    # Plain numbers that carry no item's number, under items set in bold, number a list in the text
    # (cc_hermosa-beach_agenda_2023-01-10: the ways to take part).
    hermosa = parse(columns([
        (211.2, 400.0, 40.0, "Regular Meeting Agenda", 16.1, True, ()),
        (54.8, 204.2, 92.1, "IX. PUBLIC PARTICIPATION", 11.4, True, ()),
        (54.8, 417.7, 130.3, "1. IN PERSON - Council Chambers, 1315 Valley Drive, Hermosa Beach, CA 90254", 9.8, False, ()),
        (54.8, 286.3, 155.8, "2. ZOOM - https://us02web.zoom.us/j/89968207828?", 9.8, False, ()),
        (54.8, 273.3, 473.1, "X. CITY COUNCILMEMBER COMMENTS", 11.4, True, ())]))
    assert [i.number for i in hermosa.items] == ["IX", "X"]


def test_items_numbered_by_the_year_and_a_running_number():
    # A probe of an English parish council's agenda ("24/101 Apologies"); a decision number after an item's own
    # number stays its title's (cc_kent-cc_agenda_2025-01-30: "5. 24/00108 - Revenue and Capital Budget …").
    record = parse(styled([
        (72.0, 60.0, "WESTON TOWN COUNCIL", 14.0, True), (72.0, 120.0, "AGENDA", 11.0, True),
        (72.0, 150.0, "24/101 Apologies", 11.0, True), (72.0, 166.0, "To receive and approve apologies for absence.", 11.0, False),
        (72.0, 190.0, "24/102 Declarations of Interest", 11.0, True), (72.0, 214.0, "24/103 Minutes", 11.0, True),
        (72.0, 230.0, "To approve the minutes of the meeting held on 8 April 2024.", 11.0, False),
        (72.0, 254.0, "24/104 Finance", 11.0, True)]))
    assert [(i.number, i.title) for i in record.items] == [
        ("24/101", "Apologies"), ("24/102", "Declarations of Interest"), ("24/103", "Minutes"), ("24/104", "Finance")]
    assert [i.number for i in parse(KENT).items] == ["3", "4", "5", "7", "9"]


def test_members_named_on_the_line_of_their_label():
    # Probes of English front sheets and summonses: the names after "Membership:" or "To:" on its own line,
    # as the seed pack's front sheet sets them on the line below (see test_seed_pack_front_sheet).
    for line, names in (
            ("Membership: Councillors A Smith (Chair), B Jones (Vice-Chair), C Brown and D Green",
             [("A Smith", "Chair"), ("B Jones", "Vice-Chair"), ("C Brown", None), ("D Green", None)]),
            ("To: Councillors P Adams (Leader), R Baker (Deputy Leader) and S Clarke",
             [("P Adams", "Leader"), ("R Baker", "Deputy Leader"), ("S Clarke", None)]),
            ("Members: Councillor A Smith (Chair), Councillor B Jones", [("A Smith", "Chair"), ("B Jones", None)])):
        record = parse(page([(72.0, 60.0, "Planning Committee"), (72.0, 80.0, "AGENDA"), (72.0, 120.0, line),
                             (72.0, 140.0, "Substitutes: Councillors F Green and G Hall"), (72.0, 160.0, "Quorum: 3"),
                             (72.0, 200.0, "1. Apologies for Absence"), (72.0, 230.0, "2. Minutes (Pages 1 - 8)")]))
        assert [(p.name, p.role) for p in record.members] == names
        assert [p.name for p in record.substitutes] == ["F Green", "G Hall"]
    # A summons to all members names nobody.
    assert parse(page([(72.0, 80.0, "AGENDA"), (72.0, 120.0, "To: All Members of the Cabinet"),
                       (72.0, 200.0, "1. Apologies for Absence"), (72.0, 230.0, "2. Minutes")])).members == []


def test_a_title_typed_with_no_hanging_indent_wraps_flush_with_its_number():
    # A probe of a parish agenda typed in a word processor: the title's second line starts under its number,
    # after a line full to the text's edge; a line under a title that ended short is its description.
    record = parse(columns([
        (220.0, 380.0, 40.0, "ASHBY PARISH COUNCIL", 14.0, True, ()), (72.0, 120.0, 80.0, "AGENDA", 12.0, True, ()),
        (72.0, 540.0, 120.0, "2. To receive declarations of interest from councillors on items on the agenda and to",
         11.0, False, ()),
        (72.0, 240.0, 134.9, "consider any requests for dispensations.", 11.0, False, ()),
        (72.0, 236.0, 160.0, "3. To consider the clerk's report.", 11.0, False, ()),
        (72.0, 470.0, 174.9, "The playground inspection found two swings in need of repair.", 11.0, False, ()),
        (72.0, 236.0, 200.0, "4. Date of the next meeting.", 11.0, False, ())]))
    assert [(i.title, i.description) for i in record.items] == [
        ("To receive declarations of interest from councillors on items on the agenda and to consider any requests "
         "for dispensations.", None),
        ("To consider the clerk's report.", "The playground inspection found two swings in need of repair."),
        ("Date of the next meeting.", None)]


def test_a_table_rows_title_is_its_own_cell():
    # A probe of an English board's front sheet: "Item | Title | Lead | Pages" ruled; the lead officer describes
    # the item, the page range is its pages (the seed pack's "Item | Title | Pages": test_seed_pack_front_sheet).
    from extract.read import TableRegion

    table = TableRegion(top=120.0, bottom=200.0, rows=[
        ["Item", "Title", "Lead", "Pages"], ["1", "Welcome and Apologies", "Chair", ""],
        ["3", "Minutes of the meeting held on 14 February 2024", "Chair", "1 - 8"],
        ["5", "Better Care Fund Quarter 3 Return", "Head of Integrated Commissioning", "41 - 52"]])
    sheet = Page(number=1, width=595, height=842, tables=[table], lines=[
        Line(text="Health and Wellbeing Board", x0=31.0, x1=205.0, top=31.0, bottom=42.0, size=11.0, bold=True),
        Line(text="AGENDA", x0=31.0, x1=83.0, top=53.7, bottom=64.7, size=11.0, bold=True)])
    assert [(i.number, i.title, i.pages, i.description) for i in parse(sheet).items] == [
        ("1", "Welcome and Apologies", None, "Chair"),
        ("3", "Minutes of the meeting held on 14 February 2024", "1 - 8", "Chair"),
        ("5", "Better Care Fund Quarter 3 Return", "41 - 52", "Head of Integrated Commissioning")]


def test_a_number_that_runs_backwards_is_no_page_range():
    # A probe of a US city's consent calendar: "No. 25-09" is the register's number; the seed pack's
    # "Minutes 5 - 16" keeps its pages.
    sheet = page([(72, 60, "CITY COUNCIL REGULAR MEETING AGENDA"), (72, 80, "Tuesday, March 4, 2025 - 6:00 PM"),
                  (72, 110, "1. CALL TO ORDER"), (72, 130, "2. Warrant Register No. 25-09"),
                  (72, 150, "3. Minutes 5 - 16"), (72, 170, "4. ADJOURNMENT")])
    assert [(i.title, i.pages) for i in parse(sheet).items] == [
        ("CALL TO ORDER", None), ("Warrant Register No. 25-09", None), ("Minutes", "5 - 16"), ("ADJOURNMENT", None)]


def _borderless_items_table(path: Path, header: list[str], rows: list[list[str]], widths: list[int],
                            v_align: str = "TOP", padding: float = 0) -> Path:
    """A front sheet whose items are a table printed without rules, cells set at their tops, as Word sets them
    (or in the middle of their rows, as other systems do)."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    from pdfgen import FONT_DIR, FONTS

    pdf = FPDF()
    pdf.add_font("Body", "", str(FONT_DIR / FONTS["sans"][0]))
    pdf.add_font("Body", "B", str(FONT_DIR / FONTS["sans"][1]))
    pdf.add_page()
    for text in ("Brackenshire County Council", "Health and Wellbeing Board", "Date: Thursday, 6 March 2025",
                 "Time: 2.00 pm", "Venue: Committee Room 1, County Hall, Brackenford", "AGENDA"):
        pdf.set_font("Body", "B" if ":" not in text else "", 11)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Body", "", 10)
    with pdf.table(borders_layout="NONE", col_widths=widths, width=sum(widths), align="LEFT", v_align=v_align, padding=padding,
                   text_align="LEFT", line_height=5.5, headings_style=FontFace(emphasis="B")) as table:
        for row in [header, *rows]:
            table.row(row)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("header,rows,expected", [
    # A probe of an English board's front sheet: the lead officer and the time in columns beside the titles,
    # some titles and leads wrapped in their cells.
    (["Item", "Title", "Lead", "Time"],
     [["1", "Welcome, introductions and apologies for absence", "Chair", "2.00"],
      ["2", "Declarations of interest", "Chair", "2.05"],
      ["4", "Joint Local Health and Wellbeing Strategy refresh", "Director of Public Health", "2.15"],
      ["5", "Better Care Fund quarter 3 return", "Head of Integrated Commissioning", "2.45"]],
     [("1", "Welcome, introductions and apologies for absence", "Chair 2.00"),
      ("2", "Declarations of interest", "Chair 2.05"),
      ("4", "Joint Local Health and Wellbeing Strategy refresh", "Director of Public Health 2.15"),
      ("5", "Better Care Fund quarter 3 return", "Head of Integrated Commissioning 2.45")]),
    # A probe of a Scottish integration joint board's: numbers in a column with no head, then "Item | Presenter".
    (["", "Item", "Presenter"],
     [["1.", "Apologies", "Chair"], ["2.", "Declarations of Interest", "Chair"],
      ["3.", "Internal Audit Progress Report", "Chief Internal Auditor"],
      ["4.", "Performance Management Framework: Quarter 3 2024/25", "Head of Strategic Planning and Performance"]],
     [("1", "Apologies", "Chair"), ("2", "Declarations of Interest", "Chair"),
      ("3", "Internal Audit Progress Report", "Chief Internal Auditor"),
      ("4", "Performance Management Framework: Quarter 3 2024/25", "Head of Strategic Planning and Performance")]),
])
def test_a_borderless_items_tables_lead_column_is_no_part_of_the_title(tmp_path, header, rows, expected):
    path = _borderless_items_table(tmp_path / "sheet.pdf", header, rows, [15, 80, 60, 20][:len(header)])
    pdf = read_pdf(path)
    (span,) = split(pdf)
    items = agenda.parse(span, pdf).items
    assert [(i.number, i.title) for i in items] == [(number, title) for number, title, _ in expected]
    # The lead (and the time) describe the item, in whatever order its wrapped cells were read.
    assert [sorted((i.description or "").split()) for i in items] == [sorted(d.split()) for _, _, d in expected]


# Probe of an English fire authority's front sheet: long titles wrapped in their cells, a section's row.
WRAPPED_ITEMS = [
    ["1", "Apologies for absence", "Clerk", ""], ["2", "Declarations of interest", "Clerk", ""],
    ["3", "Minutes of the meeting held on 15 January 2026 and matters arising from those minutes not otherwise "
          "on the agenda", "Clerk", "5 - 12"],
    ["4", "Revenue budget monitoring report for the third quarter of 2025/26 including the capital programme",
     "Treasurer", "13 - 24"],
    ["PART B – EXEMPT ITEMS", "", "", ""],
    ["5", "Property disposal at the former Alnwick fire station site", "Chief Fire Officer", "25 - 30"]]


def _front_sheet(path: Path):
    """The record of the one front sheet a made PDF holds."""
    pdf = read_pdf(path)
    (span,) = split(pdf)
    assert span.kind == "agenda"
    return agenda.parse(span, pdf)


def _items_of(path: Path) -> list[tuple]:
    return [(i.number, i.title, i.description, i.pages, i.section) for i in _front_sheet(path).items]


def _wrapped_items_expected(rows: list[list[str]]) -> list[tuple]:
    section = None
    out = []
    for number, title, lead, pages in rows:
        if not title:
            section = number
            continue
        out.append((number, title, lead or None, pages or None, section))
    return out


def test_a_borderless_items_tables_centred_cells_keep_their_wrapped_titles(tmp_path):
    # Centred cells set a row's number in the middle of its title's lines, some of them above it, and between
    # two of them where the title has an even number of lines: those lines are the row's, not the row above's,
    # and a section's row alone in the number's column no longer joins the title above it.
    text = "\n".join(["**Northumberland Fire and Rescue Authority**", "**AGENDA**",
                      "Meeting of the Fire Authority to be held on Thursday 12 March 2026 at 10.00 am.",
                      "Item\tTitle\tLead Officer\tPages", *("\t".join(row) for row in WRAPPED_ITEMS)]) + "\n"
    path = render_text(text, tmp_path / "sheet.pdf", table_borders=False)  # cells in the middle of their rows
    assert _items_of(path) == _wrapped_items_expected(WRAPPED_ITEMS)


def test_a_borderless_items_tables_cells_set_at_their_tops_keep_the_lines_under_them(tmp_path):
    # Counter-example: set at the top of their rows (as Word sets them), the lines under a number are its row's.
    rows = [row for row in WRAPPED_ITEMS if row[1]]
    path = _borderless_items_table(tmp_path / "sheet.pdf", ["Item", "Title", "Lead Officer", "Pages"],
                                   rows, [15, 55, 40, 20])
    assert _items_of(path) == _wrapped_items_expected(rows)


@pytest.mark.parametrize("v_align", ["MIDDLE", "TOP"])
def test_a_borderless_items_tables_rows_set_apart_by_padding(tmp_path, v_align):
    # Rows set apart by cell padding (a wider gap between rows than between a cell's lines) are parted at those
    # gaps, whether the cells sit in the middle of their rows or at their tops, with nothing else to tell.
    rows = [["1", "Apologies for absence", "Clerk", ""],
            ["2", "Minutes of the meeting held on 15 January 2026 and matters arising", "Clerk", "5 - 12"],
            ["3", "Declarations of interest", "Clerk", ""],
            ["4", "Revenue budget monitoring report for the third quarter of 2025/26", "Treasurer", "13 - 24"]]
    path = _borderless_items_table(tmp_path / "sheet.pdf", ["Item", "Title", "Lead Officer", "Pages"],
                                   rows, [15, 55, 40, 20], v_align=v_align, padding=2)
    assert _items_of(path) == _wrapped_items_expected(rows)


def test_a_time_in_the_cell_before_an_items_number_is_its_time():
    # A probe of an English health board's front sheet, "Time | Item | Title | Lead" ruled: the times are
    # no numbers, the items' numbers are in the cell after them; a table of paper numbers keeps its own.
    from extract.read import TableRegion

    table = TableRegion(top=120.0, bottom=200.0, rows=[
        ["Time", "Item", "Title", "Lead"], ["2.00", "1", "Welcome and apologies for absence", "Chair"],
        ["2.10", "2", "Minutes of the meeting held on 5 December 2024", "Chair"],
        ["2.15", "3", "Joint Local Health and Wellbeing Strategy refresh", "Director of Public Health"]])
    sheet = Page(number=1, width=595, height=842, tables=[table], lines=[
        Line(text="Health and Wellbeing Board", x0=31.0, x1=205.0, top=31.0, bottom=42.0, size=11.0, bold=True),
        Line(text="AGENDA", x0=31.0, x1=83.0, top=53.7, bottom=64.7, size=11.0, bold=True)])
    assert [(i.number, i.title, i.description) for i in parse(sheet).items] == [
        ("1", "Welcome and apologies for absence", "Chair 2.00"),
        ("2", "Minutes of the meeting held on 5 December 2024", "Chair 2.10"),
        ("3", "Joint Local Health and Wellbeing Strategy refresh", "Director of Public Health 2.15")]


def test_an_item_that_opens_by_naming_who_brings_it_has_its_title_below():
    # cc_ladwp-board_agenda_2022-01-25, page 5: the byline in bold on the number's line, the title in plain type
    # under it, then a note in smaller type.
    record = parse(styled([
        (174.0, 60.0, "REGULAR MEETING AGENDA", 18.0, True), (80.3, 304.8, "L. Items for Approval", 12.0, True),
        (117.3, 335.4, "1. Recommended by Office of the Chief Information Technology Officer", 12.0, True),
        (135.4, 349.3, "Approval of Optical Fiber Lease Agreement No. FO-881-07/2021 and Short", 12.0, False),
        (135.4, 363.0, "Form IRU-01 Lease Agreement No. FO-882-07/2021 with The Switch", 12.0, False),
        (135.4, 376.8, "Enterprises, LLC, for Lease of LADWP Optical Fibers.", 12.0, False),
        (135.4, 390.1, "Determine item is exempt pursuant to California Environmental Quality Act (CEQA) Guidelines", 9.0, False),
        (117.3, 427.2, "2. Recommended by External and Regulatory Affairs", 12.0, True),
        (135.4, 440.9, "Approval of 2021 Grid Reliability Study Required by Statewide Once-", 12.0, False),
        (135.4, 454.8, "Through-Cooling Policy.", 12.0, False),
        (135.4, 468.0, "Determine item is exempt pursuant to CEQA Guidelines Section 15060(c)(1).", 9.0, False),
        # A report's author in its title is the title's own (a UK front sheet).
        (80.3, 500.0, "M. Report of the Chief Executive", 12.0, True),
        (96.9, 514.0, "To note the annual report on the council's performance.", 12.0, False)]))
    assert [(i.number, i.title, (i.description or "")[:30]) for i in record.items] == [
        ("L", "Items for Approval", ""),
        ("1", "Approval of Optical Fiber Lease Agreement No. FO-881-07/2021 and Short Form IRU-01 Lease Agreement "
              "No. FO-882-07/2021 with The Switch Enterprises, LLC, for Lease of LADWP Optical Fibers.",
         "Recommended by Office of the C"),
        ("2", "Approval of 2021 Grid Reliability Study Required by Statewide Once- Through-Cooling Policy.",
         "Recommended by External and Re"),
        ("M", "Report of the Chief Executive", "To note the annual report on t")]


def test_a_consent_calendars_lettered_items_come_after_its_description_when_it_ends_its_sentence():
    # Probe of a US city council agenda: "IV. CONSENT CALENDAR", a sentence on how it is taken, then "A.", "B." …
    record = parse(styled([
        (190.0, 40.0, "CITY COUNCIL REGULAR MEETING AGENDA", 14.0, True),
        (42.5, 150.0, "IV. CONSENT CALENDAR", 11.0, True),
        (70.9, 166.0, "All matters listed under the Consent Calendar are considered routine and will be enacted by one motion.",
         10.0, False),
        (70.9, 184.0, "A. Approval of Minutes of the February 27, 2024 Regular Meeting", 10.0, False),
        (70.9, 200.0, "B. Warrant Register for the Month of February 2024", 10.0, False),
        (42.5, 220.0, "V. ADJOURNMENT", 11.0, True)]))
    assert [i.number for i in record.items] == ["IV", "A", "B", "V"]
    # A description that announces the list ("… - Two Matters:") makes the numbers after it its parts: see
    # test_a_bold_title_ending_in_a_colon_runs_on_and_its_smaller_numbered_parts_are_no_items.


def test_membership_under_offices_as_labels_and_a_list_of_titled_names():
    # Probe of a New Zealand committee's notice of meeting: offices as labels, then members each with their title.
    record = parse(styled([
        (42.5, 40.0, "Infrastructure and Services Committee", 13.0, True), (42.5, 60.0, "Date: Wednesday 14 August 2024", 11.0, False),
        (42.5, 90.0, "Membership", 11.0, True), (42.5, 104.0, "Chairperson: Cr Mary Tane", 10.0, False),
        (42.5, 118.0, "Deputy Chairperson: Cr John Walsh", 10.0, False),
        (42.5, 132.0, "Members: Mayor Sam Rowe, Cr Ana Pohatu, Cr Peter Lee", 10.0, False),
        (42.5, 160.0, "ORDER OF BUSINESS", 12.0, True), (42.5, 180.0, "1) Karakia", 11.0, False),
        (42.5, 196.0, "2) Apologies", 11.0, False), (42.5, 212.0, "3) Declarations of Interest", 11.0, False)]))
    assert [(m.name, m.role) for m in record.members] == [
        ("Mary Tane", "Chairperson"), ("John Walsh", "Deputy Chairperson"), ("Sam Rowe", "Mayor"), ("Ana Pohatu", None),
        ("Peter Lee", None)]
    assert [i.title for i in record.items] == ["Karakia", "Apologies", "Declarations of Interest"]
    # A name and its office after a comma is one member, not a list of two.
    assert [(p.name, p.role) for p in _people("Kim James, Chief Operating Officer")] == [("Kim James", "Chief Operating Officer")]


def test_items_of_a_sections_sub_sections_are_numbered_in_three_parts():
    # Probe of an Australian shire's agenda: "4. REPORTS OF OFFICERS" / "4.1 Corporate Services" / "4.1.1 …".
    record = parse(styled([
        (230.0, 40.0, "AGENDA", 14.0, True), (42.5, 100.0, "3. CONFIRMATION OF MINUTES", 11.0, True),
        (56.7, 116.0, "3.1 Ordinary Council Meeting held 25 January 2024", 11.0, False),
        (42.5, 132.0, "4. REPORTS OF OFFICERS", 11.0, True), (56.7, 148.0, "4.1 Corporate Services", 11.0, True),
        (70.9, 164.0, "4.1.1 Monthly Financial Statements - January 2024", 11.0, False),
        (70.9, 180.0, "4.1.2 List of Accounts Paid - January 2024", 11.0, False),
        (56.7, 196.0, "4.2 Infrastructure Services", 11.0, True),
        (70.9, 212.0, "4.2.1 Tender RFT 03/2024 Road Resealing Program", 11.0, False),
        (42.5, 228.0, "5. CLOSURE", 11.0, True)]))
    assert [i.number for i in record.items] == ["3", "3.1", "4", "4.1", "4.1.1", "4.1.2", "4.2", "4.2.1", "5"]
    # A date set with dots is no number of three parts.
    assert read_label("14.03.2024 Site visit") is None


def test_the_items_listed_then_printed_again_in_full_are_listed_once():
    # Probe of an Australian "Ordinary Council Meeting" agenda: an order of business, then each item again in
    # capitals with its report; the list ends where its numbers start again over the same titles.
    listed = [(42.5, 100.0 + 14 * n, f"{n} {title}", 10.0, False)
              for n, title in enumerate(["Opening Prayer", "Apologies", "Confirmation of Minutes", "Close of Meeting"], 1)]
    full = [(42.5, 100.0 + 40 * n, f"{n} {title}", 11.0, True)
            for n, title in enumerate(["OPENING PRAYER", "APOLOGIES", "CONFIRMATION OF MINUTES", "CLOSE OF MEETING"], 1)]
    record = parse(styled([(230.0, 40.0, "AGENDA", 14.0, True)] + listed), styled(full, number=2))
    assert [i.number for i in record.items] == ["1", "2", "3", "4"]
    # A table of contents (a New Zealand notice of meeting) sets dot leaders and pages after its titles.
    contents = [(42.5, 100.0 + 14 * n, f"{n} {title} .............. {n + 2}", 10.0, False)
                for n, title in enumerate(["Apologies", "Conflict of Interest Declarations", "Reports"], 1)]
    full = [(42.5, 100.0 + 40 * n, f"{n} {title}", 11.0, True)
            for n, title in enumerate(["APOLOGIES", "CONFLICT OF INTEREST DECLARATIONS", "REPORTS"], 1)]
    record = parse(styled([(230.0, 40.0, "TABLE OF CONTENTS", 14.0, True)] + contents), styled(full, number=2))
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Apologies"), ("2", "Conflict of Interest Declarations"), ("3", "Reports")]
    # Sections numbered afresh under headings of their own are items all.
    sections = parse(styled([(230.0, 40.0, "AGENDA", 14.0, True), (42.5, 80.0, "OPEN SESSION", 11.0, True),
                             (42.5, 100.0, "1 Apologies", 10.0, False), (42.5, 114.0, "2 Minutes", 10.0, False),
                             (42.5, 140.0, "CLOSED SESSION", 11.0, True), (42.5, 160.0, "1 Staff Matters", 10.0, False),
                             (42.5, 174.0, "2 Property Disposal", 10.0, False)]))
    assert [i.title for i in sections.items] == ["Apologies", "Minutes", "Staff Matters", "Property Disposal"]


def test_an_item_number_on_a_line_of_its_own_over_its_title():
    # Probe of a New England select board's agenda: "Item 4" in bold, the title under it, a note under that.
    rows = [(190.0, 40.0, "SELECT BOARD MEETING AGENDA", 13.0, True), (42.5, 60.0, "Monday, June 3, 2024, 6:30 PM", 11.0, False)]
    for n, (title, note) in enumerate([("Call to Order", None), ("Approval of Minutes of May 20, 2024", None),
                                       ("Fire Station Roof Replacement Bid Award", "The Town received four bids."),
                                       ("Adjourn", None)], 1):
        top = 60.0 + 40 * n
        rows += [(42.5, top, f"Item {n}", 11.0, True), (42.5, top + 14, title, 11.0, False)]
        rows += [(42.5, top + 26, note, 10.0, False)] if note else []
    record = parse(styled(rows))
    assert [(i.number, i.title, i.description) for i in record.items] == [
        ("1", "Call to Order", None), ("2", "Approval of Minutes of May 20, 2024", None),
        ("3", "Fire Station Roof Replacement Bid Award", "The Town received four bids."), ("4", "Adjourn", None)]
    # A paper's item stamp on its page's first line is no item of the agenda.
    stamped = styled([(480.0, 30.0, "Agenda Item 3", 10.0, False), (42.5, 60.0, "Budget Monitoring Report", 12.0, True)], number=2)
    assert agenda._candidates(rows_of([stamped])) == []


def test_a_link_to_an_attached_file_under_a_title_is_none_of_it():
    # cc_palmdale-measure-av-committee_agenda_2022-11-30 (a scan), page 2: the title fills its second line, then
    # the link to the presentation, underlined.
    record = parse(styled([
        (200.0, 40.0, "MEASURE AV OVERSIGHT COMMITTEE AGENDA", 13.0, True),
        (54.0, 100.0, "6. PRESENTATION", 11.3, True),
        (78.0, 132.0, "6.1 Presentation of \"Say it, Don't Spray it\" campaign - City of Palmdale Graffiti", 11.3, False),
        (117.0, 148.0, "Abatement Efforts. (Staff Reference: Community Compliance Manager Gallagher)", 11.3, False),
        (103.0, 164.0, "Say it, Don't Spray it - Graffiti Presentation 11-2022.pdf", 11.3, False),
        (54.0, 195.0, "7. NEW BUSINESS", 11.3, True)]))
    assert record.items[1].title == ("Presentation of \"Say it, Don't Spray it\" campaign - City of Palmdale Graffiti "
                                     "Abatement Efforts. (Staff Reference: Community Compliance Manager Gallagher)")
    assert record.items[1].description == "Say it, Don't Spray it - Graffiti Presentation 11-2022.pdf"


def test_a_title_whose_line_is_full_at_a_pages_foot_runs_on_at_the_top_of_the_next():
    # Probe of a US county board's agenda: item 7's title wraps over the page turn, under the running header.
    first = styled([(190.0, 40.0, "REGULAR MEETING AGENDA", 13.0, True),
                    (45.0, 700.0, "6. Approve Agreement with Riverton Water District", 11.0, True),
                    (45.0, 758.0, "7. Adopt Resolution Approving the Issuance of Lease Revenue Bonds for the", 11.0, True)])
    second = styled([(60.0, 59.0, "Construction of the New Public Safety Building", 11.0, True),
                     (65.0, 80.0, "Staff recommends that the Board adopt the resolution.", 10.0, False),
                     (45.0, 114.0, "8. Budget Workshop for Fiscal Year 2024-25", 11.0, True)], number=2)
    record = parse(first, second)
    assert record.items[1].title == ("Adopt Resolution Approving the Issuance of Lease Revenue Bonds for the Construction "
                                     "of the New Public Safety Building")
    # A title that ended short of the edge ends there; the next page opens with what is under it.
    short = styled([(190.0, 40.0, "REGULAR MEETING AGENDA", 13.0, True),
                    (45.0, 700.0, "6. Approve Agreement with Riverton Water District for Groundwater Monitoring", 11.0, True),
                    (45.0, 758.0, "7. Budget Workshop", 11.0, True)])
    assert parse(short, second).items[1].title == "Budget Workshop"


def test_members_named_after_a_label_of_their_seat():
    # Probes of US boards' front sheets: the members after "Board Members:" / "Councilmembers:", offices in brackets.
    record = parse(styled([
        (190.0, 40.0, "BOARD OF DIRECTORS REGULAR MEETING AGENDA", 13.0, True),
        (42.5, 70.0, "Board Members: Jane Doe (President), John Smith (Vice President), Amy Brown, Carl Davis", 10.0, False),
        (42.5, 100.0, "1. CALL TO ORDER", 11.0, True), (42.5, 116.0, "2. ROLL CALL", 11.0, True)]))
    assert [(m.name, m.role) for m in record.members] == [
        ("Jane Doe", "President"), ("John Smith", "Vice President"), ("Amy Brown", None), ("Carl Davis", None)]
    # Those present at a meeting are its attendance, not the body's membership.
    present = parse(styled([(190.0, 40.0, "BOARD OF DIRECTORS REGULAR MEETING AGENDA", 13.0, True),
                            (42.5, 70.0, "Board Members Present: Jane Doe, John Smith", 10.0, False),
                            (42.5, 100.0, "1. CALL TO ORDER", 11.0, True)]))
    assert present.members == []


def test_items_timed_before_their_numbers():
    # Probe of a village board's order of business: each line opens with the time the item is taken at.
    record = parse(styled([(190.0, 40.0, "BOARD OF TRUSTEES MEETING AGENDA", 13.0, True)] + [
        (42.5, 80.0 + 16 * n, f"{time}   {n}. {title}", 11.0, False)
        for n, (time, title) in enumerate([("7:00 p.m.", "Call to Order"), ("7:05 p.m.", "Public Comment"),
                                           ("8:00 p.m.", "Budget Amendment No. 2")], 1)]))
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Call to Order"), ("2", "Public Comment"), ("3", "Budget Amendment No. 2")]
    # A time before a title with no number numbers nothing.
    assert agenda._label_after_time("7:00 p.m. Call to Order") is None


def test_items_numbered_with_a_nought_after_the_point_over_their_sub_items():
    # Probe of a US planning commission's agenda: "3.0 CONSENT CALENDAR" over "3.1 …", "3.2 …".
    record = parse(styled([
        (190.0, 40.0, "PLANNING COMMISSION AGENDA", 13.0, True), (42.5, 80.0, "1.0 CALL TO ORDER", 11.0, True),
        (42.5, 96.0, "2.0 CONSENT CALENDAR", 11.0, True), (62.4, 112.0, "2.1 Minutes of June 12, 2024", 10.0, False),
        (62.4, 128.0, "2.2 Minutes of June 26, 2024", 10.0, False), (42.5, 144.0, "3.0 ADJOURNMENT", 11.0, True)]))
    assert [i.number for i in record.items] == ["1.0", "2.0", "2.1", "2.2", "3.0"]
    # Only a nought: "2.5" is the fifth item under item 2.
    assert read_label("2.5 Minutes").shape == "1.1"


def test_members_under_a_heading_naming_the_committee_their_list_wrapped_before_its_and():
    # Probe of a UK district council's front sheet: "Members of the Committee:" over the councillors, wrapped.
    record = parse(styled([
        (42.5, 40.0, "Licensing Committee", 13.0, True), (42.5, 60.0, "Date: Monday 9 December 2024", 11.0, False),
        (42.5, 90.0, "Members of the Committee:", 11.0, True),
        (42.5, 104.0, "Councillor R Patel (Chairman), Councillor S Green (Vice-Chairman), Councillors T Hughes, P Singh", 10.0, False),
        (42.5, 116.0, "and A Wood", 10.0, False), (42.5, 140.0, "AGENDA", 13.0, True),
        (42.5, 160.0, "1. Apologies for Absence", 11.0, False), (42.5, 176.0, "2. Declarations of Interest", 11.0, False)]))
    assert [m.name for m in record.members] == ["R Patel", "S Green", "T Hughes", "P Singh", "A Wood"]


def test_an_asterisk_against_an_items_number_marks_it_and_numbers_it_still():
    # Probe of a US city council agenda: "*" marks the items for action.
    record = parse(styled([(190.0, 40.0, "CITY COUNCIL AGENDA", 13.0, True), (42.5, 80.0, "4. PUBLIC COMMENT", 11.0, True),
                           (42.5, 96.0, "*5. Approval of the Minutes of the Regular Meeting of May 6, 2024", 11.0, True),
                           (42.5, 112.0, "*6. Resolution 2024-22 Approving the Purchase of a Street Sweeper", 11.0, True),
                           (42.5, 128.0, "7. ADJOURNMENT", 11.0, True)]))
    assert [(i.number, i.title[:21]) for i in record.items] == [
        ("4", "PUBLIC COMMENT"), ("5", "Approval of the Minut"), ("6", "Resolution 2024-22 Ap"), ("7", "ADJOURNMENT")]
    # An asterisk set apart is a bullet, not part of a number.
    assert read_label("* 5 Councillors were present") is None


def _opening(*texts):
    return page([(72.0, 60.0 + 16 * i, text) for i, text in enumerate(texts)] +
                [(72.0, 300.0, "1. Call to Order"), (72.0, 320.0, "2. Roll Call"), (72.0, 340.0, "3. Adjournment")])


@pytest.mark.parametrize("opening, venue", [
    # cc_rosemead_agenda_2022-11-08: the place's name, its street and its town with the ZIP code, a line each
    (["Rosemead", "City Council", "AGENDA", "November 8, 2022", "7:00 PM", "City Hall Council Chambers",
      "8838 E. Valley Blvd.", "Rosemead, CA 91770"], "City Hall Council Chambers, 8838 E. Valley Blvd., Rosemead, CA 91770"),
    # cc_kent-cc_agenda_2025-01-30: the contact fields printed in a column beside the address lines
    (["AGENDA", "CABINET", "Thursday, 30th January, 2025, at 10.00 am Ask for: Georgina Little",
      "Council Chamber, Sessions House, Telephone: Tel: 03000 414043", "County Hall, Maidstone Email:"],
     "Council Chamber, Sessions House, County Hall, Maidstone"),
    # cc_kent-cc_agenda_2025-03-13: a summons names the place in its sentence, over a letterhead's address
    (["DEMOCRATIC SERVICES", "SESSIONS HOUSE", "MAIDSTONE", "Wednesday, 5 March 2025", "To: All Members of the County Council",
      "A meeting of the County Council will be held in the Council Chamber, County Hall,",
      "Maidstone, Kent, ME14 1XQ on Thursday, 13th March, 2025 at 10.00 am to deal with the"],
     "Council Chamber, County Hall, Maidstone, Kent, ME14 1XQ"),
    # an Australian shire's front sheet: the time's own line between the date and the place
    (["Riverbend Shire Council", "Ordinary Council Meeting", "Wednesday 17 April 2024", "Commencing at 9:30am",
      "Council Chambers, 22 Bridge Street, Riverbend"], "Council Chambers, 22 Bridge Street, Riverbend"),
    # uk_milburn-pc_agenda_2017-03-07: the village hall under the date, no street
    (["MILBURN PARISH COUNCIL", "NEXT MEETING TO BE HELD ON TUESDAY,", "7th MARCH 2017 @ 7.30pm", "MILBURN VILLAGE HALL",
      "AGENDA"], "Milburn Village Hall"),
])
def test_the_venue_from_a_notices_sentence_or_the_title_blocks_address_lines(opening, venue):
    assert parse(_opening(*opening)).venue == venue


def test_bold_lettered_sections_over_plain_numbered_items_are_items_too(tmp_path):
    # A US city council's agenda: "A. CONSENT CALENDAR" in bold, the items under it plain and numbered on
    # through the sections. A list in plainer type than the items is still none of them ("1. IN PERSON").
    text = ("**CITY OF MAPLE GROVE**\n**CITY COUNCIL REGULAR MEETING AGENDA**\n**Tuesday, March 12, 2024 - 7:00 PM**\n"
            "**A. CONSENT CALENDAR**\n1. Approve the Minutes of the Regular Meeting of February 27, 2024\n"
            "2. Adopt Resolution No. 2024-15 Authorizing the Sale of Surplus Vehicles\n**B. PUBLIC HEARINGS**\n"
            "3. Introduce Ordinance No. 1102 Amending Chapter 17 of the Municipal Code\n**C. NEW BUSINESS**\n"
            "4. Appointment to the Planning Commission\n")
    pdf = read_pdf(render_text(text, tmp_path / "agenda.pdf"))
    [span] = split(pdf)
    record = agenda.parse(span, pdf)
    assert [(i.number, i.title) for i in record.items] == [
        ("A", "CONSENT CALENDAR"), ("1", "Approve the Minutes of the Regular Meeting of February 27, 2024"),
        ("2", "Adopt Resolution No. 2024-15 Authorizing the Sale of Surplus Vehicles"), ("B", "PUBLIC HEARINGS"),
        ("3", "Introduce Ordinance No. 1102 Amending Chapter 17 of the Municipal Code"), ("C", "NEW BUSINESS"),
        ("4", "Appointment to the Planning Commission")]


@pytest.mark.parametrize("text, start, venue, items", [
    # an English town council: items "ITEM 1 APOLOGIES", the notice's sentence on a bold line that wraps
    ("**Harrowgate Town Council**\n**Finance and General Purposes Committee**\n"
     "**Meeting to be held on Monday 3rd June 2024 at 7pm in the Council Chamber, Town Hall, Harrowgate**\n"
     "**AGENDA**\n**ITEM 1 APOLOGIES**\nTo receive apologies for absence.\n**ITEM 2 DECLARATIONS OF INTEREST**\n"
     "**ITEM 3 MINUTES**\n", "19:00", "Council Chamber, Town Hall, Harrowgate", ["1", "2", "3"]),
    # a Scottish community council: a 24-hour time, "1)" items
    ("**Lindale Community Council**\n**Notice of Meeting**\n"
     "**The next meeting will be held on 14/05/2024 at 19:00 in Lindale Village Hall.**\n**Agenda**\n"
     "1) Welcome and apologies\n2) Minutes of previous meeting\n3) Matters arising\n",
     "19:00", "Lindale Village Hall", ["1", "2", "3"]),
    # a New Zealand notice of meeting: the venue under a "Meeting Room:" label
    ("**Kowhai District Council**\n**Notice of an Ordinary Meeting of the Infrastructure Committee**\n"
     "**Date: Thursday 6 June 2024**\n**Time: 10.00am**\n**Meeting Room: Council Chamber, 15 Rata Street, Kowhai**\n"
     "**1. Apologies**\n**2. Conflict of Interest Declarations**\n**3. Confirmation of Minutes**\n",
     "10:00", "Council Chamber, 15 Rata Street, Kowhai", ["1", "2", "3"]),
])
def test_front_sheets_of_town_community_and_new_zealand_councils(tmp_path, text, start, venue, items):
    pdf = read_pdf(render_text(text, tmp_path / "agenda.pdf"))
    [span] = split(pdf)
    record = agenda.parse(span, pdf)
    assert (record.start, record.venue, [i.number for i in record.items]) == (start, venue, items)


def test_an_unnumbered_heading_between_items_is_the_section_of_the_items_after_it():
    # Probe of an English district's planning agenda (bold headings at the numbers' margin, as Omaha's "LIQUOR" and
    # Cuyahoga's "REGULAR ACTIONS OF THE BOARD:" are set): the heading is none of the item above it.
    record = parse(styled([
        (42.5, 40.0, "Planning Committee", 14.0, True), (42.5, 60.0, "Date: Tuesday, 14 October 2025", 11.0, False),
        (42.5, 100.0, "1. Minutes (Pages 5 - 12)", 11.0, True),
        (42.5, 116.0, "To confirm the minutes of the meeting held on 9 September 2025.", 11.0, False),
        (42.5, 140.0, "PLANNING APPLICATIONS", 11.0, True),
        (42.5, 164.0, "2. 25/00412/FUL – Land at Mill Lane, Wesbury (Pages 13 - 30)", 11.0, True),
        (42.5, 180.0, "Erection of 24 dwellings.", 11.0, False),
        (42.5, 204.0, "3. 25/00588/HOU – 12 Orchard Close (Pages 31 - 38)", 11.0, True),
        (42.5, 228.0, "PART B – EXEMPT", 11.0, True), (42.5, 252.0, "4. Enforcement Update", 11.0, True)]))
    assert [(i.number, i.description, i.section) for i in record.items] == [
        ("1", "To confirm the minutes of the meeting held on 9 September 2025.", None),
        ("2", "Erection of 24 dwellings.", "PLANNING APPLICATIONS"), ("3", None, "PLANNING APPLICATIONS"),
        ("4", None, "PART B – EXEMPT")]
    assert [item.exempt for item in record.items] == [False, False, False, True]  # read with the heading in place
    headings = [block.text for block in record.content if isinstance(block, Heading)]
    assert headings[-2:] == ["PLANNING APPLICATIONS", "PART B – EXEMPT"]  # kept in the body


def test_a_line_of_the_description_set_as_it_is_is_no_section_heading():
    # Counter-examples: a US item's description in capitals ends in a capitals line of its own type; a line
    # indented under the title; a line right under the one above (no heading's space above it).
    record = parse(styled([
        (190.0, 40.0, "CITY COUNCIL AGENDA", 14.0, True),
        (42.5, 100.0, "1. Ord. to approve a PUD Overlay District", 11.0, False),
        (42.5, 116.0, "((PUBLIC HEARING TODAY))", 11.0, False), (42.5, 140.0, "((CAN BE PASSED TODAY))", 11.0, False),
        (42.5, 164.0, "2. Award of contract", 11.0, False), (90.0, 188.0, "STAFF RECOMMENDATION", 11.0, True),
        (42.5, 212.0, "3. Street works programme", 11.0, False),
        (42.5, 228.0, "Report of the Director", 11.0, False), (42.5, 242.0, "HIGHWAYS", 11.0, True),
        (42.5, 266.0, "4. Adjournment", 11.0, False)]))
    assert [i.section for i in record.items] == [None] * 4
    assert [i.description for i in record.items][1:] == ["STAFF RECOMMENDATION", "Report of the Director HIGHWAYS", None]
    assert record.items[0].description.endswith("((CAN BE PASSED TODAY))")


def test_a_bold_title_and_its_plain_description_on_one_line_part_where_the_bold_ends(tmp_path):
    # Probe of an English borough's cabinet agenda, rendered: "**4. Budget 2026/27** Report of the Director …"; a bold
    # label ending in a colon is the lead of the title after it (Hermosa Beach's "MINUTES: Approval of minutes …"),
    # and a page range after the bold is still the title's (see ITEM_PAGES).
    text = ("**Northmoor Borough Council**\n**Cabinet**\nThursday, 5 February 2026 at 7.00 pm\n**AGENDA**\n"
            "**1. Apologies for absence** To receive any apologies for absence.\n"
            "**2. Minutes** (Pages 5 - 12)\n**3. Budget 2026/27** Report of the Director of Finance.\n"
            "**4. MINUTES:** Approval of minutes of the special meeting held on 8 January 2026.\n")
    pdf = read_pdf(render_text(text, tmp_path / "cabinet.pdf"))
    (span,) = split(pdf)
    record = agenda.parse(span, pdf)
    assert [(i.title, i.pages, i.description) for i in record.items] == [
        ("Apologies for absence", None, "To receive any apologies for absence."), ("Minutes", "5 - 12", None),
        ("Budget 2026/27", None, "Report of the Director of Finance."),
        ("MINUTES: Approval of minutes of the special meeting held on 8 January 2026.", None, None)]
    assert [line.bold_words for line in pdf.pages[0].lines if line.text.startswith("3.")] == [3]
    assert [line.bold_words for line in pdf.pages[0].lines if line.text.startswith("Cabinet")] == [0]  # all bold


def test_a_page_column_labelled_pages_gives_the_items_pages_not_its_description():
    # Probes of an English borough's licensing agenda ("Pages 5 - 12" under the title, "Page 41" for one page) and
    # a Scottish council's ("Pages 11 - 20" in the page column, the report's byline under it).
    record = parse(styled([
        (42.5, 40.0, "Licensing Committee", 14.0, True), (42.5, 60.0, "Monday, 9 March 2026 at 10.00 am", 11.0, False),
        (42.5, 100.0, "1. Minutes of the previous meeting", 11.0, True), (42.5, 116.0, "Pages 5 - 12", 11.0, False),
        (42.5, 132.0, "To approve the minutes of the meeting held on 2 February 2026.", 11.0, False),
        (42.5, 156.0, "2. Gambling Act Fees", 11.0, True), (42.5, 172.0, "Page 41", 11.0, False),
        (42.5, 196.0, "3. Revenue Budget Monitoring 2025/26 Pages 11 – 20", 11.0, True),
        (42.5, 212.0, "Report by Executive Director (Finance and Corporate Resources)", 11.0, False),
        (42.5, 236.0, "4. Parking charges", 11.0, True),
        (42.5, 252.0, "The proposed charges are as set out on page 12", 11.0, False)]))
    assert [(i.title, i.pages, i.description) for i in record.items] == [
        ("Minutes of the previous meeting", "5 - 12", "To approve the minutes of the meeting held on 2 February 2026."),
        ("Gambling Act Fees", "41", None),
        ("Revenue Budget Monitoring 2025/26", "11 - 20", "Report by Executive Director (Finance and Corporate Resources)"),
        ("Parking charges", None, "The proposed charges are as set out on page 12")]


@pytest.mark.parametrize("printed, title, report", [
    # Scottish councils' agendas cite each item's paper by its number after the title (Angus's "(Report No 45/26)",
    # Dundee's "Report No 112-2026"); English districts' after a dash ("– Report CS-2023-14").
    ("Revenue Budget 2024/25 (Report No. FIN/24/03)", "Revenue Budget 2024/25", "FIN/24/03"),
    ("Capital Strategy – Report CS-2023-14", "Capital Strategy", "CS-2023-14"),
    ("Housing Revenue Account (Report No 112-2026)", "Housing Revenue Account", "112-2026"),
    # Counter-examples: a year after "Report" is the report's year; "(Report 2)" is a title's own.
    ("Statement of Accounts – Report 2023/24", "Statement of Accounts – Report 2023/24", None),
    ("Options Appraisal (Report 2)", "Options Appraisal (Report 2)", None),
])
def test_the_report_number_printed_after_a_title_is_the_items_report_not_its_title(printed, title, report):
    from extract.model import AgendaItem

    item = AgendaItem(number="1", title=printed)
    agenda._report_number(item)
    assert (item.title, item.report) == (title, report)


def test_a_report_number_before_the_page_range_of_a_front_sheets_item():
    # The page range after the report's number ("– Report CS-2023-14 (Pages 21 - 30)") is the item's pages.
    record = parse(page([(200.0, 40.0, "Policy and Resources Committee"), (200.0, 60.0, "Tuesday, 10 March 2026 at 10.00 am"),
                         (72.0, 100.0, "1. Capital Strategy – Report CS-2023-14 (Pages 21 - 30)"),
                         (72.0, 130.0, "2. Any Other Business")]))
    assert (record.items[0].title, record.items[0].report, record.items[0].pages) == (
        "Capital Strategy", "CS-2023-14", "21 - 30")


def test_a_page_number_alone_in_a_column_right_of_the_titles_is_the_items_page():
    # The layout of InfoCouncil's order of business and of ModernGov's and CMIS's page column: each item's page in a
    # column of its own right of the titles, on the title's line or, where the cell centres it, a line lower in
    # smaller type. A title's own last figure ("… New Fire Station 3", a US council's) stands in no such column.
    record = parse(columns([
        (200.0, 400.0, 40.0, "ORDINARY COUNCIL MEETING", 14.0, True, ()),
        (200.0, 380.0, 62.0, "Tuesday 12 March 2024 at 6.30pm", 11.0, False, ()),
        (60.0, 527.0, 131.6, "1 Apologies 5", 11.0, False, ((1, 90.0), (2, 520.0))),
        (60.0, 534.0, 161.6, "2 Confirmation of Minutes 12", 11.0, False, ((1, 90.0), (4, 520.0))),
        (60.0, 534.0, 191.6, "3 Revenue Budget Monitoring Report for the Quarter Ended 31 19", 11.0, False,
         ((1, 90.0), (10, 520.0))),
        (90.0, 299.6, 205.6, "December 2023 and Forecast Outturn", 11.0, False, ()),
        (60.0, 245.6, 235.6, "4 Capital Programme 2024/25", 11.0, False, ((1, 90.0),)),
        (520.0, 531.4, 240.1, "26", 9.0, False, ()),
        (60.0, 420.0, 265.1, "5 Approve an Interfund Loan for a New Fire Station 3", 11.0, False, ((1, 90.0),))]))
    assert [(i.title, i.pages) for i in record.items] == [
        ("Apologies", "5"), ("Confirmation of Minutes", "12"),
        ("Revenue Budget Monitoring Report for the Quarter Ended 31 December 2023 and Forecast Outturn", "19"),
        ("Capital Programme 2024/25", "26"), ("Approve an Interfund Loan for a New Fire Station 3", None)]
    # One figure so placed is no column: it stays where it was printed.
    single = parse(columns([
        (200.0, 400.0, 40.0, "ORDINARY COUNCIL MEETING", 14.0, True, ()),
        (60.0, 527.0, 131.6, "1 Apologies 5", 11.0, False, ((1, 90.0), (2, 520.0))),
        (60.0, 245.6, 161.6, "2 Minutes of the last meeting", 11.0, False, ((1, 90.0),)),
        (295.0, 301.0, 800.0, "2", 9.0, False, ())]))  # the page's own number at its foot
    assert [(i.title, i.pages) for i in single.items] == [("Apologies 5", None), ("Minutes of the last meeting", None)]


@pytest.mark.parametrize("letterhead, body", [("", None), ("**Mid Wessex District Council**\n", "Mid Wessex District Council")])
def test_an_authority_named_only_in_a_logo_is_left_for_review_not_guessed(tmp_path, letterhead, body):
    # Probes of an English district's and a borough's agendas whose council's name is the logo's picture: no text
    # names it (the venue and the e-mail address name places, no council), so the officer is asked for it.
    from extract.parse import UNNAMED_AUTHORITY, parse_span

    text = (f"{letterhead}**Planning Committee**\nDate: Tuesday, 14 October 2025\nVenue: Council Chamber, Riverside House, "
            "Wesbury\n**AGENDA**\n1. Apologies for Absence\n2. Minutes\n"
            "Contact: Jo Smith, democratic.services@midwessex.gov.uk\n")
    pdf = read_pdf(render_text(text, tmp_path / "agenda.pdf"))
    (record,) = [parse_span(span, pdf) for span in split(pdf)]
    assert record.body == body
    assert [(r.field, r.why) for r in record.review if r.field == "body"] == ([] if body else [("body", UNNAMED_AUTHORITY)])


def test_the_front_sheets_contact_field_after_the_items_ends_them_unless_each_item_names_its_officer():
    # Probes of English district front sheets: "Contact: …" under the last item is the agenda's contact; where every
    # item names its contact officer so, each is its item's.
    record = parse(styled([
        (42.5, 40.0, "Overview and Scrutiny Committee", 14.0, True), (42.5, 60.0, "Wednesday, 21 January 2026", 11.0, False),
        (42.5, 100.0, "1. Apologies for Absence", 11.0, False), (42.5, 124.0, "2. Work Programme", 11.0, False),
        (42.5, 140.0, "To consider the committee's work programme.", 11.0, False),
        (42.5, 164.0, "Contact: Sam Patel, Democratic Services Officer, sam.patel@eastbridge.gov.uk", 11.0, False)]))
    assert [i.description for i in record.items] == [None, "To consider the committee's work programme."]
    assert (record.contact.name, record.contact.email) == ("Sam Patel", "sam.patel@eastbridge.gov.uk")
    record = parse(styled([
        (42.5, 40.0, "Cabinet", 14.0, True), (42.5, 60.0, "Thursday, 5 February 2026", 11.0, False),
        (42.5, 100.0, "1. Apologies", 11.0, False), (42.5, 124.0, "2. Minutes", 11.0, False),
        (42.5, 148.0, "3. Budget 2026/27", 11.0, False), (42.5, 164.0, "Contact Officer: Ann Lee, Director of Finance", 11.0, False),
        (42.5, 188.0, "4. Local Plan", 11.0, False), (42.5, 204.0, "Contact Officer: Raj Dev, Head of Planning", 11.0, False)]))
    assert [i.description for i in record.items] == [None, None, "Contact Officer: Ann Lee, Director of Finance",
                                                     "Contact Officer: Raj Dev, Head of Planning"]


def test_the_date_of_the_next_meeting_under_the_items_ends_them_unless_it_is_numbered_as_one():
    # Probes of a combined authority's board agenda and an English parish's: "Date of next meeting: …" closes the
    # list (kept in the body); numbered, it is the last item.
    rows = [(42.5, 40.0, "Combined Authority Board", 14.0, True), (42.5, 60.0, "Friday, 27 February 2026", 11.0, False),
            (42.5, 100.0, "1. Apologies for absence", 11.0, False), (42.5, 124.0, "2. Forward Plan", 11.0, False)]
    record = parse(styled(rows + [(42.5, 148.0, "Date of next meeting: Friday, 27 March 2026", 11.0, False)]))
    assert [(i.title, i.description) for i in record.items] == [("Apologies for absence", None), ("Forward Plan", None)]
    assert any("Date of next meeting" in getattr(block, "text", "") for block in record.content)
    record = parse(styled(rows + [(42.5, 148.0, "3. Date of next meeting: Tuesday 14th April 2026.", 11.0, False)]))
    assert record.items[-1].title == "Date of next meeting: Tuesday 14th April 2026."


@pytest.mark.parametrize("dated, venue", [
    ("Tuesday 17 February 2026 at 10.00 am, Council Chamber, Forfar", "Council Chamber, Forfar"),  # a Scottish council
    ("Thursday 12 March 2026 at 7.00 pm in the Council Chamber, Civic Centre", "Council Chamber, Civic Centre"),  # English
    ("Thursday 12 March 2026 at 7.00 pm (or on the rising of the Cabinet)", None),  # no place after the time
])
def test_the_place_printed_after_the_date_and_time_on_their_line_is_the_venue(dated, venue):
    record = parse(styled([(42.5, 40.0, "Policy and Resources Committee", 14.0, True), (42.5, 60.0, dated, 11.0, False),
                           (42.5, 84.0, "Agenda", 12.0, True), (42.5, 110.0, "1. Apologies", 11.0, False),
                           (42.5, 134.0, "2. Minutes", 11.0, False)]))
    assert record.venue == venue


@pytest.mark.parametrize("under", [
    ["Clerk Name: Stuart McLeod", "Clerk Telephone: 01307 473000", "Clerk Email: stuart.mcleod@strathmore.gov.uk"],  # Scottish
    ["Stuart McLeod, Democratic Services Officer", "Tel: 01307 473000", "Email: stuart.mcleod@strathmore.gov.uk"],  # English
])
def test_the_contact_named_under_a_line_asking_the_reader_to_contact_them(under):
    rows = [(42.5, 40.0, "Policy and Resources Committee", 14.0, True), (42.5, 60.0, "Tuesday 17 February 2026", 11.0, False),
            (42.5, 100.0, "1. Apologies", 11.0, False), (42.5, 124.0, "2. Minutes", 11.0, False),
            (42.5, 148.0, "For further information, please contact:", 11.0, True)]
    record = parse(styled(rows + [(42.5, 162.0 + 14 * i, text, 11.0, False) for i, text in enumerate(under)]))
    assert (record.contact.name, record.contact.email, record.contact.phone) == (
        "Stuart McLeod", "stuart.mcleod@strathmore.gov.uk", "01307 473000")
    assert [i.description for i in record.items] == [None, None]


def test_a_row_of_an_items_table_holding_only_a_heading_is_the_section_of_the_rows_after_it():
    # Probe of an English district's ruled items table: "PART B – EXEMPT ITEMS" alone in the number's column. A lead
    # officer's cell alone under an item, right of the titles' column, is still its description.
    from extract.read import TableRegion

    table = TableRegion(top=120.0, bottom=220.0, rows=[
        ["Item", "Business", "Pages"], ["1", "Apologies for Absence", ""], ["", "", "CHAIR"],
        ["2", "Gambling Act Fees", "41 - 44"], ["PART B – EXEMPT ITEMS", "", ""],
        ["3", "Licence Review – Premises at 12 High Street", "45 - 60"]])
    sheet = Page(number=1, width=595, height=842, tables=[table], lines=[
        Line(text="Licensing Committee", x0=31.0, x1=205.0, top=31.0, bottom=42.0, size=11.0, bold=True),
        Line(text="AGENDA", x0=31.0, x1=83.0, top=53.7, bottom=64.7, size=11.0, bold=True)])
    record = parse(sheet)
    assert [(i.number, i.description, i.section, i.exempt) for i in record.items] == [
        ("1", "CHAIR", None, False), ("2", None, None, False), ("3", None, "PART B – EXEMPT ITEMS", True)]


def test_a_welsh_front_sheets_page_ranges():
    # Probe of a Welsh county's bilingual front sheet: "(Tudalennau 5 - 12)", "Tudalen 41" as the English "Pages".
    record = parse(styled([
        (42.5, 40.0, "Pwyllgor Cynllunio / Planning Committee", 14.0, True), (42.5, 60.0, "Dydd Llun, 9 Mawrth 2026", 11.0, False),
        (42.5, 100.0, "1. Cofnodion / Minutes (Tudalennau 5 - 12)", 11.0, True),
        (42.5, 124.0, "2. Ceisiadau cynllunio / Planning applications", 11.0, True), (42.5, 140.0, "Tudalen 41", 11.0, False)]))
    assert [(i.title, i.pages) for i in record.items] == [("Cofnodion / Minutes", "5 - 12"),
                                                           ("Ceisiadau cynllunio / Planning applications", "41")]


@pytest.mark.parametrize("signed,signer", [
    ("Donné à Saint-Alphonse-Rodriguez, le 26 février 2026.", "Marie-Claude Gagnon, directrice générale"),  # Quebec
    ("Kannonkoskella 10.3.2026", "Kunnanhallituksen puheenjohtaja Mikko Virtanen"),  # a Finnish kokouskutsu
    ("Närpes 11.3.2026", "Anna Holm, ordförande"),  # a Swedish kallelse
    ("Signed: Helen Price, Clerk to the Council", "Dated this 5th day of March 2026"),  # an English parish's summons
    ("Dated: April 6, 2026", "Maria Torres, Secretary to the Board of Education"),  # a US school board's special meeting
])
def test_items_end_where_the_notice_of_meeting_is_signed(signed, signer):
    # Probes: a notice convening the meeting closes with where and when it was signed, then who signed it; neither
    # is the last item's description. A date in an item's title or description stays (counter-example).
    record = parse(styled([
        (42.5, 40.0, "Kunnanhallitus", 14.0, True), (42.5, 60.0, "Maanantai 16.3.2026 klo 17.00", 11.0, False),
        (42.5, 100.0, "§ 41 Kokouksen avaus", 11.0, False), (42.5, 124.0, "§ 42 Talousarvion toteutuminen", 11.0, False),
        (42.5, 138.0, "Tilanne 28.2.2026", 11.0, False), (42.5, 162.0, "§ 43 Kokouksen päättäminen", 11.0, False),
        (42.5, 200.0, signed, 11.0, False), (42.5, 214.0, signer, 11.0, False)]))
    assert [i.number for i in record.items] == ["41", "42", "43"]
    assert "Tilanne 28.2.2026" in f"{record.items[1].title} {record.items[1].description}"
    assert record.items[-1].description is None


def test_a_welsh_only_agenda(tmp_path):
    # Probe of a Welsh community council's agenda, in Welsh alone: "Rhaglen" is its title, "Eitem 1." its items'
    # numbers, "Cynhelir cyfarfod … am 7.30 yr hwyr yn Neuadd y Pentref" its time and venue, the clerk under the
    # items its contact (as "Clerk:" under an English parish's).
    text = "\n".join([
        "**CYNGOR CYMUNED LLANFIHANGEL YSTRAD**", "**Rhaglen**",
        "Cynhelir cyfarfod o'r Cyngor Cymuned nos Fawrth 10 Mawrth 2026 am 7.30 yr hwyr yn Neuadd y Pentref, Cribyn.",
        "Eitem 1. Ymddiheuriadau", "Eitem 2. Datgan buddiant", "Eitem 3. Cofnodion y cyfarfod a gynhaliwyd ar 10 Chwefror 2026",
        "Eitem 4. Gohebiaeth", "Clerc: Mrs Eirlys Davies"]) + "\n"
    record = _front_sheet(render_text(text, tmp_path / "rhaglen.pdf"))
    assert (record.start, record.venue, record.contact.name) == ("19:30", "Neuadd y Pentref, Cribyn", "Mrs Eirlys Davies")
    assert [(i.number, i.title, i.description) for i in record.items] == [
        ("1", "Ymddiheuriadau", None), ("2", "Datgan buddiant", None),
        ("3", "Cofnodion y cyfarfod a gynhaliwyd ar 10 Chwefror 2026", None), ("4", "Gohebiaeth", None)]


def test_a_french_notice_names_its_venue_in_its_sentence(tmp_path):
    # Probe of a Quebec municipality's avis de convocation: the place after the time, "à la salle du conseil, …".
    text = "\n".join([
        "**MUNICIPALITÉ DE SAINT-ALPHONSE-RODRIGUEZ**", "**AVIS DE CONVOCATION**", "**ORDRE DU JOUR**",
        "Avis est donné qu'une séance ordinaire du conseil municipal se tiendra le lundi 2 mars 2026 à 19 h 30, "
        "à la salle du conseil, 101, rue de la Plage.",
        "1. Ouverture de la séance", "2. Adoption de l'ordre du jour", "3. Levée de la séance"]) + "\n"
    record = _front_sheet(render_text(text, tmp_path / "avis.pdf"))
    assert (record.start, record.venue) == ("19:30", "salle du conseil, 101, rue de la Plage")
    assert [i.title for i in record.items] == ["Ouverture de la séance", "Adoption de l'ordre du jour", "Levée de la séance"]


def test_a_japanese_assemblys_order_of_the_day():
    # Probe of a Japanese city assembly's 議事日程: its title says it is the agenda, "第1", "日程第２" number the
    # items (full-width digits read as digits), their titles set without capitals.
    from extract.split import classify

    sheet = styled([(42.5, 40.0, "松江市議会", 14.0, True), (42.5, 60.0, "令和8年3月定例会 議事日程（第1号）", 14.0, True),
                    (42.5, 84.0, "令和8年3月2日（月曜日）午前10時開議", 11.0, False),
                    (42.5, 110.0, "第1 会議録署名議員の指名", 11.0, False), (42.5, 126.0, "日程第２　会期の決定", 11.0, False),
                    (42.5, 142.0, "第3 議案第1号 令和8年度松江市一般会計予算", 11.0, False)])
    assert classify([sheet]) == "agenda"
    record = parse(sheet)
    assert (record.date, record.start) == ("2026-03-02", "10:00")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "会議録署名議員の指名"), ("2", "会期の決定"), ("3", "議案第1号 令和8年度松江市一般会計予算")]
    # Counter-example: a sitting's ordinal ("第３回", the third meeting) and a room's are no item numbers.
    assert read_label("第３回 産業交通水道委員会記録") is None and read_label("第１委員会室") is None


def test_a_notice_of_meetings_time_wrapped_onto_the_next_line_is_its_start():
    # Probe of a police and crime panel's notice, set as a sentence: "… at 10.00" / "am in the Council Chamber …".
    # A time on the next line alone is found as before (counter-example: no time to join is none).
    def start_of(first: str, second: str) -> str | None:
        return parse(styled([
            (42.5, 40.0, "Northshire Police and Crime Panel", 14.0, True), (42.5, 60.0, first, 11.0, False),
            (42.5, 74.0, second, 11.0, False), (42.5, 100.0, "1. Apologies for Absence", 11.0, True),
            (42.5, 124.0, "2. Declarations of Interest", 11.0, True), (42.5, 148.0, "3. Work Programme", 11.0, True)])).start

    assert start_of("A meeting of the Panel will be held on Thursday, 19 March 2026 at 10.00",
                    "am in the Council Chamber, County Hall, Northtown.") == "10:00"
    assert start_of("A meeting of the Panel will be held on Thursday, 19 March 2026", "in the Council Chamber.") is None


def test_a_members_field_wrapped_within_a_name_on_a_full_line():
    # Probe of a police and crime panel's membership: the field's line runs to the margin and wraps inside a name
    # ("… Councillor T Cole, Mr D" / "Evans (Independent Co-opted Member)"). A short field line ends the list there
    # (counter-example: the sentence under it names no member).
    def members_of(field: str, below: str) -> list[tuple]:
        return [(m.name, m.role, m.title) for m in parse(styled([
            (42.5, 40.0, "Northshire Police and Crime Panel", 14.0, True), (42.5, 60.0, field, 11.0, False),
            (42.5, 74.0, below, 11.0, False), (42.5, 100.0, "1. Apologies for Absence", 11.0, True),
            (42.5, 124.0, "2. Declarations of Interest", 11.0, True), (42.5, 148.0, "3. Work Programme", 11.0, True),
            (42.5, 172.0, "The Panel scrutinises the decisions and actions of the Police and Crime Commissioner.",
             11.0, False)])).members]

    wrapped = members_of("Membership: Councillor R Ahmed (Chair), Councillor S Blake (Vice-Chair), Councillor T Cole, Mr D",
                         "Evans (Independent Co-opted Member)")
    assert [name for name, _, _ in wrapped] == ["R Ahmed", "S Blake", "T Cole", "D Evans"]
    # the co-opted member keeps his own title among the councillors; another councillor theirs (counter-example)
    assert wrapped[-1][1:] == ("Independent Co-opted Member", "Mr") and wrapped[2][2] == "Councillor"
    assert members_of("Membership: Councillor R Ahmed (Chair)", "The Panel meets in public.") == [
        ("R Ahmed", "Chair", "Councillor")]


def _notice_signed_under_its_items(signature: list[tuple[float, str]]):
    return parse(page([(31, 31, "Kerry County Council"),
                       (31, 76, "Notice is hereby given that the Monthly Meeting of Kerry County Council will be held"),
                       (31, 92, "in the Council Chamber, Áras an Chontae, Tralee on Monday, 16th March 2026 at 10.00 a.m."),
                       (31, 115, "AGENDA"), (31, 137, "1. Confirmation of Minutes of Monthly Meeting"),
                       (31, 160, "2. Disposal of Property under Section 183"), (31, 183, "3. Any Other Business"),
                       *((31, top, text) for top, text in signature)]))


@pytest.mark.parametrize("signature", [
    [(251, "Mary Walsh, Meetings Administrator")],  # an Irish county council's notice (probe)
    [(251, "Benjamin Watts"), (265, "General Counsel"), (279, "03000 416814")],  # an English county's summons
])
def test_the_officer_signing_a_notice_under_its_items_set_apart_is_no_part_of_the_last_item(signature):
    assert _notice_signed_under_its_items(signature).items[-1].description is None


def test_a_presenter_named_under_the_last_item_at_the_step_of_its_lines_is_its_description():
    record = _notice_signed_under_its_items([(206, "Mark Jones, Chief Executive")])
    assert record.items[-1].description == "Mark Jones, Chief Executive"


@pytest.mark.parametrize("heading", ["10. Confidential Matters", "10. Public Excluded",
                                     "10. In Committee"])  # a Northern Irish borough council's (probe)
def test_an_exempt_part_numbered_as_an_item_of_its_own_makes_its_sub_items_exempt(heading):
    # Probes of an Australian shire's business paper ("Confidential Matters", "Confidential Reports") and a New
    # Zealand district council's order paper ("Public Excluded"): the part's heading is numbered among the items.
    numbered = ["9. Reports", "9.1 Investment Report - February 2026", heading, "10.1 Tender for Waste Collection"]
    record = parse(page([(72, 100 + 30 * i, text) for i, text in enumerate(["Agenda"] + numbered)]))
    assert [(item.number, item.exempt) for item in record.items] == [
        ("9", False), ("9.1", False), ("10", False), ("10.1", True)]
    # Counter-example: an item whose title opens with "Confidential" ("Confidential waste contract review") opens none.
    numbered[2] = "10. Confidential waste contract review"
    record = parse(page([(72, 100 + 30 * i, text) for i, text in enumerate(["Agenda"] + numbered)]))
    assert not record.items[-1].exempt


@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE"])
def test_a_borderless_items_tables_section_row_wrapped_in_its_number_column(tmp_path, v_align):
    # Probe of an English fire authority's front sheet typed as a Word table without rules or cell padding, the
    # exempt part's heading typed in the number column of a row of its own, wrapping there ("PART B –" / "EXEMPT" /
    # "ITEMS"): the table runs on past it, the heading is the section of the items under it, which are exempt (the
    # item under it had been lost, and the heading's lines parted between the rows about it where cells are centred).
    path = _borderless_items_table(tmp_path / "sheet.pdf", ["Item", "Title", "Lead Officer", "Pages"], WRAPPED_ITEMS,
                                   [22, 55, 40, 20], v_align=v_align)
    assert _items_of(path) == _wrapped_items_expected(WRAPPED_ITEMS)
    assert [item.exempt for item in _front_sheet(path).items] == [False] * 4 + [True]


NORDIC_AGENDAS = {
    # Probes of a Norwegian municipality's møteinnkalling (its cases numbered "PS 12/26", case then year) and a Danish
    # municipality's dagsorden: both had been no document of any kind.
    "Norwegian": ("**Fjordvik kommune**\n**Møteinnkalling**\nUtvalg: Kommunestyret\n"
                  "Møtested: Kommunestyresalen, Rådhuset\nDato: 19.03.2026\nTidspunkt: 18:00\n**Saksliste**\n"
                  "PS 12/26 Godkjenning av protokoll\nPS 13/26 Budsjettjustering 2026\nPS 14/26 Reguleringsplan for Sentrum\n",
                  ("Fjordvik kommune", "Kommunestyret", "2026-03-19", "18:00", "Kommunestyresalen, Rådhuset"),
                  ["PS 12/26", "PS 13/26", "PS 14/26"]),
    "Danish": ("**Søbjerg Kommune**\n**Dagsorden**\n**Byrådet**\nMødedato: 24. marts 2026\nMødetidspunkt: 17:00\n"
               "Mødested: Byrådssalen, Rådhuset\n1. Godkendelse af dagsorden\n2. Budgetopfølgning\n3. Lokalplan nr. 123\n",
               ("Søbjerg Kommune", "Byrådet", "2026-03-24", "17:00", "Byrådssalen, Rådhuset"), ["1", "2", "3"]),
    # The committee in plain type under the document's title (a Danish udvalg's dagsorden, a Swedish styrelse's
    # föredragningslista): it had been flagged, the municipality read as the committee.
    "Danish, plain committee": ("**Søbjerg Kommune**\n**Dagsorden**\nØkonomiudvalget\nMødedato: 24. marts 2026\n"
                                "Mødetidspunkt: 17:00\nMødested: Mødelokale 1\n1. Godkendelse af dagsorden\n"
                                "2. Budgetopfølgning\n",
                                ("Søbjerg Kommune", "Økonomiudvalget", "2026-03-24", "17:00", "Mødelokale 1"), ["1", "2"]),
    "Swedish, plain committee": ("**Älvsby kommun**\n**Föredragningslista**\nKommunstyrelsen\n"
                                 "Tid: 2026-03-16 kl. 13:00\nPlats: Kommunhuset\n1. Val av justerare\n2. Budget 2026\n",
                                 ("Älvsby kommun", "Kommunstyrelsen", "2026-03-16", "13:00", "Kommunhuset"), ["1", "2"]),
}


@pytest.mark.parametrize("language", NORDIC_AGENDAS)
def test_norwegian_and_danish_agendas(tmp_path, language):
    text, meeting, numbers = NORDIC_AGENDAS[language]
    record = _front_sheet(render_text(text, tmp_path / "agenda.pdf"))
    assert (record.body, record.committee, record.date, record.start, record.venue) == meeting
    assert [item.number for item in record.items] == numbers
    # Counter-example: "PS" before a number and a year in full is no case number.
    assert read_label("PS 12/2026 Budsjett") is None


def test_nordic_closed_items_are_exempt():
    # Probes of a Danish municipality's dagsorden ("4. Lukket punkt: Køb af ejendom") and a Norwegian one's saksliste
    # ("… – Unntatt offentlighet, offl. § 13"): the items are exempt; "ikke unntatt offentlighet" says the opposite.
    rows = ["Dagsorden", "1. Godkendelse af dagsorden", "2. Budgetopfølgning", "3. Lokalplan nr. 123",
            "4. Lukket punkt: Køb af ejendom", "5. Kjøp av eiendom – Unntatt offentlighet, offl. § 13",
            "6. Salg av tomt – ikke unntatt offentlighet"]
    record = parse(page([(72, 100 + 30 * i, text) for i, text in enumerate(rows)]))
    assert [item.exempt for item in record.items] == [False, False, False, True, True, False]


def test_a_sub_item_numbered_in_its_own_cell_keeps_its_title_alone(tmp_path):
    # An Australian council's Order of Business (InfoCouncil, probe): "6.1 | Draft Budget 2025/26 | 5" reads as the
    # top-level "6 | Officer Reports | 5" does (its page had run into the title). Counter-example, a Nordic
    # agenda's "2. Budget 2026" (above): a number and its title in one line, the title whole.
    text = ("**Brimbank Ridge Shire Council**\n**Ordinary Council Meeting Agenda**\n**Tuesday 18 March 2025**\n"
            "**Order Of Business**\n1\tOpening of Meeting\t3\n6\tOfficer Reports\t5\n6.1\tDraft Budget 2025/26\t5\n"
            "6.2\tRoad Safety Strategy\t12\n7\tClose of Meeting\t20\n")
    items = _front_sheet(render_text(text, tmp_path / "agenda.pdf")).items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Opening of Meeting"), ("6", "Officer Reports"), ("6.1", "Draft Budget 2025/26"),
        ("6.2", "Road Safety Strategy"), ("7", "Close of Meeting")]


def test_an_exempt_part_in_a_contents_table_is_read_without_the_page_beside_it(tmp_path):
    # A New Zealand council's Order of Business (InfoCouncil, probe): "6 | Public Excluded | 52" had not opened the
    # exempt part, its page number read on the end of its heading, and "6.2 Sale of Land" was published. The
    # part holds 6.x only: "7 Karakia Whakamutunga" is public. Counter-example: the items before it, "5.1 | Dog
    # Control Policy Review | 40", stay public.
    text = ("**Kōwhai District Council**\n**Ordinary Council Meeting**\n**Thursday, 27 March 2025**\n"
            "**ORDER OF BUSINESS**\nItem\tSubject\tPage No\n1\tKarakia\t5\n2\tApologies\t5\n5\tReports\t15\n"
            "5.1\tDog Control Policy Review\t40\n6\tPublic Excluded\t52\n6.1\tResolution to Exclude the Public\t52\n"
            "6.2\tSale of Land at Tui Road\t53\n7\tKarakia Whakamutunga\t60\n")
    items = _front_sheet(render_text(text, tmp_path / "agenda.pdf")).items
    assert [(i.number, i.exempt) for i in items] == [
        ("1", False), ("2", False), ("5", False), ("5.1", False), ("6", False), ("6.1", False), ("6.2", True),
        ("7", False)]


@pytest.mark.parametrize("number", ["§ 31", "31 §"])
def test_a_section_number_in_its_own_cell_keeps_its_title_alone(tmp_path, number):
    # Finnish and Swedish municipalities' agendas number their cases as sections (probe of a kunnanhallitus'
    # esityslista: "§ 31 | Kokouksen avaaminen | 3"): the page beside it had run into the title. Counter-example:
    # an English contents row "2 | Minutes | 5 - 16" keeps its page range as its pages.
    rows = "".join(f"{number.replace('31', str(n))}\t{title}\t{page}\n" for n, title, page in [
        (31, "Kokouksen avaaminen", 3), (32, "Laillisuus ja päätösvaltaisuus", 3), (33, "Talousarvio 2026", 5)])
    text = "**Lapinjärven kunta**\n**Kunnanhallitus**\n**ESITYSLISTA 4/2026**\nAika: 16.3.2026 klo 18.00\n" + rows
    items = _front_sheet(render_text(text, tmp_path / "agenda.pdf")).items
    assert [i.title for i in items] == ["Kokouksen avaaminen", "Laillisuus ja päätösvaltaisuus", "Talousarvio 2026"]
    english = ("**Thurrock Council**\n**Cabinet**\n**13 February 2018**\n**Agenda**\n1\tApologies\t\n2\tMinutes\t5 - 16\n"
               "3\tBudget\t17 - 30\n")
    items = _front_sheet(render_text(english, tmp_path / "english.pdf")).items
    assert [(i.title, i.pages) for i in items] == [("Apologies", None), ("Minutes", "5 - 16"), ("Budget", "17 - 30")]
