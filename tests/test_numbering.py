"""The document's own numbering scheme, found from real lines of agendas of several bodies."""

import pytest

from extract.parse.numbering import Candidate, outline, read_label, roman_value


@pytest.mark.parametrize("line,printed,title", [
    ("84. Minutes", "84", "Minutes"),  # a running minute number
    ("7-A Consent Calendar", "7-A", "Consent Calendar"),
    ("5.a Approve the warrants", "5.a", "Approve the warrants"),
    ("A.1 Call to order", "A.1", "Call to order"),
    ("2.1 Public Employee Performance Evaluation – Pursuant to Government Code", "2.1",
     "Public Employee Performance Evaluation – Pursuant to Government Code"),
    ("VII. PROCLAMATIONS / PRESENTATIONS", "VII", "PROCLAMATIONS / PRESENTATIONS"),
    ("a) 23-0015 RECOGNIZING JUNIOR LIFEGUARDS JACKSON LOWREY", "a", "23-0015 RECOGNIZING JUNIOR LIFEGUARDS JACKSON LOWREY"),
    ("(1) 2018 Year-end Strategic Plan Update Part II", "1", "2018 Year-end Strategic Plan Update Part II"),
    ("188 § Sammanträdets laglighet och beslutförhet", "188", "Sammanträdets laglighet och beslutförhet"),
    ("§ 45 Kokouksen avaus", "45", "Kokouksen avaus"),  # a probe of a Finnish agenda: the sign before the number
    ("10.Resolution: Award NIP-PW-9-2025, Supply, Crush and Apply Quarried Granite.", "10",
     "Resolution: Award NIP-PW-9-2025, Supply, Crush and Apply Quarried Granite."),
    ("H.RESOLUTION (2019-44) Renew contract with Lincoln National Life Insurance Company for", "H",
     "RESOLUTION (2019-44) Renew contract with Lincoln National Life Insurance Company for"),
    ("3a. Consideration and possible action to certify the results of the General", "3a",
     "Consideration and possible action to certify the results of the General"),
    ("3 English Devolution White Paper (Pages 1 - 18)", "3", "English Devolution White Paper (Pages 1 - 18)"),
    ("Item 5 - Mayoral Appointments and Composition of Executive Policy Committee", "5",
     "Mayoral Appointments and Composition of Executive Policy Committee"),
    ("24/104 Finance", "24/104", "Finance"),  # a probe of an English parish agenda: the year, then a running number
])
def test_labels_in_every_scheme(line, printed, title):
    label = read_label(line)
    assert (label.printed, label.title) == (printed, title)


@pytest.mark.parametrize("line", [
    "A reception will be held to honor the outgoing and incoming Council Members.",
    "I hereby certify under penalty of perjury under the laws of the State of California",
    "2022 12 12 ITEM NO 7", "1 of 5 11/20/22, 8:38 PM", "6:00 PM - OPEN SESSION", "461 - 610)",
    "A.M. until dusk; and at the City's website www.rpvca.gov", "24/00108 - Revenue and Capital Budget",
])
def test_words_and_times_are_not_labels(line):
    assert read_label(line) is None


def test_a_full_stop_read_as_a_comma_by_ocr_is_a_full_stop():
    # A scanned township agenda: "3." and "5." around "4," as Tesseract read it.
    label = read_label("4, Resolution: Appointment of a representative to the East Nipissing-North Parry Sound")
    assert (label.printed, label.marks, label.title[:11]) == ("4", "x.", "Resolution:")
    assert read_label("2, 3 and 4 of the report were noted") is None  # a list of numbers, not a label


def test_roman_numerals():
    assert [roman_value(t) for t in ("I", "IV", "IX", "XIV", "XVI", "IIII", "VX")] == [1, 4, 9, 14, 16, None, None]


def candidates(lines, bold=()):
    """(indent, text) lines → the candidates among them, as an agenda's rows would give them."""
    out = []
    for index, (indent, text) in enumerate(lines):
        label = read_label(text)
        if label:
            out.append(Candidate(index, label, indent, bold=index in bold))
    return out


def numbers(lines, **kw):
    found = outline(candidates(lines, **kw))
    return [c.label.printed for c in found.items]


# cc_hermosa-beach_agenda_2023-01-10: roman items, lettered sub-items flush with them; the numbered
# ways to take part, in the text's type, before the items and again inside one.
HERMOSA = [
    (54.8, "1. IN PERSON - Council Chambers, 1315 Valley Drive, Hermosa Beach, CA 90254"),
    (54.8, "2. ZOOM - https://us02web.zoom.us/j/89968207828?"),
    (54.8, "a) 23-0028 MINUTES: Approval of minutes of Closed Session held on November 29 and"),
    (54.8, "b) 23-0025 CONFERENCE WITH LEGAL COUNSEL:"),
    (54.8, "I. CALL TO ORDER"), (54.8, "II. PLEDGE OF ALLEGIANCE"), (54.8, "III. ROLL CALL"),
    (54.8, "IV. CLOSED SESSION REPORT"), (54.8, "V. ANNOUNCEMENTS - UPCOMING CITY EVENTS"),
    (54.8, "VI. APPROVAL OF AGENDA"), (54.8, "VII. PROCLAMATIONS / PRESENTATIONS"),
    (54.8, "a) 23-0015 RECOGNIZING JUNIOR LIFEGUARDS JACKSON LOWREY"),
    (54.8, "b) 23-0018 ANNOUNCEMENT OF THE WINNER OF THE 13TH ANNUAL"),
    (54.8, "VIII. CITY MANAGER REPORT"), (54.8, "a) 23-0029 POLICE CHIEF UPDATE"),
    (54.8, "IX. PUBLIC PARTICIPATION: ORAL AND WRITTEN COMMUNICATIONS FROM THE"),
    (54.8, "1. IN PERSON - Council Chambers, 1315 Valley Drive, Hermosa Beach, CA 90254"),
    (54.8, "2. ZOOM - https://us02web.zoom.us/j/89968207828?"),
    (54.8, "X. CITY COUNCILMEMBER COMMENTS"),
]


def test_roman_items_with_lettered_sub_items_flush_with_them():
    bold = {i for i, (_, text) in enumerate(HERMOSA) if not text.startswith(("1.", "2."))}
    assert numbers(HERMOSA, bold=bold) == [
        "a", "b", "I", "II", "III", "IV", "V", "VI", "VII", "a", "b", "VIII", "a", "IX", "X"]



def test_sub_items_carrying_their_items_number_flush_in_plain_type():
    # probe of a US city council agenda: "5.A", "5.B" in plain type flush under a bold "5. CONSENT CALENDAR" are
    # its sub-items, as "3.1" under "3." are; Hermosa's plain "1.", "2." (above) carry no item's number.
    lines = [(72, "4. PUBLIC COMMENTS"), (72, "5. CONSENT CALENDAR"), (72, "5.A Approval of Minutes of February 18, 2025"),
             (72, "5.B Warrant Register"), (72, "6. PUBLIC HEARINGS"), (72, "6.A Zone Change 2024-03 for 120 Main Street"),
             (72, "7. ADJOURNMENT"), (72, "8.B Recommendation: receive and file.")]
    assert numbers(lines, bold={0, 1, 4, 6}) == ["4", "5", "5.A", "5.B", "6", "6.A", "7"]


# cc_ladwp-board_agenda_2022-01-25: lettered items, numbered sub-items indented under them; the order of
# business explained in a numbered list before them, further left.
LADWP = [
    (72.0, "1. Preliminary Matters: The Board President will begin the meeting with opening remarks. General Public"),
    (72.0, "2. Consideration of Items Recommended for Approval: The Board will consider items recommended for"),
    (72.0, "3. Management Reports: Reports from management and other documents are presented to the Board for"),
    (80.3, "A. Roll Call"), (80.3, "B. Opening remarks by the Commission President"), (80.3, "C. General Public Comment"),
    (80.3, "D. Report/Briefing by the General Manager and Chief Engineer"),
    (80.3, "E. Introduction of Motions for Future Consideration"), (80.3, "F. Comments from Ratepayer Advocate on Agendized Items"),
    (80.3, "G. Discussion with Neighborhood Council Representatives"),
    (80.3, "H. Consideration of Items Recommended for Approval"), (80.3, "I. Management Reports"),
    (117.3, "1. Presentation regarding Cal/OSHA Recordable and Reportable Injury Cases"),
    (117.3, "2. Presentation regarding Advancement of Diversity, Equity, and Inclusion"),
    (80.3, "J. Filed Items"), (117.3, "1. Office of the Chief Information Security Officer Monthly Report –"),
    (80.3, "K. Minutes"),
]


def test_letters_with_numbered_sub_items_and_no_preamble():
    # "I" is a letter here (after D … J), not a roman one.
    assert numbers(LADWP) == ["A", "B", "C", "D", "E", "F", "G", "H", "I", "1", "2", "J", "1", "K"]


def test_sub_items_numbered_on_through_the_lettered_sections():
    # Probe of a US planning commission's agenda: the items are numbered 1, 2, 3 through its lettered sections.
    lines = [(72.0, "A. CALL TO ORDER"), (72.0, "B. ROLL CALL"), (72.0, "C. CONSENT ITEMS"),
             (90.0, "1. Approval of Minutes of February 27, 2025"), (72.0, "D. PUBLIC HEARINGS"),
             (90.0, "2. Conditional Use Permit 2025-02, 450 Oak Street"), (90.0, "3. Tentative Parcel Map 2025-01"),
             (72.0, "E. ADJOURNMENT")]
    assert numbers(lines) == ["A", "B", "C", "1", "D", "2", "3", "E"]
    # Counter-example: numbers under a later section that start nowhere ("4." with no "1." before it) are no items.
    assert numbers(lines[:3] + [(72.0, "D. PUBLIC HEARINGS"), (90.0, "4. Conditional Use Permit 2025-02"),
                                (90.0, "5. Tentative Parcel Map 2025-01"), (72.0, "E. ADJOURNMENT")]) == ["A", "B", "C", "D", "E"]


# cc_rancho-palos-verdes_agenda_2022-12-06: each section under its unnumbered heading numbered afresh.
RANCHO = [
    (105.3, "1. Presentation to Mayor Bradley and Councilmember Dyda"),
    (105.3, "2. Remarks by invited Electeds/Representatives and Council Members"),
    (105.3, "3a. Consideration and possible action to certify the results of the General"),
    (105.3, "3. Swearing in and Seating of Newly Elected Council Members David Bradley,"),
    (105.3, "4. Council Reorganization"), (134.8, "a. Selection of Mayor"), (162.0, "(2) City Council to elect by majority vote."),
    (134.8, "b. Selection of Mayor Pro Tem"), (105.3, "A. Motion to Waive Full Reading"),
    (105.3, "B. Approval of Minutes (Takaoka)"), (105.3, "C. Registers of Demands (Mata)"),
    (105.3, "1. Consideration and possible action to determine the limits of removal of the"),
    (105.3, "2. Consideration and possible action to receive a report on the City’s planning"),
]


def test_sections_numbered_on_their_own():
    found = outline(candidates(RANCHO))
    assert [c.label.printed for c in found.items] == ["1", "2", "3a", "3", "4", "a", "b", "A", "B", "C", "1", "2"]
    assert found.breaks() == ["3 after 3a"]


# cc_cuyahoga-board-of-health_agenda_2019-04-24: resolutions lettered flush with the items, then the
# schedules appended after the last item, numbered again further left.
CUYAHOGA = [
    (75.6, "9. Committee Reports – N/A"), (75.6, "10. Approval of Resolutions/Motions:"),
    (75.6, "A. RESOLUTION (2019-37) Accept the Ohio Department of Transportation 2018/2019 Safe"),
    (80.2, "B.RESOLUTION (2019-38) Authorize the Health Commissioner to enter into a contract with the"),
    (71.2, "11. RESOLUTION (2019-47) Approval of the Consent Agenda as set forth in the attached"),
    (71.2, "12. Health Commissioner’s Report –"), (93.6, "(1) 2018 Year-end Strategic Plan Update Part II"),
    (93.6, "(2) Northeast Ohio Alliance for Hope (NOAH) East Cleveland Food Retail Event"),
    (71.2, "13. Public and Staff Comments (three minute maximum)."),
    (57.6, "1. Establish Budgets"),
    (75.6, "A. Establish a budget for the 2019/2020 Child Obesity grant in the amount of $10,000.00 (ref."),
    (57.6, "2. Budget Revisions"),
]


def test_a_numbering_further_left_after_the_last_item_ends_the_list():
    found = outline(candidates(CUYAHOGA))
    assert [c.label.printed for c in found.items] == ["9", "10", "A", "B", "11", "12", "1", "2", "13"]
    assert found.end == 9


# cc_nykarleby-stadsstyrelsen_pack_2022-09-26: a table of contents, then each item again on its page.
NYKARLEBY = [
    (56.7, "188 § Sammanträdets laglighet och beslutförhet .............................. 2"),
    (56.7, "189 § Val av protokolljusterare ............................................ 3"),
    (56.7, "190 § Godkännande av föredragningslistan ................................... 4"),
    (71.0, "188 §"), (71.0, "189 § Val av protokolljusterare"),
]


def test_the_numbering_starting_again_elsewhere_ends_the_list():
    assert numbers(NYKARLEBY) == ["188", "189", "190"]


# us_omaha-ne_city-council-agenda_2012-10-16: notes lettered under an item; an item's (a) is no sub-item
# when the caller says so (here: it comes under a paragraph of prose).
OMAHA = [
    (72.0, "5. Ord. to rezone property located East of 99th Street and South of Redick Avenue"),
    (144.0, "(a) Planning Board and Planning Department recommend approval of"),
    (72.0, "6. Ord. to approve a PUD-Planned Unit Development Overlay District in a R7-"),
    (144.0, "(a) Planning Board and Planning Department recommend approval of"),
    (72.0, "7. Ord. to approve a Major Amendment to a Mixed Use District Development"),
]


def test_the_caller_decides_what_a_deeper_run_numbers():
    assert [c.label.printed for c in outline(candidates(OMAHA)).items] == ["5", "a", "6", "a", "7"]
    judged = []
    found = outline(candidates(OMAHA), accept=lambda run, parent: judged.append(parent.label.printed) or False)
    assert [c.label.printed for c in found.items] == ["5", "6", "7"] and judged == ["5", "6"]


def test_no_numbering():
    found = outline(candidates([(72.0, "CALL TO ORDER"), (72.0, "ROLL CALL")]))
    assert (found.items, found.main, found.breaks()) == ([], None, [])


# Probe of a US city council's agenda: roman items and their lettered sub-items set flush, "A." and "B." as
# "I." and "II." are; the sub-items in plain type under bold numerals.
ROMAN_WITH_LETTERS = [
    (72.0, "I. CALL TO ORDER"), (72.0, "II. ROLL CALL"), (72.0, "III. CONSENT AGENDA"),
    (72.0, "A. Approval of the Minutes of the February 17, 2026 Regular Meeting"),
    (72.0, "B. Resolution 26-08, Authorizing the City Manager to Sign a Contract"),
    (72.0, "C. Acceptance of the Quarterly Investment Report"), (72.0, "IV. PUBLIC HEARINGS"),
    (72.0, "A. Ordinance 2915, Amending the Community Development Code"), (72.0, "V. NEW BUSINESS"),
    (72.0, "A. Award of Contract for the Boones Ferry Road Improvements"),
    (72.0, "B. Discussion of the Parks Master Plan Update"), (72.0, "VI. ADJOURNMENT"),
]


def test_letters_starting_again_under_each_roman_numeral_are_its_sub_items():
    bold = {i for i, (_, text) in enumerate(ROMAN_WITH_LETTERS) if text.split()[0].rstrip(".") in
            ("I", "II", "III", "IV", "V", "VI")}
    assert numbers(ROMAN_WITH_LETTERS, bold=bold) == [
        "I", "II", "III", "A", "B", "C", "IV", "A", "V", "A", "B", "VI"]


def test_letters_running_on_through_the_numerals_are_no_sub_items():
    # Counter-examples: letters that run on (A, B under one numeral, E, F under the next) start again under no
    # numeral, and main items lettered A … J read "I." as a letter (LADWP above).
    lines = [(72.0, "I. CALL TO ORDER"), (72.0, "II. ROLL CALL"), (72.0, "A. Approval of the Minutes"),
             (72.0, "B. Warrant Register"), (72.0, "III. NEW BUSINESS"), (72.0, "E. Award of Contract"),
             (72.0, "F. Parks Master Plan"), (72.0, "IV. COMMENTS"), (72.0, "V. ADJOURNMENT")]
    assert numbers(lines) == ["I", "II", "III", "IV", "V"]
    assert numbers(LADWP)[:9] == ["A", "B", "C", "D", "E", "F", "G", "H", "I"]


def test_a_title_led_by_its_year_after_a_bare_number():
    # A Canadian town's agenda ("6.1 2026 Water and Wastewater Rates") and an Australian shire's business paper
    # ("7.1.1 2025/26 Fees and Charges") open titles with the year they are of: the item had become its parent's text.
    assert read_label("6.1 2026 Water and Wastewater Rates - Report FIN-2026-03").title.startswith("2026 Water")
    assert read_label("7.1.1 2025/26 Fees and Charges").printed == "7.1.1"
    # Counter-examples: a date in figures, and a year before words in lower case, open no title.
    assert read_label("2 2022 12 12 令和4年") is None
    assert read_label("3 2026 to be confirmed") is None


def test_a_planning_applications_reference_may_open_a_title():
    # Probe of an English parish council's agenda: the applications it is consulted on listed by reference under
    # "5. Planning applications" ("5.1 3/26/0123/HH – 12 The Street", "5.2 24/01234/FUL Land at Mill Lane").
    assert read_label("5.1 3/26/0123/HH – 12 The Street – single storey rear extension").printed == "5.1"
    assert read_label("2 24/01234/FUL Land at Mill Lane").title == "24/01234/FUL Land at Mill Lane"
    # Counter-example: a number before a date opens no item.
    assert read_label("2 12/03/2026 Site visit") is None
