"""The meeting heading: committee, authority and date from the title block (extract.parse.heading).

Lines are built as the reader gives them — text, position, size, weight — in the layouts the corpus
shows: a US agenda whose first paragraph is about public comment, an English county's minutes with
the authority above the committee, a Welsh heading, a report cover of labelled fields, a document set
all in one type.
"""

from dataclasses import replace

import pytest

from extract.parse.heading import _names_only_a_body, authority_in, authority_named, committee_doubt, committee_in, read_heading, title_case
from extract.read import Line, Page, TableRegion
from extract.text import without_letter_spacing


def page(*lines, width=612.0):
    """Lines given as (text, size, bold, x0), one below the other."""
    out, top = [], 60.0
    for text, size, bold, x0 in lines:
        out.append(Line(text=text, x0=x0, x1=min(width - 40, x0 + len(text) * size * 0.5), top=top,
                        bottom=top + size, size=size, bold=bold))
        top += size * 1.4
    return Page(number=1, width=width, height=792.0, lines=out)


BODY = "This agenda contains a summary of each item of business which the Committee may discuss or act on at this meeting."


def test_committee_from_the_most_prominent_name_not_the_first_paragraph():
    heading = read_heading([page(
        ("BOARD OF WATER AND POWER", 16, True, 171), ("COMMISSIONERS", 16, True, 171),
        ("DEPARTMENT OF WATER AND POWER OF THE CITY OF LOS ANGELES", 10, False, 171),
        ("REGULAR MEETING AGENDA", 18, True, 174), ("Tuesday, January 25, 2022, at 10:00 A.M.", 18, True, 132),
        ("OPPORTUNITIES FOR THE PUBLIC TO ADDRESS THE BOARD", 10, True, 72), (BODY, 10, False, 72), (BODY, 10, False, 72))])
    assert (heading.committee, heading.date) == ("Board of Water and Power Commissioners", "2022-01-25")
    assert heading.doubts == {}


def test_authority_above_its_committee():
    heading = read_heading([page(
        ("KENT COUNTY COUNCIL", 12, True, 224), ("CABINET", 15, True, 263),
        ("MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House, County Hall,", 12, False, 70),
        ("Maidstone on Thursday, 30 January 2025.", 12, False, 70),
        ("PRESENT: Mr R W Gough (Chairman), Mr N Baker", 12, False, 70))])
    assert (heading.body, heading.committee, heading.date) == ("Kent County Council", "Cabinet", "2025-01-30")


def test_a_bilingual_welsh_heading_names_one_authority_twice_over_its_committee():
    # A Welsh county borough council's front sheet in English: its name in Welsh, then in English, then the
    # committee. Both names are the authority's, the English one for an English document.
    heading = read_heading([page(
        ("Cyngor Bwrdeistref Sirol Caerffili", 12, True, 200), ("Caerphilly County Borough Council", 12, True, 200),
        ("PLANNING COMMITTEE", 12, True, 230), ("Thursday, 6th June, 2024 at 10.00 am", 11, False, 72),
        ("AGENDA", 12, True, 260), ("1. To receive apologies for absence.", 11, False, 72),
        ("2. Declarations of Interest.", 11, False, 72))])
    assert (heading.body, heading.committee) == ("Caerphilly County Borough Council", "Planning Committee")


def test_a_summons_names_the_committee_under_a_letterhead_of_the_authority():
    # A Welsh county borough's agenda letter: the letterhead names the authority in two languages; the committee
    # is named only in the summons ("A meeting of the Planning Committee will be held …").
    heading = read_heading([page(
        ("Cyngor Bwrdeistref Sirol Caerffili", 12, True, 200), ("Caerphilly County Borough Council", 12, True, 200),
        ("Civic Offices, Caerffili", 11, False, 72), ("Dear Councillor,", 11, False, 72),
        ("A meeting of the Planning Committee will be held in the Council Chamber, Civic Offices, on Thursday,", 11, False, 72),
        ("6th June, 2024 at 10.00 am.", 11, False, 72), ("AGENDA", 12, True, 260),
        ("1. To receive apologies for absence.", 11, False, 72))])
    assert (heading.body, heading.committee) == ("Caerphilly County Borough Council", "Planning Committee")


def test_a_revision_date_is_not_the_meeting_date():
    heading = read_heading([page(
        ("The Corporation of the Township of Nipissing", 12, True, 326), ("*** AGENDA ***", 20, True, 221),
        ("Amended May 23, 2025", 12, True, 237), ("Tuesday, May 27, 2025", 18, True, 204),
        ("1. Disclosure of pecuniary interest.", 12, False, 94),
        ("3. Resolution: Adopt the Minutes of the May 13, 2025 Council Meeting.", 12, False, 94))])
    assert heading.date == "2025-05-27"
    # The authority alone names no meeting body; its papers speak of its Council's meetings.
    assert heading.committee == "Township of Nipissing Council"
    assert "named from the authority" in heading.doubts["committee"]


def test_welsh_heading_names_the_body_first():
    heading = read_heading([page(
        ("CYNGOR CYMUNED MANORDEILO a SALEM", 12, True, 198), ("CYFARFOD 9fed HYDREF 2019", 12, True, 233),
        ("Cynhaliwyd cyfarfod Cyngor Cymuned Manordeilo a Salem am 7.30pm ar y 9fed Hydref 2019 yn yr", 12, False, 56),
        ("Ddarllen, Cwmifor.", 12, False, 56), ("PRESENNOL", 12, True, 56))])
    assert (heading.committee, heading.date) == ("Cyngor Cymuned Manordeilo a Salem", "2019-10-09")


def test_french_body_names_run_on_in_lower_case_qualifiers():
    # A Quebec-style procès-verbal (probe): the body is "conseil municipal", not "conseil"; "tenue" ends it.
    heading = read_heading([page(
        ("MUNICIPALITÉ DE SAINT-ANDRÉ", 14, True, 200), ("PROCÈS-VERBAL", 14, True, 200),
        ("Séance ordinaire du conseil municipal tenue le 3 octobre 2023 à 19 h 30", 11, False, 72), (BODY, 10, False, 72))])
    assert (heading.committee, heading.date) == ("Conseil municipal", "2023-10-03")
    assert committee_in("Réunion du comité consultatif d'urbanisme du 4 mai 2023") == "Comité consultatif d'urbanisme"
    assert committee_in("Séance du conseil de ville de Québec tenue le 3 mai") == "Conseil de ville de Québec"
    # Counter-example: Welsh names run on in capitals only; "am" (at) ends the name.
    assert committee_in("Cynhaliwyd cyfarfod Cyngor Cymuned Manordeilo a Salem am 7.30pm") == \
        "Cyngor Cymuned Manordeilo a Salem"


def test_body_names_with_a_complement_and_public_in_them():
    # Probes of other boards of the first corpus's city: a complement after "on" or "for", "Public" in a name
    assert committee_in("COMMISSION ON DISABILITY ISSUES") == "Commission on Disability Issues"
    assert committee_in("Committee for Education and Skills") == "Committee for Education and Skills"
    assert committee_in("CITY OF ALAMEDA PUBLIC ART COMMISSION") == "City of Alameda Public Art Commission"
    assert committee_in("ALAMEDA PUBLIC UTILITIES BOARD") == "Alameda Public Utilities Board"
    assert committee_in("JOURNAL OF THE CITY COUNCIL") == "City Council"
    # Counter-examples: what the meeting is about or where it is held, and "public" as the meeting's kind
    assert committee_in("Special Meeting of the City Council on the Budget") == "City Council"
    assert committee_in("Meeting of the Planning Committee on Zoom") == "Planning Committee"
    assert committee_in("Cabinet - Public Minutes") == "Cabinet"


def test_a_number_inside_a_body_name_is_part_of_it():
    # Probe of a modern.gov borough council: "AREA 1 PLANNING COMMITTEE"; a US district's board
    assert committee_in("AREA 1 PLANNING COMMITTEE") == "Area 1 Planning Committee"
    assert committee_in("Minutes of the District 3 Advisory Board") == "District 3 Advisory Board"
    # Counter-examples: a date's day or year, and a reference's number, are not the name's
    assert committee_in("Thursday 12 March 2025 Planning Committee") == "Planning Committee"
    assert committee_in("Item 5 Planning Committee") == "Planning Committee"


def test_a_front_sheet_of_label_and_value_cells_gives_its_fields():
    # Probe of a word-processed front sheet: "Meeting | Planning Committee", "Date | Wednesday 12 March 2025"
    # as a ruled table, or as two columns of one line where the table has no rules.
    ruled = page(("Anytown District Council", 16, True, 72), ("AGENDA", 14, True, 72), (BODY, 10, False, 72))
    ruled.tables = [TableRegion(top=80, bottom=140, rows=[["Meeting", "Planning Committee"],
                                                         ["Date", "Wednesday 12 March 2025"], ["Time", "7.00 pm"]])]
    heading = read_heading([ruled])
    assert (heading.body, heading.committee, heading.date) == ("Anytown District Council", "Planning Committee",
                                                               "2025-03-12")
    assert heading.doubts == {}
    unruled = page(("Anytown District Council", 16, True, 72), ("Meeting Planning Committee", 11, False, 72),
                   ("Date Wednesday 12 March 2025", 11, False, 72), (BODY, 10, False, 72))
    for line in unruled.lines[1:3]:
        line.columns = ((1, 200.0),)
    heading = read_heading([unruled])
    assert (heading.committee, heading.date, heading.doubts) == ("Planning Committee", "2025-03-12", {})
    # Counter-example: a date met in a sentence of the text, under no field, is still doubted.
    heading = read_heading([page(("Planning Committee", 16, True, 72), (BODY, 10, False, 72),
                                 ("The applicant wrote on 12 March 2025 to ask for a deferral.", 10, False, 72))])
    assert "not the heading's" in heading.doubts["date"]


def test_a_summons_letter_dates_itself_above_the_salutation():
    # Probe of a parish summons: the letter's date stands alone above "Dear Councillor"; the summons sentence
    # gives the meeting's. "Dear Councillor" names no authority ("Council" is no word of "Councillor").
    heading = read_heading([page(
        ("3 March 2025", 11, False, 400), ("Dear Councillor", 11, False, 72),
        ("You are hereby summoned to attend the meeting of the Parish Council to be held on Tuesday 11 March 2025 at "
         "7.30pm in the Village Hall.", 11, False, 72), (BODY, 10, False, 72))])
    assert (heading.body, heading.date) == (None, "2025-03-11")
    # Counter-example: a date alone in a title block without a letter's salutation is the meeting's.
    heading = read_heading([page(("CABINET", 16, True, 72), ("12 March 2025", 12, False, 72),
                                 ("Published 4 March 2025", 9, False, 400), (BODY, 10, False, 72))])
    assert (heading.committee, heading.date) == ("Cabinet", "2025-03-12")


def test_a_cover_field_names_the_committee():
    heading = read_heading([page(
        ("REPORT TO: WEST OF ENGLAND COMBINED AUTHORITY COMMITTEE", 12, True, 77), ("DATE: 27 MARCH 2026", 12, True, 77),
        ("RESPONSIBLE EXECUTIVE DIRECTOR OF TRANSPORT", 12, True, 77), (BODY, 12, False, 77), (BODY, 12, False, 77))])
    assert (heading.committee, heading.date) == ("West of England Combined Authority Committee", "2026-03-27")


def test_minutes_whose_first_field_names_the_meeting():
    # probe of a district council's minutes: the council in bold capitals above "Minutes of: Overview and Scrutiny
    # Committee"; the meeting is the committee, the council its body
    heading = read_heading([page(
        ("ROTHER DISTRICT COUNCIL", 12, True, 31), ("Minutes of: Overview and Scrutiny Committee", 11, False, 31),
        ("Date: Monday 20 January 2025", 11, False, 31), ("Time: 6:30pm – 8:05pm", 11, False, 31),
        ("Members Present: Councillors J Barnes (Chair), C A Bayliss (Vice-Chair)", 11, False, 31))])
    assert (heading.body, heading.committee, heading.date) == (
        "Rother District Council", "Overview and Scrutiny Committee", "2025-01-20")


def test_a_staff_reports_words_of_address_are_no_part_of_the_committee():
    # Norwalk's staff reports ("TO: Honorable Housing Authority"), and the common US form below.
    for to, committee in [("TO: Honorable Housing Authority", "Housing Authority"),
                          ("TO: Honorable Mayor and Members of the City Council", "City Council")]:
        heading = read_heading([page(("Agenda Report", 12, False, 217), ("November 15, 2022", 12, False, 253),
                                     (to, 12, False, 72), ("FROM: Jesus M. Gomez, Executive Director", 12, False, 72),
                                     (BODY, 12, False, 72), (BODY, 12, False, 72))])
        assert (heading.committee, heading.date) == (committee, "2022-11-15")


def test_plain_type_heading_runs_down_to_the_date():
    heading = read_heading([page(
        ("Thurrock: A place of opportunity, enterprise and excellence, where", 11, False, 62),
        ("Children's Services Overview and Scrutiny Committee", 11, False, 62),
        ("The meeting will be held at 7.00 pm on 13 February 2018", 11, False, 62),
        ("Membership:", 11, False, 62))])
    assert (heading.committee, heading.date) == ("Children's Services Overview and Scrutiny Committee", "2018-02-13")


def test_names_that_are_sentences_or_offices_are_doubted():
    assert committee_doubt("Opportunities For The Public To Address The Board")
    assert committee_doubt("Chair of the Health Overview Scrutiny Committee")
    assert committee_doubt("No response from the village hall committee")
    assert committee_doubt("KENT COUNTY COUNCIL CABINET a the Cabinet")  # two headings run together
    assert committee_doubt("Amenities, Leisure and Community Services")  # no body named: kept, but for review
    assert committee_doubt("Children's Services Overview and Scrutiny Committee") is None
    assert committee_doubt("Välfärdsnämnden") is None and committee_doubt("産業交通水道委員会") is None
    # A member who decides alone is the "committee" of a record of decision (cc_kent-cc_report_2025-01-17)
    assert committee_doubt("Cabinet Member for Integrated Children’s Services") is None
    assert committee_doubt("Portfolio Holder for Housing") is None


def test_wording_around_the_name_is_taken_off():
    assert committee_in("A REGULAR MEETING OF THE LA HABRA HEIGHTS CITY COUNCIL") == "La Habra Heights City Council"
    assert committee_in("Rivergrove City Council Meeting Minutes") == "Rivergrove City Council"
    assert committee_in("第３回 産業交通水道委員会記録") == "産業交通水道委員会"
    assert committee_in("MINUTES OF THE SPECIAL JOINT CITY COUNCIL AND COMMUNITY IMPROVEMENT COMMISSION (CIC) "
                        "MEETING") == "Joint City Council and Community Improvement Commission (CIC)"


def test_running_footer_dates_give_the_date_or_a_doubt():
    def with_footer(text, footer):
        p = page((text, 12, True, 200), (BODY, 12, False, 72), (BODY, 12, False, 72))
        p.furniture = [Line(text=footer, x0=48, x1=550, top=746, bottom=758, size=11)]
        return p

    footer = "Measure AV Oversight Committee Adjourned Regular Wednesday, November 30, 2022"
    undated = read_heading([with_footer("MEASURE AV OVERSIGHT COMMITTEE", footer) for _ in range(3)])
    assert undated.date == "2022-11-30" and "date" not in undated.doubts
    disagreeing = read_heading([with_footer("MEASURE AV OVERSIGHT COMMITTEE NOVEMBER 23, 2022", footer)
                                for _ in range(3)])
    assert disagreeing.date == "2022-11-23" and "2022-11-30" in disagreeing.doubts["date"]
    stamped = read_heading([with_footer("MEASURE AV OVERSIGHT COMMITTEE", "2024/11/05 1:34 会議録表示")
                            for _ in range(3)])
    assert stamped.date is None  # a browser's print stamp is no meeting date
    printed = read_heading([with_footer("MEASURE AV OVERSIGHT COMMITTEE", "City of Palmdale Page 1 Printed on December 5, 2022")
                            for _ in range(3)])
    assert printed.date is None  # nor is the day Legistar printed the minutes (probe)


def test_a_letterhead_authority_does_not_outrank_its_committee():
    heading = read_heading([page(
        ("THURROCK COUNCIL", 20, True, 220), ("Planning Committee", 14, True, 240),
        ("Thursday, 13 February 2025 at 7.00 pm", 12, True, 200), (BODY, 11, False, 72), (BODY, 11, False, 72))])
    assert (heading.body, heading.committee) == ("Thurrock Council", "Planning Committee")


def test_venue_lines_are_not_names_or_items():
    heading = read_heading([page(
        ("PARKS AND RECREATION BOARD", 15, True, 181), ("City Council Chambers", 13.5, True, 232),
        ("275 E. Olive Ave.", 13.5, True, 252), ("NOVEMBER 10, 2022", 15, True, 231),
        (BODY, 12, False, 72), (BODY, 12, False, 72))])
    assert (heading.committee, heading.date, heading.doubts) == ("Parks and Recreation Board", "2022-11-10", {})
    assert committee_in("City Council Chambers") is None and committee_in("Committee Room 1, Civic Offices") is None


def test_a_title_running_on_into_its_venue_names_its_body_on_its_own_line():
    # cc_palmdale-measure-av-committee_agenda_2022-11-30 (recognised by OCR: one type, no bold): the title and
    # the venue below it are set alike, so they read as one phrase; "COUNCIL CHAMBER" names a room.
    heading = read_heading([page(
        ("PALMDALE", 22, False, 203), ("MEASURE AV OVERSIGHT COMMITTEE ADJOURNED REGULAR MEETING", 12, False, 89),
        ("CITY COUNCIL CHAMBER", 12, False, 230), ("38300 SIERRA HIGHWAY, SUITE B", 12, False, 206),
        ("WEDNESDAY, NOVEMBER 30, 2022", 12, False, 205), (BODY, 11, False, 54), (BODY, 11, False, 54))])
    assert (heading.committee, heading.date) == ("Measure AV Oversight Committee", "2022-11-30")
    assert heading.body is None  # not "Measure AV Oversight Committee City Council"
    # A name wrapped over two lines of one phrase still reads whole (cc_ladwp-board).
    assert read_heading([page(("BOARD OF WATER AND POWER", 16, True, 171), ("COMMISSIONERS", 16, True, 171),
                              ("Tuesday, January 25, 2022", 16, True, 171), (BODY, 10, False, 72),
                              (BODY, 10, False, 72))]).committee == "Board of Water and Power Commissioners"


def test_an_authority_named_outside_the_title_block_names_its_council():
    # cc_nipissing-township_pack_2025-02-18 (recognised by OCR): the letterhead in plain type, off centre, over
    # the logo's garbled text; the title block below names no body; the text speaks of Council meetings.
    heading = read_heading([page(
        ("The Corporation of the Township of Nipissing", 12, False, 325), ("Township o, Fa A", 10, False, 36),
        ("NIPISS Sen Nipissing ON POH 1WO", 10, False, 35), ("*** AGENDA ***", 29, False, 222),
        ("Tuesday, February 18, 2025", 19, False, 168), ("1. Disclosure of pecuniary interest.", 12, False, 77),
        ("3. Resolution: Adopt the Minutes of the February 4, 2025 Council Meeting.", 12, False, 76))])
    assert (heading.body, heading.committee) == ("Corporation of the Township of Nipissing", "Township of Nipissing Council")
    assert "named from the authority" in heading.doubts["committee"]


def test_a_date_only_in_running_text_is_doubted():
    heading = read_heading([page(
        ("Minutes of the Finance Committee", 12, True, 200), (BODY, 12, False, 72),
        ("The next meeting will be on 4 March 2025 and papers follow.", 12, False, 72))])
    assert heading.date == "2025-03-04" and "not the heading" in heading.doubts["date"]


def test_an_earlier_meetings_minutes_never_date_this_one():
    heading = read_heading([page(
        ("Finance Committee", 12, True, 200), (BODY, 12, False, 72),
        ("The minutes of the meeting held on 18 November 2024 were approved as a correct record.", 12, False, 72))])
    assert heading.date is None and "date" in heading.doubts


def test_a_plain_heading_above_bold_opening_business_is_the_heading():
    # Minutes set in one type whose first bold line is the business they open with, not their title.
    heading = read_heading([page(("City of Rivergrove", 12, False, 72), ("City Council Meeting Minutes", 12, False, 72),
                                 ("August 13, 2018", 12, False, 72), ("CALL TO ORDER", 12, True, 72),
                                 ("The meeting was called to order by Mayor Walt Williams at 7:00 p.m.", 12, False, 72),
                                 (BODY, 12, False, 72))])
    assert (heading.committee, heading.date) == ("City Council", "2018-08-13")


def test_the_authority_set_after_a_committees_name_is_no_part_of_it():
    heading = read_heading([page(("AGENDA", 18, True, 260), ("REGULAR MEETING OF THE PLANNING COMMISSION", 12, True, 150),
                                 ("CITY OF GARDENA", 12, True, 250), ("Tuesday, November 15, 2022 7:00 PM", 12, False, 200),
                                 (BODY, 10, False, 72), (BODY, 10, False, 72))])
    assert (heading.body, heading.committee, heading.date) == ("City of Gardena", "Planning Commission", "2022-11-15")
    assert committee_in("Council Chambers") is None  # a thing the body's word names, still no body


def test_a_council_meeting_with_its_successor_agency_is_one_joint_body():
    heading = read_heading([page(("JOINT MEETING OF THE", 12, True, 230), ("CITY COUNCIL AND SUCCESSOR AGENCY", 14, True, 180),
                                 ("AGENDA", 12, True, 280), ("November 8, 2022", 12, False, 250),
                                 (BODY, 10, False, 72), (BODY, 10, False, 72))])
    assert heading.committee == "City Council and Successor Agency"


def test_minutes_that_name_themselves_in_plain_type_are_dated_by_their_title():
    # "Minutes of the meeting held on …" is the document's own title; "the minutes of the meeting held on …"
    # in its text is another meeting's (test_an_earlier_meetings_minutes_never_date_this_one).
    heading = read_heading([page(("Milburn Parish Council", 14, True, 72),
                                 ("Minutes of the meeting held on Tuesday 2nd July, 2019", 11, False, 72),
                                 (BODY, 11, False, 72), (BODY, 11, False, 72))])
    assert (heading.committee, heading.date, heading.doubts) == ("Milburn Parish Council", "2019-07-02", {})


def test_a_date_under_the_title_block_is_the_heading_s_not_a_numbered_item():
    heading = read_heading([page(("PLANNING COMMITTEE", 14, True, 72), ("MINUTES", 14, True, 72),
                                 ("7 December 2022", 12, False, 72), (BODY, 11, False, 72), (BODY, 11, False, 72))])
    assert (heading.committee, heading.date, heading.doubts) == ("Planning Committee", "2022-12-07", {})


def test_a_heading_dated_in_figures_is_read_in_the_document_s_order():
    # "Date: 05/03/2024" is 5 March in a document that spells its dates day first, 3 May in one month first.
    uk = read_heading([page(("Anytown Town Council", 14, True, 72), ("Planning Committee", 14, True, 72),
                            ("Date: 05/03/2024", 12, False, 72), (BODY, 11, False, 72),
                            ("The next meeting will be held on 2 April 2024.", 11, False, 72))])
    us = read_heading([page(("CITY OF ANYTOWN", 14, True, 72), ("PLANNING COMMISSION", 14, True, 72),
                            ("Date: 05/03/2024", 12, False, 72), (BODY, 11, False, 72),
                            ("The next meeting will be held on June 7, 2024.", 11, False, 72))])
    assert (uk.date, us.date) == ("2024-03-05", "2024-05-03")
    undecided = read_heading([page(("PLANNING COMMISSION", 14, True, 72), ("05/03/2024", 12, False, 72),
                                   (BODY, 11, False, 72))])
    assert undecided.date is None and "date" in undecided.doubts  # no order to read it in: for review


def test_an_authority_s_name_on_its_own_line_is_the_letterhead_even_in_the_committee_s_type():
    school = read_heading([page(("SPRINGFIELD UNIFIED SCHOOL DISTRICT", 14, True, 200), ("BOARD OF EDUCATION", 14, True, 200),
                                ("REGULAR MEETING MINUTES", 12, True, 200), ("March 12, 2024", 12, False, 200), (BODY, 10, False, 72))])
    assert (school.body, school.committee) == ("Springfield Unified School District", "Board of Education")
    # The council of a municipality printed as "Council" is named with its authority: one "Council" per archive is no identity.
    town = read_heading([page(("The Corporation of the Town of Maple", 14, True, 200), ("Council Meeting Minutes", 14, True, 200),
                              ("Tuesday, June 4, 2024 at 7:00 p.m.", 12, False, 200), (BODY, 10, False, 72))])
    assert (town.body, town.committee) == ("Corporation of the Town of Maple", "Town of Maple Council")
    # A counter-example from Alameda: a board of the city named after it is one name, not a letterhead and a board.
    board = read_heading([page(("CITY OF ALAMEDA HISTORICAL ADVISORY BOARD", 14, True, 150), ("MINUTES", 14, True, 250),
                               ("August 4, 2011", 12, False, 250), (BODY, 10, False, 72))])
    assert board.committee == "City of Alameda Historical Advisory Board"


def test_minutes_titled_in_running_type_name_their_committee_over_the_letterhead():
    heading = read_heading([page(("THE HIGHLAND COUNCIL", 14, True, 200),
                                 ("Minutes of Meeting of the Education Committee held in the Council Chamber, Glenurquhart "
                                  "Road, Inverness on Thursday 15 February 2024 at 10.30 am.", 11, False, 72),
                                 ("Present:", 11, True, 72), (BODY, 10, False, 72))])
    assert (heading.body, heading.committee, heading.date) == ("Highland Council", "Education Committee", "2024-02-15")
    monthly = read_heading([page(("Minutes of Monthly Meeting of Galway County Council", 14, True, 72),
                                 ("held in the Council Chamber on Monday 22nd January 2024", 11, False, 72), (BODY, 10, False, 72))])
    assert monthly.committee == "Galway County Council"


def test_a_date_in_figures_with_no_order_in_the_document_is_read_by_its_wording_and_flagged():
    us = read_heading([page(("TOWN OF HILLSIDE", 14, True, 200), ("BOARD OF SELECTMEN", 14, True, 200),
                            ("Date: 05/03/2024", 11, False, 72), ("Present: Selectmen Smith, Jones and Patel", 11, False, 72),
                            (BODY, 10, False, 72))])
    uk = read_heading([page(("Anytown Parish Council", 14, True, 72), ("Date: 05/03/2024", 11, False, 72),
                            ("Present: Councillors Smith, Jones and Patel", 11, False, 72), (BODY, 10, False, 72))])
    assert (us.date, uk.date) == ("2024-05-03", "2024-03-05")
    assert "read month first" in us.doubts["date"] and "read day first" in uk.doubts["date"]


def test_a_running_header_names_the_committee_a_title_of_minutes_does_not():
    first = page(("MINUTES", 16, True, 72), ("Wednesday 12 March 2025", 12, False, 72), (BODY, 10, False, 72), (BODY, 10, False, 72))
    second = page((BODY, 10, False, 72), (BODY, 10, False, 72))
    assert read_heading([first, second]).committee is None  # "the Committee may discuss" in the text names no body
    for p in (first, second):
        p.furniture = [Line(text="Planning Committee - 12 March 2025", x0=72, x1=300, top=20, bottom=30, size=9)]
    heading = read_heading([first, second])
    assert (heading.committee, heading.date, heading.doubts) == ("Planning Committee", "2025-03-12", {})


def test_a_running_header_that_names_the_authority_names_the_body():
    # Probe of a pack whose papers each print the council's name over their first line: read as a running header
    first = page(("Minutes of a meeting of the Licensing Committee held on 14 January 2025", 12, True, 72),
                 (BODY, 10, False, 72))
    first.furniture = [Line(text="Westford District Council", x0=72, x1=300, top=20, bottom=30, size=11)]
    heading = read_heading([first])
    assert (heading.body, heading.committee) == ("Westford District Council", "Licensing Committee")
    # Counter-example: a footer of page furniture that names no authority names no body
    first.furniture = [Line(text="Page 3 of 12", x0=72, x1=300, top=800, bottom=810, size=9)]
    assert read_heading([first]).body is None


def test_a_head_noun_alone_names_no_particular_body():
    assert committee_doubt("Committee") and committee_doubt("Board")
    assert committee_doubt("Cabinet") is None and committee_doubt("Council") is None


def test_an_authority_s_name_stacked_a_word_a_line_is_its_letterhead():
    # Kent's logo, scanned: "Kent" / "County" / "Council" in three sizes above "AGENDA" and "CABINET".
    heading = read_heading([page(("Kent", 27, False, 384), ("County", 19, False, 384), ("Council", 21, False, 384),
                                 ("AGENDA", 12, False, 270), ("CABINET", 13, False, 265),
                                 ("Thursday, 30th January, 2025, at 10.00 am", 11, False, 78), (BODY, 10, False, 72))])
    assert (heading.body, heading.committee, heading.date) == ("Kent County Council", "Cabinet", "2025-01-30")


def test_a_page_columns_header_or_a_page_number_is_never_the_committee():
    # A front sheet set all in one type but for its page column's header, centred in smaller type over the
    # items (the exempt fixtures' plain front sheets): the header heads nothing, the committee is the plain line.
    heading = read_heading([page(
        ("Thurrock: A place of opportunity, enterprise and excellence", 11, False, 31),
        ("Corporate Overview and Scrutiny Committee", 11, False, 31),
        ("The meeting will be held at 7.00 pm on 8 January 2020", 11, False, 31),
        ("Membership:", 11, False, 31), ("Agenda", 11, False, 31), ("Page", 9, False, 300),
        ("1 Apologies for Absence", 11, False, 31), ("Page 1 of 4", 9, False, 280))])
    assert (heading.committee, heading.date) == ("Corporate Overview and Scrutiny Committee", "2020-01-08")


def test_a_council_named_as_its_kind_is_the_authority_the_title_block_names():
    # Parish clerks' Word documents (probe): "NAME PARISH COUNCIL" on one line, "Minutes of the meeting of the
    # Parish Council" on the next; a bilingual Welsh heading names the English council on its second line.
    parish = read_heading([page(("ASHWELL PARISH COUNCIL", 14, True, 72),
                                ("Minutes of the meeting of the Parish Council held on Monday 10 March 2025 at 7.30 pm",
                                 11, False, 72), ("Present: Councillors A Smith (Chair), B Jones", 11, False, 72))])
    assert (parish.committee, parish.date) == ("Ashwell Parish Council", "2025-03-10")
    welsh = read_heading([page(("CYNGOR TREF LLANDEILO", 13, True, 200), ("LLANDEILO TOWN COUNCIL", 13, True, 200),
                               ("Minutes of the meeting of the Town Council held on Monday 10th March 2025 at 7pm", 11, False, 72),
                               ("Present: Councillors A Smith (Chair), B Jones", 11, False, 72))])
    assert welsh.committee == "Llandeilo Town Council"
    # Counter-example: a US city's "City Council" is no remainder of "City of Springdale"; it stays as printed.
    city = read_heading([page(("CITY OF SPRINGDALE", 14, True, 200), ("CITY COUNCIL", 14, True, 200),
                              ("REGULAR MEETING MINUTES", 12, True, 200), ("Tuesday, March 4, 2025 – 6:00 PM", 11, False, 200),
                              (BODY, 10, False, 72))])
    assert (city.body, city.committee) == ("City of Springdale", "City Council")


def test_a_body_named_after_the_one_it_stands_in_for_is_one_name():
    # California's successor agencies (probe): the head noun again in the complement is no second heading.
    heading = read_heading([page(("CITY OF BAYSIDE", 13, True, 230), ("MINUTES", 13, True, 270),
                                 ("CITY COUNCIL AND SUCCESSOR AGENCY TO THE REDEVELOPMENT AGENCY", 12, True, 120),
                                 ("REGULAR MEETING", 12, True, 250), ("March 18, 2025", 11, False, 260), (BODY, 10, False, 72))])
    assert heading.committee == "City Council and Successor Agency to the Redevelopment Agency"
    assert "committee" not in heading.doubts
    assert committee_doubt("KENT COUNTY COUNCIL CABINET a the Cabinet")  # counter-example: two headings run together


def test_a_title_sentence_wrapped_onto_its_dated_line_keeps_its_place_name():
    # Probe of a parish's Word title, centred and wrapped: the place ends the first line, the date is on the second.
    heading = read_heading([page(("Minutes of the Ordinary Meeting of Thornbury", 15, True, 150),
                                 ("Parish Council held on Tuesday 4 March 2025 at 7.30pm", 15, True, 140),
                                 (BODY, 10, False, 72), (BODY, 10, False, 72))])
    assert (heading.committee, heading.date) == ("Thornbury Parish Council", "2025-03-04")
    # And a US title in one sentence: the city ends the name the date's line begins.
    glendora = read_heading([page(("MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL OF THE CITY OF", 11, True, 80),
                                  ("GLENDORA, HELD MARCH 4, 2025", 11, True, 200), (BODY, 10, False, 72), (BODY, 10, False, 72))])
    assert (glendora.committee, glendora.date) == ("City Council of the City of Glendora", "2025-03-04")
    # Counter-example: a short name over its date in the same type is a name and a date, two phrases.
    board = read_heading([page(("PLANNING COMMITTEE", 14, True, 200), ("TUESDAY 4 MARCH 2025", 14, True, 200),
                               (BODY, 10, False, 72), (BODY, 10, False, 72))])
    assert (board.committee, board.date) == ("Planning Committee", "2025-03-04")


def test_scottish_minutes_title_themselves_in_the_singular():
    # Probe of a Scottish council's minute: "Minute of meeting of the … Committee held in …" is the document's own title.
    heading = read_heading([page(("FALKIRK COUNCIL", 12, True, 72),
                                 ("Minute of meeting of the Policy and Resources Committee held in the Municipal Buildings, "
                                  "Falkirk on Tuesday 4 March 2025 at 9.30 a.m.", 11, False, 72),
                                 ("Present: Councillors A Smith (Convener), B Jones", 11, False, 72))])
    assert (heading.body, heading.committee, heading.date) == ("Falkirk Council", "Policy and Resources Committee",
                                                               "2025-03-04")


def test_a_summons_to_all_members_of_a_committee_names_the_committee():
    # Probe of an English borough's summons: the letterhead is the authority's, the "To:" field the committee's.
    heading = read_heading([page(("Dunmore Borough Council", 14, True, 72), ("4 March 2025", 10, False, 450),
                                 ("To: All Members of the Licensing Committee", 11, False, 72), ("Dear Councillor,", 11, False, 72),
                                 ("You are summoned to attend a meeting of the Licensing Committee to be held in the Council "
                                  "Chamber on Wednesday, 12 March 2025 at 6.30 pm.", 11, False, 72), (BODY, 10, False, 72))])
    assert (heading.body, heading.committee, heading.date) == ("Dunmore Borough Council", "Licensing Committee", "2025-03-12")


def test_a_summons_to_each_member_of_a_council_names_the_council_not_its_members():
    # Probe of an Irish county council's summons: "To: Each Member of …" is the distribution, the council what follows.
    heading = read_heading([page(("Wicklow County Council", 14, True, 72), ("25th February 2025", 10, False, 450),
                                 ("To: Each Member of Wicklow County Council", 11, False, 72), ("A Chara,", 11, False, 72),
                                 ("You are requested to attend the Ordinary Meeting of Wicklow County Council to be held in the "
                                  "Council Chamber on Monday 3rd March 2025 at 2.00 p.m.", 11, False, 72), (BODY, 10, False, 72))])
    assert (heading.committee, heading.date) == ("Wicklow County Council", "2025-03-03")
    # Counter-example: the members' words alone are never a committee's name.
    assert committee_doubt("Each Member of Wicklow County Council")


def test_a_cover_carrying_only_the_council_s_name_leaves_the_committee_to_the_title_block_after_it():
    # Probe of a county council's minutes: the council's name on a page of its own, the committee's title overleaf.
    cover = page(("KENT COUNTY COUNCIL", 24, True, 180), ("www.kent.gov.uk", 10, False, 250))
    title = replace(page(("CABINET", 15, True, 263), ("MINUTES of a meeting of the Cabinet held in the Council Chamber, "
                                                      "Sessions House, County Hall, Maidstone on Thursday, 30 January 2025.",
                                                      12, False, 70), (BODY, 10, False, 72), (BODY, 10, False, 72)), number=2)
    heading = read_heading([cover, title])
    assert (heading.body, heading.committee, heading.date) == ("Kent County Council", "Cabinet", "2025-01-30")
    # A cover whose council is the only body named is the committee still.
    plenary = replace(page(("MINUTES OF THE ORDINARY MEETING HELD ON MONDAY 3RD MARCH 2025", 12, True, 72),
                           (BODY, 10, False, 72), (BODY, 10, False, 72)), number=2)
    assert read_heading([cover, plenary]).committee == "Kent County Council"
    # Counter-example: a first page that dates its meeting is the title block, not a cover.
    dated = page(("KENT COUNTY COUNCIL", 24, True, 180), ("Thursday, 30 January 2025", 12, True, 200))
    assert read_heading([dated, title]).committee == "Kent County Council"


def test_a_meeting_date_years_from_every_other_date_of_the_document_is_for_review():
    # A year misprinted or misread in the heading: the document's own other dates are all of another year.
    def heading_dated(year):
        return read_heading([page(("PLANNING COMMITTEE", 16, True, 200), (f"Tuesday 4 March {year}", 14, True, 200),
                                  ("The minutes of the meeting held on 4 February 2025 were approved.", 10, False, 72),
                                  ("Application 24/0123/FUL was received on 10 January 2025 and advertised.", 10, False, 72),
                                  (BODY, 10, False, 72))])
    misread = heading_dated(2052)
    assert misread.date == "2052-03-04" and "years or more from every other date" in misread.doubts["date"]
    # Counter-example: a date in keeping with the rest (a month after the last meeting) is not doubted.
    assert heading_dated(2025).doubts == {}


def test_minutes_that_open_by_saying_the_body_met_name_it():
    # Probe of a small US city's minutes: the heading names only the city; the first sentence names its council.
    heading = read_heading([page(("CITY OF EDGEWOOD", 12, True, 250), ("MINUTES", 12, True, 280),
                                 ("The Edgewood City Council met in regular session on Tuesday, March 4, 2025, at 7:00 p.m. "
                                  "in the Council Chambers of City Hall.", 10.5, False, 72), (BODY, 10.5, False, 72))])
    assert (heading.body, heading.committee, heading.date) == ("City of Edgewood", "Edgewood City Council", "2025-03-04")
    # Counter-example: a sentence about who else met names no body.
    assert read_heading([page(("PLANNING COMMITTEE", 14, True, 200), ("4 March 2025", 12, False, 200),
                              ("Members of the public met with officers on site before the meeting.", 10, False, 72),
                              (BODY, 10, False, 72))]).committee == "Planning Committee"


def test_a_name_going_on_over_its_line_s_end_is_one_name_in_either_case():
    # cc_nipissing-township_pack_2025-02-18's police board, born digital (probe): "… BOARD &" in capitals over
    # "PNC Police Services Board" in mixed case; two boards meeting jointly each hold their head noun once.
    heading = read_heading([page(("NORTH BAY OPP DETACHMENT BOARD &", 12, True, 193), ("PNC Police Services Board", 12, True, 237),
                                 ("MEETING MINUTES", 11, True, 55), ("Monday, November 25, 2024, at 6:00 p.m.", 11, False, 55),
                                 ("Members Present:", 11, False, 55))])
    assert heading.committee == "North Bay Opp Detachment Board & PNC Police Services Board"
    assert "committee" not in heading.doubts
    # Counter-example: a line that ends a name, over its document's name in another case, stays apart.
    hansard = read_heading([page(("LEGISLATIVE ASSEMBLY OF NORTHSHIRE", 13, True, 190), ("Hansard", 13, True, 280),
                                 ("Tuesday, March 4, 2025", 11, False, 250), (BODY, 10, False, 72), (BODY, 10, False, 72))])
    assert hansard.committee == "Legislative Assembly of Northshire"


def test_a_body_s_complement_runs_on_over_of_the_authority():
    # us_alameda-ca_civil-service-board's name in mixed case, and a probe US housing authority's.
    assert committee_in("Civil Service Board of the City of Alameda") == "Civil Service Board of the City of Alameda"
    assert committee_in("Housing Authority of the City of Elm Grove") == "Housing Authority of the City of Elm Grove"
    # Counter-examples: what the meeting is about, or where, is no complement.
    assert committee_in("Special Meeting of the City Council on the Budget") == "City Council"


def test_the_field_naming_a_paper_s_meeting_body_names_the_heading_s_committee():
    # One convention (COVER_TO) for a report's cover and a heading: "Organ …" of Nykarleby's minutes, and the
    # decision maker of a record of decision (probe of a district council's cover).
    swedish = read_heading([page(("Nykarleby stad", 14, True, 72), ("Protokoll", 14, True, 72), (BODY, 10, False, 72),
                                 ("Organ Välfärdsnämnden", 10, False, 72), ("Sammanträdestid 15.9.2022 kl. 18.00 – 19.37", 10, False, 72))])
    assert swedish.committee == "Välfärdsnämnden"
    decision = read_heading([page(("Anytown District Council", 14, True, 72), ("RECORD OF DECISION", 14, True, 72),
                                  ("Decision Maker: Cabinet", 11, False, 72), ("Date of decision: 12 March 2025", 11, False, 72),
                                  (BODY, 10, False, 72))])
    assert decision.committee == "Cabinet"


def test_a_concurrent_meeting_names_the_bodies_that_sit_together():
    # Legistar's joint sittings (probe): "Concurrent Meeting of the … Agency and the City Council".
    assert committee_in("Concurrent Meeting of the Oakridge Redevelopment Agency and the City Council") == \
        "Oakridge Redevelopment Agency and the City Council"


def test_a_letter_spaced_title_and_a_possessive_are_read_as_the_body_s_name():
    # Probes: a Word title set with character spacing reaches the text layer a capital a word; a New England
    # town's "BOARD OF SELECTMEN’S MEETING" is the board's meeting.
    heading = read_heading([page(("M I N U T E S", 16, True, 250), ("PLANNING COMMITTEE", 16, True, 220),
                                 ("Tuesday 4 March 2025", 11, False, 240), (BODY, 10, False, 72), (BODY, 10, False, 72))])
    assert (heading.committee, heading.date) == ("Planning Committee", "2025-03-04")
    assert committee_in("BOARD OF SELECTMEN’S MEETING") == "Board of Selectmen"
    # Counter-examples: a possessive inside a name stays; initials are no letter-spaced word.
    assert committee_in("Children's Services Overview and Scrutiny Committee") == \
        "Children's Services Overview and Scrutiny Committee"
    assert without_letter_spacing("Councillors A B Smith and C Jones") == "Councillors A B Smith and C Jones"


def test_the_date_minutes_were_approved_on_is_not_the_meeting_s():
    # Probe of a US commission's approved minutes: the approval stamp, set large, above the meeting's date.
    heading = read_heading([page(("APPROVED APRIL 1, 2025", 14, True, 400), ("PLANNING COMMISSION MINUTES", 13, True, 200),
                                 ("Regular Meeting – March 4, 2025", 12, True, 200), (BODY, 10, False, 72), (BODY, 10, False, 72))])
    assert (heading.committee, heading.date, heading.doubts) == ("Planning Commission", "2025-03-04", {})
    # Counter-example: "APPROVED MINUTES" over its date is the title of the minutes, and the date the meeting's.
    titled = read_heading([page(("APPROVED MINUTES", 14, True, 250), ("PLANNING COMMISSION", 14, True, 230),
                                ("March 4, 2025", 12, False, 250), (BODY, 10, False, 72), (BODY, 10, False, 72))])
    assert titled.date == "2025-03-04"


def test_a_heading_without_a_year_is_dated_by_the_document_s_own_dates_and_flagged():
    heading = read_heading([page(("OAKLEY PARISH COUNCIL", 14, True, 200),
                                 ("Minutes of the Parish Council Meeting held on Tuesday 4th March at 7.30pm", 11, False, 100),
                                 ("Present: Councillors A Smith (Chair), B Jones", 11, False, 72),
                                 ("RESOLVED that the minutes of the meeting held on 4 February 2025 be approved.", 11, False, 72))])
    assert heading.date == "2025-03-04" and "no year" in heading.doubts["date"]
    # Counter-example: a heading that gives no day at all stays undated.
    undated = read_heading([page(("OAKLEY PARISH COUNCIL", 14, True, 200), ("Minutes", 12, True, 200),
                                 ("Present: Councillors A Smith (Chair), B Jones", 11, False, 72),
                                 ("RESOLVED that the minutes of the meeting held on 4 February 2025 be approved.", 11, False, 72))])
    assert undated.date is None


def test_a_council_set_before_its_committee_on_one_line_is_the_letterhead():
    # Probes of town councils' Word titles: "OAK PARK TOWN COUNCIL PLANNING COMMITTEE" on one line.
    heading = read_heading([page(("OAK PARK TOWN COUNCIL PLANNING COMMITTEE", 13, True, 150),
                                 ("Minutes of the meeting held on Tuesday 4 March 2025", 11, False, 72), (BODY, 10, False, 72))])
    assert (heading.body, heading.committee, heading.date) == ("Oak Park Town Council", "Planning Committee", "2025-03-04")
    assert committee_in("Kent County Council Cabinet") == "Cabinet"
    # Counter-examples: a board named after its city, and a council meeting jointly with another body, keep the name.
    assert committee_in("CITY OF ALAMEDA HISTORICAL ADVISORY BOARD") == "City of Alameda Historical Advisory Board"
    assert committee_in("Rancho Palos Verdes City Council and Improvement Authority") == \
        "Rancho Palos Verdes City Council and Improvement Authority"


def test_two_bodies_named_alike_in_the_heading_are_for_review():
    # Probe: a title block with two committees' names in the same type, and nothing to say which met.
    heading = read_heading([page(("PLANNING COMMITTEE", 14, True, 200), ("LICENSING COMMITTEE", 14, False, 200),
                                 ("4 March 2025", 12, False, 200), (BODY, 10, False, 72), (BODY, 10, False, 72))])
    assert heading.committee == "Planning Committee" and "committee" not in heading.doubts  # the bolder wins
    alike = read_heading([page(("PLANNING COMMITTEE", 14, True, 200), (BODY, 10, False, 72), ("LICENSING COMMITTEE", 14, True, 200),
                               ("4 March 2025", 12, False, 200), (BODY, 10, False, 72), (BODY, 10, False, 72))])
    assert "alike" in alike.doubts.get("committee", "")


def test_of_two_bodies_named_alike_the_one_the_summons_says_meets():
    # Probe of an Irish county council's municipal district agenda: the county's name and its district's in one
    # type, the summons naming the district's meeting. The counter-example above (two committees, no sentence
    # about either) stays for review.
    summons = ("You are hereby requested to attend the Monthly Meeting of the Municipal District of Enniscorthy "
               "to be held in the Council Chamber on Tuesday, 8th April 2025 at 10.00 a.m.")
    heading = read_heading([page(("WEXFORD COUNTY COUNCIL", 14, True, 200),
                                 ("Municipal District of Enniscorthy", 14, True, 200), ("Monthly Meeting", 14, True, 200),
                                 (summons, 10, False, 72), ("CLÁR / AGENDA", 14, True, 200), (BODY, 10, False, 72))])
    assert (heading.body, heading.committee) == ("Wexford County Council", "Municipal District of Enniscorthy")
    assert "committee" not in heading.doubts


def test_bodies_of_irish_and_arkansas_councils_are_meeting_bodies():
    # Probes: an Irish council's municipal districts meet on their own; an Arkansas county's legislature is its court.
    assert committee_in("Minutes of the Monthly Meeting of the Killarney Municipal District held on 10 March 2025") == \
        "Killarney Municipal District"
    assert committee_in("PULASKI COUNTY QUORUM COURT") == "Pulaski County Quorum Court"
    # Counter-example: a district named as an authority's kind is no body ("District Council" is; "District" alone not).
    assert committee_in("Mount Barker District") is None


def test_an_adjourned_meeting_is_dated_by_the_day_it_was_held():
    # Probe of a US council's adjourned meeting: the meeting adjourned from, then the day this one was held.
    heading = read_heading([page(("CITY OF LINDEN", 13, True, 230),
                                 ("MINUTES OF THE ADJOURNED MEETING OF FEBRUARY 25, 2025 HELD MARCH 4, 2025", 12, True, 100),
                                 (BODY, 10, False, 72), (BODY, 10, False, 72))])
    assert heading.date == "2025-03-04"
    # Counter-example: one date after "held" and a later one for the next meeting: the first.
    heading = read_heading([page(("FINANCE COMMITTEE", 13, True, 230),
                                 ("Minutes of the meeting held on 4 March 2025; next meeting to be held on 1 April 2025", 12, True, 72),
                                 (BODY, 10, False, 72), (BODY, 10, False, 72))])
    assert heading.date == "2025-03-04"


def test_bodies_of_a_joint_meeting_stacked_a_line_each_or_slashed_are_named_together():
    # Probes of Californian agendas: the city's council and the agencies it sits as, a line each or on one line.
    stacked = read_heading([page(("CITY OF LA PALMA", 13, True, 230), ("CITY COUNCIL", 13, True, 230), ("SUCCESSOR AGENCY", 13, True, 230),
                                 ("HOUSING AUTHORITY", 13, True, 230), ("FINANCING AUTHORITY", 13, True, 230),
                                 ("REGULAR MEETING AGENDA", 12, True, 220), ("March 4, 2025", 11, False, 240), (BODY, 10, False, 72))])
    assert stacked.committee == "City Council, Successor Agency, Housing Authority and Financing Authority"
    assert "committee" not in stacked.doubts
    slashed = read_heading([page(("CITY OF LA PALMA", 13, True, 230), ("CITY COUNCIL / SUCCESSOR AGENCY / HOUSING AUTHORITY", 13, True, 150),
                                 ("March 4, 2025", 11, False, 240), (BODY, 10, False, 72), (BODY, 10, False, 72))])
    assert slashed.committee == "City Council, Successor Agency, Housing Authority"
    # Counter-example: a name wrapped over two lines is one name, not two bodies.
    assert read_heading([page(("BOARD OF WATER AND POWER", 16, True, 171), ("COMMISSIONERS", 16, True, 171),
                              ("Tuesday, January 25, 2022", 16, True, 171), (BODY, 10, False, 72))]).committee == \
        "Board of Water and Power Commissioners"


def test_a_place_s_article_after_of_keeps_its_capital():
    # Probes of US cities named with an article: "CITY OF LA PALMA", "CITY OF DES MOINES".
    assert title_case("CITY OF DES MOINES PLANNING AND ZONING COMMISSION") == "City of Des Moines Planning and Zoning Commission"
    assert title_case("CITY OF LA PALMA") == "City of La Palma"
    # Counter-example: French articles inside a French name stay in lower case.
    assert title_case("CONSEIL MUNICIPAL DE LA VILLE DE QUÉBEC") == "Conseil Municipal de la Ville de Québec"


# Probes of Californian cities' bond oversight committees and an English NHS board; counter-examples: Welsh and
# English words without a, e, i, o or u, "St" short for Saint.
@pytest.mark.parametrize("printed, recased", [
    ("MEASURE AV OVERSIGHT COMMITTEE", "Measure AV Oversight Committee"),
    ("MEASURE A CITIZENS OVERSIGHT COMMITTEE", "Measure A Citizens Oversight Committee"),
    ("NHS TRUST BOARD", "NHS Trust Board"), ("CWM TAWE COMMUNITY COUNCIL", "Cwm Tawe Community Council"),
    ("KING'S LYNN AND WEST NORFOLK", "King's Lynn and West Norfolk"),
    ("ST ALBANS CITY AND DISTRICT COUNCIL", "St Albans City and District Council"),
    ("MEASURES OF PERFORMANCE", "Measures of Performance")])
def test_a_ballot_measures_letters_and_an_acronym_without_vowels_keep_their_capitals(printed, recased):
    assert title_case(printed) == recased


def typed(*texts, size=11.0, step=2.2):
    """A clerk's document typed in one font: every line a paragraph, ``step`` times the type size apart."""
    out = [Line(text=text, x0=72, x1=72 + len(text) * size * 0.5, top=60 + i * size * step,
                bottom=60 + i * size * step + size, size=size) for i, text in enumerate(texts)]
    return Page(number=1, width=612.0, height=792.0, lines=out)


def test_a_document_typed_in_one_type_has_its_heading_down_to_the_date():
    # Probes of parish and town clerks' Word documents: one font, one size, each title line a paragraph.
    parish = read_heading([typed("THORNBURY", "PARISH COUNCIL", "Minutes of the Ordinary Meeting held on Tuesday 4th March "
                                 "2025 at 7.30pm in the Village Hall", BODY, BODY)])
    assert (parish.committee, parish.date) == ("Thornbury Parish Council", "2025-03-04")
    town = read_heading([typed("WESTBURY TOWN COUNCIL", "Environment and Planning Committee", "Minutes",
                               "Monday 3 March 2025, 6.30pm – 8.15pm, Council Offices", BODY, BODY)])
    assert (town.body, town.committee, town.date) == ("Westbury Town Council", "Environment and Planning Committee", "2025-03-03")
    dated_first = read_heading([typed("March 6, 2025", "HISTORIC PRESERVATION COMMISSION", "MINUTES", BODY, BODY)])
    assert (dated_first.committee, dated_first.date) == ("Historic Preservation Commission", "2025-03-06")
    scottish = read_heading([typed("FALKIRK COUNCIL", "Minute of meeting of the Policy and Resources Committee held in the "
                                   "Municipal Buildings, Falkirk on Tuesday 4 March 2025 at 9.30 a.m.", BODY)])
    assert scottish.committee == "Policy and Resources Committee"
    # Counter-examples: an authority's name on the line above is its letterhead, not the start of the name below.
    assert read_heading([typed("TOWN OF CLAYTON", "PLANNING BOARD", "MEETING MINUTES", "March 4, 2025", BODY)]).committee == \
        "Planning Board"
    assert read_heading([typed("Comhairle Contae Chorcaí", "Cork County Council", "Minutes of the meeting held on "
                               "Monday 10th March 2025", BODY)]).committee == "Cork County Council"


def test_a_letter_s_labelled_date_above_its_salutation_is_the_letter_s():
    # cc_kent-cc_pack_2025-02-13's covering letter, typed in one type: "Date: 27 February 2025" above "Dear Member"
    # dates the letter; the meeting is the one its heading line names.
    heading = read_heading([typed("Date: 27 February 2025", "Dear Member", "COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025",
                                  "Enclosed are the Budget amendments that were proposed during the meeting on 13 February")])
    assert (heading.committee, heading.date) == ("County Council", "2025-02-13")


def test_a_us_county_named_with_its_state_over_its_board_is_the_body():
    # An Iowa board of supervisors' minutes (probe): the county and its state, then the board.
    heading = read_heading([page(("MARSHALL COUNTY, IOWA", 14, True, 220), ("BOARD OF SUPERVISORS", 14, True, 225),
                                 ("MINUTES OF REGULAR MEETING", 12, True, 230), ("January 9, 2024", 12, True, 260),
                                 (BODY, 10, False, 72))])
    assert heading.body == "MARSHALL COUNTY" and heading.date == "2024-01-09"
    assert heading.committee.casefold() == "board of supervisors"


def test_a_venue_in_capitals_naming_the_council_chamber_is_no_authority():
    # A Western Australian shire's title block and an English district's: the venue set in capitals
    # ("IN THE COUNCIL CHAMBERS, DONNYBROOK") has only function words before "Council", so it names no
    # authority and leaves the letterhead's to be the body.
    heading = read_heading([page(
        ("SHIRE OF DONNYBROOK-BALINGUP", 14, True, 180), ("MINUTES OF THE ORDINARY COUNCIL MEETING", 12, True, 150),
        ("HELD ON WEDNESDAY 24 APRIL 2024 AT 5.00PM", 12, True, 160), ("IN THE COUNCIL CHAMBERS, DONNYBROOK", 12, True, 165),
        ("1.0 DECLARATION OF OPENING", 11, True, 72))])
    assert (heading.body, heading.date) == ("Shire of Donnybrook-Balingup", "2024-04-24")
    assert heading.committee != "In the Council"
    heading = read_heading([page(
        ("MINUTES OF THE PLANNING COMMITTEE", 12, True, 150), ("IN THE COUNCIL CHAMBER", 12, True, 190),
        ("ON TUESDAY 5 MARCH 2024", 12, True, 180), ("PRESENT: Councillor A Smith (Chair)", 11, False, 72))])
    assert (heading.body, heading.committee) == (None, "Planning Committee")
    # counter-example: a council named by its place keeps its name, in capitals too
    heading = read_heading([page(
        ("ASHBY TOWN COUNCIL", 14, True, 200), ("MINUTES OF THE PLANNING COMMITTEE", 12, True, 150),
        ("ON TUESDAY 5 MARCH 2024", 12, True, 180), ("PRESENT: Councillor A Smith (Chair)", 11, False, 72))])
    assert heading.body == "Ashby Town Council"


@pytest.mark.parametrize("authority,committee", [("Närpes stad", "Tekniska nämnden"),  # a Swedish kallelse (probe)
                                                 ("Kannonkosken kunta", "Tekninen lautakunta")])  # a Finnish one
def test_nordic_bodies_named_by_an_adjective_before_their_head_noun(authority, committee):
    heading = read_heading([page(
        (authority, 14, True, 72), (committee, 14, True, 72), ("KALLELSE OCH FÖREDRAGNINGSLISTA 3/2026", 12, True, 72),
        ("Tid: Tisdag 17.3.2026 kl. 18.00", 11, False, 72), (BODY, 10, False, 72))])
    assert (heading.body, heading.committee) == (authority, committee)
    # Counter-example: in English a body's name in lower case is a sentence's words.
    assert committee_doubt("No response from the village hall committee")


def test_a_national_park_authority_is_the_body_of_its_committee():
    # Probe of a national park authority's planning committee agenda: the authority over the committee's name.
    heading = read_heading([page(
        ("Peak Uplands National Park Authority", 16, True, 72), ("Planning Committee", 14, True, 72),
        ("Friday, 13 March 2026 at 10.00 am", 12, True, 72), (BODY, 10, False, 72))])
    assert (heading.body, heading.committee, heading.date) == (
        "Peak Uplands National Park Authority", "Planning Committee", "2026-03-13")


def test_a_letters_date_field_under_a_display_letterhead_is_the_letter_s():
    # Probe of a London borough's summons: the letterhead in bold, then "Date: 2 March 2026" above "Dear Councillor";
    # the meeting is the one the summons' sentence gives ("to be held on Monday, 9 March 2026"). The borough is styled
    # "London Borough of …" (as Hackney, Barnet; "Royal Borough of Greenwich").
    letter = [("London Borough of Hackwell", 14, True, 72), ("Town Hall, Mare Street, London E8 1EA", 11, False, 72),
              ("Date: 2 March 2026", 11, False, 72), ("Dear Councillor,", 11, False, 72),
              ("You are summoned to attend a meeting of the Cabinet to be held on Monday, 9 March 2026 at 6.30 pm in "
               "Committee Room 1, Town Hall.", 11, False, 72)]
    heading = read_heading([page(*letter, (BODY, 10, False, 72))])
    assert (heading.body, heading.date) == ("London Borough of Hackwell", "2026-03-09")
    # Counter-example: with no salutation the date field is the meeting's (a front sheet's "Date: …").
    sheet = [line for line in letter if not line[0].startswith(("Dear", "You are"))]
    assert read_heading([page(*sheet, (BODY, 10, False, 72))]).date == "2026-03-02"


def test_an_order_paper_or_business_paper_is_the_documents_name_not_the_bodys():
    # Probes of a New Zealand district council's order paper and an Australian shire's business paper: "Order Paper"
    # over "Ordinary Council Meeting" had made a rival body 'Order Paper Council', flagged for review.
    for title in ("Order Paper", "Business Paper"):
        heading = read_heading([page(("Waimaru District Council", 16, True, 72), (title, 14, True, 72),
                                     ("Ordinary Council Meeting", 14, True, 72),
                                     ("Wednesday 25 March 2026, 9.30am", 12, False, 72), (BODY, 10, False, 72))])
        assert (heading.committee, heading.doubts) == ("Waimaru District Council", {})
    # Counter-example: a body named after paper keeps its name.
    assert committee_in("Paper Mill Liaison Committee") == "Paper Mill Liaison Committee"


def test_a_body_s_meeting_of_its_authority_names_both_apart():
    # Australian and New Zealand councils' minutes title the sitting as one sentence: the body that met, "Meeting
    # of", then the authority. The two names had run together ("Council Wattle Creek Shire Council").
    title = ("MINUTES OF THE PLANNING COMMITTEE MEETING OF WATTLE CREEK SHIRE COUNCIL HELD AT THE COUNCIL CHAMBERS, "
             "12 HIGH STREET, WATTLE CREEK ON TUESDAY, 24 MARCH 2026 AT 6.30PM")
    heading = read_heading([page((title, 12, True, 72), ("PRESENT: Cr Jenny Marsh (Mayor), Cr Anh Nguyen", 11, False, 72))])
    assert (heading.body, heading.committee, heading.date) == ("Wattle Creek Shire Council", "Planning Committee",
                                                               "2026-03-24")
    assert committee_in("Minutes of the Finance Committee meeting of Tauranga City Council") == "Finance Committee"
    whole = read_heading([page(("Minutes of the Ordinary Council Meeting of the City of Darebin held on 24 March 2026",
                                12, True, 72), ("PRESENT: Cr Lina Messina (Mayor)", 11, False, 72))])
    assert whole.body == "City of Darebin"  # the article of the sentence is not the name's


def test_a_meeting_s_kind_before_meeting_of_names_no_body():
    # Counter-examples: "Annual", "Regular" say how the body met (an English parish's, a US city's minutes).
    parish = read_heading([page(("Minutes of the Annual Meeting of Milburn Parish Council held on 5 July 2016", 12, True, 72),
                                ("Present: Councillors D Richardson (Chair), R Healey", 11, False, 72))])
    assert (parish.body, parish.committee) == ("Milburn Parish Council", "Milburn Parish Council")
    assert committee_in("Minutes of the Regular Meeting of the City Council of the City of Rosemead") == \
        "City Council of the City of Rosemead"


def test_a_combined_authority_named_by_its_bearing_from_a_place():
    # A combined authority's report (the West of England's, in mixed case) had been of "England Combined Authority":
    # the region is named by its bearing from a place, as the North of Tyne's is.
    assert authority_in("Report to the West of England Combined Authority Committee") == \
        "West of England Combined Authority"
    assert authority_in("North of Tyne Combined Authority") == "North of Tyne Combined Authority"
    # Counter-example: an office of the authority is not part of its name.
    assert authority_in("the Leader of Greater Manchester Combined Authority") == "Greater Manchester Combined Authority"


def test_a_line_listing_several_places_authorities_names_not_the_documents_own():
    # A county board of health's agenda names no authority in its heading; an item's list of the cities it has
    # agreements with had made "City of Brooklyn Heights" the agenda's authority, published as fact.
    listing = ("CRC 2019-48: Memorandums of Understanding (MOUs) - City Broadview Heights City of Brooklyn Heights "
               "City of Highland Heights City of North Randall City of Warrensville Heights")
    assert authority_named([listing]) is None
    # Counter-examples: one authority's name (a seed agenda's public information), and one place's names in two
    # languages, still name it.
    assert authority_named(["Thurrock Council Wi-Fi"]) == "Thurrock Council"
    assert authority_named(["CYNGOR SIR BRYNGLAS / BRYNGLAS COUNTY COUNCIL"]) == "Cyngor Sir Brynglas"
    # The same list one a line, as the agenda prints it.
    assert authority_named(["CRC 2019-48: Memorandums of Understanding (MOUs)", "City Broadview Heights",
                            "City of Brooklyn Heights", "City of Highland Heights", "City of Warrensville Heights"]) is None
    assert authority_named(["CYNGOR SIR BRYNGLAS", "BRYNGLAS COUNTY COUNCIL"]) == "Cyngor Sir Brynglas"  # one place


def test_a_line_opening_with_the_date_and_giving_the_time_is_the_meetings():
    # A Legistar agenda (probe of a US city council's) sets the date, time and venue in small plain type under its
    # title block: the date had been flagged as "a date in the text, not the heading's".
    title = [("City of Fairview", 11, True, 31), ("Meeting Agenda", 11, True, 31), ("City Council", 11, True, 31)]
    items = [("1. CALL TO ORDER", 11, True, 31), ("2. ROLL CALL", 11, True, 31), (BODY, 11, False, 31), (BODY, 11, False, 31)]
    heading = read_heading([page(*title, ("Tuesday, March 17, 2026 7:00 PM Council Chambers, 100 Main Street", 9, False, 31),
                                 *items)])
    assert (heading.date, heading.doubts) == ("2026-03-17", {})
    # Counter-example: a date that something else leads stays unsure (a deadline for comments).
    heading = read_heading([page(*title, ("Deadline for public comments: March 16, 2026 at 5:00 PM", 9, False, 31),
                                 *items)])
    assert "date" in heading.doubts


def test_a_welsh_place_of_the_council_names_no_body():
    # Probe of a Welsh county council's bilingual front sheet: its venue "Siambr y Cyngor, Swyddfeydd y Cyngor" (the
    # council's chamber and offices) had been a rival body 'Cyngor, Swyddfeydd y Cyngor, Llangefni', flagged.
    assert committee_in("Siambr y Cyngor, Swyddfeydd y Cyngor, Llangefni") is None
    assert committee_in("Ystafell y Pwyllgor") is None
    # Counter-examples: the body's own name, and a meeting of the council, name it.
    assert committee_in("Cyngor Cymuned Manordeilo a Salem") == "Cyngor Cymuned Manordeilo a Salem"
    assert committee_in("Cyfarfod y Cyngor") == "Cyngor"


def test_an_isle_or_vale_in_an_authoritys_name():
    # Probe of a fire and rescue authority's minutes (Hampshire's, in capitals and in mixed case) had named "And Isle
    # of Wight …" and "Wight Fire and Rescue Authority"; English and Welsh councils are named so too.
    for printed in ("HAMPSHIRE AND ISLE OF WIGHT FIRE AND RESCUE AUTHORITY",
                    "Hampshire and Isle of Wight Fire and Rescue Authority"):
        assert authority_in(printed) == "Hampshire and Isle of Wight Fire and Rescue Authority"
    assert authority_in("Vale of Glamorgan Council") == "Vale of Glamorgan Council"
    assert authority_in("VALE OF WHITE HORSE DISTRICT COUNCIL") == "Vale of White Horse District Council"
    # Counter-example: an office "of" the authority is not part of its name.
    assert authority_in("Report of the Chief Fire Officer of Cheshire Fire Authority") == "Cheshire Fire Authority"


def test_a_plain_line_naming_only_a_body_under_the_title_is_the_heading_s():
    # Nordic agendas' committee in plain type under "Dagsorden" / "Föredragningslista" (probes); counter-examples:
    # an authority's name (a UK letterhead's "Kent County Council") and a line of running text.
    assert _names_only_a_body("Økonomiudvalget") and _names_only_a_body("Kommunstyrelsen")
    assert not _names_only_a_body("Kent County Council")
    assert not _names_only_a_body("The Committee noted the report")


def test_two_councils_joined_by_and_are_two_authorities():
    # A joint meeting of Medway Council and Kent County Council names two authorities; a council named after two
    # places ("Causeway Coast and Glens Borough Council", "Brighton and Hove City Council") is one.
    assert authority_in("Medway Council and Kent County Council") == "Medway Council"
    assert authority_in("KENT COUNTY COUNCIL AND MEDWAY COUNCIL") == "Kent County Council"
    assert authority_in("Causeway Coast and Glens Borough Council") == "Causeway Coast and Glens Borough Council"
    assert authority_in("Brighton and Hove City Council") == "Brighton and Hove City Council"
