"""Splitting: what kind a document is, and where each document of an agenda pack starts and ends."""

from pathlib import Path

import pytest
from conftest import SAMPLES, SHARED
from pdfgen import render_text

from extract.parse import parse_span
from extract.parse.heading import read_heading
from extract.read import Line, Page, PdfText, read_pdf
from extract.split import classify, opens_recommendations, split

PACK_TEXT = SAMPLES / "text" / "004_e187f8e0c41f6043.txt"


def page(texts, number=1, size=11.0):
    lines = [Line(text=t, x0=72, x1=72 + 5.5 * len(t), top=60 + 15 * i, bottom=71 + 15 * i, size=size)
             for i, t in enumerate(texts)]
    return Page(number=number, width=595, height=842, lines=lines)


def test_parish_agenda_that_mentions_minutes_is_an_agenda():
    # Lines of uk_milburn-pc_agenda_2017-03-07: "AGENDA" comes before "approve the minutes".
    assert classify([page(["Clerk : Joan Connelly Telephone : 017683 52469", "MILBURN PARISH COUNCIL",
                           "NEXT MEETING TO BE HELD ON TUESDAY,", "7th MARCH 2017 @ 7.30pm", "MILBURN VILLAGE HALL",
                           "AGENDA", "1. To receive apologies for meeting",
                           "3. To approve the minutes of the last meeting held on 10th January 2017"])]) == "agenda"


def test_a_scottish_front_sheet_opening_with_the_roll_call_is_an_agenda():
    # A Scottish council's front sheet with no "Agenda" title (probe): "1. Calling of the Roll and Apologies for
    # Absence" opens its order of business; its first report's "2. Recommendations" had made the pack one report.
    # Counter-example: Cuyahoga's "3. ROLL CALL" further down opens nothing (ORDER_OF_BUSINESS_OPENER's tests).
    front = page(["The Highland Glens Council", "Economy and Infrastructure Committee", "Date: Thursday, 5 June 2025",
                  "Time: 10.30 am", "1. Calling of the Roll and Apologies for Absence", "2. Declarations of Interest",
                  "3. Roads Maintenance Programme 2025/26"])
    report = page(["Report Title: Roads Maintenance Programme 2025/26", "2. Recommendations",
                   "2.1 Members are asked to approve the programme."], number=2)
    assert classify([front, report]) == "agenda"


def test_minutes_without_a_title_are_minutes_by_who_was_present():
    # Lines of uk_milburn-pc_minutes_2019-07-02, without the later line that mentions "the minutes".
    assert classify([page(["Milburn Parish Council - 2nd July 2019", "Present",
                           "Councillors D Richardson (Chair) N Cresswell, M Armstrong, R Healey and",
                           "P Moran Clerk J H Todd", "19.07.01 Apologies", "Alan Armstrong, EDC"])]) == "minutes"


def test_an_agenda_with_an_apologies_item_is_not_minutes():
    assert classify([page(["MILBURN PARISH COUNCIL", "7th MARCH 2017 @ 7.30pm", "1. Apologies for absence",
                           "2. Declarations of interest"])]) != "minutes"


@pytest.mark.parametrize("opening", [
    # cc_manordeilo-salem-cc_minutes_2019-10-09_cy: Welsh, titled only "meeting", attendance then numbered minutes
    ["CYNGOR CYMUNED MANORDEILO a SALEM", "CYFARFOD 9fed HYDREF 2019", "PRESENNOL",
     "Cynghorwyr Alun Davies, Arwel Davies, Kim Davies, Gwenfyl Evans, Hubert Gwynne, William Loynton, Owen",
     "1. CROESO AC YMDDIHEURIADAU"],
    # cc_nykarleby-valfardsnamnden_minutes_2022-09-15: Swedish "Protokoll"
    ["Protokoll 5/2022", "Organ Välfärdsnämnden", "Sammanträdestd 15.9.2022 kl. 18.00 – 19.37", "Beslutande"],
    # cc_kyoto-city-council_minutes_2024-05-17: a Japanese committee record (委員会記録)
    ["2024/11/05 1:34 会議録表示", "令和 ６年 ５月 産業交通水道委員会（第３回）", "第３回 産業交通水道委員会記録",
     "◯令和６年５月17日（金）", "◯出席委員（13名）"],
    # cc_winnipeg_minutes_2014-06-25_hansard: a verbatim transcript: the council met, then its roll call
    ["COUNCIL OF THE CITY OF WINNIPEG", "Wednesday, June 25, 2014", "The Council met at 9:41 a.m.",
     "The City Clerk advised the Speaker that a quorum was present.", "ROLL CALL",
     "Clerk: Madam Speaker Councillor Sharma, His Worship Mayor Katz, Councillors Browaty, Eadie, Fielding, Gerbasi,"],
])
def test_minutes_in_other_languages_and_verbatim_transcripts_are_minutes(opening):
    assert classify([page(opening)]) == "minutes"


@pytest.mark.parametrize("title", ["Council Minutes", "Meeting Minutes", "ACTION MINUTES", "Unconfirmed Minutes",
                                   "SUMMARY OF PROCEEDINGS", "PROCEEDINGS OF THE BOARD OF SUPERVISORS", "Notes of the meeting",
                                   "Pöytäkirja 7/2023"])
def test_a_title_of_a_few_words_ending_in_minutes_or_naming_proceedings_is_minutes(title):
    # Titles of the US (Legistar's "Meeting Minutes", a county board's "Summary of Proceedings"), Australia
    # ("Unconfirmed Minutes"), UK informal meetings ("Notes of the meeting") and Finland, with no attendance
    # on the first page (a long agenda of consent items before the roll call).
    assert classify([page(["City of Springfield", title, "Monday, January 6, 2025", "1. Call to order",
                           "2. Pledge of Allegiance"])]) == "minutes"


@pytest.mark.parametrize("title", ["Approval of Minutes", "APPROVAL OF THE MINUTES", "Previous Meeting Minutes",
                                   "To approve the minutes", "Adoption of Committee Minutes"])
def test_an_agenda_item_about_earlier_minutes_does_not_make_the_agenda_minutes(title):
    assert classify([page(["City of Springfield", "AGENDA", "Monday, January 6, 2025", title, "1. Call to order"])]) == "agenda"
    assert classify([page(["City of Springfield", title, "Monday, January 6, 2025", "1. Call to order"])]) != "minutes"


def test_a_notice_of_meeting_with_an_item_approving_minutes_is_an_agenda():
    # Probe of a US water district's notice: the numbered item "Approve minutes of the meeting of …" is business
    # to come, not the document's title; "NOTICE OF REGULAR MEETING" says it is the meeting's notice.
    opening = ["WESTSIDE WATER DISTRICT", "NOTICE OF REGULAR MEETING", "OF THE BOARD OF DIRECTORS",
               "Wednesday, March 5, 2025 at 6:00 p.m.", "1. CALL TO ORDER", "2. ROLL CALL",
               "5.A Approve minutes of the meeting of February 18, 2025", "6. NEW BUSINESS"]
    assert classify([page(opening)]) == "agenda"
    # Counter-example: minutes titled mid-line under their letterhead are still minutes.
    assert classify([page(["KENT COUNTY COUNCIL MINUTES of a meeting of the Cabinet held on 30 January 2025",
                           "PRESENT: Mr R W Gough (Chairman)", "1. Apologies"])]) == "minutes"


def test_a_letter_spaced_title_says_the_kind():
    # Probe: "A G E N D A" set with character spacing, a capital a word in the text layer.
    assert classify([page(["Anytown Town Council", "A G E N D A", "Planning Committee", "Tuesday 4 March 2025",
                           "1. Apologies", "2. Minutes of the meeting held on 4 February 2025"])]) == "agenda"


def test_an_agenda_with_a_roll_call_to_come_is_not_minutes():
    # An agenda says the meeting will be called to order; only a record says it met.
    assert classify([page(["CITY OF ROSEMEAD", "CITY COUNCIL", "The meeting will be called to order at 7:00 p.m.",
                           "ROLL CALL", "Council Members Armenta, Dang, Low, Tang and Clark"])]) != "minutes"


# cc_palmdale-measure-av-committee_agenda_2022-11-30 (recognised by OCR): a meeting's title, date and notices, then
# the order of business, and never the word "agenda" as a title.
ORDER_OF_BUSINESS = [["MEASURE AV OVERSIGHT COMMITTEE ADJOURNED REGULAR MEETING", "CITY COUNCIL CHAMBER",
                      "WEDNESDAY, NOVEMBER 30, 2022", "5:00 PM", "WELCOME",
                      "Committee Members may choose to participate virtually in this meeting."],
                     ["1. CALL TO ORDER", "2. PLEDGE OF ALLEGIANCE", "3. ROLL CALL",
                      "CHAIR MANNING, VICE CHAIR GARCIA, COMMITTEE MEMBERS FRY,",
                      "4. PUBLIC COMMENTS ON LISTED AGENDA ITEMS",
                      "present the City Clerk with 7 copies. Otherwise, your materials will simply be added to the"]]


def test_an_order_of_business_that_never_calls_itself_an_agenda_is_an_agenda():
    assert classify([page(lines, number) for number, lines in enumerate(ORDER_OF_BUSINESS, start=1)]) == "agenda"


def test_minutes_numbered_from_call_to_order_are_not_an_agenda():
    # us_alameda-ca_civil-service-board_2019-10-02 and us_east-palo-alto-ca_minutes_2020-01-27 number their
    # minutes from "1. CALL TO ORDER" too, but record the meeting.
    for record in (["2. ROLL CALL: Present: Chair Owens, Board Members Hoffman, and Jasper"],
                   ["The meeting was called to order at Lloyd Minor Park at 7:08 p.m."],
                   ["RESULT: APPROVED [UNANIMOUS]"]):
        pages = [page(["CIVIL SERVICE BOARD", "REGULAR MEETING", "OCTOBER 2, 2019"]),
                 page(["1. CALL TO ORDER", *record, "3. APPROVAL OF MINUTES"], 2)]
        assert classify(pages) != "agenda", record


def test_report_covers_are_reports():
    assert classify([page(["CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE", "3 June 2014",
                           "SAFEGUARDING PEER REVIEW", "Report from: Barbara Peacock, Director Children and Adults"])
                     ]) == "report"
    assert classify([page(["Briefing for CYP Scrutiny Committee 15.08.13: Safeguarding Peer Review",
                           "1. Background"])]) == "report"


def test_paper_to_a_panel_asking_it_to_decide_is_a_report():
    assert classify([page(["CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY PANEL", "22 NOVEMBER 2016",
                           "CHILDRENS SOCIAL CARE: SAFEGUARDING ASSURANCE UPDATE", "Summary",
                           "22. The Children and Families Overview and Scrutiny Panel is asked to:"])]) == "report"


def test_minutes_stay_minutes():
    assert classify([page(["Minutes of the Meeting of the Children's Services Overview and Scrutiny Committee held on 12",
                           "December 2017 at 7.00 pm", "Present: Councillors Bukky Okunade (Chair)"])]) == "minutes"


def test_a_cover_carrying_only_the_council_s_name_is_classified_by_the_title_block_after_it():
    # Probe of an Irish county council's minutes: a logo page naming the council, then the minutes' title block.
    cover = page(["WICKLOW COUNTY COUNCIL", "Comhairle Contae Chill Mhantáin", "www.wicklow.ie"])
    minutes = page(["MINUTES OF THE ORDINARY MEETING OF WICKLOW COUNTY COUNCIL HELD ON MONDAY 3RD MARCH 2025",
                    "Present: Cllr. A Byrne (Cathaoirleach), Cllr. B Kavanagh", "1. CONFIRMATION OF MINUTES"], number=2)
    assert classify([cover, minutes]) == "minutes"
    spans = split(PdfText(path=Path("minutes.pdf"), sha256="", pages=[cover, minutes]))
    assert [(s.kind, s.physical_pages) for s in spans] == [("minutes", [1, 2])]
    # Counter-example: a first page naming a meeting body and its date is a title block of its own.
    notice = page(["KENT COUNTY COUNCIL", "CABINET", "Thursday, 30 January 2025"])
    assert classify([notice, minutes]) == "other"


# The documents of the seed pack, in order: kind, agenda item, and the appendix's report item.
EXPECTED = [("agenda", None), ("minutes", "2"), ("report", "6"), ("appendix", "6"), ("report", "7"),
            ("appendix", "7"), ("report", "8"), ("appendix", "8"), ("report", "9"), ("report", "10"),
            ("appendix", "10"), ("other", "11")]


def _documents(pdf_path: Path):
    pdf = read_pdf(pdf_path)
    return pdf, split(pdf)


def _check_pack(spans):
    assert [(s.kind, s.item) for s in spans] == EXPECTED
    ranges = [s.physical_pages for s in spans]
    assert ranges[0][0] == 1
    for before, after in zip(ranges, ranges[1:]):  # in order, no gaps beyond shared or dropped blank pages
        assert before[1] <= after[0] <= before[1] + 2
    for span in spans:
        if span.kind in ("report", "minutes", "other"):
            assert span.meeting.committee == "Children's Services Overview and Scrutiny Committee"
            assert span.meeting.date == "2018-02-13"
        if span.kind == "appendix":
            assert span.parent.kind == "report" and span.parent.item == span.item and span.appendix_index == 1


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The seed pack as the bundled renderer prints it, and printed differently: serif, running header, no rules."""
    text = PACK_TEXT.read_text(encoding="utf-8")
    folder = tmp_path_factory.mktemp("packs")
    plain = render_text(text, folder / "pack.pdf")
    other = render_text(text, folder / "pack-serif.pdf", font="serif", table_borders=False,
                        running_header="Children's Services Overview and Scrutiny Committee, 13 February 2018")
    return _documents(plain)[1], _documents(other)[1]


def test_pack_splits_into_its_documents(rendered):
    spans = rendered[0]
    _check_pack(spans)
    cover = next(s for s in spans if s.item == "6" and s.kind == "report")
    assert cover.rows[0].text == "13 February 2018 ITEM: 6"
    assert cover.printed_pages == f"{cover.pages[0].printed}-{cover.pages[-1].printed}"


def test_pack_printed_differently_splits_the_same(rendered):
    plain, other = rendered
    _check_pack(other)
    # Same documents; the serif face and the smaller borderless tables move page breaks only a little.
    for a, b in zip(plain, other):
        assert abs(a.physical_pages[0] - b.physical_pages[0]) <= 6


def test_front_sheet_page_ranges_that_disagree_with_the_pages_are_noted_for_verbose_runs(rendered):
    report = next(s for s in rendered[0] if s.kind == "report" and s.item == "6")
    # The renderer reflowed the pack: item 6 is printed as 17 - 68 on the front sheet but starts elsewhere.
    # Nothing an officer can act on: a detail (ingest --verbose), not a warning.
    assert any("item 6" in w and "using what the pages say" in w for w in report.details)
    assert not any("using what the pages say" in w for w in report.warnings)


@pytest.mark.shared
def test_seed_pack_page_ranges():
    pdf, spans = _documents(SHARED / "seeds" / "pdf" / "004_e187f8e0c41f6043.pdf")
    _check_pack(spans)
    assert [s.physical_pages for s in spans] == [
        [1, 5], [5, 15], [16, 18], [20, 51], [51, 56], [56, 146], [148, 154], [156, 157], [159, 166],
        [168, 172], [172, 180], [180, 180]]


def _pack_pages(first_printed: int):
    """A small pack whose third item (a presentation) has no heading of its own; pages printed from first_printed."""
    pages = [
        page(["Children's Services Overview and Scrutiny Committee",
              "The meeting will be held at 7.00 pm on 13 February 2018", "Agenda", "1 Apologies for Absence",
              "2 Children Missing Education 2 - 2", "3 Youth Cabinet Update 3 - 4",
              "Agenda published on: 5 February 2018"], number=1),
        page(["13 February 2018 ITEM: 2", "Children's Services Overview and Scrutiny Committee",
              "Children Missing Education", "Report of: Malcolm W Taylor, Strategic Lead Inclusion",
              "This report is Public", "1. Recommendation(s)",
              "1.1 That Children's Services Overview and Scrutiny Committee consider and provide comment on"],
             number=2),
        page(["Thurrock Youth Cabinet", "What we did this year", "Walk Online road shows reached 2,100 pupils."],
             number=3),
        page(["Our priorities for next year", "More young people on the Cabinet."], number=4),
    ]
    for offset, p in enumerate(pages):
        p.printed = str(first_printed + offset)
    return pages


def _split_pages(pages):
    from extract.read import PdfText

    return split(PdfText(path=Path("pack.pdf"), sha256="0" * 64, pages=pages))


def test_document_without_heading_is_placed_by_trusted_printed_pages():
    spans = _split_pages(_pack_pages(first_printed=1))
    assert [(s.kind, s.item, s.physical_pages) for s in spans] == [
        ("agenda", None, [1, 1]), ("report", "2", [2, 2]), ("other", "3", [3, 4])]
    assert spans[2].warnings == ["no heading found for item 3: placed by its printed pages 3 - 4"]


def test_printed_pages_that_disagree_with_the_pages_are_not_trusted():
    spans = _split_pages(_pack_pages(first_printed=11))
    assert [(s.kind, s.item, s.physical_pages) for s in spans] == [("agenda", None, [1, 1]), ("report", "2", [2, 4])]
    assert "using what the pages say" in spans[1].details[0]


def test_a_page_scanned_out_of_order_is_read_where_its_numbering_puts_it():
    # A scanned pack: an outside board's minutes (items 1-6 on their first page, 12-14 on their third), whose
    # second page (items 7-11) was scanned before their first, after the pack's list of correspondence.
    pages = [
        page(["AGENDA", "Tuesday, February 18, 2025", "1. Disclosure of pecuniary interest.",
              "2. Correspondence.", "3. Adjournment."], number=1),
        page(["CORRESPONDENCE", "February 18, 2025", "1. Minutes from the Detachment Board, held November 25, 2024.",
              "2. Resolution from the Town of Halton Hills regarding the Sovereignty of Canada"], number=2),
        page(["7. Business Arising from Previous Minutes", "8. New Business", "9. Reports", "10. Correspondence",
              "11. Addendum - Resolution 2024-07", "Moved by: M. Hughes Seconded by: S. Kirkey"], number=3),
        page(["DETACHMENT BOARD", "MEETING MINUTES", "Monday, November 25, 2024, at 6:00 p.m.", "Members Present:",
              "Councillor Wand", "1. Call to Order", "2. Land Acknowledgement", "3. Disclosure of Interest",
              "4. Adoption of the Agenda", "5. Approval of Past Minutes", "6. Presentations/Delegations"], number=4),
        page(["Carried", "12. Closed Session", "13. Next Meeting", "14. Adjournment - Resolution 2024-08",
              "That the meeting be adjourned at 7:13 pm."], number=5),
    ]
    spans = _split_pages(pages)
    minutes = next(s for s in spans if s.kind == "minutes")
    assert [p.number for p in minutes.pages] == [4, 3, 5] and minutes.physical_pages == [3, 5]
    assert all(3 not in [p.number for p in s.pages] for s in spans if s is not minutes)


def test_a_page_whose_numbering_continues_its_own_document_stays():
    # The minutes' second page (items 4-6) would fill the gap in the agenda's numbering (3, then 7), but it
    # carries on its own first page's: it stays.
    pages = [
        page(["AGENDA", "Tuesday, February 18, 2025", "1. Apologies", "2. Minutes", "3. Planning"], number=1),
        page(["7. Correspondence", "8. Accounts to pay", "9. Adjournment"], number=2),
        page(["DETACHMENT BOARD", "MEETING MINUTES", "Monday, November 25, 2024, at 6:00 p.m.", "Members Present:",
              "Councillor Wand", "1. Call to Order", "2. Land Acknowledgement", "3. Disclosure of Interest"], number=3),
        page(["4. Adoption of the Agenda", "5. Approval of Past Minutes", "6. Adjournment"], number=4),
    ]
    assert [[p.number for p in s.pages] for s in _split_pages(pages)] == [[1, 2], [3, 4]]


def pdf_of(*pages_texts) -> PdfText:
    return PdfText(path=Path("in-memory.pdf"), sha256="0" * 64,
                   pages=[page(texts, number=n) for n, texts in enumerate(pages_texts, start=1)])


def test_a_supplementary_pack_opens_its_report_at_a_memorandum_cover():
    # cc_kent-cc_pack_2025-01-09: a letter that is the agenda, then the report, stamped with its item.
    spans = split(pdf_of(
        ["Date: 7 January 2025", "Dear Member", "COUNTY COUNCIL - THURSDAY, 9 JANUARY 2025",
         "Please find enclosed the documents for Item 3 – English Devolution White Paper, which were not",
         "Agenda Item No", "3 English Devolution White Paper (Pages 1 - 18)", "Yours sincerely"],
        ["Agenda Item 3", "From: Roger Gough, Leader of the Council", "To: County Council – 9th January 2025",
         "Subject: English Devolution White Paper", "Classification: Unrestricted", "Summary:"]))
    assert [(s.kind, s.item) for s in spans] == [("agenda", None), ("report", "3")]


def test_a_covering_letter_sends_papers_that_open_pages_of_their_own():
    # cc_kent-cc_pack_2025-02-13: a letter (no agenda), then budget amendment forms, one a page.
    from extract.read import TableRegion

    letter = ["Date: 27 February 2025", "Dear Member", "COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025",
              "Enclosed are the Budget amendments that were proposed during the meeting on 13 February"]
    pdf = pdf_of(letter, [], [])
    for number, (name, proposer) in enumerate([("LEVI capital funding", "Antony Hook"),
                                               ("Highway Asset Maintenance", "Richard Streatfeild")], start=1):
        pdf.pages[number].tables = [TableRegion(top=39, bottom=321, rows=[
            ["Budget Amendment Form", "", "", "", ""], ["Amendment Name:", name, "Amendment Number:", "", "3"],
            ["Proposer:", proposer, "Seconder:", "", "Richard Streatfeild"]])]
    spans = split(pdf)
    assert [s.kind for s in spans] == ["other", "report", "report"]
    assert {(s.meeting.committee, s.meeting.date) for s in spans[1:]} == {("County Council", "2025-02-13")}


def test_a_record_of_decision_is_a_report():
    assert classify([page(["KENT COUNTY COUNCIL – RECORD OF DECISION", "DECISION TO BE TAKEN BY: DECISION NUMBER:",
                           "24/00093", "Mrs Sue Chandler, Cabinet Member for Integrated Children’s"])]) == "report"


def test_a_meeting_s_record_of_decisions_listing_who_was_present_is_minutes():
    # Probe of an English county's cabinet "Record of Decisions": the meeting's title block, who was present, then
    # its business numbered with each decision; one decision-maker's record (above) stays a report.
    assert classify([page(["Wiltshire Council", "Cabinet", "Record of Decisions",
                           "Meeting held on Tuesday 4 February 2025 at 10.00 am",
                           "Present: Cllr Richard Clewer (Chair), Cllr Laura Mayes (Vice-Chair), Cllr Ian Blair-Pilling",
                           "1 Apologies", "There were no apologies.", "2 Minutes of the Previous Meeting",
                           "Decision: That the minutes of the meeting held on 7 January 2025 be approved."])]) == "minutes"


def test_an_order_of_business_whose_roll_call_names_nobody_is_an_agenda():
    # Probe of a US city council's agenda that never calls itself one: "2. ROLL CALL" is an item, the next line the
    # next item; minutes name those present under it (counter-example).
    opening = ["CITY OF PALO ALTO", "CITY COUNCIL", "Regular Meeting", "Monday, March 3, 2025", "5:30 PM",
               "1. CALL TO ORDER"]
    assert classify([page(opening + ["2. ROLL CALL", "3. PLEDGE OF ALLEGIANCE", "4. CLOSED SESSION"])]) == "agenda"
    assert classify([page(opening + ["2. ROLL CALL", "Present: Burt, Lauing, Lu, Stone", "3. PLEDGE OF ALLEGIANCE",
                                     "4. CLOSED SESSION"])]) == "minutes"


def test_an_item_stamp_alone_opens_a_paper_of_another_kind():
    # cc_kent-cc_report_2025-03-13_questions: the agenda letter, then the question booklet for item 6.
    spans = split(pdf_of(
        ["Dear Member", "COUNTY COUNCIL - THURSDAY, 13 MARCH 2025", "Agenda Item No", "6 Questions (Pages 1 - 18)"],
        ["Agenda Item 6", "Question 1", "COUNTY COUNCIL", "Thursday 13 March 2025",
         "Question by Paul Stepto to Rory Love,"],
        ["Question 2", "COUNTY COUNCIL", "Question by Susan Carey to Neil Baker,"]))
    assert [(s.kind, s.item, s.physical_pages) for s in spans] == [("agenda", None, [1, 1]), ("other", "6", [2, 3])]


def test_a_letter_quoted_in_a_report_opens_no_paper():
    # The minister's letter inside cc_kent-cc_pack_2025-01-09: "To:" alone is not a memorandum cover.
    spans = split(pdf_of(["Dear Member", "Enclosed is the letter"],
                         ["Jim McMahon OBE MP", "To: Leaders of all two-tier councils and", "16 December 2024",
                          "Dear Leaders"]))
    assert [s.kind for s in spans] == ["other"]


def test_minutes_titled_by_the_word_alone_open_a_paper_in_a_pack():
    # cc_nipissing-township_pack_2025-02-18 (recognised by OCR): "*** AGENDA ***", then the last minutes.
    spans = split(pdf_of(["The Corporation of the Township of Nipissing", "*** AGENDA ***", "Tuesday, February 18, 2025",
                          "1. Disclosure of pecuniary interest.", "2. Committee Reports."],
                         ["MINUTES", "TOWNSHIP OF NIPISSING", "Tuesday, February 4, 2025",
                          "A regular meeting of the Township of Nipissing Council was held on Tuesday, February 4, 2025,"]))
    assert [s.kind for s in spans] == ["agenda", "minutes"]


def test_a_pack_carries_minutes_of_another_body_as_well_as_the_last_meetings():
    # cc_nipissing-township_pack_2025-02-18 (recognised by OCR): the last meeting's minutes under item 3, and
    # an outside board's minutes, under its own title and date, sent as correspondence.
    agenda = ["*** AGENDA ***", "Tuesday, February 18, 2025", "1. Disclosure of pecuniary interest.",
              "2. Committee Reports.", "3. Resolution: Adopt the Minutes of the February 4, 2025 Council Meeting.",
              "4. Correspondence."]
    ours = ["MINUTES", "TOWNSHIP OF NIPISSING", "Tuesday, February 4, 2025", "Present: Mayor Tom Piper"]
    theirs = ["NORTH BAY OPP DETACHMENT BOARD 3", "PNC Police Services Board", "MEETING MINUTES",
              "Monday, November 25, 2024, at 6:00 p.m.", "Members Present:"]
    spans = split(pdf_of(agenda, ours, theirs))
    assert [(s.kind, s.item, s.physical_pages) for s in spans] == [
        ("agenda", None, [1, 1]), ("minutes", "3", [2, 2]), ("minutes", None, [3, 3])]
    # The same title over the same date again is the running header of the minutes already found.
    assert [s.kind for s in split(pdf_of(agenda, ours, ours[:3] + ["5. Accounts to pay."]))] == ["agenda", "minutes"]


def test_minutes_in_a_pack_end_where_the_meeting_closed():
    # cc_nipissing-township_pack_2025-02-18: the last minutes close ("That the meeting be adjourned. Time: 8:40
    # p.m."), and the pages after them (a draft resolution form, letters) are papers of their own; a break
    # mid-page with business after it ("adjourned for a short recess at 7:30 p.m.") is no close.
    agenda = ["The Corporation of the Township of Nipissing", "*** AGENDA ***", "Tuesday, February 18, 2025",
              "1. Disclosure of pecuniary interest.", "2. Committee Reports."]
    minutes = ["MINUTES", "TOWNSHIP OF NIPISSING", "Tuesday, February 4, 2025",
               "A regular meeting of the Township of Nipissing Council was held on Tuesday, February 4, 2025,",
               "The meeting adjourned for a short recess at 7:30 p.m.", "R2025-031 J. Scott, S. Kirkey:",
               "That we resume to an open public meeting. Time: 8:38 p.m. Carried."]
    close = ["R2025-033 L. Chalapenko, S. Foote:",
             "That the meeting be adjourned. Time: 8:40 p.m. Next regular meeting to be held February 18, 2025.",
             "Carried.", "Mayor:", "Municipal Administrator:"]
    form = ["TOWNSHIP OF NIPISSING", "RESOLUTION", "DATE: February 18, 2025", "NUMBER: R2025-", "Moved by",
            "Seconded by", "That we appoint Councillor James Scott as the Township of Nipissing representative"]
    spans = split(pdf_of(agenda, minutes, close, form, ["Re: Sovereignty of Canada", "Please be advised that"]))
    assert [(s.kind, s.physical_pages) for s in spans] == [
        ("agenda", [1, 1]), ("minutes", [2, 3]), ("other", [4, 5])]


def test_another_bodys_minutes_sent_with_the_pack_open_again_after_the_papers_between():
    # cc_nipissing-township_pack_2025-02-18: after the council's minutes and a resolution form, the minutes
    # of the OPP Detachment Board (correspondence), which close in turn before a letter.
    agenda = ["The Corporation of the Township of Nipissing", "*** AGENDA ***", "Tuesday, February 18, 2025",
              "1. Disclosure of pecuniary interest.", "2. Committee Reports."]
    minutes = ["MINUTES", "TOWNSHIP OF NIPISSING", "Tuesday, February 4, 2025",
               "R2025-033 L. Chalapenko, S. Foote:", "That the meeting be adjourned. Time: 8:40 p.m.", "Carried."]
    form = ["TOWNSHIP OF NIPISSING", "RESOLUTION", "DATE: February 18, 2025", "Moved by", "Seconded by"]
    board = ["NORTH BAY OPP DETACHMENT BOARD 3", "PNC Police Services Board", "MEETING MINUTES",
             "Monday, November 25, 2024, at 6:00 p.m.", "Members Present:",
             "14. Adjournment – Resolution 2024-08", "Moved by: M. Wand Seconded by: M. Hughes",
             "That the PNC Detachment Board meeting of November 25, 2024, be adjourned at 7:13 pm.", "Carried"]
    letter = ["January 29, 2025", "All Municipalities in Ontario", "Re: Sovereignty of Canada"]
    spans = split(pdf_of(agenda, minutes, form, board, letter))
    assert [(s.kind, s.physical_pages) for s in spans] == [
        ("agenda", [1, 1]), ("minutes", [2, 2]), ("other", [3, 3]), ("minutes", [4, 4]), ("other", [5, 5])]


def test_a_pack_whose_papers_each_open_with_their_own_cover_fields():
    # A modern.gov pack with no common cover: each report opens its page under its item stamp with its own
    # labelled fields (report to, date of meeting, report of, title); its appendix opens a later page.
    cover = ["Report to: Licensing and Regulatory Committee", "Date of Meeting: 7 February 2024",
             "Report of: Head of Regulatory Services"]
    spans = split(pdf_of(
        ["Licensing and Regulatory Committee", "Agenda", "Date: Wednesday, 7 February 2024",
         "4. Review of Hackney Carriage Fares", "5. Street Trading Policy"],
        ["Agenda Item 4", *cover, "Report Title: Review of Hackney Carriage Fares", "Recommendation(s)",
         "That the Committee approves the variation to the table of fares.", "Contact Officer: Sam Green"],
        ["Appendix A - Representations received", "Three representations were received."],
        ["Agenda Item 5", *cover, "Report Title: Street Trading Policy", "RECOMMENDATION:",
         "That the Committee approves the revised Street Trading Policy."]))
    assert [(s.kind, s.item, s.physical_pages) for s in spans] == [
        ("agenda", None, [1, 1]), ("report", "4", [2, 2]), ("appendix", "4", [3, 3]), ("report", "5", [4, 4])]


def test_a_page_quoting_one_cover_field_opens_no_paper():
    spans = split(pdf_of(
        ["Licensing and Regulatory Committee", "Agenda", "Date: Wednesday, 7 February 2024", "4. Fares review"],
        ["Agenda Item 4", "Report to: Licensing and Regulatory Committee", "Report Title: Fares review",
         "Key Decision: No", "Recommendation", "That the Committee approves the variation."],
        ["Report of: the working group, whose findings are summarised below.", "The group met four times."]))
    assert [(s.kind, s.physical_pages) for s in spans] == [("agenda", [1, 1]), ("report", [2, 3])]


def test_minutes_titled_by_their_running_header_are_minutes_whatever_stamp_is_above():
    # Sutton Coldfield's minutes, scanned: the letterhead's "… COMMUNITY SERVICES MINUTES" repeats over every page
    # (so is read as a running header), and the agenda item they were filed under is stamped above it.
    first = page(["Item 153b", "Amenities, Leisure and Community Services", "Tuesday 13 March 2018", "Present:",
                  "Cllrs Hodivala (Chairman), Hewett, Mosson, Passey and Wood."])
    assert classify([first]) == "report"
    first.furniture = [Line(text="& COMMUNITY SERVICES MINUTES", x0=60, x1=300, top=37, bottom=50, size=13)]
    assert classify([first]) == "minutes"


def test_a_stamped_paper_under_its_own_title_block_is_a_report_when_it_asks_for_a_decision():
    # No cover fields: the item stamp, the committee, the date, "Report of the …", the title, the recommendations.
    spans = split(pdf_of(
        ["Cabinet", "Agenda", "Date: Wednesday, 10 April 2024", "3. Budget Monitoring Quarter 3", "4. Questions"],
        ["Agenda Item 3", "Cabinet", "10 April 2024", "Report of the Director of Finance", "Budget Monitoring Quarter 3",
         "Recommendations", "1. That Cabinet notes the forecast overspend of £1.2 million on the General Fund."],
        ["Agenda Item 4", "Question 1", "Question by Councillor Ann Lee to the Leader of the Council"]))
    assert [(s.kind, s.item) for s in spans] == [("agenda", None), ("report", "3"), ("other", "4")]


def test_a_staff_report_titled_so_is_a_report():
    assert classify([page(["AGENDA ITEM NO. 5", "CITY COUNCIL STAFF REPORT", "Meeting Date: October 1, 2024",
                           "Subject: Quarterly Investment Report", "Recommendation"])]) == "report"


def test_a_notice_of_meeting_over_an_order_of_business_is_an_agenda():
    # Probe of a New Zealand committee's front sheet, which never says "agenda".
    assert classify([page(["WAIMARU DISTRICT COUNCIL", "Notice of an Ordinary Meeting of the",
                           "Infrastructure and Services Committee", "Date: Wednesday 14 August 2024", "ORDER OF BUSINESS",
                           "1) Karakia", "2) Apologies"])]) == "agenda"
    # Minutes that speak of their order of business are minutes still.
    assert classify([page(["Minutes of the Infrastructure and Services Committee", "held on 14 August 2024",
                           "The order of business was amended to take item 7 first"])]) == "minutes"


def test_a_summons_to_attend_is_an_agenda():
    # Probe of an Irish county council's monthly meeting: a letter summoning the members, then "CLÁR / AGENDA".
    assert classify([page(["COMHAIRLE CONTAE CHILL MHANTÁIN", "WICKLOW COUNTY COUNCIL",
                           "To: Each Member of Wicklow County Council", "A Chara,",
                           "You are requested to attend the Monthly Meeting of Wicklow County Council to be held in the",
                           "Council Chamber, County Buildings, Wicklow on Monday, 8th April 2024 at 2.00 p.m."])]) == "agenda"


def papers_of(text: str, tmp_path) -> list[tuple]:
    """The documents a pack made from ``text`` splits into: (kind, item, physical pages) each."""
    pdf = read_pdf(render_text(text, tmp_path / "pack.pdf"))
    return [(s.kind, s.item, s.physical_pages) for s in split(pdf)]


def records_of(text: str, tmp_path) -> list:
    """The records a pack made from ``text`` is parsed into."""
    pdf = read_pdf(render_text(text, tmp_path / "pack.pdf"))
    return [parse_span(span, pdf) for span in split(pdf)]


FRONT_SHEET_THEN_PAPERS = """**Ashworth District Council**
**CABINET**
**Tuesday, 14 May 2024 at 6.30 pm**
**AGENDA**
**1. Apologies for Absence**
**2. Minutes of the Previous Meeting**
**3. Leisure Centre Refurbishment**
**4. Exclusion of the Press and Public**
\f
**Minutes of the Meeting of the Cabinet held on Tuesday, 9 April 2024 at 6.30 pm**
Present: Councillors P Hammond (Leader), R Clarke and J Wright
**81. Apologies for Absence**
Apologies were received from Councillor T Owen.
**82. Car Parking Charges**
RESOLVED: That the revised car parking charges be approved.
\f
**ASHWORTH DISTRICT COUNCIL**
Report to:\tCabinet
Date of meeting:\t14 May 2024
Report of:\tDirector of Place
Title:\tLeisure Centre Refurbishment
Exempt information:\tNot applicable
**1. Purpose of Report**
1.1 To seek approval for the refurbishment of the leisure centre.
**2. Recommendations**
2.1 That Cabinet approves the refurbishment.
"""


def test_a_front_sheets_items_end_where_its_first_paper_opens(tmp_path):
    # A front sheet with no closing line over papers numbered their own way (minutes "81.", a report's
    # "1. Purpose"): those numbers are no items, so nothing after "Exclusion of the Press and Public" is
    # exempt, and a report whose cover names no item is the item its title field names.
    pdf = read_pdf(render_text(FRONT_SHEET_THEN_PAPERS, tmp_path / "pack.pdf"))
    spans = split(pdf)
    assert [(s.kind, s.item, s.exemption) for s in spans] == [
        ("agenda", None, None), ("minutes", "2", None), ("report", "3", None)]


ITEM_HEADED_PAPERS = """**Riverbend Shire Council**
**Ordinary Council Meeting**
**Wednesday 17 April 2024 at 9:30am**
**1. Opening of Meeting**
**2. Confirmation of Minutes**
**3. Reports**
\f
**3.1 Draft Operational Plan 2024-2025**
**3.2 Investment Report March 2024**
**4. Close of Meeting**
\f
**3.1 Draft Operational Plan 2024-2025**
File Number: SF1234
Author: Manager Corporate Planning
**Officer Recommendation**
That Council:
1. Endorse the Draft Operational Plan 2024-2025 for public exhibition for 28 days.
\f
**3.2 Investment Report March 2024**
Author: Chief Financial Officer
The investments held at 31 March 2024 are listed below.
"""


def test_papers_printed_under_their_items_number_and_title_open_where_it_heads_a_page(tmp_path):
    # Australian and New Zealand agendas: each report under "3.1 Title" at the top of its page. The front
    # sheet's own list, carried over to a second page under the same numbers, opens no paper.
    assert papers_of(ITEM_HEADED_PAPERS, tmp_path) == [
        ("agenda", None, [1, 2]), ("report", "3.1", [3, 3]), ("other", "3.2", [4, 4])]


def test_a_staff_report_whose_subject_wraps_is_the_item_its_first_line_opens(tmp_path):
    # A US planning commission's packet: the staff report names no item; its "SUBJECT:" wraps onto a second line.
    text = ("**CITY OF LAKEVIEW**\n**PLANNING COMMISSION AGENDA**\n**Thursday, August 15, 2024, 6:30 PM**\n"
            "**1. CALL TO ORDER**\n**2. PUBLIC HEARINGS**\n"
            "**2.A Conditional Use Permit CUP 24-07 for a Drive-Through Restaurant at 455 Lake Boulevard**\n"
            "**3. ADJOURNMENT**\n\f\n**CITY OF LAKEVIEW**\n**STAFF REPORT**\nTO: Planning Commission\n"
            "FROM: Maria Lopez, Senior Planner\nDATE: August 15, 2024\n"
            "SUBJECT: Conditional Use Permit CUP 24-07 for a Drive-Through Restaurant at 455 Lake Boulevard\n"
            "**RECOMMENDATION**\nStaff recommends that the Planning Commission adopt Resolution No. 2024-22 approving "
            "CUP 24-07, subject to conditions.\n**BACKGROUND**\nThe applicant proposes a 2,400 square foot restaurant.\n")
    assert [paper[:2] for paper in papers_of(text, tmp_path)] == [("agenda", None), ("report", "2.A")]


PAPERS_BY_THEIR_FIELDS = {
    # A US staff report under "TO: / DATE: / SUBJECT:" with no "FROM:" line: the block of fields as a whole opens it.
    # Counter-example: two fields without a subject ("TO: / DATE:") open no paper.
    "memo fields": (
        "**CITY OF LAKEVIEW**\n**PLANNING COMMISSION AGENDA**\n**Thursday, August 15, 2024, 6:30 PM**\n"
        "**1. CALL TO ORDER**\n**2. PUBLIC HEARINGS**\n**2.A Conditional Use Permit CUP 24-07 for a Drive-Through "
        "Restaurant**\n**3. ADJOURNMENT**\n\f\n**CITY OF LAKEVIEW**\n**STAFF REPORT**\nTO: Planning Commission\n",
        "DATE: August 15, 2024\nSUBJECT: Conditional Use Permit CUP 24-07 for a Drive-Through Restaurant\n"
        "Staff recommends that the Planning Commission adopt Resolution No. 2024-22.\n", "2.A",
        "DATE: August 15, 2024\nThe applicant proposes a 2,400 square foot restaurant.\n"),
    # A US city council packet from Legistar (probe): its staff report opens with "File #:", "Agenda Date:" and
    # "Agenda Number:" fields and its "TITLE" and no memo block; it had run on in the agenda's last item.
    # Counter-example: a file number in running text ("The file number 25-0118 was assigned") opens nothing.
    "Legistar file fields": (
        "**City of Riverton**\n**Meeting Agenda**\n**City Council**\nTuesday, March 4, 2025 6:00 PM\n"
        "1. CALL TO ORDER\n2. CONSENT CALENDAR\n2.A 25-0112 Approval of Minutes of the February 18, 2025 Meeting\n"
        "2.B 25-0118 Award of Contract for Street Resurfacing to Acme Paving Inc.\n3. ADJOURNMENT\n\f\n"
        "**City of Riverton**\n**Agenda Item Summary**\n",
        "File #: 25-0118 Agenda Date: 3/4/2025\nVersion: 1 Status: Consent Agenda\nAgenda Number: 2.B\n"
        "**TITLE**\nAward of Contract for Street Resurfacing to Acme Paving Inc.\n**RECOMMENDATION**\n"
        "Staff recommends that the City Council authorize the City Manager to execute the contract.\n", "2.B",
        "The file number 25-0118 was assigned in March.\nAgenda Date: 3/4/2025\n"),
    # A Quebec municipality's pack (probe): its "RAPPORT AU CONSEIL" ("Séance du :", "Point :", "Objet :") had run
    # on in the ordre du jour's last item. Counter-example: the ordre du jour alone stays one agenda.
    "French fields": (
        "**MUNICIPALITÉ DE SAINT-ANDRÉ**\n**ORDRE DU JOUR**\n**Séance ordinaire du conseil municipal**\n"
        "Le lundi 7 avril 2025 à 19 h 30\n1. Ouverture de la séance\n2. Administration générale\n"
        "2.1 Adoption du règlement 2025-04\n3. Levée de la séance\n",
        "\f\n**MUNICIPALITÉ DE SAINT-ANDRÉ**\n**RAPPORT AU CONSEIL**\nSéance du : 7 avril 2025\nPoint : 2.1\n"
        "Objet : Adoption du règlement 2025-04\n**Recommandation**\nQue le conseil adopte le règlement 2025-04.\n",
        "2.1", ""),
}


@pytest.mark.parametrize("fields", PAPERS_BY_THEIR_FIELDS)
def test_a_paper_opens_where_its_cover_fields_do(tmp_path, fields):
    agenda, paper, item, counter = PAPERS_BY_THEIR_FIELDS[fields]
    assert papers_of(agenda + paper, tmp_path) == [("agenda", None, [1, 1]), ("report", item, [2, 2])]
    assert [kind for kind, _, _ in papers_of(agenda + counter, tmp_path)] == ["agenda"]


def test_a_board_items_detail_page_is_its_paper(tmp_path):
    # A US school board's packet from BoardDocs (probe): each item's page opens with its fields beside their labels
    # (Subject, Meeting, Category, Access, Type, Recommended Action); it had run on in the agenda's last item.
    agenda = ("**Pinecrest Unified School District**\n**Regular Meeting of the Board of Education**\n"
              "Wednesday, May 14, 2025 at 6:00 PM\n**Agenda**\n1. Opening Items\n1.01 Call to Order\n2. Action Items\n"
              "2.01 Adoption of Resolution 24-25-18 Authorizing Temporary Borrowing\n3. Adjournment\n\f\n")
    detail = ("Subject\t2.01 Adoption of Resolution 24-25-18 Authorizing Temporary Borrowing\n"
              "Meeting\tMay 14, 2025 - Regular Meeting of the Board of Education\nCategory\t2. Action Items\n"
              "Access\tPublic\nType\tAction\nRecommended Action\tAdopt Resolution 24-25-18 authorizing the borrowing.\n"
              "**Background**\nThe district expects a cash shortfall in the fall.\n")
    (_, report) = records_of(agenda + detail, tmp_path)
    assert (report.kind, report.item, report.title, report.committee, report.recommendations) == (
        "report", "2.01", "Adoption of Resolution 24-25-18 Authorizing Temporary Borrowing", "Board of Education",
        ["Adopt Resolution 24-25-18 authorizing the borrowing."])
    # Counter-example: a page of an agenda's notes naming a meeting and its access ("Meeting | …", "Access | …")
    # without the item's category opens no paper.
    notes = "Meeting\tMay 14, 2025\nAccess\tPublic\nType\tAction\nSubject\tParking\n"
    assert [kind for kind, _, _ in papers_of(agenda + notes, tmp_path)] == ["agenda"]


def test_an_ontario_packs_staff_report_and_by_law_are_the_items_they_are_listed_under(tmp_path):
    # The staff report's subject is the end of its item's title ("Report PW-2024-12 Tender Award for …"); the
    # by-law opens its page under "BY-LAW NO. 2024-31" with the rest of its item's title.
    text = ("**THE CORPORATION OF THE TOWNSHIP OF PINE LAKE**\n**REGULAR COUNCIL MEETING AGENDA**\n"
            "**Tuesday, June 11, 2024 at 6:00 p.m.**\n**1. Call to Order**\n**2. Staff Reports**\n"
            "**2.1 Report PW-2024-12 Tender Award for Gravel Resurfacing**\n**3. By-laws**\n"
            "**3.1 By-law 2024-31 Being a By-law to Authorize a Gravel Resurfacing Agreement**\n**4. Adjournment**\n"
            "\f\n**Township of Pine Lake**\n**Staff Report**\nReport To:\tCouncil\nMeeting Date:\tJune 11, 2024\n"
            "Report From:\tAlex Chen, Director of Public Works\nSubject:\tTender Award for Gravel Resurfacing\n"
            "**Recommendation**\nThat Council receive Report PW-2024-12 for information; and\n"
            "That a by-law be passed to authorize the agreement.\n\f\n"
            "**THE CORPORATION OF THE TOWNSHIP OF PINE LAKE**\n**BY-LAW NO. 2024-31**\n"
            "**Being a By-law to Authorize a Gravel Resurfacing Agreement**\n"
            "WHEREAS the Council of the Township of Pine Lake deems it expedient to enter into an agreement;\n")
    assert papers_of(text, tmp_path) == [
        ("agenda", None, [1, 1]), ("report", "2.1", [2, 2]), ("other", "3.1", [3, 3])]


def test_a_packs_previous_minutes_and_its_stamped_reports(tmp_path):
    # The previous minutes name only the committee ("DRAFT MINUTES" / "PLANNING COMMITTEE"): the pack's authority
    # is theirs. A report under its item stamp names no committee on its cover: its title is its first heading.
    text = ("**Eastmoor District Council**\n**PLANNING COMMITTEE**\n**Thursday, 11 July 2024 at 2.00 pm**\n**AGENDA**\n"
            "**1. Apologies**\n**2. Minutes**\n**3. Appeals Update**\n\f\n**DRAFT MINUTES**\n**PLANNING COMMITTEE**\n"
            "**Held on Thursday, 13 June 2024 at 2.00 pm**\nPresent: Councillors J Webb (Chair), L Ortiz and P Singh\n"
            "**15. Apologies**\nNone.\n**16. Application 24/0301/FUL**\nRESOLVED: That planning permission be granted.\n"
            "\f\n**Agenda Item 3**\n**Appeals Update**\nReport of: Head of Planning\nWards: All\n"
            "Recommendation: That the Committee notes the appeal decisions.\n")
    pdf = read_pdf(render_text(text, tmp_path / "pack.pdf"))
    records = [parse_span(span, pdf) for span in split(pdf)]
    assert [(r.kind, r.body, r.title) for r in records[1:]] == [
        ("minutes", "Eastmoor District Council", "Minutes: Planning Committee, 2024-06-13"),
        ("report", "Eastmoor District Council", "Appeals Update")]


@pytest.mark.parametrize("heading", ["Exhibit A - Site Plan", "Schedule 1 - Fees and Charges 2025/26",
                                     "Enclosure 2 - Consultation Responses", "Appendix 1a - Detailed Budget"])
def test_a_front_sheet_opening_with_apologies_and_appendices_of_other_names(tmp_path, heading):
    # A front sheet that never calls itself an agenda, its business opening "1. Apologies"; the report's
    # appendix headed as US packets (Exhibit) and UK papers (Schedule, Enclosure, "Appendix 1a") head them.
    text = ("**Oakham Borough Council**\n**Cabinet**\n**Tuesday 3 September 2024 at 6.00 pm**\n**1. Apologies**\n"
            "**2. Fees and Charges Review**\n\f\n**Agenda Item 2**\nReport to:\tCabinet\n"
            "Date of Meeting:\t3 September 2024\nReport of:\tDirector of Finance\nTitle:\tFees and Charges Review\n"
            "**1. Recommendations**\n1.1 That Cabinet approves the fees and charges at the appendix.\n"
            f"\f\n**{heading}**\nThe table below sets out the proposals.\n")
    assert papers_of(text, tmp_path) == [
        ("agenda", None, [1, 1]), ("report", "2", [2, 2]), ("appendix", "2", [3, 3])]


WORK_PROGRAMME_PACK = """**Eastbridge District Council**
**Overview and Scrutiny Committee**
Date: Wednesday, 21 January 2026
**AGENDA**
1. Apologies for Absence
2. Housing Allocations Policy Review
Report of the Head of Housing.
3. Work Programme
To consider the committee's work programme for 2025/26.
\f
Report to: Overview and Scrutiny Committee
Date of meeting: 21 January 2026
Report of: Head of Housing
Title: Housing Allocations Policy Review
**1. Recommendations**
1.1 That the committee notes the findings of the review.
Contact officer: Jo Reed, Housing Strategy Manager, jo.reed@eastbridge.gov.uk
\f
**Appendix A – Summary of consultation responses**
Most applicants supported a simpler banding scheme.
Partners asked for clearer rules on local connection.
\f
**Overview and Scrutiny Committee Work Programme 2025/26**
Meeting\tItem\tLead officer
18 March 2026\tHomelessness Strategy update\tHead of Housing
"""


@pytest.mark.parametrize("listed", [True, False])
def test_a_work_programme_without_page_ranges_opens_the_paper_of_the_item_listing_it(tmp_path, listed):
    # Probe of an English district's scrutiny pack, no page ranges printed: the work programme's own heading at the
    # top of the last page, and the front sheet's item naming one, open the paper; the appendix before it ends there.
    # The heading alone is no paper (a report may head a section so): without the item the page stays where it was.
    text = WORK_PROGRAMME_PACK.replace("\\f", "\f")
    if not listed:
        text = text.replace("3. Work Programme\nTo consider the committee's work programme for 2025/26.\n", "")
    spans = split(read_pdf(render_text(text, tmp_path / "pack.pdf")))
    expected = [("agenda", None, [1, 1]), ("report", "2", [2, 2]), ("appendix", "2", [3, 3]), ("other", "3", [4, 4])]
    if not listed:
        expected = expected[:2] + [("appendix", "2", [3, 4])]
    assert [(s.kind, s.item, s.physical_pages) for s in spans] == expected


def test_under_an_agenda_title_a_line_naming_minutes_is_an_items_not_the_documents_title():
    # Probe of a Scottish council's agenda: item 2's description "Minutes of meeting of the … Committee of 13 January
    # 2026." among the first lines; minutes titled so over their own meeting (no agenda title above) stay minutes.
    agenda = ["Strathmore Council", "Policy and Resources Committee", "Agenda", "Tuesday 17 February 2026 at 10.00 am",
              "1 Declaration of Interests", "2 Minutes of Previous Meeting",
              "Minutes of meeting of the Policy and Resources Committee of 13 January 2026."]
    assert classify([page(agenda)]) == "agenda"
    assert classify([page(["Strathmore Council", "Minutes of meeting of the Policy and Resources Committee",
                           "13 January 2026", "Present: Councillors A Bell (Chair), C Dunn"])]) == "minutes"


STAFF_REPORT_AND_ITS_RESOLUTION = """**CITY OF MORRO BAY**
**CITY COUNCIL REGULAR MEETING AGENDA**
Tuesday, March 10, 2026 – 5:30 p.m.
1. CALL TO ORDER
2. CONSENT AGENDA
2.a Approval of Minutes for the February 24, 2026 City Council Meeting
2.b Adoption of Resolution No. 14-26 Authorizing the Purchase of a Street Sweeper
3. ADJOURNMENT
\f
**STAFF REPORT**
TO: Honorable Mayor and City Council
FROM: Greg Kwolek, Public Works Director
SUBJECT: Adoption of Resolution No. 14-26 Authorizing the Purchase of a Street Sweeper
RECOMMENDATION
Staff recommends the City Council adopt Resolution No. 14-26 authorizing the purchase of a street sweeper.
ATTACHMENTS
{attachments}
\f
**RESOLUTION NO. 14-26**
A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF MORRO BAY AUTHORIZING THE PURCHASE OF A STREET SWEEPER
NOW, THEREFORE, BE IT RESOLVED by the City Council of the City of Morro Bay that the purchase is authorized.
"""


def test_a_paper_a_staff_report_lists_among_its_attachments_is_its_appendix(tmp_path):
    # Probe of a US city's agenda packet: the resolution after the staff report, listed as its attachment, is the
    # report's appendix, and the report keeps its item (the resolution's number named the item first).
    listed = STAFF_REPORT_AND_ITS_RESOLUTION.format(attachments="1. Resolution No. 14-26")
    assert papers_of(listed, tmp_path) == [("agenda", None, [1, 1]), ("report", "2.b", [2, 2]), ("appendix", "2.b", [3, 3])]
    # Counter-example: a report listing other attachments leaves the resolution a paper of its own.
    other = STAFF_REPORT_AND_ITS_RESOLUTION.format(attachments="1. Location Map")
    assert [kind for kind, _, _ in papers_of(other, tmp_path)] == ["agenda", "report", "other"]


@pytest.mark.parametrize("title", ["RHAGLEN / AGENDA", "CLÁR / AGENDA"])
def test_a_bilingual_agenda_title_makes_an_agenda(title):
    # Probe of a Welsh county council's bilingual front sheet (Irish councils title theirs "CLÁR / AGENDA"): no
    # "to be held" sentence, the title in both languages; it had been read as no document of any kind.
    heading = ["Cyngor Sir Ynys Môn / Isle of Anglesey County Council", "Pwyllgor Gwaith / Executive",
               "Dydd Llun, 16 Mawrth 2026 / Monday, 16 March 2026"]
    items = ["1. Ymddiheuriadau / Apologies", "2. Datgan Diddordeb / Declaration of Interest", "3. Cofnodion / Minutes"]
    assert classify([page(heading + [title] + items)]) == "agenda"
    # Counter-example: a report's heading that names the agenda item it is, in both languages.
    assert classify([page(heading + ["Rhaglen / Agenda item 4: cyllideb"] + items)]) != "agenda"


FIRE_AUTHORITY_PACK = """**Eastshire Fire and Rescue Authority**
**Meeting of the Fire Authority**
**Friday, 20 March 2026 at 10.30 am**
**AGENDA**
1. Apologies for Absence
2. Minutes of the Meeting held on 16 January 2026 (Pages 3 - 10)
3. Community Risk Management Plan 2026-2030 (Pages 11 - 48)
\f
{above}
**Community Risk Management Plan 2026-2030**
**Report of the Chief Fire Officer**
**Recommendations**
1. That the Authority approves the Community Risk Management Plan 2026-2030.
"""


def test_a_paper_under_a_title_block_over_its_items_title_opens_at_the_pages_top(tmp_path):
    # Probe of an English fire and rescue authority's pack: the authority, the meeting, its date and the item stamp in
    # bold over the report's title, no cover fields: the report opens at the page's top (those lines had been the
    # last item's description) and is a report, asking for a decision. The authority is the body.
    block = "**EASTSHIRE FIRE AND RESCUE AUTHORITY**\n**Fire Authority**\n**20 March 2026**\n**Agenda Item 3**"
    text = FIRE_AUTHORITY_PACK.format(above=block)
    assert papers_of(text, tmp_path) == [("agenda", None, [1, 1]), ("report", "3", [2, 2])]
    assert read_heading(read_pdf(tmp_path / "pack.pdf").pages[:1]).body == "Eastshire Fire and Rescue Authority"
    # Counter-example: running text above the title (another paper's tail) keeps the paper at its title.
    text = FIRE_AUTHORITY_PACK.format(above="**Tender evaluation**\nFour tenders were received.")
    assert [(kind, item) for kind, item, _ in papers_of(text, tmp_path)] == [("agenda", None), ("other", "3")]


TABLE_COVER_PACK = """**London Borough of Hackwell**
**CABINET**
**Monday, 9 March 2026 at 6.30 pm**
**AGENDA**
1. Apologies for Absence
2. Depot Relocation (Pages 3 - 4)
\\f
{cover}
**3. Recommendations**
3.1 Cabinet is recommended to approve the relocation of the depot to Marsh Lane.
"""


def test_a_report_cover_printed_as_a_ruled_table_of_labels_and_values_opens_a_report(tmp_path):
    # Probe of a London borough's pack: the cover a ruled table, each label in a cell beside its value ("Title of
    # Report | Depot Relocation", "Meeting Date | 9 March 2026", "Ward(s) Affected | Hackwell Downs"): the report had
    # stayed in the agenda, its numbered sections read as agenda items.
    cover = "Title of Report\tDepot Relocation\nMeeting Date\t9 March 2026\nWard(s) Affected\tHackwell Downs"
    text = TABLE_COVER_PACK.format(cover=cover).replace("\\f", "\f")
    assert [(kind, item) for kind, item, _ in papers_of(text, tmp_path)] == [("agenda", None), ("report", "2")]
    # Counter-example: a table of figures at a page's top opens no report.
    table = "Quarter\t2025/26\nQ1\t1,200\nQ2\t1,350"
    text = TABLE_COVER_PACK.format(cover=table).replace("\\f", "\f").split("**3. Recommendations**")[0]
    assert [kind for kind, _, _ in papers_of(text, tmp_path)] == ["agenda"]


NORDIC_CASE_PAPERS = {
    # Probes: a Norwegian formannskap's møteinnkalling with its case's saksframlegg, a Swedish kommunstyrelse's
    # föredragningslista with its tjänsteskrivelse. The papers had run on in the agenda, their recommendations read
    # as agenda items; the case number field ("Saksnr: 13/26") had been the title.
    "Norwegian": ("**Fjordvik kommune**\n**Møteinnkalling**\nUtvalg: Formannskapet\nDato: 19.03.2026\n**Saksliste**\n"
                  "PS 12/26 Godkjenning av protokoll\nPS 13/26 Budsjettjustering 2026\n\f\n**Fjordvik kommune**\n"
                  "**Saksframlegg**\nSaksbehandler: Kari Nordmann\nArkivsak: 26/145\nUtvalg: Formannskapet\n"
                  "Saksnr: 13/26\n**Budsjettjustering 2026**\n**Kommunedirektørens innstilling**\n"
                  "1. Formannskapet vedtar budsjettjusteringen.\n2. Endringene innarbeides i økonomiplanen.\n"
                  "**Saksopplysninger**\nDet er behov for å justere budsjettet.\n",
                  ("PS 13/26", "Budsjettjustering 2026",
                   ["Formannskapet vedtar budsjettjusteringen.", "Endringene innarbeides i økonomiplanen."])),
    "Swedish": ("**Älvsby kommun**\n**Föredragningslista**\nKommunstyrelsen\nTid: 2026-03-16 kl. 13:00\n"
                "1. Val av justerare\n2. Budget 2026\n\f\n**Älvsby kommun**\n**Tjänsteskrivelse**\nDnr: KS 2026/112\n"
                "**Budget 2026**\n**Förslag till beslut**\nKommunstyrelsen föreslår kommunfullmäktige att fastställa "
                "budget 2026.\n**Ärendebeskrivning**\nBudgeten har tagits fram i samråd med förvaltningarna.\n",
                ("2", "Budget 2026", ["Kommunstyrelsen föreslår kommunfullmäktige att fastställa budget 2026."])),
}


@pytest.mark.parametrize("language", NORDIC_CASE_PAPERS)
def test_a_nordic_case_paper_is_its_items_report(tmp_path, language):
    text, (item, title, recommendations) = NORDIC_CASE_PAPERS[language]
    agenda, report = records_of(text, tmp_path)
    assert (report.kind, report.item, report.title, report.recommendations) == ("report", item, title, recommendations)
    assert len(agenda.items) == 2
    # Counter-example: the agreement with a recommendation in a protocol's sentence heads nothing.
    assert not opens_recommendations("Formannskapet sluttet seg til rådmannens innstilling.")
