"""The minutes parser on pages built from real lines of published minutes."""

from dataclasses import replace
from pathlib import Path

import pytest

from extract.model import Heading, Minute, Person
from extract.patterns import PRESENT_WERE
from extract.parse import minutes
from extract.read import Line, Page, PdfText
from extract.text import sentences_of
from extract.split import DocumentSpan


def page(rows, number=1, bold=()):
    """A page from (x0, top, text) rows as read from a real PDF, or (x0, top, text, x1) where the text was set
    to the right margin (justified, or a title that filled its line); ``bold`` lists bold row indexes."""
    lines = [Line(text=row[2], x0=row[0], x1=row[3] if len(row) > 3 else min(540.0, row[0] + 5.5 * len(row[2])),
                  top=row[1], bottom=row[1] + 11, bold=i in bold) for i, row in enumerate(rows)]
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


def test_a_planning_application_is_a_minute_and_the_close_no_part_of_the_last_decision():
    # A UK planning committee's minutes: the application's reference opens its minute's title, and the
    # line recording the close sits one paragraph step under the last RESOLVED.
    record = parse(page([
        (31, 60, "Minutes of a meeting of the Planning Committee held on Wednesday, 7 December 2022 at 7.00 pm"),
        (31, 100, "46. Minutes"),
        (31, 118, "RESOLVED: That the minutes of the meeting held on 9 November 2022 be approved."),
        (31, 140, "47. 22/01234/FUL - Land at Mill Lane, Ashby"),
        (31, 158, "RESOLVED: That planning permission be granted subject to the conditions in the report."),
        (31, 180, "48. Appeals Update"),
        (31, 198, "RESOLVED: That the report be noted."),
        (31, 213, "The meeting finished at 8.35 pm."),
    ], bold=(1, 3, 5)))
    assert [(m.number, m.title) for m in record.items] == [
        ("46", "Minutes"), ("47", "22/01234/FUL - Land at Mill Lane, Ashby"), ("48", "Appeals Update")]
    assert record.items[-1].resolutions == ["That the report be noted."]


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


def test_paragraphs_numbered_inside_a_minute_are_not_minutes():
    # cc_kent-cc_minutes_2025-01-30: bold running minute numbers, each over "(Item N)"; the paragraphs
    # numbered afresh inside a minute are in body type, indented.
    record = parse(page([
        (224.7, 58.5, "KENT COUNTY COUNCIL"), (263.7, 97.5, "CABINET"),
        (70.9, 128.1, "MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions"),
        (70.9, 141.9, "House, County Hall, Maidstone on Thursday, 30 January 2025."),
        (70.9, 417.9, "84. Apologies"), (70.9, 431.7, "(Item 1)"),
        (70.9, 459.3, "Apologies were received from Mrs C Bell."),
        (70.9, 486.9, "85. Declarations of Interest"), (70.9, 500.7, "(Item 2)"),
        (70.9, 652.5, "87. Cabinet Member Updates"), (70.9, 666.3, "(Item 4)"),
        (106.9, 707.7, "1. Mr R Gough, Leader of the Council provided an update on the following:"),
        (106.9, 734.8, "2. Mr Watkins, Cabinet Member for Adult Social Care and Public Health,"),
        (106.9, 760.8, "3. Mrs Chandler, Cabinet Member for Integrated Children's Services,"),
        (70.9, 780.0, "88. 24/00108 - Revenue and Capital Budget Monitoring Report - November"),
        (88.9, 794.6, "3. RESOLVED that Cabinet agree to:"),
        (106.9, 808.6, "A) Note the forecast revenue overspend of £23.3m (excluding Schools)."),
        (106.9, 822.6, "B) Agree the Capital budget changes."),
    ], bold={0, 1, 4, 7, 9, 14}))
    assert [(m.number, m.title) for m in record.items] == [
        ("84", "Apologies"), ("85", "Declarations of Interest"), ("87", "Cabinet Member Updates"),
        ("88", "24/00108 - Revenue and Capital Budget Monitoring Report - November")]
    assert record.items[-1].resolutions == ["Note the forecast revenue overspend of £23.3m (excluding Schools).",
                                            "Agree the Capital budget changes."]
    assert [p.name for p in record.apologies] == ["C Bell"]


def test_a_minute_set_like_the_others_is_a_minute_though_its_number_breaks_the_count():
    # cc_sutton-coldfield-tc_minutes_2018-03-13 prints minute 56 as "6"; its bold sub-heading is no part of a title.
    record = parse(page([
        (36, 101.9, "Amenities, Leisure and Community Services"), (36, 115.5, "Tuesday 13th March 2018"),
        (36, 470.8, "52 Apologies for Absence"), (72, 489.5, "Cllrs Ives, Ward and Ellis."),
        (72, 508.1, "Committee resolved to note the apologies."),
        (36, 545.5, "53 Declarations of Interest"),
        (72, 564.1, "Councillor Hodivala stated that she had a non-pecuniary interest in a school application for the"),
        (36, 616.0, "54 Minutes of the Previous Meeting"),
        (36, 713.4, "55 Matters Arising"), (72, 732.0, "Trim Trail"),
        (72, 750.6, "The Assistant Town Clerk advised that all equipment is now in place but fenced off for"),
        (36, 770.0, "6 Community Grant Applications"),
        (36, 790.0, "57 Defibrillators"),
    ], bold={0, 1, 2, 5, 7, 8, 9, 11, 12}))
    assert [(m.number, m.title) for m in record.items] == [
        ("52", "Apologies for Absence"), ("53", "Declarations of Interest"), ("54", "Minutes of the Previous Meeting"),
        ("55", "Matters Arising"), ("6", "Community Grant Applications"), ("57", "Defibrillators")]
    assert [p.name for p in record.apologies] == ["Ives", "Ward", "Ellis"]
    assert [(d.member, d.interest) for d in record.declarations] == [("Hodivala", "non-pecuniary")]


def test_section_sign_numbering_and_its_contents_list():
    # cc_nykarleby-valfardsnamnden_minutes_2022-09-15: a contents page, then "39 §" … over each minute;
    # "1." inside a minute is numbered in another scheme, indented.
    contents = page([
        (57, 82.9, "Protokoll 5/2022"), (57, 108.9, "Organ Välfärdsnämnden"),
        (57, 126.9, "Sammanträdestid 15.9.2022 kl. 18.00 – 19.37"),
        (56.7, 239.0, "39 § Sammanträdets laglighet och beslutförhet ......................................... 1"),
        (56.7, 257.9, "40 § Val av protokolljusterare ........................................................... 2"),
    ], bold={0})
    minutes_pages = [page([(71, 122.9, f"{n} § {title}"), (134.8, 147.8, "Ordförande öppnar sammanträdet och konstaterar"),
                           (134.8, 291.2, "1. Evenemang och aktiviteter inom välfärdssektorn")], number=n - 37, bold={0, 2})
                     for n, title in [(39, "Sammanträdets laglighet och beslutförhet"), (40, "Val av protokolljusterare"),
                                      (41, "Godkännande av föredragningslistan")]]
    record = parse(contents, *minutes_pages)
    assert [(m.number, m.title) for m in record.items] == [
        ("39", "Sammanträdets laglighet och beslutförhet"), ("40", "Val av protokolljusterare"),
        ("41", "Godkännande av föredragningslistan")]
    assert (record.start, record.end) == ("18:00", "19:37")


def test_finnish_minutes_sitting_time_attendance_and_roles():
    # Probe of a Finnish-language pöytäkirja (the corpus has Swedish-language Finnish minutes): the sitting
    # "klo 18.00–20.15", members "Saapuvilla olleet jäsenet", officers under "Muut läsnäolijat" with their offices.
    record = parse(page([
        (57, 60, "KEMPELEEN KUNTA"), (57, 80, "PÖYTÄKIRJA 9/2023"), (57, 100, "Sivistyslautakunta"),
        (57, 120, "Kokousaika 14.11.2023 klo 18.00–20.15"), (57, 134, "Kokouspaikka Kunnantalo, Kokoushuone Kaisla"),
        (57, 160, "Saapuvilla olleet jäsenet"), (57, 174, "Virtanen Matti, puheenjohtaja"), (57, 188, "Mäkinen Jari"),
        (57, 210, "Poissa"), (57, 224, "Heikkinen Pekka"),
        (57, 246, "Muut läsnäolijat"), (57, 260, "Laine Anna, sivistysjohtaja, esittelijä"),
        (57, 274, "Koskinen Mari, pöytäkirjanpitäjä"),
        (57, 300, "§ 45 Kokouksen avaus, laillisuus ja päätösvaltaisuus"), (57, 314, "Päätös: Ehdotus hyväksyttiin."),
    ], bold={0, 1, 2, 5, 8, 10, 13}))
    assert (record.committee, record.body, record.date) == ("Sivistyslautakunta", "Kempeleen kunta", "2023-11-14")
    assert (record.start, record.end) == ("18:00", "20:15")
    assert [(p.name, p.role) for p in record.present] == [("Virtanen Matti", "puheenjohtaja"), ("Mäkinen Jari", None)]
    assert [p.name for p in record.absent] == ["Heikkinen Pekka"]
    assert [(p.name, p.role) for p in record.in_attendance] == [("Laine Anna", "sivistysjohtaja, esittelijä"),
                                                                ("Koskinen Mari", "pöytäkirjanpitäjä")]


def test_bilingual_welsh_minutes_give_each_label_in_both_languages():
    # Probe of a town council's bilingual minutes ("Welsh / English" in one document; the corpus's Welsh
    # council publishes two): the council meets as itself, labels, titles and RESOLVED come in both languages.
    record = parse(page([
        (57, 60, "CYNGOR TREF LLANDEILO / LLANDEILO TOWN COUNCIL"),
        (57, 80, "Cofnodion Cyfarfod Llawn o'r Cyngor / Minutes of the Full Council Meeting"),
        (57, 100, "Nos Lun 13 Tachwedd 2023 am 7.00yh / Monday 13 November 2023 at 7.00pm"),
        (57, 125, "Presennol / Present: Cynghorwyr / Councillors: E Jones (Maer / Mayor), D Evans, M Williams"),
        (57, 145, "Yn bresennol hefyd / Also present: Mrs A Davies (Clerc / Clerk)"),
        (57, 170, "1. Ymddiheuriadau / Apologies"), (57, 185, "Cynghorydd / Councillor R Lewis."),
        (57, 210, "2. Ceisiadau Cynllunio / Planning Applications"),
        (57, 225, "PENDERFYNWYD / RESOLVED: to raise no objection to application E/12345."),
        (57, 245, "Daeth y cyfarfod i ben am 8.15yh / The meeting closed at 8.15pm."),
    ], bold={0, 1, 2, 5, 7}))
    assert (record.committee, record.date) == ("Cyngor Tref Llandeilo", "2023-11-13")
    assert [p.name for p in record.present] == ["E Jones", "D Evans", "M Williams"]
    assert [p.name for p in record.in_attendance] == ["A Davies"]
    assert [p.name for p in record.apologies] == ["R Lewis"]
    assert record.items[1].resolutions == ["to raise no objection to application E/12345."]
    assert record.end == "20:15"


def test_a_quebec_proces_verbal_names_its_council_and_attendance_in_french():
    # Probe of a Quebec municipality's procès-verbal: the body in the opening sentence, in lower case;
    # "Sont présents :", "Est absente :", "Est également présente :" with titles in lower case.
    record = parse(page([
        (57, 60, "MUNICIPALITÉ DE SAINT-ANDRÉ"), (57, 80, "PROCÈS-VERBAL"),
        (57, 100, "Procès-verbal de la séance ordinaire du conseil municipal de la Municipalité de Saint-André, "
                  "tenue le lundi 6 novembre 2023 à 19 h 30, à la salle du conseil."),
        (57, 125, "Sont présents : Madame la conseillère Marie Tremblay, Messieurs les conseillers Jean Gagnon, "
                  "Luc Roy et Paul Côté."),
        (57, 140, "Est absente : Madame la conseillère Julie Fortin."),
        (57, 155, "Est également présente : Madame Sophie Bélanger, directrice générale et greffière-trésorière."),
        (57, 180, "1. OUVERTURE DE LA SÉANCE"), (57, 195, "Le maire déclare la séance ouverte à 19 h 30."),
    ], bold={0, 1, 6}))
    assert (record.committee, record.date) == ("Conseil municipal de la Municipalité de Saint-André", "2023-11-06")
    assert not [r for r in record.review if r.field in ("committee", "date", "present")]
    assert [p.name for p in record.present] == ["Marie Tremblay", "Jean Gagnon", "Luc Roy", "Paul Côté"]
    assert [p.name for p in record.absent] == ["Julie Fortin"]
    assert [(p.name, p.role) for p in record.in_attendance] == [
        ("Sophie Bélanger", "directrice générale et greffière-trésorière")]


def test_welsh_minutes_apologies_in_a_sentence_and_a_declaration():
    # cc_manordeilo-salem-cc_minutes_2019-10-09_cy
    record = parse(page([
        (198.3, 99.9, "CYNGOR CYMUNED MANORDEILO a SALEM"), (233.7, 113.7, "CYFARFOD 9fed HYDREF 2019"),
        (56.7, 141.3, "Cynhaliwyd cyfarfod Cyngor Cymuned Manordeilo a Salem am 7.30pm ar y 9fed Hydref 2019 yn yr Ystafell"),
        (56.7, 182.5, "PRESENNOL"),
        (56.7, 196.3, "Cynghorwyr Alun Davies, Arwel Davies, Owen Williams a’r Cynghorydd Sir Joseph Davies."),
        (56.7, 237.6, "1. CROESO AC YMDDIHEURIADAU"),
        (56.7, 251.4, "Cymerwyd y Gadair gan y Cyng. O. Williams a chroesawodd bawb i’r cyfarfod. Derbyniwyd ymddiheuriadau gan y"),
        (56.7, 265.1, "Cynghorwyr Peter Harries, Doris Jones, Dorian Jenkins ac Andrew Thomas."),
        (56.7, 416.6, "3. DATGANIADAU O DDIDDORDEB"),
        (56.7, 430.4, "Fe wnaeth y Cyng. J. Davies ddatgan diddordeb yn Eitem Agenda 9, Cais Cynllunio E/39533 (ei rôl yn"),
        (56.7, 444.2, "Gynghorydd Sir)"),
    ], bold={0, 1, 3, 5, 8}))
    assert [p.name for p in record.present] == ["Alun Davies", "Arwel Davies", "Owen Williams"]
    assert [p.name for p in record.in_attendance] == ["Joseph Davies"]
    assert [p.name for p in record.apologies] == ["Peter Harries", "Doris Jones", "Dorian Jenkins", "Andrew Thomas"]
    assert [(d.member, d.item) for d in record.declarations] == [("J. Davies", "3")]
    assert record.start == "19:30"


def test_a_substitute_named_in_a_sentence():
    # cc_sutton-coldfield-tc_minutes_2018-03-13
    record = parse(page([
        (36, 101.9, "Amenities, Leisure and Community Services"), (36, 164.5, "Present:"),
        (36, 179.2, "Cllrs Hodivala (Chairman), Hewett, Mosson, Passey and Wood."),
        (36, 208.5, "Under item 4(v) of the Town Council Standing Orders, the Town Clerk advised Committee that for this"),
        (36, 223.1, "meeting Cllr Wood would be substituting, with voting rights, for Cllr Ellis."),
    ], bold={0, 1}))
    assert [(p.name, p.role) for p in record.substitutes] == [("Wood", "substitute for Ellis")]
    assert "Wood" in [p.name for p in record.present]


def test_a_japanese_record_opens_and_closes_at_its_printed_times():
    # cc_kyoto-city-council_minutes_2024-05-17
    record = parse(page([(63.7, 70.3, "第３回 産業交通水道委員会記録"), (63.7, 83.8, "◯令和６年５月17日（金）"),
                         (116.2, 255.3, "［午前10時 開会］"), (74.2, 281.5, "ただ今から、産業交通水道委員会を開会いたします。"),
                         (116.2, 646.3, "［午後３時26分 散会］")]))
    assert (record.start, record.end) == ("10:00", "15:26")


def test_a_japanese_plenary_record_opens_at_its_sitting():
    # Probe: a plenary record (本会議 会議録, "第３日" its day of the session) opens its sitting (開議), not a meeting
    record = parse(page([(60, 70, "令和５年１２月定例会"), (60, 90, "横浜市会本会議　会議録（第３日）"),
                         (60, 110, "令和５年１２月５日（火曜日）"), (60, 130, "午前１０時開議"),
                         (60, 150, "○議長（清水富雄君）　これより本日の会議を開きます。"), (60, 170, "午後３時散会")]))
    assert (record.date, record.start, record.end) == ("2023-12-05", "10:00", "15:00")


def test_proposed_and_seconded_with_a_named_vote_and_an_office_for_a_name():
    # cc_kent-cc_minutes_2025-03-13
    record = parse(page([
        (233.9, 73.8, "KENT COUNTY COUNCIL"), (251.7, 116.9, "COUNTY COUNCIL"),
        (89.8, 158.3, "MINUTES of a meeting of the County Council held in the Council Chamber,"),
        (89.8, 172.1, "Sessions House, County Hall, Maidstone on Thursday, 13 March 2025."),
        (89.8, 199.7, "PRESENT: Mr B J Sweetland (Chairman), Mr A M Ridgers (Vice-Chairman),"),
        (89.8, 213.5, "Mr N Baker, Mr D Murphy and Mr R J Thomas"),
        (53.8, 229.3, "296. Chairman's Announcements"), (89.8, 243.1, "(Item 5)"),
        (89.8, 280.8, "10) Mr Sweetland proposed, and Mr Ridgers seconded, that the Council formally"),
        (118.2, 294.6, "record the sense of loss it feels on the sad passing of Mr Charlie Simkins."),
        (410.5, 349.8, "Agreed unanimously."),
        (53.8, 438.3, "297. Kent Minerals and Waste Local Plan 2024-39"), (89.8, 452.1, "(Item 8)"),
        (89.8, 485.7, "1) Mr Derek Murphy proposed, and Mr Rob Thomas seconded the motion that"),
        (146.6, 499.5, "the Kent Minerals and Waste Local Plan 2024-2039 be adopted."),
        (89.8, 527.1, "2) Following the debate, the Chairman put the motion set out in paragraph 1 to"),
        (89.8, 555.1, "For (52)"), (89.8, 582.7, "Mr Baker, Mr Murphy"), (89.8, 610.3, "Against (0)"),
        (89.8, 637.9, "Abstain (11)"), (89.8, 665.5, "Mr Thomas"), (444.1, 693.1, "Motion carried."),
        (53.8, 720.7, "298. Governance Updates"), (89.8, 734.5, "(Item 15)"),
        (89.8, 762.1, "3) The Chairman proposed and the Vice-Chairman seconded that, under"),
        (118.2, 775.9, "s14.48 of the Constitution, Council resolve to extend the meeting beyond 4.30pm."),
    ], bold={0, 1, 6, 11, 21}))
    motions = [(m.number, mo.mover, mo.seconder, mo.result, mo.vote) for m in record.items for mo in m.motions]
    assert motions == [("296", "Sweetland", "Ridgers", "carried", "unanimously"),
                       ("297", "Derek Murphy", "Rob Thomas", "carried", "52-0-11"),
                       ("298", "B J Sweetland", "A M Ridgers", None, None)]


def test_proposals_in_british_and_welsh_parish_minutes_are_motions_and_decisions():
    # cc_manordeilo-salem-cc_minutes_2019-10-09 and its Welsh edition
    english = parse(page([
        (191.3, 99.9, "MANORDEILO & SALEM COMMUNITY COUNCIL"), (236.0, 113.7, "MEETING 9th OCTOBER 2019"),
        (56.7, 182.5, "PRESENT"), (56.7, 196.3, "Councillors Alun Davies, William Loynton and Kim Davies."),
        (56.7, 292.7, "2. TO CONFIRM THE MINUTES OF THE LAST MEETING"),
        (56.7, 347.8, "With those corrections, it was proposed by Cllr. W. Loynton, seconded by Cllr. K. Davies and unanimously agreed"),
        (56.7, 361.6, "that the minutes of the last meeting held on the 11th September 2019 as typed and circulated were correct."),
        (56.7, 444.2, "4. MATTERS ARISING."),
        (56.7, 650.7, "12i) A new laptop had been purchased for the Clerk‘s use at a cost of £499.00. It was proposed by Cllr. W."),
        (56.7, 664.5, "Loynton, seconded by Cllr. K. Davies and unanimously approved."),
        (56.7, 692.0, "5. PLANNING"),
        (56.7, 706.0, "E/39482 Variation of Condition No 2- amended plans and repositioning of approved building"),
        (128.7, 720.0, "Mr and Mrs James"), (128.7, 734.0, "No observations"),
    ], bold={0, 1, 2, 4, 7, 10, 13}))
    motions = {m.number: [(mo.mover, mo.seconder, mo.result) for mo in m.motions] for m in english.items}
    assert motions["2"] == [("W. Loynton", "K. Davies", "carried")] and motions["4"] == [("W. Loynton", "K. Davies", "carried")]
    resolutions = {m.number: m.resolutions for m in english.items}
    assert resolutions["2"][0].startswith("With those corrections, it was proposed")
    assert resolutions["4"] == ["A new laptop had been purchased for the Clerk‘s use at a cost of £499.00. It was "
                                "proposed by Cllr. W. Loynton, seconded by Cllr. K. Davies and unanimously approved."]
    assert resolutions["5"] == ["No observations"]
    welsh = parse(page([
        (198.3, 99.9, "CYNGOR CYMUNED MANORDEILO a SALEM"), (233.7, 113.7, "CYFARFOD 9fed HYDREF 2019"),
        (56.7, 292.7, "2. CADARNHAU COFNODION Y CYFARFDO BLAENOROL"),
        (56.7, 347.8, "Gyda’r cywiriadau hynny wedi’u cynnwys, cynigiwyd gan y Cyng. W. Loynton, eiliwyd gan y Cyng. K. Davies a"),
        (56.7, 361.6, "chytunwyd yn unfrydol bod cofnodion y cyfarfod blaenorol a gynhaliwyd 11eg Medi 2019 fel ag y maent wedi’u"),
        (56.7, 375.3, "teipio a’u dosbarthu yn gywir."),
    ], bold={0, 1, 2}))
    [minute] = welsh.items
    assert [(mo.mover, mo.seconder, mo.result) for mo in minute.motions] == [("W. Loynton", "K. Davies", "carried")]
    assert len(minute.resolutions) == 1


def test_unnumbered_headings_a_minute_of_their_own_or_one_inside_the_minute_above():
    # cc_rivergrove_minutes_2018-08-13: "COUNCIL DELIBERATES" heads part of minute 1; "ADJOURNMENT" is a
    # business of its own (its motion adjourns); people who "moved to the area" moved no motion.
    record = parse(page([
        (54, 37.6, "Rivergrove City Council Meeting Minutes"), (54, 50.2, "August 13, 2018"),
        (54, 100.9, "The meeting was called to order at Lloyd Minor Park at 7:08 p.m."),
        (54, 164.1, "NEW BUSINESS"),
        (54, 176.8, "1. Type IV Hearing to amend Ordinance #80-2011, regulating park and boat ramp hours"),
        (54, 202.0, "Ms. Mandel said her family moved to the area for the boat ramp and the nature trails."),
        (54, 341.2, "COUNCIL DELIBERATES"),
        (54, 379.2, "Motion: Mayor Kibbey moved that the Type IV Hearing regarding the boat ramp be continued to"),
        (54, 391.9, "Monday, August 27, 2018 at 7 PM in Lloyd Minor Park. Councilor Tuttle seconded. Motion passed 5-0."),
        (54, 455.1, "OLD BUSINESS"),
        (54, 467.7, "1. Discuss results of short-term rental survey"), (54, 480.5, "Continued to September 17, 2018."),
        (54, 505.7, "ADJOURNMENT"), (54, 518.4, "Motion: Mayor Kibbey moved to adjourn the meeting."),
        (54, 531.0, "The motion passed 5-0."),
    ], bold={0, 1, 3, 4, 6, 9, 12}))
    assert [(m.number, m.title, m.outcome) for m in record.items] == [
        ("1", "Type IV Hearing to amend Ordinance #80-2011, regulating park and boat ramp hours", "deferred"),
        ("1", "Discuss results of short-term rental survey", "deferred"), ("", "ADJOURNMENT", None)]
    assert [[(mo.mover, mo.seconder, mo.vote) for mo in m.motions] for m in record.items] == [
        [("Kibbey", "Tuttle", "5-0")], [], [("Kibbey", None, "5-0")]]
    assert record.items[2].anchor == "min-adjournment"


def test_a_decision_that_introduces_its_parts():
    # cc_sutton-coldfield-tc_minutes_2018-03-13: "resolved to:" over two decisions
    record = parse(page([
        (36, 101.9, "Amenities, Leisure and Community Services"), (36, 115.5, "Tuesday 13th March 2018"),
        (36, 715.1, "59 Sutton Coldfield in Bloom update"),
        (72, 733.8, "The Assistant Town Clerk presented an update to Committee on the progress to date on Bloom"),
        (72, 760.5, "Committee resolved to:"),
        (108, 775.1, "i) Approve the outlined proposals in section 4 of the report and to authorise the"),
        (144, 789.7, "Assistant Town Clerk to progress the proposals"),
        (108, 804.4, "ii) Note the details of the traffic island planting improvements"),
    ], bold={0, 1, 2, 4, 5, 6, 7}))
    assert record.items[0].resolutions == [
        "Approve the outlined proposals in section 4 of the report and to authorise the Assistant Town Clerk to "
        "progress the proposals", "Note the details of the traffic island planting improvements"]


def test_a_decision_whose_entries_are_set_flush_under_it():
    # Probe of English parish and town councils' planning minutes: the lead-in with its colon, each response to
    # an application on the lines under it in the same margin, one wrapping; a paragraph's gap ends them.
    record = parse(page([
        (57, 60, "Minutes of the Meeting of Ashwell Parish Council held on Tuesday 4 March 2025 at 7.30 pm"),
        (57, 100, "25/031 Planning Applications"),
        (57, 118, "RESOLVED to make the following observations:"),
        (57, 132, "24/0123/FUL 12 High Street – No objection."),
        (57, 146, "24/0145/HOU 3 Mill Lane – The Council objects: the extension would overlook the neighbouring"),
        (57, 160, "garden and is out of scale with the street."),
        (57, 174, "24/0151/LBC The Old Forge – No objection, subject to the conservation officer's advice."),
        (57, 205, "The Clerk will send the observations to the planning authority."),
        (57, 235, "25/032 Finance"),
        (57, 253, "RESOLVED:"),
        (57, 267, "That the payments listed be approved."),
    ], bold=(1, 7)))
    assert [m.resolutions for m in record.items] == [
        ["24/0123/FUL 12 High Street – No objection.",
         "24/0145/HOU 3 Mill Lane – The Council objects: the extension would overlook the neighbouring garden and is "
         "out of scale with the street.",
         "24/0151/LBC The Old Forge – No objection, subject to the conservation officer's advice."],
        ["That the payments listed be approved."]]


def test_attendance_told_in_sentences_at_the_roll_call_only():
    # cc_norwalk-housing-authority_agenda_2022-11-15 (its minutes of 18 October 2022): no list, a roll call in
    # prose; a member "absent" under an item is no roll call.
    record = parse(page([
        (195, 93.7, "MINUTES OF THE REGULAR MEETING"), (208, 107.5, "NORWALK HOUSING AUTHORITY"),
        (250, 135.1, "OCTOBER 18, 2022"),
        (72, 160.9, "Chair Ramirez called the hybrid meeting to order at 5:48 p.m. in the Council Chambers,"),
        (72, 188.5, "videoconference per Assembly Bill 361. Responding to roll call were Commissioners"),
        (72, 202.3, "Perez, Vice Chair Valencia, and Chair Ramirez in person. Commissioners Davis and"),
        (72, 216.1, "Hernandez participated via videoconference. Commissioner Ayala and Rios were"),
        (72, 229.9, "absent. Also participating were Jesus M. Gomez, Executive Director; Arnold M."),
        (72, 243.7, "Alvarez-Glasman, Authority Counsel; and Theresa Devoy, Clerk."),
        (72, 285.7, "CONSENT CALENDAR"),
        (72, 340.3, "Commissioner Perez moved and Chair Ramirez seconded to approve the consent calendar."),
        (72, 354.1, "Commissioner Tran was absent."),
    ], bold={0, 1, 2, 9}))
    assert [(p.name, p.role) for p in record.present] == [
        ("Perez", None), ("Valencia", "Vice Chair"), ("Ramirez", "Chair"), ("Davis", None), ("Hernandez", None)]
    assert [p.name for p in record.absent] == ["Ayala", "Rios"]
    assert [(p.name, p.role) for p in record.in_attendance] == [
        ("Jesus M. Gomez", "Executive Director"), ("Arnold M. Alvarez-Glasman", "Authority Counsel"),
        ("Theresa Devoy", "Clerk")]


def test_a_decision_field_under_the_proposal_the_minutes_own_the_last():
    # cc_nykarleby-valfardsnamnden_minutes_2022-09-15: "förslag:" then "Välfärdsnämndens beslut:" over the
    # decision, closed by a rule; the decision of a body that dealt with it before is quoted first; a label
    # the text layer garbled ("beslui:") is the one set like the proposal's after it.
    rows = [
        (71, 122.9, "44 § Rekrytering av välfärdschef"), (71, 140, "Tidigare behandling:"),
        (71, 155, "Stadsstyrelsen 5.9.2022, 186 §"),
        (135, 170, "Stadsstyrelsen föreslås lediganslå tjänsten som välfärdschef."),
        (71, 190, "Stadsstyrelsens beslut:"), (135, 205, "Stadsstyrelsen beslöt att lediganslå tjänsten."),
        (71, 225, "Stadsdirektör Martin Norrgårds förslag:"), (136, 240, "Antecknas för kännedom."),
        (71, 255, "Välfärdsnämndens beslut:"), (136, 270, "Antecknades för kännedom."), (135, 285, "______"),
        (71, 310, "45 § Lokala organet för rusmedelsförebyggande arbete"),
        (71, 320, "Välfärdsnämnden 15.9.2022, 45 §"),
        (71, 330, "Bildningsdirektör/t välfärdschef Teresia Tötermann-Engström förslag:"),
        (136, 345, "Enligt förslag i bilagan."),
        (71, 360, "Välfärdsnämndens beslui:"), (136, 375, "Enligt förslag."), (136, 390, "______"),
        (136, 405, "Protokollet justeras elektroniskt."),
    ]
    record = parse(page(rows, bold={i for i, row in enumerate(rows) if row[0] == 71 and row[2].endswith(":")} | {0, 11}))
    assert [m.resolutions for m in record.items] == [["Antecknades för kännedom."], ["Enligt förslag."]]


def test_resolutions_numbered_with_mover_and_seconder_are_the_minutes():
    # cc_nipissing-township_pack_2025-02-18 (its minutes of 4 February 2025, scanned): each resolution is its
    # number, the mover's and seconder's initials and names, the motion and "Carried."; a list inside one is
    # its text, and what follows the result is no part of the motion.
    record = parse(page([
        (272, 34.7, "MINUTES"), (235, 56.1, "TOWNSHIP OF NIPISSING"), (234, 70.8, "Tuesday, February 4, 2025"),
        (34, 100.0, "A regular meeting of the Township of Nipissing Council was held on Tuesday, February 4, 2025,"),
        (34, 152.9, "Present: Mayor Dave Yemm and Councillors Lisa Chalapenko, Shelly Foote, Stephen Kirkey, and"),
        (34, 168.0, "James Scott."),
        (34, 182.1, "Staff: Operations Superintendent Dan MacInnis, Deputy Clerk Administrative Assistant Kristin"),
        (35, 196.5, "Linklater, and Municipal Administrator-Clerk-Treasurer Kris Croskery-Hodgins."),
        (36, 429.0, "R2025-024 S.Kirkey, J. Scott:"),
        (35, 443.1, "That the minutes of the regular Council Meeting held January 21, 2025, be adopted as published."),
        (36, 458.2, "Carried."),
        (36, 487.0, "R2025-30 S. Kirkey, J. Scott:"),
        (35, 501.0, "That this part of our meeting will be closed to the public for the following subject matter:"),
        (37, 515.8, "1. Council to receive an update on an ongoing legal matter."),
        (36, 530.1, "Time: 7:42 p.m. Carried."),
        (36, 544.5, "Will Bateman, Kim Turnbull, Kristin Linklater and Dan MacInnis left the meeting."),
        (36, 573.0, "R2025-031 J. Scott, S. Kirkey:"),
        (36, 587.0, "That we resume to an open public meeting. Time: 8:38 p.m. Carried."),
    ]))
    assert [(m.number, m.title) for m in record.items] == [("R2025-024", ""), ("R2025-30", ""), ("R2025-031", "")]
    assert [[(mo.mover, mo.seconder, mo.result) for mo in m.motions] for m in record.items] == [
        [("S.Kirkey", "J. Scott", "carried")], [("S. Kirkey", "J. Scott", "carried")],
        [("J. Scott", "S. Kirkey", "carried")]]
    assert record.items[2].motions[0].text == "That we resume to an open public meeting. Time: 8:38 p.m."
    assert [(p.name, p.role) for p in record.in_attendance] == [
        ("Dan MacInnis", "Operations Superintendent"), ("Kristin Linklater", "Deputy Clerk Administrative Assistant"),
        ("Kris Croskery-Hodgins", "Municipal Administrator-Clerk-Treasurer")]


def test_moved_and_seconded_fields_on_one_line():
    # the OPP Detachment Board's minutes in cc_nipissing-township_pack_2025-02-18: "Moved by: … Seconded by: …"
    record = parse(page([
        (55, 208.7, "MEETING MINUTES"), (55, 223.8, "Monday, November 25, 2024, at 6:00 p.m."),
        (52, 280.0, "7. Business Arising from Previous Minutes"),
        (52, 300.0, "7.2 Appoint Secretary/Treasurer – Resolution 2024-03"),
        (87, 313.0, "Moved by: S. Kirkey Seconded by: J. Carr"),
        (52, 326.0, "That Keri Tache be appointed as the Secretary-Treasurer for the PNC Detachment Board."),
        (522, 339.0, "Carried"),
        (52, 365.0, "7.3 Terms of Reference – Resolution 2024-04"),
        (87, 378.0, "Moved by: M. Wand Seconded by: M. Hughes"),
        (52, 391.0, "That the Terms of Reference be adopted as presented."),
        (523, 404.0, "Carried"),
    ]))
    assert [[(mo.mover, mo.seconder, mo.result) for mo in m.motions] for m in record.items] == [
        [], [("S. Kirkey", "J. Carr", "carried")], [("M. Wand", "M. Hughes", "carried")]]


def test_a_motion_adopting_a_lettered_group_of_resolutions_belongs_to_the_first():
    # us_alameda-ca_city-council_minutes_2010-11-16: 10-547, 10-547A and 10-547B adopted by one motion,
    # recorded under the last; a motion on one item (10-548) stays where it is.
    record = parse(page([
        (90, 100, "(10-547) Resolution No. 14507, “Appointing Susan T. Deutsch to the Commission on Disability Issues.”"),
        (90, 115, "Adopted;"),
        (90, 130, "(10-547A) Resolution No. 14508, “Appointing Sim Richards to the Economic Development Commission.”"),
        (90, 145, "Adopted;"),
        (90, 160, "(10-547B) Resolution No. 14509, “Appointing Robert Robillard to the EDC.” Adopted."),
        (90, 175, "Councilmember Matarrese moved adoption of the resolutions."),
        (90, 190, "Councilmember Tam seconded the motion, which carried by unanimous voice vote – 5."),
        (90, 205, "(10-548) Presentation of Vision for Webster Street"),
        (90, 220, "Councilmember Tam moved acceptance of the report."),
    ]))
    assert [(m.number, len(m.motions)) for m in record.items] == [
        ("10-547", 1), ("10-547A", 0), ("10-547B", 0), ("10-548", 1)]


def test_matters_arising_under_old_minute_numbers_and_a_planning_response_in_parts():
    # cc_manordeilo-salem-cc_minutes_2019-10-09: "12i) …" is an entry of its own, and an impersonal decision
    # decides only its entry; a response to an application in parts is one decision, its parts with it.
    record = parse(page([
        (57, 100, "4. MATTERS ARISING."),
        (57, 115, "5xi) Cllr. O. Williams and the Clerk would look into the Council’s duty to maintain biodiversity."),
        (57, 130, "12i) A new laptop had been purchased for the Clerk‘s use at a cost of £499.00. It was proposed by Cllr. W."),
        (57, 145, "Loynton, seconded by Cllr. K. Davies and unanimously approved."),
        (57, 175, "9. PLANNING"),
        (57, 190, "E/39483 Variation of Condition 1 to Allow Provision of Rear Sun Room"),
        (57, 220, "i) No observations regarding the sun room and window on the NE elevation."),
        (57, 235, "ii) Objections to the removal of Condition 7 regarding the provision of a footway."),
        (57, 265, "10. CODE OF PRACTICE"),
        (57, 280, "i) Members discussed the code."), (57, 295, "ii) The Clerk would circulate it."),
    ], bold={0, 4, 8}))
    assert [m.resolutions for m in record.items] == [
        ["A new laptop had been purchased for the Clerk‘s use at a cost of £499.00. It was proposed by Cllr. W. "
         "Loynton, seconded by Cllr. K. Davies and unanimously approved."],
        ["i) No observations regarding the sun room and window on the NE elevation. ii) Objections to the removal "
         "of Condition 7 regarding the provision of a footway."], []]


def test_mover_and_seconder_as_fields_on_lines_of_their_own():
    # Resolutions sent with cc_nipissing-township_pack_2025-02-18: Halton Hills ("Moved by: Councillor D. Keene")
    # and Peterborough County ("Moved by Deputy Warden Senis"), the motion on the lines after them.
    keene = minutes.find_motions(["Moved by: Councillor D. Keene", "Seconded by: Councillor J. Brass",
                                  "THAT Council supports the Town of Halton Hills Resolution No. 2025-0010.", "Carried"])
    senis = minutes.find_motions(["Moved by Deputy Warden Senis", "Seconded by Warden Clark",
                                  "Whereas the federal government is currently in negotiations", "Carried"])
    assert [(m.mover, m.seconder, m.result) for m in keene + senis] == [
        ("D. Keene", "J. Brass", "carried"), ("Senis", "Clark", "carried")]


def test_mover_and_seconder_fields_without_by_and_the_proposition_as_the_motion():
    # Australian and New Zealand councils print "Moved Cr X" / "Moved: Cr X" over "Seconded …" and the
    # proposition; a Canadian township's fields ("Moved by: Councillor D. Keene") keep the proposition too.
    brimbank = minutes.find_motions(["Moved Cr Tachos", "Seconded Cr Dang",
                                     "That Council confirms the minutes of the Ordinary Council Meeting held on "
                                     "18 February 2025.", "CARRIED"])
    waitaki = minutes.find_motions(["Moved: Deputy Mayor Halalele", "Seconded: Cr Ryan",
                                    "That the Council confirms the Public Minutes of the Council meeting held on "
                                    "24 July 2024, as circulated.", "CARRIED"])
    keene = minutes.find_motions(["Moved by: Councillor D. Keene", "Seconded by: Councillor J. Brass",
                                  "THAT Council supports the Town of Halton Hills Resolution No. 2025-0010.", "Carried"])
    assert [(m.mover, m.seconder, m.result, m.text[:30]) for m in brimbank + waitaki + keene] == [
        ("Tachos", "Dang", "carried", "That Council confirms the minu"),
        ("Halalele", "Ryan", "carried", "That the Council confirms the "),
        ("D. Keene", "J. Brass", "carried", "THAT Council supports the Town")]
    # a sentence that moves says what it moves: it stays the motion's text
    moved = minutes.find_motions(["Councilmember Tam moved acceptance of the report.", "That is all."])
    assert moved[0].text == "Councilmember Tam moved acceptance of the report."


def test_on_the_proposal_of_is_a_motion():
    # Irish county councils: "On the proposal of Councillor G. Walsh, seconded by Councillor M. Barry, …"
    found = minutes.find_motions(["On the proposal of Councillor G. Walsh, seconded by Councillor M. Barry, the "
                                  "minutes of the Monthly Meeting held on 9 September 2024 were confirmed."])
    assert [(m.mover, m.seconder) for m in found] == [("G. Walsh", "M. Barry")]


def test_french_municipal_minutes():
    # fr_coulon_conseil-municipal_minutes_2023-07-12: "Étaient présents : Mmes et Mrs …" (titles over the list,
    # not two people), "absents et excusés" with their proxies, items "1 – …", "1-1 : …", decisions as the
    # Council decides, the time "à 20 heures".
    record = parse(page([
        (205, 60, "Réunion du Conseil Municipal"), (245, 75, "du 12 juillet 2023"),
        (85, 100, "Le douze juillet deux mil vingt-trois, à 20 heures, les membres du Conseil Municipal se sont"),
        (85, 112, "réunis à la mairie de la commune de Coulon sous la présidence de Madame Anne-Sophie GUICHET,"),
        (85, 124, "Maire."),
        (85, 136, "Étaient présents : Mmes et Mrs Fabrice BERJONNEAU, Juliette DELAVALLE, Angélique"),
        (85, 148, "DUMOULIN, François SABOURIN."),
        (85, 160, "Étaient absents et excusés Patrick CARTIER (pouvoir à Isabelle HÉHUNSTRE), Pascal MORIN."),
        (85, 190, "1 – FINANCES"), (113, 205, "1-1 : Subventions 2023"),
        (85, 220, "Sur proposition de la commission « finances », après délibération et à l’unanimité, le Conseil"),
        (85, 232, "Municipal décide d’attribuer les subventions suivantes au titre de l’exercice 2023 :"),
        (114, 250, "1-2 : Tarifs prestations scolaires – Année 2023/2024"),
        (85, 265, "la commission « finances » propose au Conseil Municipal d’appliquer une légère augmentation."),
        (85, 290, "2 – RAPPORT DES DECISIONS DU MAIRE"), (85, 310, "3 – INFORMATIONS DIVERSES"),
    ], bold={0, 1, 8, 9, 12, 14, 15}))
    assert [p.name for p in record.present] == ["Fabrice BERJONNEAU", "Juliette DELAVALLE", "Angélique DUMOULIN",
                                                "François SABOURIN"]
    assert [(p.name, p.role) for p in record.apologies] == [("Patrick CARTIER", None),
                                                            ("Pascal MORIN", None)]
    assert [m.number for m in record.items] == ["1", "1-1", "1-2", "2", "3"]
    assert [len(m.resolutions) for m in record.items] == [0, 1, 0, 0, 0]
    assert record.start == "20:00"


def test_a_motion_naming_the_group_heading_over_its_items_is_the_groups():
    # us_alameda-ca_library-board_minutes_2014-07-09: items *A … *E under CONSENT CALENDAR, the motion that
    # accepts the Consent Calendar printed under *E; a motion under UNFINISHED BUSINESS's item stays there.
    record = parse(page([
        (254, 40, "MINUTES OF THE"), (175, 55, "ALAMEDA FREE LIBRARY BOARD MEETING"), (229, 70, "WEDNESDAY, JULY 9, 2014"),
        (50, 90, "The regular meeting of the Alameda Free Library Board was called to order at 6:00 p.m."),
        (50, 120, "CONSENT CALENDAR"),
        (50, 135, "An asterisk indicates items so enacted or approved on the Consent Calendar."),
        (50, 150, "*A. Report from the Library Director Highlighting Activities for the Months of May and June 2014."),
        (50, 165, "*B. Draft Minutes of the Regular Library Board Meeting of May 14, 2014."),
        (50, 180, "*E. Bills for Ratification for the Months of May and June 2014."),
        (50, 195, "Board Member Hartigan moved that the Consent Calendar be accepted with the correction of the Activity"),
        (50, 210, "Report dates. Board Member Whyte seconded the motion, which passed by a 5-0 vote."),
        (50, 240, "UNFINISHED BUSINESS"),
        (50, 255, "A. Public Internet Work Stations/Status Report (J. Chisaki)"),
        (86, 270, "Board Member Wetzork moved to accept the report. Board Member Lewis seconded the motion."),
    ], bold={0, 1, 2}))
    assert [(m.number, m.title, [mo.mover for mo in m.motions]) for m in record.items] == [
        ("", "CONSENT CALENDAR", ["Hartigan"]),
        ("A", "Report from the Library Director Highlighting Activities for the Months of May and June 2014.", []),
        ("B", "Draft Minutes of the Regular Library Board Meeting of May 14, 2014.", []),
        ("E", "Bills for Ratification for the Months of May and June 2014.", []),
        ("A", "Public Internet Work Stations/Status Report (J. Chisaki)", ["Wetzork"])]


def test_a_title_under_its_number_is_its_first_line_unless_it_fills_it():
    # us_alameda-ca_planning-board_minutes_2019-07-22: "8-A 2019-7092" over a short title over the minute's text;
    # 7-B's long title wraps.
    rows = [
        (108, 100.0, "7-B 2019-7106"),
        (108, 114.6, "Final architectural elevations, landscape plan, and lighting plan for a five-story mixed-use"),
        (108, 129.2, "building at 2600 Fifth Street."),
        (108, 143.8, "Board Member Rothenberg made a motion to approve the staff recommendation."),
        (108, 160.0, "8-A 2019-7092"), (108, 174.6, "Draft Meeting Minutes – June 10, 2019"),
        (108, 189.2, "Board Member Teague asked staff to remind the board members not in attendance to watch the"),
        (108, 203.8, "meeting video before the next meeting."),
        (108, 232.6, "8-B 2019-7093"), (108, 247.2, "Draft Meeting Minutes – June 24, 2019"),
        (108, 261.8, "Board Member Teague moved approval. President Curtis seconded the motion. The motion passed"),
    ]
    record = parse(page(rows, bold={0, 4, 8}))
    assert [(m.number, m.title) for m in record.items] == [
        ("7-B", "Final architectural elevations, landscape plan, and lighting plan for a five-story mixed-use "
                "building at 2600 Fifth Street."),
        ("8-A", "Draft Meeting Minutes – June 10, 2019"), ("8-B", "Draft Meeting Minutes – June 24, 2019")]
    assert [mo.mover for mo in record.items[2].motions] == ["Teague"]


def test_a_motion_adopting_sub_items_filed_under_one_number_belongs_to_their_item():
    # us_alameda-ca_city-council_minutes_2014-07-29: "14-339 A CC" … "14-339 E CC" under "14-339 CC/14-01 CAFA",
    # the motion adopting "the Council resolutions" recorded under the last.
    record = parse(page([
        (72, 100, "(14-339 CC/14-01 CAFA) SUMMARY: Approve External and Internal Financing for a New Fire Station 3."),
        (72, 130, "(14-339 A CC) Resolution No. 14958, “Authorizing the Submission of the Application.” Adopted;"),
        (72, 160, "(14-339 B CC) Resolution No. 14959, “Authorizing the Commencement of Proceedings.” Adopted;"),
        (72, 190, "(14-339 E CC) Appropriate $400,000 from City Funds for the Financing of a New Fire Station 3."),
        (72, 220, "Councilmember Chen moved approval of the balance of staff recommendation,"),
        (72, 235, "including adoption of the Council resolutions."),
        (72, 250, "Councilmember Tam seconded the motion, which carried by unanimous voice vote – 5."),
        (72, 280, "(14-340 CC) Recommendation to Authorize the Fire Department's Participation in a Study."),
    ]))
    assert [(m.number, [mo.mover for mo in m.motions]) for m in record.items] == [
        ("14-339 CC/14-01 CAFA", ["Chen"]), ("14-339 A CC", []), ("14-339 B CC", []), ("14-339 E CC", []),
        ("14-340 CC", [])]


def test_the_opening_time_is_the_heading_s_not_a_time_further_down_the_minutes():
    # An Australian shire's heading "… commencing at 5.00pm"; "held on 20 March 2024" in a later minute was
    # read on, across the minutes, to the time the meeting closed.
    texts = ["SHIRE OF WANDOO", "ORDINARY MEETING OF COUNCIL",
             "Held in the Council Chambers on Wednesday 17 April 2024 commencing at 5.00pm",
             "3. CONFIRMATION OF MINUTES",
             "That the Minutes of the Ordinary Meeting of Council held on 20 March 2024 be confirmed.",
             "The Shire President closed the meeting at 5.40pm."]
    lines = [Line(text=t, x0=72, x1=500, top=60 + 15 * i, bottom=71 + 15 * i, size=11) for i, t in enumerate(texts)]
    assert (minutes.opening_time(lines), minutes.closing_time(lines)) == ("17:00", "17:40")
    assert minutes.opening_time(lines[3:]) is None  # no time for the opening: none is made up from the close


def test_an_attendance_table_without_rules_is_read_from_its_lines():
    # East Palo Alto's Granicus minutes, scanned: the table's rules are gone, its header and rows remain as lines.
    texts = ["1. CALL TO ORDER AND ROLL CALL", "Attendee Name Title Status Arrived",
             "Andrei Garcia Commissioner Late 7:08 p.m.", "Robert Allen Fisk Commissioner Present",
             "Uriel Hernandez Commissioner Absent", "Juan Mendez Alternate Present", "2. APPROVAL OF THE AGENDA",
             "The public present were invited to speak"]
    lines = [Line(text=t, x0=72, x1=500, top=60 + 15 * i, bottom=71 + 15 * i, size=11) for i, t in enumerate(texts)]
    found = minutes.attendance_rows(lines)
    assert [p.name for p in found.present] == ["Andrei Garcia", "Robert Allen Fisk", "Juan Mendez"]
    assert [(p.name, p.title) for p in found.absent] == [("Uriel Hernandez", "Commissioner")]
    assert found.present[2].role == "Alternate"
    assert not any(minutes.attendance_rows(lines[6:]).present)  # no header, no table


@pytest.mark.parametrize("paragraphs, expected", [
    # phrasings of US minutes: a motion "by" its mover, "It was moved by …", fields on one line, "M/S X/Y"
    (["Motion by Councilmember Aguilar, second by Councilmember Simon, to approve the Consent Calendar.",
      "Motion carried 5-0."], ("Aguilar", "Simon", "carried", "5-0")),
    (["It was moved by Vice Mayor Viloria and seconded by Councilmember Azeveda to appoint Jane Doe to the Library "
      "Board. The motion passed unanimously."], ("Viloria", "Azeveda", "carried", "unanimously")),
    (["A motion was made by Council Member Ortiz, seconded by Council Member Chen, that the minutes be approved. "
      "The motion carried by the following vote:"], ("Ortiz", "Chen", "carried", None)),
    (["Council Member Patel moved, seconded by Council Member Ortiz, to adopt the resolution. Motion carried 6-0."],
     ("Patel", "Ortiz", "carried", "6-0")),
    (["MOTION: Councilmember Simon / SECOND: Councilmember Aguilar", "MOTION CARRIED BY THE FOLLOWING VOTE:"],
     ("Simon", "Aguilar", "carried", None)),
    (["M/S Hernandez/Ballew to approve the agreement. Motion carried 7-0."], ("Hernandez", "Ballew", "carried", "7-0")),
    (["Moved: Councilmember Azeveda Seconded: Councilmember Simon", "The motion failed 3-4."],
     ("Azeveda", "Simon", "failed", "3-4")),
    # New England boards: "On motion of …", "Motion/Second: X/Y", "Motion (X/Y)", "Motion to adjourn by …"
    (["On motion of Vice Chair Ellis, seconded by Selectman Doyle, the Board voted 4-0 to approve the minutes."],
     ("Ellis", "Doyle", "carried", "4-0")),
    (["Motion/Second: Doyle/Price to appoint Sam Hill to the Conservation Commission. Vote: 4-0. Motion carried."],
     ("Doyle", "Price", "carried", "4-0")),
    (["Upon a motion by Selectwoman Price, seconded by Vice Chair Ellis, the Board voted unanimously to award the "
      "contract."], ("Price", "Ellis", "carried", "unanimously")),
    (["Motion to adjourn by Selectman Doyle, seconded by Chair Reed. All in favor."], ("Doyle", "Reed", "carried", None)),
])
def test_us_motion_phrasings(paragraphs, expected):
    [motion] = minutes.find_motions(paragraphs)
    assert (motion.mover, motion.seconder, motion.result, motion.vote) == expected


def test_a_motion_field_under_another_motion_is_a_motion_of_its_own():
    first, second = minutes.find_motions([
        "It was moved by Vice Mayor Viloria and seconded by Councilmember Azeveda to appoint Jane Doe.",
        "MOTION: Councilmember Simon / SECOND: Councilmember Aguilar"])
    assert (first.mover, second.mover, second.seconder) == ("Viloria", "Simon", "Aguilar")
    # but "M/S" under a motion that names no seconder says who moved and seconded it (us_alameda-ca_rec-park-commission)
    [motion] = minutes.find_motions(["Commissioner Robbins motioned to accept the minutes of October 8, 2019 Regular "
                                     "Meeting as presented.", "M/S Commissioner Robbins / Commissioner Navarro."])
    assert (motion.mover, motion.seconder) == ("Robbins", "Navarro")


def test_roll_call_votes_under_a_motion():
    # us_east-palo-alto-ca_minutes_2020-01-27: options one a line, the tally printed in the result field
    [motion] = minutes.find_motions(["RESULT: FAILED [4-2-1-1]", "MOTION BY: Allen Fisk", "SECOND: Mendez",
                                     "AYES: Sherrard, Allen Fisk, Bello, Mendez", "NAYS: Brown, Mashack",
                                     "ABSTAIN: Garcia", "ABSENT: Hernandez"])
    assert (motion.mover, motion.seconder, motion.result, motion.vote) == ("Allen Fisk", "Mendez", "failed", "4-2-1-1")
    assert motion.votes == {"yes": ["Sherrard", "Allen Fisk", "Bello", "Mendez"], "no": ["Brown", "Mashack"],
                            "abstain": ["Garcia"], "absent": ["Hernandez"]}
    # us_alameda-ca_city-council_minutes_2014-07-29: options run on, each counted after its members
    [motion] = minutes.find_motions(["Councilmember Tam moved adoption of the resolution. The motion carried by the "
                                     "following voice vote: Ayes: Councilmembers Chen, Tam and Mayor Gilmore – 3. "
                                     "Noes: Councilmembers Daysog and Ezzy Ashcraft – 2."])
    assert motion.votes == {"yes": ["Chen", "Tam", "Gilmore"], "no": ["Daysog", "Ezzy Ashcraft"]}
    assert motion.vote == "3-2"
    # Legistar prints each count before its members; the tally is counted where none is printed
    [motion] = minutes.find_motions(["A motion was made by Council Member Brooks, seconded by Council Member Novak, that "
                                     "this Resolution be adopted. The motion failed by the following vote:",
                                     "Yes: 2 - Brooks and Novak", "No: 4 - Lee, Ortiz, Chen and Patel",
                                     "Absent: 1 - Harris"])
    assert (motion.result, motion.vote) == ("failed", "2-4")
    assert motion.votes == {"yes": ["Brooks", "Novak"], "no": ["Lee", "Ortiz", "Chen", "Patel"], "absent": ["Harris"]}
    # "No objections were raised." is no roll call
    [motion] = minutes.find_motions(["Councilmember Tam moved approval. No objections were raised. Motion carried."])
    assert motion.votes == {}


def test_moderngov_decisions_in_every_wording():
    # The wordings of ModernGov and CMIS minutes: "RESOLVED –", "Resolved:" over lettered parts, "The Committee
    # RESOLVED to …", "It was RESOLVED that …" after the discussion, "AGREED that:" over numbered parts
    record = parse(page([
        (62, 60, "Minutes of a meeting of the Planning and Regulatory Committee held on 16 March 2023 at 10.00 am"),
        (62, 80, "Present: Councillors P Quinn (Chairman), R Shaw and S Tate"),
        (62, 110, "24. Minutes of the previous meeting"),
        (62, 125, "RESOLVED – That the minutes of the meeting held on 16 February 2023 be agreed as a correct record."),
        (62, 150, "25. Revenue Budget 2023/24"),
        (62, 165, "Resolved – That Cabinet recommends to Council:"),
        (62, 180, "(a) the revenue budget for 2023/24 as set out in Appendix A;"),
        (62, 195, "(b) a Band D council tax of £1,845.23."),
        (62, 220, "26. Review of the Statement of Licensing Policy"),
        (62, 235, "The Committee RESOLVED to recommend the revised policy to Council for adoption."),
        (62, 260, "27. Enforcement Update"),
        (62, 275, "Members discussed the condition of footways. It was RESOLVED that the update be noted."),
        (62, 300, "28. Quarterly Performance"),
        (62, 315, "AGREED that:"),
        (62, 330, "1. the performance report be noted; and"),
        (62, 345, "2. a further report be submitted to the next meeting."),
        (62, 370, "29. Motion on Local Transport"),
        (62, 385, "THEREFORE BE IT RESOLVED THAT the Council write to the Secretary of State."),
        (62, 410, "The meeting closed at 12.15 pm"),
    ], bold={2, 4, 8, 10, 12, 16}))
    assert {m.number: m.resolutions for m in record.items} == {
        "24": ["That the minutes of the meeting held on 16 February 2023 be agreed as a correct record."],
        "25": ["the revenue budget for 2023/24 as set out in Appendix A;", "a Band D council tax of £1,845.23."],
        "26": ["to recommend the revised policy to Council for adoption."],
        "27": ["the update be noted."],
        "28": ["the performance report be noted; and", "a further report be submitted to the next meeting."],
        "29": []}  # a motion's "BE IT RESOLVED" decides nothing
    # the earlier meeting "held on 16 February 2023" is not when this one opened
    assert (record.start, record.end) == ("10:00", "12:15")


def test_minute_numbers_with_a_prefix_letters_after_a_dot_and_file_numbers():
    record = parse(page([
        (62, 60, "CABINET"), (62, 75, "Minutes of the meeting held on Wednesday, 8 February 2023"),
        (62, 100, "CAB/23/15 Minutes"), (62, 115, "Resolved: That the minutes be confirmed as a correct record."),
        (62, 140, "CAB/23/16 Housing Strategy"), (62, 155, "Resolved: That the strategy be adopted."),
        (62, 180, "CAB/23/17 Leisure Centre Contract"), (62, 195, "Resolved: That the contract be awarded."),
        (62, 220, "3. CONSENT CALENDAR"),
        (62, 235, "3.A Minutes of the Meeting of February 21, 2023"),
        (62, 250, "3.B 23-118 Resolution Approving a Contract with ABC Paving"),
        (62, 265, "Motion by Councilmember Aguilar, second by Councilmember Simon, to approve the Consent Calendar."),
    ]))
    assert [(m.number, m.title) for m in record.items] == [
        ("CAB/23/15", "Minutes"), ("CAB/23/16", "Housing Strategy"), ("CAB/23/17", "Leisure Centre Contract"),
        ("3", "CONSENT CALENDAR"), ("3.A", "Minutes of the Meeting of February 21, 2023"),
        ("3.B", "Resolution Approving a Contract with ABC Paving")]
    # the vote on the group, recorded under its last item, is the group's
    assert [(m.number, [mo.mover for mo in m.motions]) for m in record.items if m.motions] == [("3", ["Aguilar"])]


def test_apologies_in_a_sentence_and_substitutes_in_a_minute_of_their_own():
    record = parse(page([
        (62, 60, "Minutes of the Licensing Sub-Committee held on Tuesday 14 March 2023 at 10.00 am"),
        (62, 80, "Present: Councillors Jane Smith (Chair), Robert Brown and Ali Khan"),
        (62, 110, "1. Apologies for Absence"),
        (62, 125, "Apologies for absence were received from Councillors Peter White and Susan Green."),
        (62, 150, "2. Substitutes"),
        (62, 165, "Substitutes: Councillor Ali Khan for Councillor Peter White."),
        (62, 190, "3. Declarations of Interest"), (62, 205, "There were no declarations of interest."),
    ]))
    assert [p.name for p in record.apologies] == ["Peter White", "Susan Green"]
    assert [(p.name, p.role) for p in record.substitutes] == [("Ali Khan", "substitute for Peter White")]


def test_a_joint_meeting_minutes_by_acting_body_asides_and_items_taken_together():
    # us_alameda-ca_city-council_minutes_2010-11-16, the joint meeting's minutes
    record = parse(page([
        (133, 60, "MINUTES OF THE SPECIAL JOINT CITY COUNCIL, ALAMEDA"),
        (141, 74, "REUSE AND REDEVELOPMENT AUTHORITY (ARRA), AND"),
        (137, 88, "COMMUNITY IMPROVEMENT COMMISSION (CIC) MEETING"),
        (181, 102, "TUESDAY- -NOVEMBER 16, 2010- -7:01 P.M."),
        (72, 130, "(*10-76 CIC) Minutes of the Special Community Improvement Commission Meeting held"),
        (72, 144, "on October 19, 2010. Approved."),
        (72, 172, "(*ARRA) Recommendation to Approve a Waiver of License Fees for Alameda Naval Air"),
        (72, 186, "Museum. Accepted."),
        (72, 214, "(ARRA) Alameda Reuse and Redevelopment Authority Board Composition: Options for"),
        (72, 228, "New Structure. Continued to December 1, 2010."),
        (72, 256, "(10-560 CC) Recommendation to Authorize the Community Improvement Commission", 540.0),
        (72, 270, "to Enter into an Exclusive Negotiation Agreement with Warmington Residential; and"),
        (72, 298, "(10-77 CIC) Recommendation to Approve an Exclusive Negotiation Agreement by and"),
        (72, 312, "between the Community Improvement Commission and Warmington Residential."),
        (296, 340, "* * *"),
        (72, 368, "(10-561 CC/10-78 CIC) Councilmember/Commissioner Matarrese moved approval of"),
        (72, 382, "continuing the meeting past 12:00 midnight."),
        (72, 410, "Vice Mayor/Commissioner deHaan seconded the motion, which carried by unanimous"),
        (72, 424, "voice vote – 5."),
        (296, 452, "* * *"),
        (72, 480, "Councilmember/Commissioner Matarrese moved approval of giving direction to ensure"),
        (72, 494, "that the Animal Shelter is relocated before the agreement is signed."),
        (72, 522, "Mayor/Chair Johnson suggested that the item be continued."),
        (72, 550, "(10-79 CIC) Recommendation to Authorize the Interim Executive Director to Negotiate"),
    ]))
    numbered = [(m.number, m.title[:30], m.outcome, [mo.mover for mo in m.motions]) for m in record.items]
    assert numbered == [
        ("10-76 CIC", "Minutes of the Special Communi", None, []),
        ("", "(ARRA) Recommendation to Appro", None, []),
        ("", "(ARRA) Alameda Reuse and Redev", "deferred", []),
        # the two recommendations are taken together: the motion after the aside is theirs, the first's
        ("10-560 CC", "Recommendation to Authorize th", "deferred", ["Matarrese"]),
        ("10-77 CIC", "Recommendation to Approve an E", "deferred", []),
        # the motion taken out of turn is its own minute's, its title the motion's sentence
        ("10-561 CC/10-78 CIC", "Councilmember/Commissioner Mat", None, ["Matarrese"]),
        ("10-79 CIC", "Recommendation to Authorize th", None, [])]
    assert record.items[5].motions[0].seconder == "deHaan"


def test_initials_alone_number_no_minute_where_the_minutes_print_no_acting_body():
    record = parse(page([
        (72, 60, "Minutes of the Planning Committee held on 7 December 2022"),
        (72, 90, "45. Declarations of Interest"), (72, 105, "None."),
        (72, 130, "46. Minutes"), (72, 145, "RESOLVED: That the minutes be approved."),
        (72, 170, "47. Appeals"), (72, 185, "The report of the Head of Planning was noted."),
        (72, 200, "(LGA) Peer Review 2015. Key developments are outlined below."),
    ]))
    assert [m.number for m in record.items] == ["45", "46", "47"]


def test_a_roll_call_marks_how_members_attended_and_ends_with_its_sentence():
    # cc_norwalk-housing-authority_agenda_2022-11-15 ("*" and "**" refer to a note on remote attendance) and
    # us_alameda-ca_city-council_minutes_2014-07-29 (a note in brackets after the last option)
    [norwalk] = minutes.find_motions(["Commissioner Perez moved and Chair Ramirez seconded to approve.",
                                      "AYES: Commissioners *Davis, **Hernandez, and Perez, Vice Chair Valencia, and "
                                      "Chair Ramirez", "NOES: None", "ABSENT: Commissioners Ayala and Rios"])
    assert (norwalk.votes, norwalk.vote) == ({"yes": ["Davis", "Hernandez", "Perez", "Valencia", "Ramirez"], "no": [],
                                              "absent": ["Ayala", "Rios"]}, "5-0")
    [alameda] = minutes.find_motions(["Councilmember Tam moved adoption. The motion carried by the following voice vote: "
                                      "Ayes: Councilmembers Chen, Tam and Mayor Gilmore – 3. Noes: Councilmembers Daysog "
                                      "and Ezzy Ashcraft – 2. [Items so enacted or adopted are indicated by an asterisk "
                                      "preceding the paragraph number.]"])
    assert (alameda.votes["no"], alameda.vote) == (["Daysog", "Ezzy Ashcraft"], "3-2")


def test_a_roll_call_member_by_member():
    [motion] = minutes.find_motions(["Motion (Ellis/Reed) to approve the transfer of $12,000 from reserve.",
                                     "Roll call vote: Reed - yes, Ellis - yes, Doyle - no, Price - yes.",
                                     "Motion passed 3-1."])
    assert (motion.mover, motion.seconder, motion.result, motion.vote) == ("Ellis", "Reed", "carried", "3-1")
    assert motion.votes == {"yes": ["Reed", "Ellis", "Price"], "no": ["Doyle"]}


def test_a_title_then_a_dash_and_what_the_minute_records():
    # cc_nipissing-township_pack_2025-02-18, the OPP Detachment Board's minutes; us_alameda-ca_civil-service-board
    record = parse(page([
        (56, 60, "MEETING MINUTES"), (56, 75, "Monday, November 25, 2024, at 6:00 p.m."),
        (52, 100, "7. Business Arising from Previous Minutes"),
        (52, 115, "7.1 Oath of Office - All members completed their Oath of Office."),
        (52, 130, "7.2 Appoint Secretary/Treasurer \ufffd Resolution 2024-03"),
        (87, 145, "Moved by: S. Kirkey Seconded by: J. Carr"),
        (52, 160, "That Keri Tache be appointed as the Secretary-Treasurer for the PNC Detachment Board."),
        (522, 175, "Carried"),
        (52, 190, "7.3 Terms of Reference \ufffd Resolution 2024-04"),
        (52, 205, "7.4 Approve Code of Conduct and Acknowledgement of Understanding \ufffd Resolution 2024-05"),
        (87, 220, "Moved by: J. Carr Seconded by: S. Kirkey"),
        (522, 235, "Carried"),
        (52, 250, "7.5 One Drive Set Up \ufffd B. Robinson to set up before the next meeting."),
        (52, 265, "8. New Business"),
        (52, 280, "8.1 Activity Report – Period of June 1, 2019 through August 31, 2019."),
    ]))
    assert [(m.number, m.title) for m in record.items] == [
        ("7", "Business Arising from Previous Minutes"), ("7.1", "Oath of Office"),
        ("7.2", "Appoint Secretary/Treasurer"), ("7.3", "Terms of Reference"),
        ("7.4", "Approve Code of Conduct and Acknowledgement of Understanding"), ("7.5", "One Drive Set Up"),
        ("8", "New Business"),
        ("8.1", "Activity Report – Period of June 1, 2019 through August 31, 2019.")]
    assert [(mo.mover, mo.seconder) for mo in record.items[2].motions] == [("S. Kirkey", "J. Carr")]
    # nothing is lost: what followed the dash is the minute's text
    texts = [b.text for b in record.content if hasattr(b, "text")]
    assert "All members completed their Oath of Office." in texts and "7.1 Oath of Office" in texts


def test_the_vote_after_the_last_item_of_a_consent_calendar_is_the_calendars():
    # us_east-palo-alto-ca_minutes_2020-01-27: the calendar's items counted afresh under it, its vote as fields
    record = parse(page([
        (108, 60, "PLANNING COMMISSION"), (108, 75, "Monday, January 27, 2020"),
        (108, 100, "3. PUBLIC COMMENT"), (108, 115, "None."),
        (108, 140, "4. APPROVAL OF CONSENT CALENDAR"),
        (144, 155, "1. June 10, 2019; June 24, 2019; July 8, 2019; and September 23, 2019, Planning Commission Minutes"),
        (144, 170, "2. Planning Commission Meeting Calendar 2020"),
        (115, 185, "RESULT: APPROVED [UNANIMOUS]"), (115, 200, "MOTION BY: Garcia"), (115, 215, "SECOND: Allen Fisk"),
        (115, 230, "AYES: Garcia, Allen Fisk, Sherrard, Mashack, Brown, Bello, Mendez"), (115, 245, "ABSENT: Hernandez"),
        (108, 270, "5. SPECIAL PRESENTATIONS"), (144, 285, "1. Election of Chair and Vice Chair"),
        (108, 300, "6. PUBLIC HEARINGS - NONE"),
    ], bold={2, 4, 12}))
    assert [(m.number, [(mo.mover, mo.seconder) for mo in m.motions]) for m in record.items if m.motions] == [
        ("4", [("Garcia", "Allen Fisk")])]


def test_the_vote_after_a_consent_agendas_last_decimal_item_is_the_agendas():
    # probe of a US school board: "4. CONSENT AGENDA" over "4.1" … "4.3", the calendar's motion under its last item
    record = parse(page([
        (72, 60, "BOARD OF EDUCATION"), (72, 75, "MINUTES OF THE REGULAR MEETING"), (72, 90, "March 14, 2024"),
        (72, 115, "4. CONSENT AGENDA"),
        (72, 130, "4.1 Approval of Minutes of February 22, 2024"), (72, 145, "4.2 Approval of Warrants"),
        (72, 160, "4.3 Acceptance of Donations"),
        (72, 175, "Motion by Trustee Patel, seconded by Trustee Chen, to approve the consent agenda as presented."),
        (72, 190, "Motion carried 4-0."),
        (72, 215, "5. ACTION ITEMS"), (72, 230, "5.1 Resolution No. 24-07, Reduction of Certificated Services"),
        (72, 245, "Motion by Trustee Okoro, seconded by Trustee Patel, to adopt the recommendations of staff."),
        (72, 260, "Motion carried 3-1."),
    ], bold={0, 1, 3, 9, 10}))
    assert [(m.number, [mo.mover for mo in m.motions]) for m in record.items if m.motions] == [
        ("4", ["Patel"]), ("5.1", ["Okoro"])]  # a decimal item's own motion stays, whatever it names
    # Counter-example: a decimal item under a minutes heading confirms those minutes; its motion is its own.
    record = parse(page([
        (72, 60, "ORDINARY COUNCIL MEETING"), (72, 75, "Tuesday 12 March 2024"),
        (72, 100, "4.0 CONFIRMATION OF MINUTES"), (72, 115, "4.1 Ordinary Council Meeting – 13 February 2024"),
        (72, 130, "Moved: Cr Ellery"), (72, 145, "Seconded: Cr McNeil"),
        (72, 160, "That the Minutes of the Ordinary Council Meeting held on 13 February 2024 be confirmed."),
        (72, 175, "CARRIED 6/0"), (72, 200, "5.0 REPORTS"),
    ], bold={0, 2, 3, 8}))
    assert [(m.number, [mo.mover for mo in m.motions]) for m in record.items if m.motions] == [("4.1", ["Ellery"])]


def test_parish_minutes_numbered_by_year_and_their_shorthand_for_proposals():
    record = parse(page([
        (62, 60, "ASHWELL PARISH COUNCIL"),
        (62, 75, "Minutes of the Parish Council Meeting held on Monday 9 January 2023 at 7.30pm in the Village Hall"),
        (62, 90, "Present: Cllr J Bloggs (Chairman), Cllr A Smith and Cllr B Jones"),
        (62, 115, "23/001 Apologies for absence"),
        (62, 130, "Apologies were received and accepted from Cllr G Grey (work commitments)."),
        (62, 155, "23/005 Planning applications"),
        (62, 170, "23/00012/HH 4 Church Lane – Single storey rear extension. No objection."),
        (62, 195, "23/006 Allotments"),
        (62, 210, "Prop: Cllr Brown, Sec: Cllr Smith that the allotment rents remain unchanged for 2023. Carried unanimously."),
        (62, 235, "23/007 Finance"), (62, 250, "The following payments were approved:"),
        (62, 265, "HMRC – PAYE – £112.50"),
        (62, 280, "Proposed Cllr Smith, seconded Cllr White. Agreed."),
    ]))
    assert [m.number for m in record.items] == ["23/001", "23/005", "23/006", "23/007"]
    assert [(p.name, p.role) for p in record.apologies] == [("G Grey", None)]  # a reason, not an office
    assert [(m.number, mo.mover, mo.seconder, mo.result) for m in record.items for mo in m.motions] == [
        ("23/006", "Brown", "Smith", "carried"), ("23/007", "Smith", "White", "carried")]


def test_minutes_with_business_but_no_attendance_are_flagged_for_review():
    # An attendance printed in a form not read is not published as "nobody present": the record asks for review.
    record = parse(page([
        (57, 60, "ASHBY PARISH COUNCIL"), (57, 80, "Minutes of the meeting held on Monday 8 January 2024"),
        (57, 100, "Those attending: see the register kept by the Clerk"),
        (57, 130, "1. Planning applications"), (57, 145, "RESOLVED: to raise no objection to application 23/0456."),
    ], bold={0, 1, 3}))
    assert [m.number for m in record.items] == ["1"]
    assert [(r.field, r.why) for r in record.review if r.field == "present"] == [
        ("present", "the minutes record business but no attendance was recognised")]
    # Counter-example: minutes whose attendance is read need no such review.
    record = parse(page([
        (57, 60, "ASHBY PARISH COUNCIL"), (57, 80, "Minutes of the meeting held on Monday 8 January 2024"),
        (57, 100, "Present: Cllrs J Smith (Chairman), P Brown, K White"),
        (57, 130, "1. Planning applications"), (57, 145, "RESOLVED: to raise no objection to application 23/0456."),
    ], bold={0, 1, 3}))
    assert [p.name for p in record.present] == ["J Smith", "P Brown", "K White"]
    assert not [r for r in record.review if r.field == "present"]


@pytest.mark.parametrize("numbers", [
    ["I", "II", "III"],  # roman numerals, as US minutes number their business
    ["C.101", "C.102", "C.103"],  # a committee's letter before the running number
    ["Min. No. 23/145", "Min. No. 23/146", "Min. No. 23/147"],  # a minute number after its label
    ["2024-01", "2024-02", "2024-03"],  # the year, then the running number
])
def test_minute_numbering_schemes_of_other_councils(numbers):
    # Probes: each scheme over the same three minutes
    titles = ["Apologies", "Declarations of interest", "Planning applications"]
    rows = [(57, 60, "ASHBY TOWN COUNCIL"),
            (57, 80, "Minutes of the Planning Committee held on Monday 8 January 2024 at 7.00 pm"),
            (57, 100, "Present: Cllrs J Smith (Chair), P Brown, K White")]
    for index, (number, title) in enumerate(zip(numbers, titles)):
        dot = "." if number in ("I", "II", "III") else ""
        rows += [(57, 130 + 30 * index, f"{number}{dot} {title}"), (57, 145 + 30 * index, "None.")]
    record = parse(page(rows, bold={0, 1, 3, 5, 7}))
    assert [m.title for m in record.items] == titles
    assert [m.number for m in record.items] == [n.replace("Min. No. ", "") for n in numbers]


def test_an_attendance_minute_lists_one_member_a_line_before_its_other_lists():
    # Australian councils: "1. PRESENT" (or "RECORD OF ATTENDANCE / APOLOGIES") over the members one a line, then
    # the officers and the apologies under labels of their own
    record = parse(page([
        (72, 60, "MINUTES OF THE ORDINARY COUNCIL MEETING"),
        (72, 75, "HELD ON TUESDAY 18 MARCH 2025 AT 6.30PM"),
        (72, 100, "1. RECORD OF ATTENDANCE / APOLOGIES"),
        (72, 115, "Cr Jasmine Nguyen (Mayor)"),
        (72, 130, "Cr Bruce Lancashire (Deputy Mayor)"),
        (72, 145, "Cr Virginia Tachos"),
        (72, 165, "Officers"),
        (72, 180, "Fiona Blair, Chief Executive Officer"),
        (72, 200, "Apologies"),
        (72, 215, "Cr Trung Luu"),
        (72, 240, "2. CONFIRMATION OF MINUTES"),
        (72, 255, "Moved Cr Tachos"),
        (72, 270, "Seconded Cr Lancashire"),
        (72, 285, "That Council confirms the minutes of the Ordinary Council Meeting held on 18 February 2025."),
        (72, 300, "CARRIED"),
    ], bold={0, 1, 2, 6, 8, 10}))
    assert [(p.name, p.role) for p in record.present] == [
        ("Jasmine Nguyen", "Mayor"), ("Bruce Lancashire", "Deputy Mayor"), ("Virginia Tachos", None)]
    assert [(p.name, p.role) for p in record.in_attendance] == [("Fiona Blair", "Chief Executive Officer")]
    assert [p.name for p in record.apologies] == ["Trung Luu"]
    assert [(m.mover, m.seconder, m.result) for m in record.items[1].motions] == [("Tachos", "Lancashire", "carried")]


@pytest.mark.parametrize("paragraphs, expected", [
    # Australian councils: the count after the result, slashed
    (["Moved: Cr Brown Seconded: Cr Lee", "That the Minutes be confirmed as a true and correct record.", "CARRIED 4/0"],
     ("Brown", "Lee", "carried", "4-0")),
    (["Vice Chair Lee moved to approve the variance with conditions, seconded by Commissioner Fox.", "Passed 3/2."],
     ("Lee", "Fox", "carried", "3-2")),
    # a vote field and no result: the count says how it went
    (["Commissioner Park moved to approve the minutes of February 20, 2025. Commissioner Patel seconded.",
      "Vote: 4-0-1 (Fox abstained)."], ("Park", "Patel", "carried", "4-0-1")),
    (["Commissioner Park moved to deny the appeal. Commissioner Patel seconded.", "Vote: 2-3."],
     ("Park", "Patel", "failed", "2-3")),
    # a date is no count
    (["Commissioner Park moved to approve the grant of 3/2/2025, seconded by Commissioner Patel. Motion carried."],
     ("Park", "Patel", "carried", None)),
])
def test_tallies_printed_after_the_result_or_alone(paragraphs, expected):
    motion, = minutes.find_motions(paragraphs)
    assert (motion.mover, motion.seconder, motion.result, motion.vote) == expected


def test_a_numbered_heading_in_capitals_under_the_meeting_heading_is_a_minute():
    # the heading's last line fills its line without a full stop: a capitals line under it is no wrapped text
    record = parse(page([
        (31, 31, "SHIRE OF WANDOO"), (31, 54, "ORDINARY MEETING OF COUNCIL"),
        (31, 99, "Held in the Council Chambers on Wednesday 17 April 2024 commencing at 5.00pm"),
        (31, 111, "1. DECLARATION OF OPENING"),
        (31, 123, "The Shire President declared the meeting open at 5.02pm."),
        (31, 135, "2. CONFIRMATION OF MINUTES"),
        (31, 147, "3. CLOSURE"),
    ], bold={0, 1, 2, 3, 5, 6}))
    assert [m.number for m in record.items] == ["1", "2", "3"]


def test_a_motion_field_and_its_proposition_up_to_the_roll_call():
    # a village board: "Motion: Trustee Miller" / "Second: Trustee Okafor" over "To approve …", the roll call, the result
    motion, = minutes.find_motions(["Motion: Trustee Miller", "Second: Trustee Okafor",
                                    "To approve the minutes of March 24, 2025 as presented.",
                                    "Ayes: Hanson, Miller, Okafor, Schultz, Vega", "Nays: None", "Motion carried 5-0."])
    assert (motion.mover, motion.seconder, motion.result, motion.vote, motion.text) == (
        "Miller", "Okafor", "carried", "5-0", "To approve the minutes of March 24, 2025 as presented.")
    assert motion.votes["yes"] == ["Hanson", "Miller", "Okafor", "Schultz", "Vega"]


def test_an_attendance_table_with_a_column_for_each_list():
    # a parish council's "Councillor | Present | Apologies" table, a mark in the column a member is in; a table
    # of payments is none
    from extract.read import TableRegion
    table = TableRegion(top=89, bottom=170, rows=[
        ["Councillor", "Present", "Apologies"], ["Cllr A Barker (Chair)", "X", ""], ["Cllr B Carter", "✓", ""],
        ["Cllr C Dixon", "", "X"]])
    found = minutes.attendance_table(table)
    assert [(p.name, p.role) for p in found.present] == [("A Barker", "Chair"), ("B Carter", None)]
    assert [p.name for p in found.apologies] == ["C Dixon"]
    payments = TableRegion(top=89, bottom=170, rows=[["Payee", "Amount", "Present"], ["Jane Smith", "£864.00", "X"]])
    assert not minutes.any_people(minutes.attendance_table(payments))


def test_an_attendance_table_whose_second_column_says_each_members_list():
    # probe of a town council's minutes: "Member | Attendance" over "Cllr A Smith (Chair) | Present", "Cllr C Brown |
    # Apologies"; a table of who reported on what ("Officer | Report") is none
    from extract.read import TableRegion
    table = TableRegion(top=89, bottom=170, rows=[
        ["Member", "Attendance"], ["Cllr A Smith (Chair)", "Present"], ["Cllr B Jones", "Present"],
        ["Cllr C Brown", "Apologies"], ["Cllr D White", "Absent"]])
    found = minutes.attendance_table(table)
    assert [(p.name, p.role) for p in found.present] == [("A Smith", "Chair"), ("B Jones", None)]
    assert [p.name for p in found.apologies] == ["C Brown"] and [p.name for p in found.absent] == ["D White"]
    reports = TableRegion(top=89, bottom=170, rows=[["Officer", "Report"], ["Jane Smith", "Planning update"],
                                                    ["Tom Hill", "Present position on the budget"]])
    assert not minutes.any_people(minutes.attendance_table(reports))


def test_a_surname_alone_is_the_one_member_of_the_list_of_that_surname():
    # the table gives "Cllr C Brown", the minute's prose "Cllr Brown"; two Browns leave "Brown" as printed
    people = [Person("C Brown", title="Cllr"), Person("B Jones"), Person("Brown", title="Cllr")]
    assert [p.name for p in minutes.unique(people)] == ["C Brown", "B Jones"]
    people = [Person("C Brown"), Person("D Brown"), Person("Brown")]
    assert [p.name for p in minutes.unique(people)] == ["C Brown", "D Brown", "Brown"]


def test_decisions_in_a_table_s_decision_column():
    # cc_sutton-coldfield-tc_minutes_2018-03-13: grant applications decided in a "Recommendation" column; the
    # project summary beside it ("… £600 was approved to start the project") is no decision of this meeting
    from extract.read import TableRegion
    table = TableRegion(top=100, bottom=300, rows=[
        ["Organisation", "Project Summary", "Amount Requested", "Recommendation"],
        ["Friends of Mossy Bank", "The original application was for £3,290 and £600 was approved to start the project.",
         "Vesey Ward £3098.50", "£2500 approved."],
        ["Special Olympics Sutton Coldfield", "Funding for their 2018 revenue costs.", "Total= £9422",
         "Approved. Committee resolved to fund from the social inclusion budget."]])
    assert minutes.decision_cells([table]) == [
        "£2500 approved.", "Approved. Committee resolved to fund from the social inclusion budget."]
    assert minutes.prose_decisions(minutes.decision_cells([table])) == [
        "Committee resolved to fund from the social inclusion budget."]


def test_a_resolution_in_two_parts_each_with_its_lead_in():
    # cc_kent-cc_minutes_2025-03-13, a motion for time-limited debate: "RESOLVED that:" over "This Council believes
    # that:" and its lettered parts, "And;", then "This Council agrees to call on … to:" and its parts
    lines = page([
        (90, 115, "6. RESOLVED that:"), (118, 143, "This Council believes that:"),
        (118, 170, "a) Immediate and decisive action is needed to address the environmental"),
        (147, 184, "and public health risks posed by disposable vapes."),
        (118, 198, "b) Any ban must be robust and comprehensive."),
        (118, 226, "And;"),
        (118, 254, "This Council agrees to call on the Cabinet Member for Adult Social Care"),
        (118, 268, "and Public Health and Cabinet Member for Community and Regulatory"),
        (118, 282, "Services to:"),
        (118, 310, "a) Write again to the government, urging swift and decisive action."),
        (118, 338, "b) Encourage proper disposal of vapes and promote responsible"),
        (147, 352, "recycling initiatives."),
    ]).lines
    assert minutes.resolved_entries(lines) == [
        "Immediate and decisive action is needed to address the environmental and public health risks posed by "
        "disposable vapes.", "Any ban must be robust and comprehensive.",
        "Write again to the government, urging swift and decisive action.",
        "Encourage proper disposal of vapes and promote responsible recycling initiatives."]


def test_a_year_and_two_digit_running_number_and_lettered_sections_numbered_under_their_letter():
    # probes: an English parish numbers its minutes "24/01 …" (a year, then the running number); a US school
    # board numbers its action items under their section's letter ("E.1"), a planning commission in lower case ("3.a")
    parish = parse(page([
        (31, 31, "ASHCOMBE PARISH COUNCIL"), (31, 92, "Present: Cllrs P Graham (Chairman), S Turner, K Ellis and M Wood"),
        (31, 137, "24/01 Apologies for absence"), (31, 160, "Apologies were received from Cllr B Knight."),
        (31, 198, "24/02 Declarations of interest"), (31, 221, "None."),
        (31, 244, "24/03 Minutes of the previous meeting"), (31, 266, "Approved."),
        (31, 300, "23/24 Budget figures were noted."),
    ], bold={0, 2, 4, 6}))
    assert [m.number for m in parish.items] == ["24/01", "24/02", "24/03"]
    board = parse(page([
        (50, 40, "BOARD OF EDUCATION"), (50, 90, "E. ACTION ITEMS"),
        (50, 110, "E.1 Approve Contract with Bright Futures Tutoring"), (50, 130, "MOTION: Stone SECOND: Park"),
        (50, 150, "E.2 Adopt Resolution 23-24-08, Surplus Property"), (50, 170, "Moved by Vance, seconded by Kim."),
        (50, 190, "F. ADJOURNMENT"),
    ], bold={0, 1, 2, 4, 6}))
    assert [m.number for m in board.items][:3] == ["E", "E.1", "E.2"]


def test_resolved_closing_the_proposal_s_sentence_is_the_decision():
    # probe of English parish minutes: "It was proposed by …, seconded by … and RESOLVED that …", "Following
    # discussion it was RESOLVED to …"; a US "BE IT RESOLVED" in the motion's text is no decision of its own
    record = parse(page([
        (31, 31, "ASHCOMBE PARISH COUNCIL"), (31, 92, "Present: Cllrs P Graham (Chairman), S Turner and M Wood"),
        (31, 137, "24/03 Minutes of the previous meeting"),
        (31, 160, "It was proposed by Cllr Turner, seconded by Cllr Wood and RESOLVED that the minutes of the"),
        (31, 176, "meeting held on 4th December 2023 be approved and signed as a true record."),
        (31, 210, "24/04 Precept 2024/25"),
        (31, 233, "Following discussion it was RESOLVED to set the precept at £18,500 for 2024/25."),
        (31, 266, "24/05 Grants"),
        (31, 289, "Moved by Cllr Wood, seconded by Cllr Turner, BE IT RESOLVED THAT the grant be paid."),
    ], bold={0, 2, 5, 7}))
    assert [m.resolutions for m in record.items] == [
        ["the minutes of the meeting held on 4th December 2023 be approved and signed as a true record."],
        ["to set the precept at £18,500 for 2024/25."], []]
    assert [(mo.mover, mo.seconder) for mo in record.items[0].motions] == [("Turner", "Wood")]


def test_motions_of_new_zealand_scottish_irish_quebec_and_us_board_minutes():
    # probes: New Zealand prints the mover/seconder pair under the resolution, then its result; Australia both fields
    # on one line; a US school board "M/S/C (X/Y)"; Scotland the seconder before the verb; an Irish notice of motion
    # its proposer and seconder on lines of their own; Quebec "proposé par … appuyé par … et résolu"
    nz = minutes.find_motions(["That the minutes of the meeting held on 4 April 2024 be confirmed.",
                               "Cr Young/Mayor Tane CARRIED", "That the Committee:", "a) Receives the report.",
                               "Cr Patel/Cr Walker CARRIED", "The meeting closed at 10.42 am."])
    # (the meeting's close under the last pair is no part of its proposition)
    assert [(m.mover, m.seconder, m.result, m.text) for m in nz] == [
        ("Young", "Tane", "carried", "That the minutes of the meeting held on 4 April 2024 be confirmed."),
        ("Patel", "Walker", "carried", "That the Committee: a) Receives the report.")]
    found = [minutes.find_motions(unit)[0] for unit in (
        ["Moved Cr Burke / Seconded Cr Doyle", "That the report be received.", "CARRIED 4/0"],
        ["M/S/C (Vance/Moreno) to approve the minutes of September 23, 2023. Vote: 5-0."],
        ["Councillor Grant, seconded by Councillor Fraser, moved that the Committee request a review of transport."],
        ["Proposed by Councillor Fitzgerald", "Seconded by Councillor O'Sullivan", "“That the Council calls on the "
         "Minister to increase funding.”", "The motion was agreed."],
        ["Il est proposé par M. André Gagnon, appuyé par Mme Sophie Roy et résolu d'adopter l'ordre du jour."])]
    assert [(m.mover, m.seconder) for m in found] == [
        ("Burke", "Doyle"), ("Vance", "Moreno"), ("Grant", "Fraser"), ("Fitzgerald", "O'Sullivan"),
        ("André Gagnon", "Sophie Roy")]
    # a slash between years before a result, and a proposal in a report's prose, are no motions
    assert minutes.find_motions(["Budget 2024/2025 CARRIED FORWARD to next year."]) == []
    assert minutes.find_motions(["The scheme proposed by the developer was discussed at length."]) == []


def test_the_vote_between_a_motion_and_its_amendment_says_how_each_went():
    # probe of a Scottish area committee: the sentence after the amendment reports both and names the winner
    found = minutes.find_motions([
        "Mrs L Munro, seconded by Mr T Heggie, moved that the scheme be approved.",
        "As an amendment, Ms K Willis, seconded by Mr S Fuller, moved that consideration be deferred to the next meeting.",
        "On a vote being taken, the motion received 3 votes and the amendment 2 votes, with no abstentions, and the "
        "motion was therefore carried."])
    assert [(m.mover, m.result, m.vote) for m in found] == [("L Munro", "carried", "3-2"), ("K Willis", "failed", "2-3")]
    # an English council's amendment carried replaces the motion, put to no vote of its own
    found = minutes.find_motions([
        "Councillor Shaw, seconded by Councillor Dale, moved that the fee be increased to £40.",
        "An amendment was moved by Cllr Patel and seconded by Cllr Hughes that the fee be held at £35.",
        "On being put to the vote the amendment was carried."])
    assert [(m.mover, m.result) for m in found] == [("Shaw", None), ("Patel", "carried")]
    # one that was lost leaves the motion to the vote recorded for it
    found = minutes.find_motions([
        "Councillor Shaw, seconded by Councillor Dale, moved that the fee be increased to £40.",
        "An amendment was moved by Cllr Patel and seconded by Cllr Hughes that the fee be held at £35.",
        "On being put to the vote the amendment was lost.", "The motion was then put and carried."])
    assert [(m.mover, m.result) for m in found] == [("Shaw", None), ("Patel", "failed")]
    # Counter-example: with no amendment moved, "the motion was carried" is the motion's own result.
    found = minutes.find_motions(["Councillor Grant, seconded by Councillor Fraser, moved that the report be noted.",
                                  "On a vote being taken, the motion was carried."])
    assert [(m.mover, m.result) for m in found] == [("Grant", "carried")]


def test_a_deferral_that_failed_leaves_the_item_undeferred():
    # probe of an Ontario council: "THAT the application be deferred …" over "DEFEATED"
    record = parse(page([
        (72, 60, "MINUTES OF THE REGULAR COUNCIL MEETING"), (72, 75, "Wednesday, April 10, 2024"),
        (72, 100, "6.2 Zoning By-law Amendment – 120 Division Street"),
        (72, 115, "Moved By Councillor Mutton"), (72, 130, "Seconded By Deputy Mayor Beatty"),
        (72, 150, "THAT the application be deferred to the May 8, 2024 meeting."), (72, 170, "DEFEATED"),
        (72, 195, "6.3 Marina Fees"), (72, 210, "Moved By Councillor Larmer"), (72, 225, "Seconded By Councillor Barber"),
        (72, 245, "THAT the item be deferred to the May 8, 2024 meeting."), (72, 265, "CARRIED"),
        (72, 290, "6.4 Election of Chair"),
        (72, 305, "Commissioner Allen Fisk made a motion, seconded by Commissioner Mendez, to postpone the election to"),
        (72, 320, "July 2020, and the motion failed."),
        (72, 335, "Commissioner Allen Fisk made a motion, seconded by Commissioner Bello to continue this item to the next"),
        (72, 350, "Planning Commission Meeting. Motion carried."),
    ], bold={0, 2, 7, 13}))
    # a deferral that failed, one that carried, and one carried after another failed
    assert [(m.number, m.outcome) for m in record.items] == [("6.2", None), ("6.3", "deferred"), ("6.4", "deferred")]


def test_a_quebec_record_numbers_resolutions_before_items_and_closes_each_with_its_result():
    # probe of a Quebec procès-verbal: "2024-03-042 2. Adoption de l'ordre du jour" (the resolution's number, then
    # the item's), "Il est proposé par … appuyé par … et résolu …", the result on a line of its own
    record = parse(page([
        (85, 40, "MUNICIPALITÉ DE SAINT-ALBAN-DES-PRÉS"),
        (85, 60, "PROCÈS-VERBAL de la séance ordinaire du conseil municipal tenue le lundi 4 mars 2024 à 19 h 30"),
        (85, 90, "Sont présents : Mme Julie Tremblay, M. André Gagnon, M. Marc Lavoie, Mme Sophie Roy"),
        (85, 105, "Assiste également à la séance : Mme Lise Pelletier, directrice générale"),
        (85, 130, "2024-03-041 1. Ouverture de la séance"),
        (85, 145, "Le maire constate le quorum et déclare la séance ouverte à 19 h 30."),
        (85, 175, "2024-03-042 2. Adoption de l'ordre du jour"),
        (85, 190, "Il est proposé par M. André Gagnon, appuyé par Mme Sophie Roy et résolu d'adopter l'ordre du jour."),
        (85, 220, "ADOPTÉE À L'UNANIMITÉ"),
        (85, 250, "2024-03-043 3. Levée de la séance"),
        (85, 265, "Il est proposé par Mme Sophie Roy et résolu de lever la séance à 20 h 45."),
        (85, 295, "ADOPTÉE À L'UNANIMITÉ"),
    ], bold={0, 1, 4, 6, 9}))
    assert [(m.number, m.title) for m in record.items] == [
        ("1", "Ouverture de la séance"), ("2", "Adoption de l'ordre du jour"), ("3", "Levée de la séance")]
    assert [p.name for p in record.present] == ["Julie Tremblay", "André Gagnon", "Marc Lavoie", "Sophie Roy"]
    assert [(p.name, p.role) for p in record.in_attendance] == [("Lise Pelletier", "directrice générale")]
    assert [(mo.mover, mo.seconder) for mo in record.items[1].motions] == [("André Gagnon", "Sophie Roy")]
    assert [len(m.resolutions) for m in record.items] == [0, 1, 1]
    # a result in capitals heads nothing; a heading in capitals that is no result does
    assert not minutes.is_section_heading(Line(text="CARRIED UNANIMOUSLY", x0=50, x1=200, top=300, bottom=311),
                                          None, 15)
    assert minutes.is_section_heading(Line(text="CARRIED FORWARD BALANCES", x0=50, x1=200, top=300, bottom=311),
                                      None, 15)


def test_the_substantive_motion_put_to_the_vote_is_a_motion_moved_by_nobody():
    # cc_kent-cc_minutes_2025-03-13: after the amendments, the Chairman puts the substantive motion (or a part of it,
    # quoted) to the vote; an amendment put to the vote is the amendment moved above, no motion of its own
    found = minutes.find_motions([
        "1) Mr Gough proposed, and Mr Jeffrey seconded the motion that",
        "Council is asked to: 1. Note with thanks, the contribution of the Members of the Governance Working Party.",
        "2) Mr Holden proposed and Mr Lewis seconded the following amendment: to reject the proposed text.",
        "3) The Chairman put the amendment set out in paragraph 2 to the vote and the voting was as follows:",
        "For (32)", "Against (11)", "Amendment carried",
        "4) The Chairman put part 4 of the substantive motion at paragraph 2 – “debates and decides whether the Chair "
        "of the Scrutiny Committee should be mandated” - to the vote and the voting was as follows:",
        "For (36)", "Against (4)", "Abstain (0)", "Agreed.",
        "5) Following the debate, the Chairman put the substantive motion to the vote and the voting was as follows:",
        "For (37)", "Against (0)", "Abstain (2)", "Substantive Motion carried."])
    assert [(m.mover, m.result, m.vote) for m in found] == [
        ("Gough", None, None), ("Holden", "carried", "32-11"), (None, "carried", "36-4-0"), (None, "carried", "37-0-2")]
    assert found[2].text == "debates and decides whether the Chair of the Scrutiny Committee should be mandated"
    assert found[3].text.startswith("Council is asked to: 1. Note with thanks")


def test_a_roll_call_table_a_vote_made_by_and_a_canadian_city_s_fields():
    # probes: a US village board's "Roll Call | Present | Absent" table; "A motion to adopt … was made by …"; a
    # Canadian city's "Moved By" / "Seconded By" (capital B), its officers listed "L. Harper, City Manager" under
    # "Staff Present:" (an initial, no item "L.")
    from extract.read import TableRegion
    table = TableRegion(top=89, bottom=170, rows=[["Roll Call", "Present", "Absent"], ["President Novak", "X", ""],
                                                   ["Trustee Bennett", "", "X"], ["Trustee Cho", "X", ""]])
    found = minutes.attendance_table(table)
    assert ([(p.name, p.role) for p in found.present], [p.name for p in found.absent]) == (
        [("Novak", "President"), ("Cho", None)], ["Bennett"])
    vote = TableRegion(top=89, bottom=170, rows=[["Roll Call Vote", "Aye", "Nay"], ["Trustee Cho", "X", ""]])
    assert not minutes.any_people(minutes.attendance_table(vote))
    [made] = minutes.find_motions(["A motion to adopt Ordinance 2024-01 was made by Trustee Diaz and seconded by "
                                   "Trustee Adams.", "Motion passed 3-1."])
    [fields] = minutes.find_motions(["Moved By Councillor Ahmed", "Seconded By Councillor Nguyen",
                                     "That the agenda be adopted as presented.", "Carried"])
    assert [(m.mover, m.seconder) for m in (made, fields)] == [("Diaz", "Adams"), ("Ahmed", "Nguyen")]
    record = parse(page([
        (50, 40, "CITY OF LAKEVIEW"), (50, 55, "COUNCIL MEETING MINUTES"), (50, 80, "Council Members Present:"),
        (50, 95, "Mayor D. Thompson"), (50, 110, "Councillor R. Ahmed"), (50, 130, "Staff Present:"),
        (50, 145, "L. Harper, City Manager"), (50, 160, "A. Mistry, Director of Finance"),
        (50, 185, "1. Call to Order"), (50, 200, "The Mayor called the meeting to order at 7:00 p.m."),
        (50, 225, "2. Adoption of Agenda"), (50, 240, "Carried"), (50, 265, "3. Adjournment"),
        (50, 290, "A. Closed Session Report"),
    ], bold={0, 1, 2, 5, 8, 10, 12, 13}))
    assert [m.number for m in record.items] == ["1", "2", "3", "A"]
    assert [(p.name, p.role) for p in record.in_attendance] == [("L. Harper", "City Manager"),
                                                                ("A. Mistry", "Director of Finance")]


def test_a_town_council_s_lettered_prefix_and_lettered_decisions():
    # probe of an English town council: "C24/051 …" (the council's letter, the year, the running number); "a) RESOLVED:
    # to approve …" lettered under one minute; "Having declared an interest, Cllr Egan left" declares nothing new
    record = parse(page([
        (31, 31, "HAVERLEY TOWN COUNCIL"), (31, 60, "Councillors Present: Cllr J Armitage (Town Mayor), Cllr M Egan"),
        (31, 90, "C24/052 DECLARATIONS OF INTEREST"),
        (31, 110, "Cllr Egan declared a pecuniary interest in item C24/056 as a trustee of the Youth Trust."),
        (31, 140, "C24/054 FINANCE"),
        (31, 160, "a) RESOLVED: to approve the schedule of payments for April 2024 totalling £24,310.55."),
        (31, 180, "b) RESOLVED: to note the bank reconciliation for March 2024."),
        (31, 210, "C24/056 GRANTS"), (31, 230, "Having declared an interest, Cllr Egan left the room."),
        (31, 250, "RESOLVED: to award a grant of £500 to Haverley Youth Trust."),
    ], bold={0, 2, 4, 7}))
    assert [(m.number, len(m.resolutions)) for m in record.items] == [("C24/052", 0), ("C24/054", 2), ("C24/056", 1)]
    assert [d.member for d in record.declarations] == ["Egan"]


# A probe of Legistar's printed minutes (many US cities): "3.A." sub-items under lettered business, a motion
# "made by …, seconded by …" and its vote by name.
LEGISTAR = page([
    (72, 60, "City of Fairmont"), (72, 76, "Meeting Minutes - Final"), (72, 92, "City Council"),
    (72, 110, "Tuesday, March 4, 2025 5:30 PM Council Chambers"),
    (72, 140, "1. ROLL CALL"),
    (72, 160, "Present: 6 - Councilmember Ana Ruiz, Councilmember Ben Ortega, Councilmember Cara Lee, Vice"),
    (72, 174, "Mayor Dan Moss, Councilmember Eve Park and Mayor Frank Hill"),
    (72, 194, "Absent: 1 - Councilmember Gil Stone"),
    (72, 220, "3. CONSENT CALENDAR"),
    (72, 246, "3.A. Approval of Minutes of the Regular Meeting of February 18, 2025"),
    (72, 270, "A motion was made by Councilmember Lee, seconded by Vice Mayor Moss, that this matter be"),
    (72, 284, "Approved. The motion carried by the following vote:"),
    (72, 304, "Aye: 6 - Ruiz, Ortega, Lee, Moss, Park and Hill"),
    (72, 324, "Absent: 1 - Stone"),
    (72, 350, "3.B. Resolution Authorizing a Contract with Acme Paving for Street Repairs"),
    (72, 374, "A motion was made by Councilmember Ortega, seconded by Councilmember Park, that this Resolution"),
    (72, 388, "be Adopted. The motion carried by the following vote:"),
    (72, 408, "Aye: 5 - Ruiz, Ortega, Lee, Park and Hill"),
    (72, 428, "Nay: 1 - Moss"),
    (72, 460, "5. ADJOURNMENT"),
    (72, 480, "The meeting was adjourned at 7:42 PM."),
])


def test_legistar_minutes_sub_items_closed_by_a_full_stop_hold_their_motions():
    record = parse(LEGISTAR)
    assert [m.number for m in record.items] == ["1", "3", "3.A", "3.B", "5"]
    assert [p.name for p in record.absent] == ["Gil Stone"]
    items = {m.number: m for m in record.items}
    assert items["3.B"].title == "Resolution Authorizing a Contract with Acme Paving for Street Repairs"
    [motion] = items["3.B"].motions
    assert (motion.mover, motion.seconder, motion.result, motion.vote) == ("Ortega", "Park", "carried", "5-1")


def test_a_scottish_decision_under_its_label_and_a_french_list_of_members_is_no_minute():
    # probe of a Scottish committee minute: "Decision" on a line of its own over "The Committee agreed:-" and its parts
    # "(1) …", "(2) …", or over one decision; a French list "M. AMIOT Yannick, M. CHARPENTIER Franck, …" is names
    record = parse(page([
        (50, 40, "GLENMORE COUNCIL"),
        (50, 60, "Present: Councillor Fiona MacLeod (Convener), Councillors Ewan Grant and Morag Fraser"),
        (50, 90, "3. SCHOOL ESTATE STRATEGY"),
        (50, 105, "There was submitted a report by the Executive Director of Education."),
        (50, 125, "DECISION"), (50, 140, "The Committee agreed:-"),
        (50, 155, "(1) to approve the School Estate Strategy 2024-2029; and"),
        (50, 170, "(2) to instruct the Executive Director to report back on progress in June 2024."),
        (50, 195, "4. ATTAINMENT REPORT"), (50, 215, "Decision"), (50, 230, "The Committee noted the report."),
        (50, 255, "5. DATE OF NEXT MEETING"), (50, 270, "M. AMIOT Yannick, M. CHARPENTIER Franck, M. CLAIR Jean"),
    ], bold={0, 2, 4, 8, 9, 11}))
    assert [(m.number, m.resolutions) for m in record.items] == [
        ("3", ["to approve the School Estate Strategy 2024-2029; and",
               "to instruct the Executive Director to report back on progress in June 2024."]),
        ("4", ["The Committee noted the report."]), ("5", [])]


def test_a_moderngov_minute_its_decision_in_parts_substitute_and_registrable_interest():
    # probe of ModernGov committee minutes: minutes set in bold, "RESOLVED:" over "(1) That …" "(2) That …" in the
    # text's type (the decision's parts, no minutes 1 and 2); "attended as a substitute for"; "an other registrable
    # interest"
    record = parse(page([
        (50, 40, "Minutes of a meeting of the Overview and Scrutiny Committee held on Wednesday, 10 April 2024"),
        (50, 60, "Present: Councillor Helen Ward (Chair); Councillors Amy Cole and Tom West"),
        (50, 90, "63. Apologies for Absence and Substitutions"),
        (50, 105, "Apologies for absence were received from Councillor Mark Hill. Councillor Tom West attended as a"),
        (50, 117, "substitute for Councillor Mark Hill."),
        (50, 140, "64. Declarations of Interest"),
        (50, 155, "Councillor Amy Cole declared an other registrable interest in item 66 as a board member."),
        (50, 180, "66. Housing Repairs Performance"), (50, 195, "RESOLVED:"), (50, 210, "(1) That the report be noted."),
        (50, 225, "(2) That the Cabinet be recommended to commission an independent review."),
        (50, 250, "67. Work Programme"), (50, 265, "RESOLVED – That the work programme be agreed."),
    ], bold={0, 2, 5, 7, 8, 11}))
    assert [(m.number, len(m.resolutions)) for m in record.items] == [("63", 0), ("64", 0), ("66", 2), ("67", 1)]
    assert [(p.name, p.role) for p in record.substitutes] == [("Tom West", "substitute for Mark Hill")]
    assert [(d.member, d.interest) for d in record.declarations] == [("Amy Cole", "other")]


def test_cmis_minutes_attendance_heading_and_decided_blocks():
    # Probe of a CMIS council's minutes: "Attendance:" over members one a line, "Officers in attendance:",
    # "DECIDED: That Cabinet" over its numbered parts
    record = parse(page([
        (72, 40, "Northshire County Council"), (72, 60, "Cabinet"),
        (72, 80, "Minutes of the meeting held on Wednesday 5 March 2025 at 10.00 am in the Council Chamber"),
        (72, 110, "Attendance:"), (72, 126, "Councillor Louise Grant (Chair)"), (72, 142, "Councillor Amir Khan"),
        (72, 166, "Officers in attendance:"), (72, 182, "Jane Fletcher - Chief Executive"),
        (72, 210, "1 Budget Monitoring 2024/25 - Quarter 3"),
        (72, 230, "DECIDED: That Cabinet"), (72, 250, "(1) notes the forecast outturn position; and"),
        (72, 270, "(2) approves the budget virements set out in Appendix A."),
        (72, 300, "2 Westford Academy Expansion"),
        (72, 320, "DECIDED: That the expansion of Westford Academy by 150 places be approved."),
    ], bold={0, 1, 2, 3, 5, 7, 10}))
    assert [(p.name, p.role) for p in record.present] == [("Louise Grant", "Chair"), ("Amir Khan", None)]
    assert [p.name for p in record.in_attendance] == ["Jane Fletcher"]
    assert record.items[0].resolutions == [
        "notes the forecast outturn position; and", "approves the budget virements set out in Appendix A."]
    assert len(record.items[1].resolutions) == 1


def test_mover_and_seconder_fields_of_us_boards_and_parish_clerks():
    # probes: "Moved/Seconded: Smith/Jones", "MOTION (Smith/Jones):", "Smith/Jones moved …", "Proposer: … Seconder: …",
    # "MOVER: … SECONDER: …"; a joint meeting's "Councilmember/Commissioner Matarrese moved" is one member
    found = [minutes.find_motions([text])[0] for text in (
        "Moved/Seconded: Smith/Jones to approve the consent agenda. Passed 5-0.",
        "MOTION (Smith/Jones): To approve the warrants. PASSED 5-0.", "Smith/Jones moved to approve the agenda. Carried.",
        "Proposer: Cllr Smith Seconder: Cllr Jones", "MOVER: Smith SECONDER: Jones AYES: Smith, Jones NAYS: none",
        "Councilmember/Commissioner Matarrese moved approval of the agreement.")]
    assert [(m.mover, m.seconder) for m in found] == [("Smith", "Jones")] * 5 + [("Matarrese", None)]


def test_welsh_minutes_decision_closing_a_proposal_over_its_line_s_end_and_the_evening_time():
    # probe of Welsh community council minutes: "… eiliwyd gan y Cynghorydd Williams a phenderfynwyd" / "talu'r
    # anfonebau." (and it was resolved to pay the invoices), the meeting "AM 7.00 YH" (7 in the evening)
    record = parse(page([
        (31, 31, "CYNGOR TREF LLANFAIR"),
        (31, 54, "COFNODION CYFARFOD Y CYNGOR LLAWN A GYNHALIWYD NOS LUN 13 MAI 2024 AM 7.00 YH"),
        (31, 90, "Yn bresennol: Y Cynghorwyr E Jones (Cadeirydd), G Hughes, M Roberts"),
        (31, 120, "4. CYLLID"),
        (31, 140, "Cynigiwyd gan y Cynghorydd Roberts, eiliwyd gan y Cynghorydd Hughes a phenderfynwyd"),
        (31, 155, "talu'r anfonebau."),
        (31, 180, "5. GRANTIAU"), (31, 200, "PENDERFYNWYD rhoi grant o £250 i'r Clwb Ieuenctid."),
    ], bold={0, 1, 3, 6}))
    assert [m.resolutions for m in record.items] == [["talu'r anfonebau."], ["rhoi grant o £250 i'r Clwb Ieuenctid."]]
    assert record.start == "19:00"
    assert [p.name for p in record.present] == ["E Jones", "G Hughes", "M Roberts"]


def test_a_conflict_of_interest_and_a_proposition_opening_be_it_resolved():
    # probes: Australian and New Zealand councillors declare "a (material) conflict of interest"; a Canadian
    # township's motion recorded as fields puts "BE IT RESOLVED THAT …"
    found = minutes.find_declarations([("2", "Cr Whitlock declared a conflict of interest in Item 5.1 and left."),
                                       ("3", "Cr Nair declared a material conflict of interest in Item 7."),
                                       ("4", "There were no conflicts of interest declared.")],
                                      {"2": "2", "5.1": "5.1"})
    assert [(d.member, d.interest, d.item) for d in found] == [
        ("Whitlock", "conflict", "5.1"), ("Nair", "material-conflict", "3")]
    [motion] = minutes.find_motions(["Moved by: Councillor Singh", "Seconded by: Deputy Mayor Gagnon",
                                     "BE IT RESOLVED THAT the minutes of the Regular Meeting be adopted.", "CARRIED"])
    assert (motion.mover, motion.seconder, motion.text) == (
        "Singh", "Gagnon", "BE IT RESOLVED THAT the minutes of the Regular Meeting be adopted.")


def test_a_title_ends_at_the_gutter_before_the_table_header_it_heads():
    # us_alameda-ca_civil-service-board: each eligible list's heading is the first cell of its table's header row;
    # the title wraps inside that cell. A number set in a column of its own, a gutter before the title
    # (Sutton Coldfield's "52   Apologies for Absence"), keeps the whole title.
    rows = page([
        (36, 100, "Civil Service Board"), (36, 115, "Minutes of October 2, 2019"),
        (72, 679, "4-A-i. ELIGIBLE LIST ESTABLISHED DATE ESTABLISHED EXAM NO."),
        (101, 692, "(June 1, 2019 – August 31, 2019)"),
        (72, 720, "4-A-ii. ELIGIBLE LIST EXPIRED/ DATE ESTABLISHED EXAM NO."),
        (115, 734, "CANCELLED/EXHAUSTED"),
        (36, 770, "5 Regular Agenda Items"),
    ], bold={0, 1, 2, 4, 5, 6})
    rows.lines[2].columns = ((4, 321.4), (6, 468.0))
    rows.lines[4].columns = ((4, 289.4), (6, 468.0))
    rows.lines[4].x1 = rows.lines[2].x1 = 540.0
    rows.lines[6].columns = ((1, 72.0),)
    record = parse(rows)
    assert [(m.number, m.title) for m in record.items] == [
        ("4-A-i", "ELIGIBLE LIST ESTABLISHED"), ("4-A-ii", "ELIGIBLE LIST EXPIRED/ CANCELLED/EXHAUSTED"),
        ("5", "Regular Agenda Items")]


def test_an_irish_proposal_carried_in_the_passive_of_its_sentence():
    # Probe of Irish county council minutes: the result is the proposition's own verb ("… were adopted").
    [motion] = minutes.find_motions(["On the proposal of Cllr. Cleere, seconded by Cllr. Dowling, the minutes of the "
                                     "Ordinary Meeting held on 17th February 2025 were adopted."])
    assert (motion.mover, motion.seconder, motion.result) == ("Cleere", "Dowling", "carried")
    # Counter-example: a proposal whose sentence says only what was proposed has no result.
    [motion] = minutes.find_motions(["On the proposal of Cllr. Cleere, seconded by Cllr. Dowling, that the policy be "
                                     "reviewed."])
    assert motion.result is None


def test_a_title_wrapped_onto_a_line_that_opens_with_a_quantity_runs_on():
    # us_alameda-ca_city-council_minutes_2014-07-29: "… for an Approximate" over "5.5 Acre Site …" is one title,
    # the document numbering its minutes "(14-338 CC)"; under "14. …" (cc_sutton-coldfield-tc's numbering), a
    # line "1. …" is numbered as the minute is, and no part of its title.
    record = parse(page([
        (72, 100, "City of Alameda Joint City Council Minutes Tuesday, July 29, 2014"),
        (72, 254.3, "(14-337 CC) Recommendation to Accept the Quarterly Investment Report."),
        (72, 268.1, "Councilmember Tam moved approval of the staff recommendation."),
        (72, 295.9, "(14-338 CC) Recommendation to Approve an Exclusive Negotiation Agreement between the"),
        (72, 309.7, "City of Alameda and Alameda United Commercial LLC for an Approximate Land Area of"),
        (72, 323.5, "5.5 Acre Site on the Taxiways along the Seaplane Lagoon."),
        (72, 351.1, "Councilmember Chen moved approval of the ENA."),
    ]))
    assert [item.title for item in record.items][-1] == (
        "Recommendation to Approve an Exclusive Negotiation Agreement between the City of Alameda and Alameda "
        "United Commercial LLC for an Approximate Land Area of 5.5 Acre Site on the Taxiways along the Seaplane Lagoon.")
    record = parse(page([
        (36, 100, "Amenities, Leisure and Community Services Committee Tuesday 13th March 2018"),
        (36, 200, "13. Matters arising from the minutes of the meeting held on the 13th of February and"),
        (36, 214, "1. Trim trail equipment is now in place but fenced off until the surface has settled."),
        (36, 242, "14. Community Grant Applications"),
    ]))
    assert [(item.number, item.title) for item in record.items] == [
        ("13", "Matters arising from the minutes of the meeting held on the 13th of February and"),
        ("14", "Community Grant Applications")]


def test_resolved_on_a_line_of_its_own_over_the_decision_set_flush():
    # probe of a district council's licensing minutes: a bold "RESOLVED" alone, the decision flush below it; it is
    # no heading of its own. Counter-example: "Decision" heads the decision the same way (Scottish minutes).
    record = parse(page([
        (31, 31, "SOUTH HAMS DISTRICT COUNCIL"),
        (31, 54, "Minutes of a meeting of the Licensing Sub-Committee held in the Repton Room,"),
        (31, 69, "Follaton House, Totnes on Thursday, 6 March 2025 at 10.00 am"),
        (31, 176, "LSC.12/24 ELECTION OF CHAIRMAN"), (31, 198, "RESOLVED"),
        (31, 221, "That Councillor P Smith be elected Chairman for the duration of the meeting."),
        (31, 244, "LSC.13/24 DECLARATIONS OF INTEREST"),
        (31, 266, "Members were invited to declare any interests and none were made."),
        (31, 290, "LSC.14/24 APPLICATION FOR A PREMISES LICENCE"), (31, 312, "Decision"),
        (31, 335, "That the application be granted subject to the conditions set out in the report."),
    ], bold={0, 3, 4, 6, 8, 9}))
    assert [(m.number, m.resolutions) for m in record.items] == [
        ("LSC.12/24", ["That Councillor P Smith be elected Chairman for the duration of the meeting."]),
        ("LSC.13/24", []),
        ("LSC.14/24", ["That the application be granted subject to the conditions set out in the report."])]


def test_members_listed_in_attendance_where_no_list_of_members_present_is():
    # probe of New Zealand minutes: "In Attendance:" lists the members (Cr …, Her Worship the Mayor), "Not in
    # Attendance:" the absent, "Scribe:" the officer; the seed minutes' "In attendance:" under "Present:" stays.
    record = parse(page([
        (31, 31, "WHANGAREI DISTRICT COUNCIL"),
        (31, 54, "Minutes of the Strategy, Planning and Development Committee Meeting"),
        (31, 69, "Held in Council Chamber, Forum North on Thursday 13 February 2025 at 9:00am"),
        (31, 92, "In Attendance: Cr Gavin Benney (Chairperson), Her Worship the Mayor Vince Cocurullo, Cr Ken Couper"),
        (31, 115, "Not in Attendance: Cr Phil Halse"), (31, 138, "Scribe: C Brindle (Senior Democracy Adviser)"),
        (31, 161, "Item 1 – Karakia/Whakatau"), (31, 184, "Cr Benney opened the meeting with a karakia."),
        (31, 207, "Item 2 – Apologies"), (31, 230, "There were no apologies."),
    ], bold={0, 1, 2, 6, 8}))
    assert [(p.name, p.role) for p in record.present] == [
        ("Gavin Benney", "Chairperson"), ("Vince Cocurullo", "Mayor"), ("Ken Couper", None)]
    assert [p.name for p in record.absent] == ["Phil Halse"]
    assert [(p.name, p.role) for p in record.in_attendance] == [("C Brindle", "Senior Democracy Adviser")]
    record = parse(page([
        (31, 31, "Milburn Parish Council - 2nd July 2019"), (31, 54, "Present: Councillors D Richardson (Chair), N Cresswell"),
        (31, 69, "In attendance: Councillor A Armstrong (EDC), Mrs J Todd (Clerk)"),
        (31, 92, "19.07.01 Apologies"), (31, 115, "None."),
    ]))
    assert [p.name for p in record.present] == ["D Richardson", "N Cresswell"]
    assert [p.name for p in record.in_attendance] == ["A Armstrong", "J Todd"]


def test_a_quebec_municipalitys_presiding_mayor_and_its_proposals_with_offices_written_out():
    # probe of a Quebec municipality's minutes: "sous la présidence de Monsieur le maire …" presides; "Il est proposé
    # par Madame la conseillère …, appuyé par Monsieur le conseiller … et résolu" is a motion carried. Counter-example:
    # "La séance est levée" names nobody.
    record = parse(page([
        (31, 31, "MUNICIPALITÉ DE SAINT-ANDRÉ-AVELLIN"),
        (31, 54, "PROCÈS-VERBAL de la séance ordinaire du conseil municipal tenue le lundi 3 mars 2025 à 19 h 30"),
        (31, 77, "Sont présents : Madame la conseillère Marie Tremblay, Monsieur le conseiller Jean Gagnon,"),
        (31, 91, "Monsieur le conseiller Luc Roy"),
        (31, 114, "Formant quorum sous la présidence de Monsieur le maire Paul Leduc."),
        (31, 137, "1. Adoption de l'ordre du jour"),
        (31, 160, "Il est proposé par Madame la conseillère Marie Tremblay, appuyé par Monsieur le conseiller Jean"),
        (31, 174, "Gagnon et résolu à l'unanimité d'adopter l'ordre du jour tel que présenté."),
        (31, 197, "2. Levée de la séance"), (31, 220, "La séance est levée à 20 h 15."),
    ], bold={0, 1, 5, 8}))
    assert [p.name for p in record.present] == ["Marie Tremblay", "Jean Gagnon", "Luc Roy", "Paul Leduc"]
    motion = record.items[0].motions[0]
    assert (motion.mover, motion.seconder, motion.result) == ("Marie Tremblay", "Jean Gagnon", "carried")
    assert record.items[1].motions == []


def test_a_title_case_title_ended_by_a_full_stop_then_the_minutes_first_sentence():
    # us_alameda-ca_social-service-hrb_2019-11-21: "5-A Homelessness Updates and Initiatives. Bagtas reported on the
    # following:" — the title ends at its full stop, the sentence opens the minute's text; "Ordinance No. 3103, …"
    # (the city council's minutes) keeps its number.
    record = parse(page([
        (72, 60, "City of Alameda Social Service Human Relations Board Thursday, November 21, 2019"),
        (72, 100, "5-A Homelessness Updates and Initiatives. Bagtas reported on the following:"),
        (90, 114, "Sunsetting Homelessness Meter Program: Public Works ordered the parts."),
        (72, 142, "5-B Ordinance No. 3103, Alameda Open Space Fiscal Responsibility Ordinance"),
    ]))
    assert [m.title for m in record.items] == ["Homelessness Updates and Initiatives.",
                                               "Ordinance No. 3103, Alameda Open Space Fiscal Responsibility Ordinance"]
    assert any(getattr(block, "text", "") == "Bagtas reported on the following:" for block in record.content)


def test_a_title_that_left_room_for_the_next_lines_first_word_ended_there():
    # uk_milburn-pc_minutes_2021-01-26_zoom: "… the procurement of the Village Green" ends 37 points short of the
    # margin, room for "Guy": the line below opens the minute's text. A title that filled its line runs on (the
    # joint meeting's "(10-560 CC) …" above).
    record = parse(page([
        (88.5, 60, "Milburn Parish Council - 26th January 2021"),
        (88.5, 380.4, "21.01.04 Matters Arising"),
        (88.5, 396.0, "The sign placed on the waste bin in the bus shelter has been very helpful", 492.7),
        (88.5, 454.4, "21.01.05 Discussion regarding the procurement of the Village Green", 468.7),
        (89.9, 469.9, "Guy Heelis was invited to speak and provided a brief history to Corlands", 505.8),
        (89.9, 485.5, "and the Appleby Area.", 214.1),
    ]))
    assert [m.title for m in record.items] == ["Matters Arising", "Discussion regarding the procurement of the Village Green"]


def test_scottish_minutes_numbered_in_roman_numerals_without_a_stop_and_members_in_columns():
    # probe of a Scottish city council's layout: "Present:-", the civic head, a title over members set in three columns, who
    # presided; minutes "I", "II", "III" with no full stop, their titles in capitals
    rows = [(70, 50, "DUNDEE CITY COUNCIL"), (70, 64, "NEIGHBOURHOOD SERVICES COMMITTEE"),
            (70, 80, "MINUTE OF MEETING of the NEIGHBOURHOOD SERVICES COMMITTEE held remotely on 14th March 2022."),
            (70, 110, "Present:-"), (70, 132, "Lord Provost Ian BORTHWICK"), (70, 154, "COUNCILLORS"),
            (70, 168, "John ALEXANDER Ken LYNN Will DAWSON"), (70, 182, "Kevin KEENAN Georgia CRUICKSHANK Lynne SHORT"),
            (70, 204, "Councillor Kevin CORDELL, Convener, in the Chair."),
            (70, 226, "I DECLARATION OF INTEREST"), (70, 248, "There were no declarations of interest."),
            (70, 270, "II HOUSING REVENUE ACCOUNT - RENT SETTING"),
            (70, 292, "The Committee agreed to approve the recommendations contained in the report."),
            (70, 314, "III TENDERS RECEIVED"), (70, 336, "The Committee agreed to accept the lowest offer.")]
    built = page(rows, bold=(0, 1, 9, 11, 13))
    for line in built.lines[6:8]:
        line.columns = ((2, 210.0), (4, 390.0))
    record = parse(built)
    assert [(m.number, m.title) for m in record.items] == [
        ("I", "DECLARATION OF INTEREST"), ("II", "HOUSING REVENUE ACCOUNT - RENT SETTING"), ("III", "TENDERS RECEIVED")]
    assert [(p.name, p.role) for p in record.present] == [
        ("Ian BORTHWICK", "Lord Provost"), ("John ALEXANDER", None), ("Ken LYNN", None), ("Will DAWSON", None),
        ("Kevin KEENAN", None), ("Georgia CRUICKSHANK", None), ("Lynne SHORT", None), ("Kevin CORDELL", "Convener")]


def test_a_line_opening_with_a_lone_roman_letter_is_no_minute_outside_a_run_of_them():
    # an initial before a surname in capitals, in minutes numbered 1., 2., 3. (another body's layout)
    record = parse(page([(70, 50, "Minutes of the Meeting of the Parish Council held on 3 March 2025"),
                         (70, 80, "1. Apologies"), (70, 100, "None."), (70, 120, "2. Correspondence"),
                         (70, 140, "V SMITH"), (70, 160, "wrote about the hedge."), (70, 180, "3. Finance"),
                         (70, 200, "Resolved to pay the invoices.")]))
    assert [m.number for m in record.items] == ["1", "2", "3"]


def test_initials_run_together_stay_with_their_surname():
    # probe of an English parish's attendance: "A.B. Jones" (initials without spaces) is one member
    record = parse(page([(70, 50, "Minutes of the Meeting of Ashwell Parish Council held on Monday, 3rd March 2025 at 7.00 pm"),
                         (70, 80, "Present: Cllr J. Smith (Chair), Cllr A.B. Jones, Cllr P. Brown"),
                         (70, 110, "1. Apologies"), (70, 130, "None."), (70, 150, "2. Finance"),
                         (70, 170, "Resolved to pay the invoices."), (70, 190, "3. Close")]))
    assert [p.name for p in record.present] == ["J. Smith", "A.B. Jones", "P. Brown"]
    assert (record.date, record.start) == ("2025-03-03", "19:00")


def test_names_in_columns_are_a_list_but_an_office_beside_its_holder_is_not():
    from extract.parse.people import names_in_columns

    def line(text, cut):
        return Line(text=text, x0=70, x1=500, top=100, bottom=111, columns=((cut, 250.0),))

    assert names_in_columns(line("Kevin KEENAN Georgia CRUICKSHANK", 2)) == "Kevin KEENAN, Georgia CRUICKSHANK,"
    assert names_in_columns(line("委員長 平山たかお議員", 1)) == "委員長 平山たかお議員"  # Japanese committee minutes
    assert names_in_columns(line("Chair Jane Smith", 1)) == "Chair Jane Smith"


def test_minutes_numbered_with_a_closing_bracket_and_a_motion_defeated_on_a_line_of_its_own():
    # probe of an Ontario township's minutes: "1) Call to Order", fields naming mover and seconder, the result
    # under the proposition (whose own words, "read and passed", are no result)
    record = parse(page([(70, 50, "REGULAR COUNCIL MEETING MINUTES"), (70, 64, "Tuesday, March 11, 2025 at 7:00 p.m."),
                         (70, 80, "Present: Mayor Sarah Lee, Councillor Ann Bell, Councillor Raj Singh"),
                         (70, 110, "1) Call to Order"), (70, 130, "Mayor Lee called the meeting to order at 7:00 p.m."),
                         (70, 150, "2) By-laws"), (70, 170, "Moved by: Councillor Bell"),
                         (70, 184, "Seconded by: Councillor Singh"),
                         (70, 198, "THAT By-law 2025-12, being a by-law to appoint a Deputy Clerk, be read and passed."),
                         (70, 212, "DEFEATED"), (70, 232, "3) Adjournment")], bold=(0, 3, 5, 10)))
    assert [(m.number, m.title) for m in record.items] == [("1", "Call to Order"), ("2", "By-laws"), ("3", "Adjournment")]
    (motion,) = record.items[1].motions
    assert (motion.mover, motion.seconder, motion.result) == ("Bell", "Singh", "failed")


def test_parts_of_a_decision_numbered_with_a_bracket_open_no_minute():
    # another body's layout: "1) That …" lists a decision's parts under its minute
    record = parse(page([(70, 50, "Minutes of the Meeting of the Cabinet held on 5 June 2024"),
                         (70, 80, "12. Budget Monitoring"), (70, 100, "RESOLVED:"),
                         (70, 114, "1) That the report be noted."), (70, 128, "2) That the virements be approved."),
                         (70, 150, "13. Any Other Business"), (70, 170, "None.")], bold=(1, 5)))
    assert [m.number for m in record.items] == ["12", "13"]


def test_a_decision_s_label_in_bold_under_a_bold_title_is_no_part_of_the_title():
    # probe of a Finnish city board's minutes: "§ 32 …" in bold, "Päätös:" in bold on the next line
    record = parse(page([(70, 50, "PÖYTÄKIRJA 3/2024"), (70, 64, "Kaupunginhallitus"),
                         (70, 78, "Kokousaika 14.3.2024 klo 16.00–18.10"),
                         (70, 100, "§ 31 Kokouksen laillisuus ja päätösvaltaisuus"), (70, 114, "Päätös:"),
                         (70, 128, "Kokous todettiin lailliseksi ja päätösvaltaiseksi."),
                         (70, 150, "§ 32 Pöytäkirjan tarkastajien valinta"), (70, 164, "Päätös:"),
                         (70, 178, "Pöytäkirjan tarkastajiksi valittiin Mäkinen Pekka ja Nieminen Liisa."),
                         (70, 200, "§ 33 Muut asiat"), (70, 214, "Päätös:"), (70, 228, "Ei muita asioita.")],
                        bold=(0, 3, 4, 6, 7, 9, 10)))
    assert [(m.number, m.title) for m in record.items] == [
        ("31", "Kokouksen laillisuus ja päätösvaltaisuus"), ("32", "Pöytäkirjan tarkastajien valinta"),
        ("33", "Muut asiat")]
    assert record.items[1].resolutions[0].startswith("Pöytäkirjan tarkastajiksi valittiin")


def test_paragraphs_numbered_with_a_bracket_in_the_text_s_type_open_no_minute():
    # an English county council's layout: minutes "84." in bold, their paragraphs "1)", "2)" … in the text's type, filling their lines
    long = " informed Members of the death of a former Member who served the county for many years and"
    rows = [(70, 50, "Minutes of the meeting of the County Council held on 13 March 2025"),
            (70, 80, "84. Apologies for Absence"), (70, 100, "The Clerk reported apologies from Mr Hills."),
            (70, 120, "85. Chairman's Announcements"), (70, 140, "1)" + long), (70, 154, "was much respected."),
            (70, 174, "2)" + long), (70, 188, "was much respected."), (70, 208, "3)" + long),
            (70, 222, "was much respected."), (70, 242, "4)" + long), (70, 256, "was much respected."),
            (70, 276, "86. Questions")]
    record = parse(page(rows, bold=(1, 3, 12)))
    assert [m.number for m in record.items] == ["84", "85", "86"]


def test_a_wrapped_title_that_runs_on_into_a_sentence_ends_there():
    # us_alameda-ca_planning-board_minutes_2019-07-22: "9-A … Recent Actions and" over "Decisions The staff report can
    # be found at:" — the title ends before "The", and the sentence opens the minute's text
    record = parse(page([
        (72, 60, "City of Alameda Planning Board Minutes Monday, July 22, 2019"),
        (72, 100, "9-A 2019-7090 Planning, Building and Transportation Department Recent Actions and", 540.0),
        (72, 114, "Decisions The staff report can be found at: https://alameda.legistar.com"),
        (72, 142, "9-B Oral Report - Future Public Meetings"),
    ]))
    assert record.items[0].title.endswith("Recent Actions and Decisions")
    assert any(getattr(block, "text", "").startswith("The staff report can be found at:") for block in record.content)


def test_minute_word_before_the_number_and_declarations_filed_under_the_minute_they_name():
    # probe of an English town council: "Minute 23/145 Apologies for absence", a member declaring under
    # "Declarations of interest" for the minute she names
    record = parse(page([
        (31, 31, "KIRKBY STEPHEN TOWN COUNCIL"),
        (31, 60, "Councillors present: Cllr J Smith (Mayor), Cllr A Brown, Cllr K Wilson"),
        (31, 92, "Minute 23/145 Apologies for absence"), (31, 115, "Apologies were received from Cllr R Evans."),
        (31, 138, "Minute 23/146 Declarations of interest"),
        (31, 161, "Cllr K Wilson declared a pecuniary interest in Minute 23/148 (her neighbour's property)."),
        (31, 184, "Minute 23/147 Precept 2024/25"), (31, 207, "RESOLVED that the precept be set at £48,500."),
        (31, 230, "Minute 23/148 Planning applications"), (31, 253, "No objection."),
        (31, 276, "Minute 23/140 was amended to read as follows."),
    ], bold={0, 2, 4, 6, 8}))
    assert [m.number for m in record.items] == ["23/145", "23/146", "23/147", "23/148"]
    assert [(d.member, d.item, d.interest) for d in record.declarations] == [("K Wilson", "23/148", "pecuniary")]
    # a minute the declaration names that these minutes do not hold: filed where it was recorded
    assert minutes.find_declarations([("3", "Cllr Ames declared an interest in Item 12 as a governor.")],
                                     {"3": "3"})[0].item == "3"


def test_agenda_number_under_a_running_minute_number_names_the_minute_declared_in():
    # Kent's minutes: "307. Pay Policy Statement 2025/26" over "(Item 16)"; "declared an interest under Item 16"
    record = parse(page([
        (31, 31, "KENT COUNTY COUNCIL"), (31, 60, "PRESENT: Mr B J Sweetland (Chairman), Mr A M Ridgers"),
        (31, 92, "293. Declarations of Interests in items on the agenda"), (31, 110, "(Item 2)"),
        (31, 130, "Later in the meeting Mr Sole declared an interest under Item 16 - Pay Policy Statement."),
        (31, 160, "294. Minutes of the meeting held on 13 February 2025"), (31, 178, "(Item 3)"),
        (31, 196, "RESOLVED that the minutes be approved."),
        (31, 226, "307. Pay Policy Statement 2025/26"), (31, 244, "(Item 16)"),
        (31, 262, "RESOLVED that the statement be agreed."),
    ], bold={0, 2, 5, 8}))
    assert [(d.member, d.item) for d in record.declarations] == [("Sole", "307")]


def test_numbered_present_minute_over_members_then_officers_under_their_own_label():
    # probe of Victorian council minutes: "2. PRESENT" over the councillors in one paragraph, "IN ATTENDANCE" over
    # the officers; "a general conflict of interest" (Local Government Act 2020)
    record = parse(page([
        (31, 31, "BALLARAT CITY COUNCIL"), (31, 50, "Council Meeting"), (31, 69, "Wednesday 24 January 2024"),
        (31, 92, "1. OPENING DECLARATION"), (31, 110, "The Mayor, Cr Des Hudson, declared the meeting open at 6:30pm."),
        (31, 133, "2. PRESENT"),
        (31, 151, "Mayor Cr Des Hudson, Cr Belinda Coates (Deputy Mayor), Cr Tracey Hargreaves, Cr Mark Harris,", 540),
        (31, 164, "Cr Peter Eddy"), (31, 187, "IN ATTENDANCE"),
        (31, 205, "Evan King (Chief Executive Officer), Matt Wilson (Director Community Wellbeing)"),
        (31, 228, "3. DISCLOSURE OF INTERESTS"),
        (31, 246, "Cr Mark Harris declared a general conflict of interest in Item 8.2 as his spouse is employed by", 540),
        (31, 259, "the applicant."),
        (31, 282, "8.2 Planning Application PLP/2023/0456"), (31, 300, "That Council refuse the application."),
    ], bold={0, 3, 5, 8, 10, 13}))
    assert [(p.name, p.role) for p in record.present] == [
        ("Des Hudson", "Mayor"), ("Belinda Coates", "Deputy Mayor"), ("Tracey Hargreaves", None),
        ("Mark Harris", None), ("Peter Eddy", None)]
    assert [p.name for p in record.in_attendance] == ["Evan King", "Matt Wilson"]
    assert [(d.member, d.item, d.interest) for d in record.declarations] == [
        ("Mark Harris", "8.2", "general-conflict")]


def test_venue_named_in_the_opening_sentence_or_on_lines_under_the_date():
    # Kent and Manordeilo name the place in the sentence that opens the minutes, Sutton Coldfield and East Palo Alto
    # on lines of their own under the date; a sentence naming no place, or a line about a hall, gives none
    def venue(*texts):
        return minutes.find_venue([Line(text=t, x0=31, x1=500, top=20 + 15 * i, bottom=31 + 15 * i)
                                   for i, t in enumerate(texts)])
    assert venue("CABINET", "MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions",
                 "House, County Hall, Maidstone on Thursday, 30 January 2025.",
                 "PRESENT: Mr R W Gough (Chairman)") == "Council Chamber, Sessions House, County Hall, Maidstone"
    assert venue("Manordeilo and Salem Community Council held their meeting at 7.30pm on the 9th October 2019 at the",
                 "Reading Room, Cwmifor.", "PRESENT") == "Reading Room, Cwmifor"
    assert venue("PLANNING COMMISSION", "REGULAR MEETING MINUTES", "January 27, 2020, 7:00 p.m.",
                 "EPA Government Center", "City Council Chamber", "East Palo Alto, CA 94303",
                 "1. CALL TO ORDER AND ROLL CALL") == "EPA Government Center, City Council Chamber, East Palo Alto, CA 94303"
    assert venue("Milburn Parish Council - 5th July 2016", "Present",
                 "Councillors D Richardson (Chair) R Healey") is None
    assert venue("Amenities Committee", "Tuesday 13th March 2018", "The Town Hall is closed for refurbishment") is None
    assert venue("The meeting was called to order at 7:00 p.m. by the Chair.") is None


def test_northern_irish_chair_field_apologies_recorded_and_an_office_of_two_fields():
    # probe of Northern Irish council minutes: "In the Chair:" over the members present, officers whose offices join
    # two fields with "&", apologies "recorded for" the members
    record = parse(page([
        (31, 31, "Causeway Coast and Glens Borough Council"),
        (31, 60, "In the Chair: Councillor McQuillan"),
        (31, 78, "Members Present: Alderman Knight-McQuillan, Councillors Anderson and Kane"),
        (31, 96, "Officials Present: R Baker, Director of Leisure and Development"),
        (31, 114, "P Thompson, Head of Tourism & Recreation"), (31, 132, "J Keen, Committee & Member Services Officer"),
        (31, 160, "1. APOLOGIES"), (31, 178, "Apologies were recorded for Alderman Stewart and Councillor Peacock."),
        (31, 206, "2. DECLARATIONS OF INTEREST"), (31, 224, "There were no declarations of interest."),
    ], bold={0, 6, 8}))
    assert [(p.name, p.role) for p in record.present] == [("McQuillan", "Chair"), ("Knight-McQuillan", None),
                                                          ("Anderson", None), ("Kane", None)]
    assert [(p.name, p.role) for p in record.in_attendance] == [
        ("R Baker", "Director of Leisure and Development"), ("P Thompson", "Head of Tourism & Recreation"),
        ("J Keen", "Committee & Member Services Officer")]
    assert [p.name for p in record.apologies] == ["Stewart", "Peacock"]


def test_australian_resolution_heading_over_the_decision_then_its_mover_seconder_and_counted_result():
    # probe of Victorian council minutes: "RESOLUTION:" under the item's title, the decision, then "Moved:",
    # "Seconded:" and "CARRIED 5/1" on lines of their own; Ontario's "Carried (4 to 1)"
    record = parse(page([
        (31, 31, "BALLARAT CITY COUNCIL"), (31, 50, "Council Meeting"), (31, 69, "Wednesday 24 January 2024"),
        (31, 92, "8.1 Draft Budget 2024/25 Community Consultation"), (31, 110, "RESOLUTION:"),
        (31, 128, "That Council:"), (31, 146, "1. Endorse the Draft Budget 2024/25 for community consultation."),
        (31, 164, "2. Note that submissions will be heard on 22 May 2024."),
        (31, 182, "Moved: Cr Peter Eddy"), (31, 200, "Seconded: Cr Ben Taylor"), (31, 218, "CARRIED 5/1"),
        (31, 246, "8.2 Planning Application PLP/2023/0456"), (31, 264, "RESOLUTION:"),
        (31, 282, "That Council refuse Planning Application PLP/2023/0456."),
        (31, 300, "Moved: Cr Tracey Hargreaves"), (31, 318, "Seconded: Cr Belinda Coates"), (31, 336, "LOST"),
        (31, 364, "8.3 Road Naming"), (31, 382, "RESOLUTION:"), (31, 400, "That Council approve the road names."),
        (31, 418, "Moved: Cr Ben Taylor"), (31, 436, "Seconded: Cr Peter Eddy"), (31, 454, "CARRIED"),
    ], bold={0, 3, 4, 11, 12, 17, 18}))
    assert [(m.number, m.title) for m in record.items] == [
        ("8.1", "Draft Budget 2024/25 Community Consultation"), ("8.2", "Planning Application PLP/2023/0456"),
        ("8.3", "Road Naming")]
    assert [m.resolutions for m in record.items] == [
        ["Endorse the Draft Budget 2024/25 for community consultation.", "Note that submissions will be heard on 22 May 2024."],
        ["That Council refuse Planning Application PLP/2023/0456."], ["That Council approve the road names."]]
    assert [[(mo.mover, mo.seconder, mo.result, mo.vote, mo.text[:32]) for mo in m.motions] for m in record.items] == [
        [("Peter Eddy", "Ben Taylor", "carried", "5-1", "That Council: 1. Endorse the Dra")],
        [("Tracey Hargreaves", "Belinda Coates", "failed", None, "That Council refuse Planning App")],
        [("Ben Taylor", "Peter Eddy", "carried", None, "That Council approve the road na")]]
    [ontario] = minutes.find_motions(["Moved by: Councillor Larmer", "Seconded by: Councillor Mutton",
                                      "THAT Council approve the amendments.", "Carried (4 to 1)"])
    assert (ontario.mover, ontario.seconder, ontario.result, ontario.vote) == ("Larmer", "Mutton", "carried", "4-1")


def test_officers_listed_by_office_and_portfolio_name_nobody_unless_their_holder_is_named():
    # probe of English district council minutes: "Director – Place and Climate Change" is an office, not a person
    # called "Place"; the holder named in brackets is that office's; "Chief Executive – Ann Lee" names the holder
    from extract.parse.people import parse_people
    assert parse_people("Director – Place and Climate Change, Head of Legal Services, Democratic Services Officer") == []
    assert [(p.name, p.role) for p in parse_people(
        "Sarah Jones, Democratic Services Officer; Strategic Director – Adults and Health (J Smith); Mark Hill, Clerk")] == [
        ("Sarah Jones", "Democratic Services Officer"), ("J Smith", "Strategic Director – Adults and Health"),
        ("Mark Hill", "Clerk")]
    assert [(p.name, p.role) for p in parse_people("Chief Executive – Ann Lee; Director of Finance – Bo Kim")] == [
        ("Ann Lee", "Chief Executive"), ("Bo Kim", "Director of Finance")]
    # an Iowa board's officers, each name then office, the entries apart by semicolons
    assert [(p.name, p.role) for p in parse_people("Nan Benson, County Auditor; Ellen Hagen, Deputy Auditor.")] == [
        ("Nan Benson", "County Auditor"), ("Ellen Hagen", "Deputy Auditor")]


def test_votes_counted_for_and_against_in_irish_northern_irish_and_town_council_minutes_and_a_motion_not_seconded():
    found = [minutes.find_motions(unit)[0] for unit in (
        ["Proposed by Cllr. Elaine McGinty, Seconded by Cllr. Tommy Reilly.", "A vote was taken: For 5, Against 1.",
         "The Cathaoirleach declared the motion carried."],
        ["Proposed by Alderman Knight-McQuillan", "Seconded by Councillor Watton", "– That the Committee approves it.",
         "6 Members voted For; 1 Member voted Against; 0 Members Abstained.", "The Chair declared the motion carried."],
        ["Proposed Cllr Jones, seconded Cllr Brown.", "RESOLVED that the precept be set at £48,500. (4 for, 1 against)"],
        ["Motion by Supervisor Bixler to purchase a motor grader.", "Motion died for lack of a second."],
        ["Moved by Cllr Ames, seconded by Cllr Bell, to fund the scheme for 2 years.", "Carried."])]
    assert [(m.result, m.vote) for m in found] == [
        ("carried", "5-1"), ("carried", "6-1-0"), ("carried", "4-1"), ("failed", None), ("carried", None)]


def test_welsh_town_council_year_numbers_nz_resolution_heading_and_us_board_officers():
    # probe of a Welsh town council: "2024/31 APOLOGIES FOR ABSENCE" (a four-digit year and a running number), a
    # "personal and prejudicial interest", a vote "4 voted in favour and 1 against"
    wales = parse(page([
        (31, 31, "LLANDEILO TOWN COUNCIL"), (31, 60, "Present: Councillor E Thomas (Mayor); Councillors G Jones and H Morgan."),
        (31, 92, "2024/31 APOLOGIES FOR ABSENCE"), (31, 110, "An apology for absence was received from Councillor M Hughes."),
        (31, 138, "2024/32 DECLARATIONS OF INTEREST"),
        (31, 156, "Councillor H Morgan declared a personal and prejudicial interest in minute 2024/33."),
        (31, 184, "2024/33 GRANT APPLICATIONS"),
        (31, 202, "Proposed by Councillor G Jones and seconded by Councillor E Thomas that a grant of £500 be awarded."),
        (31, 220, "On being put to the vote, 4 voted in favour and 1 against. The motion was carried."),
        (31, 248, "2023/24 Budget figures were noted."),
    ], bold={0, 2, 4, 6}))
    assert [m.number for m in wales.items] == ["2024/31", "2024/32", "2024/33"]
    assert [p.name for p in wales.apologies] == ["M Hughes"]
    assert [(d.member, d.item, d.interest) for d in wales.declarations] == [
        ("H Morgan", "2024/33", "personal-and-prejudicial")]
    assert [(mo.mover, mo.seconder, mo.vote) for mo in wales.items[2].motions] == [("G Jones", "E Thomas", "4-1")]
    # probe of New Zealand minutes: "Committee Resolution" over the decision under "1 Apologies" names nobody (the
    # apology the decision accepts is Rob Vinsen's); the mover's and seconder's fields on one line, the result run on
    # after them
    nz = parse(page([
        (31, 31, "Whanganui District Council"), (31, 50, "Strategy and Finance Committee"), (31, 69, "Tuesday 5 March 2024"),
        (31, 92, "Present: Cr Charlie Anderson (Chair), Cr Jenny Duncan, Cr Glenda Brown"),
        (31, 120, "1 Apologies"), (31, 138, "Committee Resolution"),
        (31, 156, "That the apology from Cr Rob Vinsen be accepted."),
        (31, 174, "Moved: Cr Jenny Duncan Seconded: Cr Glenda Brown CARRIED"),
        (31, 202, "2 Conflicts of Interest"), (31, 220, "Nil."), (31, 248, "3 Annual Plan"), (31, 266, "Noted."),
    ], bold={0, 4, 5, 8, 10}))
    assert [p.name for p in nz.apologies] == ["Rob Vinsen"]
    assert [(mo.mover, mo.seconder, mo.result) for mo in nz.items[0].motions] == [("Jenny Duncan", "Glenda Brown", "carried")]
    # a US school board's staff, each entry a name and an office holding a comma, the entries apart by semicolons
    from extract.parse.people import parse_people
    assert [(p.name, p.role) for p in parse_people(
        "Dr. Alan Cho, Superintendent; Rita Gomez, Assistant Superintendent, Business Services")] == [
        ("Alan Cho", "Superintendent"), ("Rita Gomez", "Assistant Superintendent, Business Services")]


def test_legistar_file_number_between_a_sub_item_number_and_its_title_is_neither():
    # probe of Legistar minutes: "5.A 24-0123 Approve the Minutes …" is item 5.A, titled without the file number
    record = parse(page([
        (50, 40, "CITY COUNCIL REGULAR MEETING MINUTES"), (50, 60, "Tuesday, June 4, 2024"),
        (50, 90, "5. CONSENT CALENDAR"), (50, 110, "5.A 24-0123 Approve the Minutes of the Regular Meeting of May 21, 2024", 330),
        (50, 130, "5.B 24-0131 Adopt Resolution No. 2024-45 Approving a Contract with Acme Paving", 460),
        (50, 150, "6. ADJOURNMENT"),
    ], bold={0, 2, 3, 4, 5}))
    assert [(m.number, m.title) for m in record.items] == [
        ("5", "CONSENT CALENDAR"), ("5.A", "Approve the Minutes of the Regular Meeting of May 21, 2024"),
        ("5.B", "Adopt Resolution No. 2024-45 Approving a Contract with Acme Paving"), ("6", "ADJOURNMENT")]


def test_irish_proposal_resolved_in_its_sentence_is_the_decision():
    # probe of Irish county council minutes: "Proposed by Cllr. X, Seconded by Cllr. Y and resolved: “That …”"
    record = parse(page([
        (31, 31, "MEATH COUNTY COUNCIL"), (31, 60, "Members Present: Cllr. David Gilroy, Cllr. Nick Killian"),
        (31, 92, "1. Confirmation of Minutes"),
        (31, 110, "Proposed by Cllr. Nick Killian, Seconded by Cllr. David Gilroy and resolved: \"That the minutes"),
        (31, 123, "of the Monthly Meeting held on 5th February 2024 be confirmed.\""),
        (31, 150, "2. Roads Programme"), (31, 168, "The matter was discussed and resolved: the Director will report back."),
    ], bold={0, 2, 5}))
    assert [m.resolutions for m in record.items] == [
        ["That the minutes of the Monthly Meeting held on 5th February 2024 be confirmed."], []]  # without its quotes
    assert [(mo.mover, mo.seconder) for mo in record.items[0].motions] == [("Nick Killian", "David Gilroy")]


def test_new_south_wales_movers_after_the_label_a_division_and_an_english_parish_running_number_before_the_year():
    # probe of New South Wales minutes: "ITEM 5 – …", "RESOLVED (Brown/Hoare)" and "MOTION (Myles/Schreiber)" over
    # the proposition, a division "For: …" / "Against: …" under the decision
    nsw = parse(page([
        (31, 31, "Blue Mountains City Council"),
        (31, 50, "Minutes of the Ordinary Meeting of Council held on Tuesday 27 February 2024 at the Council Chambers,", 540),
        (31, 63, "Katoomba commencing at 6.30pm"),
        (31, 86, "PRESENT: Councillors M Greenhill (Mayor), R Brown, B Hoare, K Schreiber, D Myles"),
        (31, 114, "Councillor Brown declared a non-pecuniary, less than significant interest in Item 6."),
        (31, 142, "ITEM 5 – CONFIRMATION OF MINUTES"), (31, 160, "RESOLVED (Brown/Hoare)"),
        (31, 178, "That the Minutes of the Ordinary Meeting held on 30 January 2024 be confirmed."),
        (31, 206, "ITEM 6 – DEVELOPMENT APPLICATION X/123/2023"), (31, 224, "MOTION (Myles/Schreiber)"),
        (31, 242, "That the application be refused."), (31, 260, "The motion was put to the vote and was LOST."),
        (31, 278, "RESOLVED (Greenhill/Brown)"), (31, 296, "That the application be approved subject to conditions."),
        (31, 314, "For: Councillors Greenhill, Brown, Hoare"), (31, 332, "Against: Councillors Myles, Schreiber"),
    ], bold={0, 1, 2, 5, 6, 8, 9, 12}))
    assert nsw.venue == "Council Chambers, Katoomba"
    assert [m.number for m in nsw.items] == ["5", "6"]
    assert [m.resolutions for m in nsw.items] == [
        ["That the Minutes of the Ordinary Meeting held on 30 January 2024 be confirmed."],
        ["That the application be approved subject to conditions."]]
    assert [[(mo.mover, mo.seconder, mo.result, mo.vote) for mo in m.motions] for m in nsw.items] == [
        [("Brown", "Hoare", "carried", None)],
        [("Myles", "Schreiber", "failed", None), ("Greenhill", "Brown", "carried", "3-2")]]
    assert [(d.member, d.item, d.interest) for d in nsw.declarations] == [
        ("Brown", "6", "non-pecuniary-less-than-significant")]
    # probe of an English parish: "1/24 To receive apologies for absence"; "… seconded by Cllr Fell and unanimously
    # resolved" wrapping onto the decision; "raised and resolved" in prose decides nothing
    parish = parse(page([
        (31, 31, "HAWKSHEAD PARISH COUNCIL"), (31, 60, "Present: Cllrs A Barker (Chairman), C Dixon, E Fell."),
        (31, 92, "1/24 To receive apologies for absence"), (31, 110, "None."),
        (31, 138, "2/24 Precept 2024/25"),
        (31, 156, "After discussion it was proposed by Cllr Dixon, seconded by Cllr Fell and unanimously resolved", 540),
        (31, 169, "to set the precept at £12,500."),
        (31, 197, "3/24 Footpaths"), (31, 215, "Several issues with the stiles were raised and resolved"),
        (31, 228, "by the landowner before the meeting."),
    ], bold={0, 2, 4, 7}))
    assert [m.number for m in parish.items] == ["1/24", "2/24", "3/24"]
    assert [m.resolutions for m in parish.items] == [[], ["to set the precept at £12,500."], []]


def test_a_declaration_naming_an_application_is_filed_under_the_minute_whose_title_prints_it():
    # An English district council's planning committee (probe): the interest is declared at the start, in an
    # application that a later minute's title prints
    items = [Minute(number="PL/45", title="DECLARATIONS OF INTEREST"),
             Minute(number="PL/47", title="23/01234/FUL - LAND AT MILL LANE, DOWNTON - ERECTION OF 12 DWELLINGS"),
             Minute(number="PL/48", title="23/01555/HOU - 4 CHURCH ROAD, DOWNTON - SINGLE STOREY REAR EXTENSION")]
    sentence = "Councillor Brooks declared a non-pecuniary interest in application 23/01234/FUL as a parish councillor."
    [found] = minutes.find_declarations([("PL/45", sentence)], {}, items)
    assert (found.member, found.item) == ("Brooks", "PL/47")
    # counter-examples: an application no title prints, and a date, stay where they were recorded
    for other in ("Councillor Brooks declared an interest in application 23/09999/FUL.",
                  "Councillor Brooks declared an interest as a member of the club that met on 10/01/2024."):
        assert minutes.find_declarations([("PL/45", other)], {}, items)[0].item == "PL/45"


def test_a_scottish_committee_named_alone_over_its_decisions_and_its_apologies_intimated():
    # probe of a Scottish area committee: "The Committee:" over "i. NOTED …", "ii. AGREED …"; apologies "intimated"
    record = parse(page([
        (31, 54, "Minutes of Meeting of the Lochaber Area Committee held in the Chamber, Fort William on"),
        (31, 69, "Monday, 19 February 2024 at 10.30 am."),
        (31, 92, "Present:"), (31, 115, "Mrs L Munro (Chair)"), (31, 138, "Mr S Fuller"),
        (31, 161, "1. Calling of the Roll and Apologies for Absence"),
        (31, 184, "An apology for absence was intimated on behalf of Mr D Rixson."),
        (31, 207, "3. Lochaber Common Good Fund: Quarterly Monitoring Report"),
        (31, 230, "There had been circulated Report No LA/01/24 by the Assistant Chief Executive – Place."),
        (31, 253, "The Committee:"),
        (31, 276, "i. NOTED the Quarterly Monitoring Report;"),
        (31, 299, "ii. AGREED the budget for 2024/25 as set out in Appendix 1; and"),
        (31, 322, "4. Housing Performance Report"),
        (31, 345, "The Committee: Councillors Bell and Dunn asked about void rents."),
    ], bold={0, 1, 2, 5, 7, 9, 12}))
    assert [p.name for p in record.apologies] == ["D Rixson"]
    assert {m.number: m.resolutions for m in record.items} == {
        "1": [], "3": ["NOTED the Quarterly Monitoring Report;", "AGREED the budget for 2024/25 as set out in Appendix 1; and"],
        "4": []}  # Counter-example: the body's name before a sentence of its own decides nothing


def test_a_numbered_council_resolution_over_its_mover_and_seconder_then_the_decision():
    # probe of a Western Australian shire: "COUNCIL RESOLUTION C2.03.24" over "Moved:" and "Seconded:", then the
    # decision and its count after how it carried ("CARRIED BY ABSOLUTE MAJORITY 5/1")
    record = parse(page([
        (31, 31, "SHIRE OF MUNDARING"), (31, 50, "Ordinary Council Meeting"), (31, 69, "Tuesday 12 March 2024"),
        (31, 92, "10.1 Budget Review 2023/24"), (31, 115, "COUNCIL RESOLUTION C2.03.24"),
        (31, 138, "Moved: Cr Cicchini"), (31, 161, "Seconded: Cr Cook"), (31, 184, "That Council:"),
        (31, 207, "1. adopts the mid-year budget review for 2023/24;"),
        (31, 230, "2. notes the forecast surplus of $1.2 million."), (31, 253, "CARRIED BY ABSOLUTE MAJORITY 5/1"),
        (31, 276, "10.2 Arts Centre Lease"), (31, 299, "Council Resolution 2023/45 refers."),
        (31, 322, "Moved: Cr McNeil"), (31, 345, "Seconded: Cr Ellery"),
        (31, 368, "That Council defers consideration of the Arts Centre lease."), (31, 391, "LOST 2/4"),
    ], bold={0, 3, 4, 10, 11, 16}))
    assert [m.resolutions for m in record.items] == [
        ["adopts the mid-year budget review for 2023/24;", "notes the forecast surplus of $1.2 million."], []]
    assert [[(mo.mover, mo.seconder, mo.result, mo.vote) for mo in m.motions] for m in record.items] == [
        [("Cicchini", "Cook", "carried", "5-1")], [("McNeil", "Ellery", "failed", "2-4")]]


def test_a_recorded_vote_lead_is_no_part_of_the_motion():
    # probe of an Ontario town: "Recorded Vote:" over "Yea: …" / "Nay: …", on its own line or run into the motion
    for unit in (["Moved By Councillor Larmer", "Seconded By Councillor Barber",
                  "THAT Council approve the 2024 Marina Fee Schedule as set out in Schedule A.", "Recorded Vote:",
                  "Yea: Cleveland, Beatty, Larmer, Barber", "Nay: Mutton", "CARRIED (4 to 1)"],
                 ["Moved By Councillor Larmer", "Seconded By Councillor Barber",
                  "THAT Council approve the 2024 Marina Fee Schedule as set out in Schedule A. Recorded Vote: Yea: "
                  "Cleveland, Beatty, Larmer, Barber", "Nay: Mutton", "CARRIED (4 to 1)"]):
        [motion] = minutes.find_motions(unit)
        assert (motion.text, motion.vote, motion.votes["no"]) == (
            "THAT Council approve the 2024 Marina Fee Schedule as set out in Schedule A.", "4-1", ["Mutton"])
    # a New South Wales division called under the motion
    [motion] = minutes.find_motions(["Moved Cr Burke / Seconded Cr Doyle", "That Council adopt the policy.",
                                     "A division was called:", "For: Burke, Doyle, Lee, Tan", "Against: Ng, Park", "CARRIED 4/2"])
    assert (motion.text, motion.vote) == ("That Council adopt the policy.", "4-2")
    # Counter-examples: a proposition that speaks of a vote or a division keeps its words
    [motion] = minutes.find_motions(["Moved By Councillor Larmer", "Seconded By Councillor Barber",
                                     "THAT the recorded vote procedure be reviewed.", "CARRIED"])
    assert motion.text == "THAT the recorded vote procedure be reviewed."
    [motion] = minutes.find_motions(["Moved Cr Burke / Seconded Cr Doyle", "That Council adopt the division of the lot.",
                                     "CARRIED"])
    assert motion.text == "That Council adopt the division of the lot."


def test_a_decision_set_in_quotation_marks_is_recorded_without_them():
    # probes of an English parish ('Resolved: "that …"') and an Irish county council ('resolved: “That …”')
    record = parse(page([
        (62, 60, "ASHWELL PARISH COUNCIL"), (62, 75, "Minutes of the meeting held on Tuesday 9 January 2024"),
        (62, 100, "24/007 Finance"),
        (62, 115, 'Resolved: "that the payments listed in Appendix A totalling £3,214.60 be approved."'),
        (62, 140, "24/008 Minutes"),
        (62, 155, "Proposed by Cllr. Nick Killian, Seconded by Cllr. Elaine McGinty and resolved: “That the minutes of"),
        (62, 170, "the meeting of 12 December 2023 be adopted.”"),
        (62, 195, "24/009 Grants"),
        (62, 210, 'Resolved: that the "Village in Bloom" grant of £200 be paid.'),
    ], bold={0, 2, 4, 7}))
    assert [m.resolutions for m in record.items] == [
        ["that the payments listed in Appendix A totalling £3,214.60 be approved."],
        ["That the minutes of the meeting of 12 December 2023 be adopted."],
        ['that the "Village in Bloom" grant of £200 be paid.']]  # Counter-example: quotes inside stay


def test_the_venue_of_an_opening_sentence_ends_with_its_paragraph():
    # probe of a US school board: the heading "1. CALL TO ORDER" under the sentence is none of its venue
    record = parse(page([
        (72, 60, "BOARD OF EDUCATION"), (72, 75, "MINUTES OF THE REGULAR MEETING"), (72, 90, "March 14, 2024"),
        (72, 115, "The Regular Meeting of the Board of Education was held in the District Office Board Room, 1200 Elm",
         540),
        (72, 130, "Street, Maple Valley."),
        (72, 155, "1. CALL TO ORDER"), (72, 170, "President Alvarez called the meeting to order at 6:30 p.m."),
    ], bold={0, 1, 2, 5}))
    assert record.venue == "District Office Board Room, 1200 Elm Street, Maple Valley"


def test_an_ontario_townships_numbered_resolution_moves_what_it_resolves():
    # probe: "Resolution No. 2024-101" over "Moved by:", "Seconded by:", "Be it resolved that …", "Carried"
    [motion] = minutes.find_motions(["Resolution No. 2024-101", "Moved by: Deputy Mayor Cox", "Seconded by: Councillor Dunlop",
                                     "Be it resolved that the agenda for the May 15, 2024 Council meeting be adopted as circulated.",
                                     "Carried"])
    assert (motion.mover, motion.seconder, motion.result, motion.text) == (
        "Cox", "Dunlop", "carried", "Be it resolved that the agenda for the May 15, 2024 Council meeting be adopted as circulated.")
    # what it resolves is the motion's, not a decision in prose (the labels of such minutes record motions only)
    record = parse(page([
        (72, 60, "TOWNSHIP OF SEVERN"), (72, 75, "COUNCIL MEETING MINUTES"), (72, 90, "Wednesday, May 15, 2024"),
        (72, 115, "3. Adoption of Agenda"), (72, 130, "Resolution No. 2024-101"), (72, 145, "Moved by: Deputy Mayor Cox"),
        (72, 160, "Seconded by: Councillor Dunlop"),
        (72, 175, "Be it resolved that the agenda for the May 15, 2024 Council meeting be adopted as circulated."),
        (72, 190, "Carried"),
    ], bold={0, 1, 3, 4, 8}))
    assert [(m.number, m.resolutions, [mo.mover for mo in m.motions]) for m in record.items] == [("3", [], ["Cox"])]
    # Counter-example: a note under the fields is no proposition
    [motion] = minutes.find_motions(["Moved by: Deputy Mayor Cox", "Seconded by: Councillor Dunlop",
                                     "Be it noted that the Clerk was absent.", "Carried"])
    assert motion.text == "Moved by: Deputy Mayor Cox"


ABERDEEN_STYLE = [
    (57, 40, "ABERDEEN CITY COUNCIL"), (57, 60, "FINANCE AND RESOURCES COMMITTEE"),
    (57, 85, "ABERDEEN, 6 March 2024. Minute of Meeting of the FINANCE AND RESOURCES COMMITTEE. Present:- Councillor", 540),
    (57, 100, "Yuill, Convener; Councillor Kusznir, Vice Convener; and Councillors Allard, Bonsell and Mennie."),
    (57, 125, "DECLARATIONS OF INTEREST OR TRANSPARENCY STATEMENTS"),
    (57, 150, "1. Councillor Mennie declared an interest in item 3 by virtue of her appointment as a trustee."),
    (57, 175, "MINUTE OF PREVIOUS MEETING OF 7 FEBRUARY 2024"),
    (57, 200, "2. The Committee had before it the minute of its previous meeting of 7 February 2024."),
    (57, 225, "The Committee resolved:-"), (57, 240, "to approve the minute as a correct record."),
    (57, 265, "COMMON GOOD BUDGET 2024/25 - CORS/24/071"),
    (57, 290, "3. The Committee had before it a report by the Chief Officer - Finance."),
    (57, 315, "Councillor Yuill, seconded by Councillor Kusznir, moved:-"),
    (57, 330, "that the Committee approve the recommendations contained within the report."),
    (57, 355, "Councillor Allard, seconded by Councillor Bonsell, moved as an amendment:-"),
    (57, 370, "that the Committee defer consideration of the report to its next meeting."),
    (57, 395, "On a division, there voted:- for the motion (3) - Councillors Kusznir, Mennie and Yuill; for the"),
    (57, 410, "amendment (2) - Councillors Allard and Bonsell."),
    (57, 435, "The Committee resolved:-"), (57, 450, "to adopt the motion."),
]


def test_scottish_articles_titled_by_the_heading_over_their_numbered_paragraph():
    # probe of a Scottish city council's committee: every numbered paragraph under a heading in bold capitals
    record = parse(page(ABERDEEN_STYLE, bold={0, 1, 4, 6, 8, 10, 18}))
    assert [(m.number, m.title) for m in record.items] == [
        ("1", "DECLARATIONS OF INTEREST OR TRANSPARENCY STATEMENTS"), ("2", "MINUTE OF PREVIOUS MEETING OF 7 FEBRUARY 2024"),
        ("3", "COMMON GOOD BUDGET 2024/25 - CORS/24/071")]
    assert [(d.member, d.item) for d in record.declarations] == [("Mennie", "3")]
    assert [(p.name, p.role) for p in record.present][:2] == [("Yuill", "Convener"), ("Kusznir", "Vice Convener")]
    assert [m.resolutions for m in record.items] == [[], ["to approve the minute as a correct record."],
                                                     ["to adopt the motion."]]
    # the division between the motion and the amendment, and the decision to adopt the motion, say how both went
    assert [(mo.mover, mo.result, mo.vote) for mo in record.items[2].motions] == [
        ("Yuill", "carried", "3-2"), ("Allard", "failed", "2-3")]


def test_a_heading_over_the_first_of_a_list_in_the_texts_type_titles_no_minute():
    # Counter-example (a US city's minutes): "CONSENT CALENDAR" over items numbered in the text's type
    record = parse(page([
        (72, 60, "CITY COUNCIL"), (72, 75, "REGULAR MEETING MINUTES"), (72, 90, "Tuesday, March 5, 2024"),
        (72, 115, "Mayor Ortiz called the meeting to order at 7:00 p.m. in the Council Chamber."),
        (72, 140, "CONSENT CALENDAR"),
        (72, 165, "1. Approve the minutes of the regular meeting of February 20, 2024."),
        (72, 180, "2. Approve the warrant register for February 2024 as presented."),
        (72, 205, "PUBLIC HEARINGS"),
        (72, 230, "3. Adopt the resolution approving the fee schedule for the 2024 fiscal year."),
    ], bold={0, 1, 4, 7}))
    assert [m.number for m in record.items] == ["1", "2", "3"]
    assert record.items[0].title.startswith("Approve the minutes")


def test_a_present_label_run_into_its_paragraph_lists_only_where_no_block_did():
    # Counter-example to the Scottish run-in "Present:-": a parish's labels wrapped into one paragraph, each read
    # where it opens its line, the officers' not taken as members
    record = parse(page([
        (62, 60, "ASHWELL PARISH COUNCIL"), (62, 75, "Minutes of the meeting held on Tuesday 9 January 2024"),
        (62, 100, "Present: Cllr P Hughes (Chairman), Cllr R Dean, Cllr S Marsh"),
        (62, 115, "In attendance: Mrs K Bell (Clerk and RFO)"),
        (62, 140, "24/001 Apologies for absence"), (62, 155, "None."),
    ], bold={0, 4}))
    assert [p.name for p in record.present] == ["P Hughes", "R Dean", "S Marsh"]
    assert [p.name for p in record.in_attendance] == ["K Bell"]


def test_a_community_councils_proposals_after_their_decision_and_declarations_on_lettered_parts():
    # probe of a Welsh community council's English minutes
    record = parse(page([
        (62, 60, "LLANGYNIDR COMMUNITY COUNCIL"), (62, 75, "Minutes of the meeting held on Wednesday 10 April 2024"),
        (62, 100, "2. Declarations of Interest"),
        (62, 115, "Cllr Williams declared a personal and prejudicial interest in item 6b and left the room."),
        (62, 140, "3. Minutes of the previous meeting"),
        (62, 155, "The minutes of the meeting held on 13 March 2024 were approved as a true record, proposed by Cllr Jones"),
        (62, 170, "and seconded by Cllr Evans."),
        (62, 195, "6. Planning"), (62, 210, "a) 24/0123/FUL – Ty Newydd: no objections."),
        (62, 225, "b) 24/0145/HH – Glan Usk Cottage: It was resolved to object."),
        (62, 250, "7. Finance"),
        (62, 265, "The following payments were approved, proposed by Cllr Morgan, seconded by Cllr Price:"),
        (62, 280, "Clerk's salary April – £412.50"),
        (62, 305, "8. Correspondence"),
        (62, 320, "A letter proposed by Cllr Hale and seconded by Cllr Dunn was read out."),
    ], bold={0, 2, 4, 7, 10, 13}))
    assert [(d.member, d.item) for d in record.declarations] == [("Williams", "6")]  # the minute whose part b) it is
    assert [(m.number, mo.mover, mo.seconder, mo.result) for m in record.items for mo in m.motions] == [
        ("3", "Jones", "Evans", "carried"), ("7", "Morgan", "Price", "carried"),
        ("8", "Hale", "Dunn", None)]  # Counter-example: nothing agreed, before the proposal or after it


def test_a_boards_decision_in_prose_with_the_board_as_its_subject():
    # probe of a Scottish health board's minute: no RESOLVED, no motions; what the Board approved is its decision
    record = parse(page([
        (57, 40, "NHS FIFE"), (57, 60, "MINUTE OF THE FIFE NHS BOARD MEETING HELD ON TUESDAY 26 MARCH 2024"),
        (57, 85, "Present: Pat Kilpatrick (Chair), Carol Potter, Chief Executive"),
        (57, 110, "4. Action List"), (57, 125, "The Board noted the updates on the Action List."),
        (57, 150, "5. Annual Delivery Plan 2024/25"), (57, 165, "The Director of Finance and Strategy presented the draft plan."),
        (57, 180, "The Board approved the Annual Delivery Plan 2024/25 for submission to the Scottish Government."),
    ], bold={0, 1, 3, 5}))
    assert [m.resolutions for m in record.items] == [
        [], ["The Board approved the Annual Delivery Plan 2024/25 for submission to the Scottish Government."]]


def test_the_english_model_codes_non_registrable_interest_is_a_declaration():
    # probe of an English district's planning committee
    found = minutes.find_declarations(
        [("46", "Councillor Nolan declared a non-registrable interest in Minute 49 as she knows the applicant.")],
        {"46": "46", "49": "49"})
    assert [(d.member, d.item, d.interest) for d in found] == [("Nolan", "49", "non-registrable")]


def test_an_irish_council_lists_its_members_also_present_under_who_presided():
    # probe of an Irish county council: "Cathaoirleach: Cllr. Michael Doyle" over "Also Present: Cllrs. …", the
    # officials under their own label; the minutes adopted on a proposal in its sentence are a decision too
    record = parse(page([
        (31, 31, "KILKENNY COUNTY COUNCIL"),
        (31, 54, "Minutes of Monthly Meeting of Kilkenny County Council held on Monday 18 March 2024 at 3.00 p.m."),
        (31, 80, "Cathaoirleach: Cllr. Michael Doyle"),
        (31, 100, "Also Present: Cllrs. Fidelis Doherty, Pat Fitzpatrick and Eamon Aylward"),
        (31, 120, "Officials in Attendance: Lorcan O'Connor, Chief Executive; Sean McKeown, Meetings Administrator"),
        (31, 145, "1. Confirmation of Minutes"),
        (31, 160, "On the proposal of Cllr. Fitzpatrick, seconded by Cllr. Aylward, the minutes of the Ordinary Meeting held"),
        (31, 175, "on 19 February 2024 were adopted."),
    ], bold={0, 1, 5}))
    assert [p.name for p in record.present] == ["Michael Doyle", "Fidelis Doherty", "Pat Fitzpatrick", "Eamon Aylward"]
    assert [p.name for p in record.in_attendance] == ["Lorcan O'Connor", "Sean McKeown"]
    assert [len(m.resolutions) for m in record.items] == [1]
    assert [(mo.mover, mo.seconder, mo.result) for mo in record.items[0].motions] == [("Fitzpatrick", "Aylward", "carried")]
    # Counter-example: beside a list of members present, members "Also present" attend (an English council's
    # portfolio holder at a committee)
    record = parse(page([
        (31, 31, "WESTFORD DISTRICT COUNCIL"), (31, 54, "Minutes of the Overview Committee held on 4 March 2024"),
        (31, 80, "Present: Councillor A Patel (Chair), Councillors B Hughes and C Lowe"),
        (31, 100, "Also present: Councillor D Marsh (Portfolio Holder)"),
        (31, 125, "1. Apologies"), (31, 140, "None."),
    ], bold={0, 1, 4}))
    assert [p.name for p in record.present] == ["A Patel", "B Hughes", "C Lowe"]
    assert [p.name for p in record.in_attendance] == ["D Marsh"]


def test_interests_disclosed_connections_declared_and_recusals_from_an_item():
    # probes: Ontario's and Victoria's "disclosed", the Scottish code's "connection", a US board's recusal "from Item 5"
    numbers = {"2": "2", "4.1": "4.1", "5": "5", "6.3": "6.3"}
    found = minutes.find_declarations([
        ("2", "Councillor Young disclosed a pecuniary interest in item 4.1 as the owner of a neighbouring property."),
        ("2", "Cr Baker disclosed a general conflict of interest in Item 6.3."),
        ("2", "Councillor Yuill declared a connection in relation to article 5 as a Board member of the trust."),
        ("2", "Commissioner Diaz recused herself from Item 5 due to a business relationship with the applicant."),
        # Counter-examples: a statement that there is no interest, a disclosure of no interest
        ("2", "Councillor Farquhar made a transparency statement in relation to article 5 as a trustee."),
        ("2", "The Clerk disclosed that no interests had been registered."),
    ], numbers)
    assert [(d.member, d.item, d.interest) for d in found] == [
        ("Young", "4.1", "pecuniary"), ("Baker", "6.3", "general-conflict"), ("Yuill", "5", "connection"),
        ("Diaz", "5", "other")]


def test_a_cabinets_reasons_for_decision_are_no_part_of_it():
    # probe of an English county's cabinet: "Reasons for decision:" and "Alternative options considered:" under the
    # last part of the decision
    record = parse(page([
        (57, 40, "NORTHBROOK COUNTY COUNCIL"), (57, 60, "MINUTES of a meeting of the CABINET held on Tuesday 12 March 2024"),
        (57, 85, "25. SCHOOL ADMISSIONS POLICY 2025/26"), (57, 100, "RESOLVED that:"),
        (57, 115, "(1) the admissions policy for 2025/26 set out in Appendix A be approved; and"),
        (57, 130, "(2) authority be delegated to the Director of Children's Services to make minor amendments."),
        (57, 145, "Reasons for decision: to comply with the School Admissions Code."),
        (57, 160, "Alternative options considered: none."),
        (57, 185, "26. LIBRARY SERVICE REVIEW"),
        (57, 200, "RESOLVED that the outcome of the consultation be noted and the recommendations be agreed, the reasons for"),
        (57, 215, "the decision being set out in the report."),
    ], bold={0, 1, 2, 8}))
    assert [m.resolutions for m in record.items] == [
        ["the admissions policy for 2025/26 set out in Appendix A be approved; and",
         "authority be delegated to the Director of Children's Services to make minor amendments."],
        # Counter-example: the words inside the decision's own sentence stay
        ["the outcome of the consultation be noted and the recommendations be agreed, the reasons for the decision "
         "being set out in the report."]]


def test_a_parish_clerks_min_before_each_minutes_number():
    # probe of an English parish: "Min 24/101 Apologies for absence", a declaration naming "Min 24/105"
    record = parse(page([
        (62, 60, "BRAMLEY PARISH COUNCIL"), (62, 75, "Minutes of the Parish Council Meeting held on Monday 8 April 2024"),
        (62, 100, "Present: Cllr J Ward (Chairman), Cllr K Lamb, Cllr M Fox"),
        (62, 125, "Min 24/101 Apologies for absence"), (62, 140, "Cllr Q Stone (holiday)."),
        (62, 165, "Min 24/102 Declarations of interest"),
        (62, 180, "Cllr Fox declared a non-pecuniary interest in Min 24/105 as a member of the Scout Group."),
        (62, 205, "Min 24/103 Minutes of the last meeting"),
        (62, 220, "RESOLVED: that the minutes of 11 March 2024 be signed as a correct record."),
        (62, 245, "Min 24/105 Grants"), (62, 260, "RESOLVED: to award £250 to the 1st Bramley Scout Group."),
        (62, 285, "Min 3 tenders are required under the Financial Regulations."),
    ], bold={0, 3, 5, 7, 9}))
    # (the last line opens no minute: a sentence in the text's type)
    assert [(m.number, m.title) for m in record.items] == [
        ("24/101", "Apologies for absence"), ("24/102", "Declarations of interest"),
        ("24/103", "Minutes of the last meeting"), ("24/105", "Grants")]
    assert [p.name for p in record.apologies] == ["Q Stone"]
    assert [(d.member, d.item) for d in record.declarations] == [("Fox", "24/105")]


def test_minutes_titled_by_their_agenda_items_number():
    # probe of a fire authority's minutes: "Agenda Item 5 – Apologies"; an Irish council's "Item No. 6"
    record = parse(page([
        (57, 40, "NORTHSHIRE FIRE AUTHORITY"), (57, 60, "Minutes of the meeting held on Wednesday 21 February 2024"),
        (57, 85, "Present: Councillor N Adams (Chair), Councillor S Mintoff"),
        (57, 110, "Agenda Item 5 – Apologies"), (57, 125, "Apologies were received from Councillor P North."),
        (57, 150, "Item No. 6 Confirmation of Minutes"), (57, 165, "RESOLVED: that the minutes be confirmed."),
        (57, 190, "Agenda item 7 was deferred to the next meeting."),
    ], bold={0, 1, 3, 5}))
    assert [(m.number, m.title) for m in record.items] == [("5", "Apologies"), ("6", "Confirmation of Minutes")]


def test_apologies_sent_by_their_member_and_leave_of_absence_granted():
    # probes: an English parish's "Cllr R Evans had sent his apologies.", Australian and New Zealand leave granted
    for sentence, who in (("Cllr R Evans had sent his apologies.", ["R Evans"]),
                          ("Leave of absence was granted to Cr M Hill.", ["M Hill"]),
                          ("Cr M Hill was granted leave of absence.", ["M Hill"]),
                          # Counter-examples: an apology for lateness, apologies sent by nobody listed
                          ("Apologies for lateness were received from Cllr T Bond.", []),
                          ("The Chair had sent apologies to the Mayor.", [])):
        record = parse(page([
            (62, 60, "LITTLE HADHAM PARISH COUNCIL"), (62, 75, "Minutes of the meeting held on Monday 8 January 2024"),
            (62, 100, "Present: Cllrs A Brown (Chair) and B Cole"), (62, 125, "1. Apologies"), (62, 140, sentence),
            (62, 165, "2. Minutes"), (62, 180, "RESOLVED: that the minutes be approved.")], bold={0, 3, 5}))
        assert [p.name for p in record.apologies] == who, sentence


def test_counts_of_ayes_and_nays_and_counts_in_words_are_the_vote():
    # probes: US boards' "6 ayes, 1 nay", "Ayes 5, Nays 0"; English councils' "by 8 votes to 3", "by a vote of 5 to 2";
    # an Australian count after "CARRIED UNANIMOUSLY"
    cases = [
        (["Trustee Green moved to approve the budget, seconded by Trustee Black.", "Motion carried, 6 ayes, 1 nay."],
         "6 ayes, 1 nay"),
        (["Trustee Green moved to approve the budget, seconded by Trustee Black.", "Ayes 5, Nays 0. Motion carried."],
         "Ayes 5, Nays 0"),
        (["Councillor Patel moved, seconded by Councillor Reid, that the report be received.",
          "On being put to the vote, the motion was carried by 8 votes to 3."], "8-3"),
        (["Commissioner Smith moved to approve the plan, seconded by Commissioner Jones.",
          "The motion was approved by a vote of 5 to 2."], "5-2"),
        (["Moved Cr Burke / Seconded Cr Doyle", "That the report be received.", "CARRIED UNANIMOUSLY 7/0"], "7-0"),
        # Counter-example: numbers that count something else
        (["Councillor Patel moved, seconded by Councillor Reid, that the hall hire for 8 to 10 people be approved.",
          "CARRIED"], None)]
    assert [minutes.find_motions(unit)[0].vote for unit, _ in cases] == [vote for _, vote in cases]


def test_the_following_members_were_present():
    # probe of an English parish: attendance in a sentence that announces its list
    record = parse(page([
        (62, 60, "LITTLE HADHAM PARISH COUNCIL"), (62, 75, "Minutes of the meeting held on Monday 8 January 2024"),
        (62, 100, "The following members were present: Cllrs A Brown (Chair), B Cole and C Dean."),
        (62, 125, "1. Minutes"), (62, 140, "RESOLVED: that the minutes be approved."),
        (62, 165, "2. Village hall"), (62, 180, "The following members were thanked: Cllr B Cole and Cllr C Dean."),
    ], bold={0, 3, 5}))
    assert [(p.name, p.role) for p in record.present] == [("A Brown", "Chair"), ("B Cole", None), ("C Dean", None)]


def test_a_county_boards_motion_carried_in_its_sentence_and_a_clerks_fields_parted_by_a_semicolon():
    # probes: a US county board's "Upon a motion by …, seconded by …, the Board approved …", a parish clerk's
    # "Proposed: Cllr Smith; Seconded: Cllr Jones."
    [board] = minutes.find_motions(["Upon a motion by Commissioner Diaz, seconded by Commissioner Adams, the Board approved "
                                    "the agenda by a vote of 5 to 0."])
    assert (board.mover, board.seconder, board.result, board.vote) == ("Diaz", "Adams", "carried", "5-0")
    [clerk] = minutes.find_motions(["Proposed: Cllr Smith; Seconded: Cllr Jones. Agreed."])
    assert (clerk.mover, clerk.seconder, clerk.result) == ("Smith", "Jones", "carried")
    # Counter-example: a board that only discussed what was moved decided nothing in that sentence
    [discussed] = minutes.find_motions(["Upon a motion by Commissioner Diaz, seconded by Commissioner Adams, the Board "
                                        "discussed the agenda."])
    assert (discussed.result, discussed.vote) == (None, None)


def test_items_numbered_one_a_line_under_a_long_line_are_minutes_not_its_wrap():
    # probe of a US city council: "2.2 …" under "2.1 …" that nearly filled its line read as 2.1's wrapped title
    record = parse(page([
        (72, 60, "CITY COUNCIL"), (72, 75, "REGULAR MEETING MINUTES"), (72, 90, "Tuesday, March 5, 2024"),
        (72, 115, "1. CALL TO ORDER"), (72, 130, "Mayor Ortiz called the meeting to order at 7:00 p.m."),
        (72, 155, "2. CONSENT CALENDAR"),
        (72, 170, "2.1 Approve the minutes of the regular meeting of February 20, 2024"),
        (72, 185, "2.2 Approve the warrant register for February 2024"),
        (72, 200, "Motion by Council Member Ingram, second by Council Member Kemp, to approve the Consent Calendar. Motion "
                  "carried 5-0.", 540),
        (72, 225, "3. PUBLIC HEARINGS"),
        (72, 240, "The hearing on the fee schedule set out in the staff report of February 20, 2024 and in Resolution"),
        (72, 255, "24-03 was opened at 7:10 p.m."),
    ], bold={0, 1, 2, 3, 5, 9}))
    assert [(m.number, [mo.mover for mo in m.motions]) for m in record.items] == [
        ("1", []), ("2", ["Ingram"]), ("2.1", []), ("2.2", []), ("3", [])]  # (a wrapped "24-03 …" numbers nothing)


def test_a_parish_decision_labelled_after_the_sentence_before_it():
    # probe of an English parish: "… . Resolved: to award £500 to Holmfirth Arts. Cllr Dixon returned."
    record = parse(page([
        (62, 60, "HOLME VALLEY PARISH COUNCIL"), (62, 75, "Minutes of the Meeting held on Monday 15 January 2024"),
        (62, 100, "Present: Cllr D Firth (Chair), Cllr P Colling, Cllr R Dixon"),
        (62, 125, "24.01 To receive apologies for absence"),
        (62, 140, "Apologies were received from Cllr L Ashworth. Resolved: to approve the reasons given."),
        (62, 165, "24.06 Grants"),
        (62, 180, "Cllr Dixon left the meeting. Resolved: to award £500 to Holmfirth Arts. Cllr Dixon returned."),
        (62, 205, "24.08 Correspondence"),
        (62, 220, "The Clerk reported. Agreed actions are listed in the appendix."),
    ], bold={0, 3, 5, 7}))
    assert [m.resolutions for m in record.items] == [
        ["to approve the reasons given."], ["to award £500 to Holmfirth Arts."], []]  # "Agreed actions …" decides nothing


def test_a_committees_recommendation_to_council_is_its_decision():
    # probe of an English district's committee: "RECOMMENDED TO COUNCIL: That …" over its parts
    record = parse(page([
        (57, 40, "WESTFORD DISTRICT COUNCIL"), (57, 60, "Minutes of the Policy and Resources Committee held on 4 March 2024"),
        (57, 85, "12. COUNCIL TAX SUPPORT SCHEME 2025/26"),
        (57, 100, "RECOMMENDED TO COUNCIL: That the Council Tax Support Scheme for 2025/26 be adopted."),
        (57, 125, "13. MEMBER DEVELOPMENT"),
        (57, 140, "Recommended reading for members is set out in the appendix."),
    ], bold={0, 1, 2, 4}))
    assert [m.resolutions for m in record.items] == [
        ["That the Council Tax Support Scheme for 2025/26 be adopted."], []]


def test_items_pulled_from_the_agenda_or_held_over():
    # probes: a US board's item pulled from the agenda, English and Australian items held over or adjourned
    record = parse(page([
        (57, 40, "WESTFORD DISTRICT COUNCIL"), (57, 60, "Minutes of the Planning Committee held on 4 March 2024"),
        (57, 85, "5. Land at Mill Lane"), (57, 100, "This item was pulled from the agenda."),
        (57, 125, "6. Church Road"), (57, 140, "The item was held over to the next meeting."),
        (57, 165, "7. Station Yard"), (57, 180, "The applicant withdrew the application prior to the meeting."),
        (57, 205, "8. Any other business"), (57, 220, "Cllr Dixon withdrew from the meeting. The meeting was adjourned at 9.05pm."),
    ], bold={0, 1, 2, 4, 6, 8}))
    assert [(m.number, m.outcome) for m in record.items] == [
        ("5", "withdrawn"), ("6", "deferred"), ("7", "withdrawn"), ("8", None)]


def test_notes_after_a_member_absent_apologies_and_substitutes():
    # probes: an English town council's "Absent: Cllr D Eve (apologies)"; English districts' substitute in brackets
    def attendance(*lines):
        rows = [(62, 60, "LITTLE HADHAM PARISH COUNCIL"), (62, 75, "Minutes of the meeting held on Monday 8 January 2024")]
        rows += [(62, 100 + 15 * i, text) for i, text in enumerate(lines)]
        rows += [(62, 160, "1. Minutes"), (62, 175, "RESOLVED: that the minutes be approved.")]
        record = parse(page(rows, bold={0, len(rows) - 2}))
        return ([(p.name, p.role) for p in record.apologies], [p.name for p in record.absent],
                [(p.name, p.role) for p in record.substitutes])
    assert attendance("Present: Cllrs A Brown (Chair) and B Cole", "Absent: Cllr D Eve (apologies), Cllr F Fox") == (
        [("D Eve", None)], ["F Fox"], [])  # Cllr Fox sent none
    assert attendance("Present: Cllrs A Brown (Chair) and B Cole", "Apologies: Cllr D Eve (substituted by Cllr G Gray)") == (
        [("D Eve", None)], [], [("G Gray", "substitute for D Eve")])
    assert attendance("Present: Cllrs A Brown (Chair) and B Cole",
                      "Apologies: Councillor D Eve (Councillor G Gray substituting)") == (
        [("D Eve", None)], [], [("G Gray", "substitute for D Eve")])
    # Counter-example: an office in brackets stays the member's
    assert attendance("Present: Cllrs A Brown (Chair) and B Cole", "Apologies: Cllr D Eve (Vice-Chair)") == (
        [("D Eve", "Vice-Chair")], [], [])


def test_welsh_county_minutes_in_welsh_times_venue_officers_list_and_declaration():
    # probe of a Welsh county's committee minuted in Welsh (as Gwynedd and Ceredigion minute): the afternoon's
    # "y.p.", the place after "a gynhaliwyd yn" up to the day ("ddydd Llun"), "Swyddogion:" the officers present,
    # a list's last name after "a", and the verb first in a declaration ("Datganodd y Cynghorydd … fuddiant
    # personol yn eitem 5.1")
    record = parse(page([
        (200, 60, "CYNGOR SIR GWYNEDD"), (220, 75, "PWYLLGOR CYNLLUNIO"),
        (57, 100, "Cofnodion cyfarfod y Pwyllgor Cynllunio a gynhaliwyd yn Siambr Dafydd Orwig, Swyddfeydd y Cyngor,"),
        (57, 114, "Caernarfon, ddydd Llun, 12 Chwefror 2024 am 1.00 y.p."),
        (57, 140, "Yn bresennol: Y Cynghorydd Elwyn Edwards (Cadeirydd), Y Cynghorwyr Louise Hughes, Huw Wyn Jones a"),
        (57, 154, "Gareth Morris Jones."),
        (57, 180, "Swyddogion: Gareth Jones (Rheolwr Gwasanaeth Cynllunio) a Siwan Roberts (Swyddog Cyfreithiol)."),
        (57, 206, "1. DATGAN BUDDIANT PERSONOL"),
        (57, 222, "Datganodd y Cynghorydd Louise Hughes fuddiant personol yn eitem 2 ar y rhaglen."),
        (57, 248, "2. CAIS RHIF C23/0456/11/LL - TIR GER FFORDD CAERNARFON, BANGOR"),
        (57, 264, "PENDERFYNWYD: Caniatáu'r cais yn unol ag argymhelliad y swyddog."),
        (57, 290, "Daeth y cyfarfod i ben am 2.45 y.p."),
    ], bold={0, 1, 7, 9}))
    assert (record.start, record.end) == ("13:00", "14:45")
    assert record.venue == "Siambr Dafydd Orwig, Swyddfeydd y Cyngor, Caernarfon"
    assert [p.name for p in record.present] == ["Elwyn Edwards", "Louise Hughes", "Huw Wyn Jones", "Gareth Morris Jones"]
    assert [(p.name, p.role) for p in record.in_attendance] == [
        ("Gareth Jones", "Rheolwr Gwasanaeth Cynllunio"), ("Siwan Roberts", "Swyddog Cyfreithiol")]
    assert [(d.member, d.item, d.interest) for d in record.declarations] == [("Louise Hughes", "2", "personol")]
    # counter-examples: an English list's capital "A" is an initial, and an English sentence's "a" no list
    from extract.parse.people import parse_people
    assert [p.name for p in parse_people("Cllr A Smith, Mr A Jones")] == ["A Smith", "A Jones"]
    assert [p.name for p in parse_people("Councillors Smith, Jones and Brown")] == ["Smith", "Jones", "Brown"]


def test_a_quebec_proces_verbal_s_venue_declaration_and_title_wrapped_mid_name():
    # probe of a Quebec municipality's council: the title sentence wraps inside the authority's name ("… de la
    # Municipalité de" / "Saint-Alban, tenue le …") and goes on, however long its line; the place after "à" in
    # lower case (VENUE_IN_FRENCH_SENTENCE, as French communes' "s'est réuni à la mairie" too); a member who
    # "déclare son intérêt pécuniaire dans le point 5" declares it for minute 5
    read = page([
        (31, 31, "PROVINCE DE QUÉBEC"), (31, 54, "MUNICIPALITÉ DE SAINT-ALBAN"),
        (31, 76, "PROCÈS-VERBAL de la séance ordinaire du conseil municipal de la Municipalité de", 540),
        (31, 92, "Saint-Alban, tenue le lundi 4 mars 2024 à 19 h 30, à la salle du conseil, 204, rue", 540),
        (31, 108, "Principale."),
        (31, 130, "Présents : Monsieur le maire Denis Lavoie, Messieurs les conseillers Marc Côté et Pierre Roy."),
        (31, 155, "Est également présente : Madame Sylvie Morin, directrice générale et greffière-trésorière."),
        (31, 180, "4. DÉCLARATION D'INTÉRÊT"),
        (31, 196, "Monsieur le conseiller Marc Côté déclare son intérêt pécuniaire dans le point 5 et s'abstient de voter."),
        (31, 222, "5. OCTROI DU CONTRAT DE DÉNEIGEMENT"),
        (31, 238, "Il est proposé par Monsieur le conseiller Pierre Roy, appuyé par Monsieur le maire Denis Lavoie et"),
        (31, 254, "résolu d'octroyer le contrat de déneigement à Excavation Roy inc."),
    ], bold={0, 1, 2, 3, 4, 7, 9})
    record = parse(replace(read, lines=[replace(line, size=11.0) for line in read.lines]))  # set in 11 pt
    assert (record.body, record.committee) == ("Municipalité de Saint-Alban", "Conseil municipal de la Municipalité de Saint-Alban")
    assert record.venue == "salle du conseil, 204, rue Principale"
    assert [(p.name, p.role) for p in record.in_attendance] == [("Sylvie Morin", "directrice générale et greffière-trésorière")]
    assert [(d.member, d.item, d.interest) for d in record.declarations] == [("Marc Côté", "5", "pécuniaire")]
    # counter-examples: the close "à 20 h 15" is no place, and a time after "tenue le …" names none
    from extract.patterns import VENUE_IN_FRENCH_SENTENCE
    assert not VENUE_IN_FRENCH_SENTENCE.search("La séance est levée à 20 h 15.")
    assert not VENUE_IN_FRENCH_SENTENCE.search("Séance ordinaire tenue le lundi 4 mars 2024 à 19 h 30.")


def test_a_swedish_protocol_s_fields_decisions_under_their_heading_and_a_disqualification():
    # probe of a Swedish municipality's board (Sweden's kommunstyrelse; Finland's Swedish-speaking towns alike):
    # "Plats och tid:" gives the place less its time; members' parties in brackets are no office ("Anna Andersson
    # (S), ordförande"), "vice ordförande" is one; the protocol's next field ("Utses att justera:") ends the
    # attendance; "Kommunstyrelsens beslut" alone heads the decision under it; "anmäler jäv" declares
    record = parse(page([
        (57, 60, "SAMMANTRÄDESPROTOKOLL"), (57, 76, "Kommunstyrelsen"), (57, 100, "Sammanträdesdatum 2024-03-12"),
        (57, 116, "Plats och tid: Kommunhuset, Sessionssalen, kl. 13.00–15.30"),
        (57, 132, "Beslutande: Anna Andersson (S), ordförande, Erik Berg (M), vice ordförande, Maria Lind (C)"),
        (57, 148, "Övriga närvarande: Karin Sjö, kommundirektör, Per Dahl, nämndsekreterare"),
        (57, 164, "Utses att justera: Erik Berg"),
        (57, 200, "§ 46 Godkännande av dagordning"), (57, 216, "Kommunstyrelsens beslut"), (57, 232, "Dagordningen godkänns."),
        (57, 258, "§ 47 Budget 2025"),
        (57, 274, "Maria Lind (C) anmäler jäv och deltar inte i handläggningen av ärendet."),
        (57, 290, "Kommunstyrelsens beslut"),
        (57, 306, "Kommunstyrelsen föreslår kommunfullmäktige att fastställa budget 2025 enligt förslaget."),
    ], bold={0, 1, 7, 8, 10, 12}))
    assert record.venue == "Kommunhuset, Sessionssalen"
    assert [(p.name, p.role) for p in record.present] == [
        ("Anna Andersson", "ordförande"), ("Erik Berg", "vice ordförande"), ("Maria Lind", None)]
    assert [(p.name, p.role) for p in record.in_attendance] == [("Karin Sjö", "kommundirektör"), ("Per Dahl", "nämndsekreterare")]
    assert [m.resolutions for m in record.items] == [
        ["Dagordningen godkänns."], ["Kommunstyrelsen föreslår kommunfullmäktige att fastställa budget 2025 enligt förslaget."]]
    assert [(d.member, d.item, d.interest) for d in record.declarations] == [("Maria Lind", "47", "jäv")]


def test_parties_in_brackets_are_no_office():
    # English, Irish, Swedish and Finnish members listed with their parties; a single letter is a party only in a
    # list naming two or more (counter-example: a parish's "Cllr Smith (C)", an office in brackets)
    from extract.parse.people import parse_people
    people = parse_people("Councillor A Smith (Con), Councillor B Jones (Lab) and Councillor C Brown (LD)")
    assert [(p.name, p.role) for p in people] == [("A Smith", None), ("B Jones", None), ("C Brown", None)]
    people = parse_people("Matti Virtanen (kok), puheenjohtaja, Liisa Korhonen (sd)")
    assert [(p.name, p.role) for p in people] == [("Matti Virtanen", "puheenjohtaja"), ("Liisa Korhonen", None)]
    assert [(p.name, p.role) for p in parse_people("Cllr M Doyle (FG)")] == [("M Doyle", None)]
    assert [(p.name, p.role) for p in parse_people("Cllr Smith (C)")] == [("Smith", "C")]
    assert [(p.name, p.role) for p in parse_people("Mr J Smith (CEO)")] == [("J Smith", "CEO")]


def test_a_japanese_town_committee_record_s_fields_close_and_place():
    # probe of a Japanese town's standing committee record: its fields numbered in full-width digits, the close
    # "閉会日時　…午前１１時４５分" and the place "場所　第１委員会室" after a space (no colon), as town and
    # prefectural committees print them (a city's verbatim record closes "［午後３時26分 散会］" instead)
    record = parse(page([
        (200, 60, "総務常任委員会記録"),
        (60, 90, "１　開会日時　令和６年６月１２日（水）午前１０時００分"),
        (60, 106, "２　閉会日時　令和６年６月１２日（水）午前１１時４５分"),
        (60, 122, "３　場所　第１委員会室"),
        (60, 138, "４　出席委員（２名）"), (80, 154, "委員長　佐藤　一郎　　副委員長　鈴木　花子"),
        (60, 170, "５　欠席委員（１名）"), (80, 186, "委員　渡辺　大輔"),
    ]))
    assert (record.date, record.start, record.end, record.venue) == ("2024-06-12", "10:00", "11:45", "第１委員会室")
    assert [p.role for p in record.present] == ["委員長", "副委員長"]
    # counter-example: the word in a sentence is no field
    from extract.patterns import VENUE
    assert not VENUE.search("場所の確保について協議した。")


def test_a_finnish_protocol_s_authority_in_capitals_parties_and_officers_two_offices():
    # probe of a Finnish municipal board's pöytäkirja (and Sweden's kommun alike): the authority in capitals is
    # recased as the language writes it ("KEMPELEEN KUNTA" is Kempeleen kunta, "HEDEMORA KOMMUN" Hedemora kommun);
    # a member a line with her party ("Anu Koskinen (kesk)") has no office; an officer's second office after the
    # first is hers too ("Timo Järvinen, kunnanjohtaja, esittelijä")
    record = parse(page([
        (57, 60, "KEMPELEEN KUNTA"), (57, 80, "PÖYTÄKIRJA 4/2024"), (57, 100, "Kunnanhallitus"),
        (57, 120, "Kokousaika: 12.3.2024 klo 17.00–19.15"),
        (57, 146, "Läsnä: Matti Virtanen (kok), puheenjohtaja, Liisa Korhonen (sd), varapuheenjohtaja"),
        (57, 172, "Poissa: Anu Koskinen (kesk)"),
        (57, 198, "Muut läsnäolijat: Timo Järvinen, kunnanjohtaja, esittelijä, Hanna Lehtonen, hallintojohtaja"),
        (57, 224, "§ 31 Kokouksen laillisuus ja päätösvaltaisuus"), (57, 240, "Päätös"),
        (57, 256, "Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi."),
    ], bold={0, 1, 2, 7, 8}))
    assert record.body == "Kempeleen kunta"
    assert [(p.name, p.role) for p in record.present] == [("Matti Virtanen", "puheenjohtaja"), ("Liisa Korhonen", "varapuheenjohtaja")]
    assert [(p.name, p.role) for p in record.absent] == [("Anu Koskinen", None)]
    assert [(p.name, p.role) for p in record.in_attendance] == [
        ("Timo Järvinen", "kunnanjohtaja, esittelijä"), ("Hanna Lehtonen", "hallintojohtaja")]
    assert record.items[0].resolutions == ["Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi."]
    # counter-examples: an English council's name in capitals, and a member with one office
    from extract.parse.heading import title_case
    from extract.parse.people import parse_people
    assert title_case("KENT COUNTY COUNCIL") == "Kent County Council"
    assert [(p.name, p.role) for p in parse_people("Alan Armstrong, EDC")] == [("Alan Armstrong", "EDC")]


def test_a_quebec_motion_no_one_seconds_is_moved_and_carried():
    # probe of a Quebec municipality: its councils need no seconder ("Il est proposé par … et résolu de …"), so the
    # motion is its mover's and carried in its sentence; one seconded reads as before (counter-example)
    record = parse(page([
        (31, 31, "MUNICIPALITÉ DE SAINT-ALBAN"),
        (31, 60, "1. LEVÉE DE LA SÉANCE"),
        (31, 76, "Il est proposé par Monsieur le conseiller Pierre Roy et résolu de lever la séance à 20 h 15."),
        (31, 102, "2. ADOPTION DE L'ORDRE DU JOUR"),
        (31, 118, "Il est proposé par Madame la conseillère Julie Tremblay, appuyé par Monsieur le conseiller Marc Côté et"),
        (31, 134, "résolu d'adopter l'ordre du jour tel que présenté."),
    ], bold={0, 1, 3}))
    assert [(m.mover, m.seconder, m.result) for item in record.items for m in item.motions] == [
        ("Pierre Roy", None, "carried"), ("Julie Tremblay", "Marc Côté", "carried")]


def test_a_resolution_led_by_its_mover_and_seconder_in_capitals():
    # probe of a New South Wales council's minutes ("RESOLVED ON THE MOTION OF COUNCILLOR EVANS, seconded by
    # COUNCILLOR MARTIN," over "THAT …", as Irish councils write "On the motion of …" in mixed case): the decision is
    # what follows the movers, the motion theirs and carried; a surname in capitals after a member's title is a name,
    # no acronym ("COUNCILLOR BERMAN declared …", Scottish "Councillor MACKAY")
    record = parse(page([
        (200, 60, "MINUTES OF Ordinary Meeting"), (200, 75, "on Wednesday, 21 April, 2010"),
        (60, 100, "1 DECLARATIONS OF INTEREST"),
        (60, 115, "COUNCILLOR BERMAN declared a pecuniary interest in Item 10 - EN16/10 Lease of Clubroom."),
        (60, 140, "10 EN16/10 Lease of Clubroom"),
        (60, 155, "RESOLVED ON THE MOTION OF COUNCILLOR SMART, seconded by COUNCILLOR MILLS,"),
        (60, 170, "THAT the lease be approved."),
    ], bold={0, 2, 4}))
    lease = record.items[-1]
    assert lease.resolutions == ["THAT the lease be approved."]
    assert [(m.mover, m.seconder, m.result) for m in lease.motions] == [("SMART", "MILLS", "carried")]
    assert [(d.member, d.item, d.interest) for d in record.declarations] == [("BERMAN", "10", "pecuniary")]
    # counter-example: an acronym after a name is still an office
    from extract.parse.people import parse_people
    assert [(p.name, p.role) for p in parse_people("Alan Armstrong, EDC")] == [("Alan Armstrong", "EDC")]


def test_members_leaving_and_returning_in_french_swedish_finnish_and_welsh():
    # probes of a Quebec council, Swedish and Finnish boards and a Welsh community council: who left the meeting
    # and who came back, in each language's word order (DEPARTURE_IN_OTHER_LANGUAGES); the meeting's own close is none
    found = minutes.find_departures([
        ("5", "Monsieur le conseiller Marc Côté quitte la séance à 20 h 05."),
        ("5", "Monsieur le conseiller Marc Côté reprend son siège."),
        ("47", "Maria Lind lämnar sammanträdet kl. 14.10."),
        ("32", "Pekka Heikkinen poistui kokouksesta asian käsittelyn ajaksi."),
        ("5", "Gadawodd y Cynghorydd Gwyn Parry y cyfarfod."),
        ("6", "Daeth y Cynghorydd Gwyn Parry yn ôl i'r cyfarfod."),
        ("9", "Daeth y cyfarfod i ben am 8.45yh."), ("9", "La séance est levée à 20 h 15."),
        ("7", "Datganodd y Cynghorydd Mair Hughes fuddiant sy'n rhagfarnu yn eitem 7 a gadawodd y cyfarfod."),
    ])
    assert [(d.name, d.event, d.time, d.item) for d in found] == [
        ("Marc Côté", "left", "20:05", "5"), ("Marc Côté", "arrived", None, "5"), ("Maria Lind", "left", "14:10", "47"),
        ("Pekka Heikkinen", "left", None, "32"), ("Gwyn Parry", "left", None, "5"), ("Gwyn Parry", "arrived", None, "6"),
        ("Mair Hughes", "left", None, "7")]


def test_a_french_commune_s_opening_hour_in_words_and_a_proxy_that_is_no_office():
    # probe of a French commune's procès-verbal: the legal formula's hour in words ("… le quatorze mai à vingt
    # heures, le conseil municipal …", "à dix-neuf heures trente") is when it opened; an absent member's proxy
    # ("pouvoir à M. Paul Bernard", as Coulon's "pouvoir à Isabelle HÉHUNSTRE") is no office
    record = parse(page([
        (200, 60, "COMMUNE DE SAINT-GENIS"), (200, 76, "Séance du mardi 14 mai 2024"),
        (57, 100, "L'an deux mille vingt-quatre, le quatorze mai à vingt heures, le conseil municipal de la commune de"),
        (57, 114, "Saint-Genis, dûment convoqué, s'est réuni en session ordinaire à la mairie."),
        (57, 140, "Présents : M. Jean Dupont, Mme Claire Martin."),
        (57, 156, "Absents excusés : Mme Anne Leroy (pouvoir à M. Paul Bernard), M. Henri Roux."),
        (57, 180, "La séance est levée à 21 h 30."),
    ], bold={0, 1}))
    assert (record.start, record.end) == ("20:00", "21:30")
    assert [(p.name, p.role) for p in record.apologies] == [("Anne Leroy", None), ("Henri Roux", None)]
    # counter-examples: numbers of other things in words are no hour
    from extract.text import find_times
    assert find_times("à dix-neuf heures trente") == [(0, "19:30")]
    assert find_times("Le point est reporté à deux reprises, pendant deux heures.") == []


def test_a_french_commune_s_numbered_deliberations_are_its_minutes():
    # probe of a French commune: each deliberation is numbered ("Délibération n° 2024-015 : Approbation du compte
    # administratif 2023") and decided in the legal formula ("Le conseil municipal, après en avoir délibéré, à
    # l'unanimité, APPROUVE …"); a year-numbered line without the label is no minute (counter-example)
    record = parse(page([
        (200, 60, "COMMUNE DE SAINT-GENIS"), (200, 76, "Séance du mardi 14 mai 2024"),
        (57, 100, "Présents : M. Jean Dupont, Mme Claire Martin."),
        (57, 126, "Délibération n° 2024-015 : Approbation du compte administratif 2023"),
        (57, 142, "Le conseil municipal, après en avoir délibéré, à l'unanimité, APPROUVE le compte administratif 2023."),
        (57, 168, "Délibération n° 2024-016 : Tarifs de la cantine scolaire"),
        (57, 184, "Le conseil municipal, après en avoir délibéré, par 5 voix pour et 1 abstention, FIXE les tarifs."),
    ], bold={0, 1, 3, 5}))
    assert [(m.number, m.title) for m in record.items] == [
        ("2024-015", "Approbation du compte administratif 2023"), ("2024-016", "Tarifs de la cantine scolaire")]
    assert record.items[0].resolutions == [
        "Le conseil municipal, après en avoir délibéré, à l'unanimité, APPROUVE le compte administratif 2023."]
    from extract.patterns import MINUTE_HEADING
    assert not MINUTE_HEADING.match("2024-015 Something else")


def test_attendance_in_a_table_of_the_meeting_s_fields():
    # probes of an English parish and a Swedish board whose first page is a table of fields: the cell beside an
    # attendance label ("Present | Cllr A Smith (Chair), …", "Beslutande | Eva Nord (S), ordförande, …") lists its
    # people (labelled_rows); a field of another kind ("Utses att justera | Olle Strand") lists no one
    from extract.parse.minutes import attendance_table
    from extract.read import TableRegion
    table = TableRegion(top=100, bottom=200, rows=[
        ["Present", "Cllr A Smith (Chair), Cllr B Jones"], ["Apologies", "Cllr D Eve"],
        ["In attendance", "Mrs J Todd (Clerk)"], ["Utses att justera", "Olle Strand"]])
    found = attendance_table(table)
    assert [(p.name, p.role) for p in found.present] == [("A Smith", "Chair"), ("B Jones", None)]
    assert [p.name for p in found.apologies] == ["D Eve"]
    assert [(p.name, p.role) for p in found.in_attendance] == [("J Todd", "Clerk")]
    table = TableRegion(top=100, bottom=200, rows=[
        ["Plats och tid", "Kommunhuset, kl. 08.30–11.45"], ["Beslutande", "Eva Nord (S), ordförande, Olle Strand (M)"]])
    assert [(p.name, p.role) for p in attendance_table(table).present] == [("Eva Nord", "ordförande"), ("Olle Strand", None)]
    # and "Barn- och utbildningsnämndens beslut" alone heads the decision, as "Kommunstyrelsens beslut" does
    from extract.patterns import DECISION_FIELD
    assert DECISION_FIELD.match("Barn- och utbildningsnämndens beslut") and not DECISION_FIELD.match("Förslag till beslut")


def test_the_sitting_and_place_in_a_table_of_the_meeting_s_fields():
    # probe of a Swedish board's first page set as a table ("Plats och tid | Kommunhuset, Sessionssalen, kl.
    # 08.30–11.45"): where the heading's lines give neither, the table's fields give the place and the sitting
    from extract.parse.minutes import closing_time, find_venue, opening_time, table_field_lines
    from extract.read import TableRegion
    fields = table_field_lines([TableRegion(top=100, bottom=200, rows=[
        ["Plats och tid", "Kommunhuset, Sessionssalen, kl. 08.30–11.45"], ["Beslutande", "Eva Nord (S), ordförande"]])])
    assert (opening_time(fields), closing_time(fields), find_venue(fields)) == ("08:30", "11:45", "Kommunhuset, Sessionssalen")
    # counter-example: a table of another kind (three columns) gives no fields
    assert table_field_lines([TableRegion(top=100, bottom=200, rows=[["Member", "Present", "Apologies"]])]) == []


def test_a_motion_in_capitals_running_on_over_two_lines_is_the_minutes_text_with_its_mover_and_seconder():
    # probe of a US city council's minutes written in capitals: the motion's first line fills the width, unfinished,
    # the next close under it; it is the minute's text, no heading of a section
    riverton = page([
        (72, 60, "CITY OF RIVERTON"),
        (72, 80, "MINUTES OF THE REGULAR CITY COUNCIL MEETING, TUESDAY, FEBRUARY 4, 2025 AT 7:00 P.M."),
        (72, 110, "1. ROLL CALL"),
        (72, 125, "PRESENT: MAYOR JONES, COUNCILMEMBERS BERMAN, SMITH, AND ORTIZ"),
        (72, 155, "2. CONSENT CALENDAR"),
        (72, 170, "COUNCILMEMBER BERMAN MOVED TO APPROVE THE CONSENT CALENDAR, SECONDED BY", 530),
        (72, 183, "COUNCILMEMBER SMITH. MOTION CARRIED 4-0."),
        (72, 213, "3. PROCLAMATIONS"),
        (72, 228, "THE MAYOR READ A PROCLAMATION."),
        # counter-example: a heading in capitals set apart, short of the width, over the text
        (72, 258, "COUNCIL COMMUNICATIONS"),
        (72, 288, "COUNCILMEMBER ORTIZ REPORTED ON THE LIBRARY BOARD."),
    ])
    record = parse(riverton)
    sections = minutes.cut_minutes(DocumentSpan(kind="minutes", pages=[riverton])).sections
    assert [s.title for s in sections if not s.number] == ["COUNCIL COMMUNICATIONS"]
    assert [(m.number, m.title) for m in record.items] == [("1", "ROLL CALL"), ("2", "CONSENT CALENDAR"),
                                                          ("3", "PROCLAMATIONS")]
    assert [p.name for p in record.present] == ["JONES", "BERMAN", "SMITH", "ORTIZ"]
    [motion] = record.items[1].motions
    assert (motion.mover, motion.seconder, motion.result, motion.vote) == ("BERMAN", "SMITH", "carried", "4-0")


def test_a_members_motion_in_swedish_and_finnish_protocols_names_its_mover_and_seconder():
    # probes of a Swedish municipal board's and a Finnish city board's protocols: a member's motion ("yrkar",
    # "föreslog", "ehdotti") and who supported it ("understödd av", "kannatti") under the minute, the decision below
    sections = [(100, "12 § Detaljplan för Västra Strand"), (112, "Erik Berg (M) yrkar avslag till förslaget."),
                (124, "Lisa Holm föreslog, understödd av Karl Nyström, att ärendet återremitteras."),
                (136, "Beslut"), (148, "Byggnadsnämnden beslutar att anta detaljplanen."),
                (172, "13 § Talousarvion muutos"),
                (184, "Pekka Mäkinen ehdotti, että asia palautetaan uudelleen valmisteltavaksi."),
                (196, "Anna Laine kannatti ehdotusta."),
                (208, "Päätös"), (220, "Kaupunginhallitus päätti hyväksyä esittelijän ehdotuksen."),
                (244, "14 § Val av justerare"), (256, "Beslut"),
                # counter-example: the preparer's proposal is a field, no member's motion
                (268, "Stadsdirektörens förslag:"), (280, "Nämnden utser Erik Berg att justera protokollet.")]
    record = parse(page([(71, 60, "Byggnadsnämnden"), (71, 74, "Sammanträdesdatum 2025-02-12")]
                        + [(71, top, text) for top, text in sections]))
    motions = {m.number: [(x.mover, x.seconder) for x in m.motions] for m in record.items}
    assert motions == {"12": [("Erik Berg", None), ("Lisa Holm", "Karl Nyström")],
                       "13": [("Pekka Mäkinen", "Anna Laine")], "14": []}
    assert record.items[0].resolutions == ["Byggnadsnämnden beslutar att anta detaljplanen."]


def test_a_roll_call_table_without_its_header_and_a_vote_beside_the_seconder():
    # probe of a Minnesota city council's minutes: "B. ROLL CALL" over one member a row, name, office and status;
    # the vote set on the seconder's line beside the name
    record = parse(page([
        (72, 60, "CITY COUNCIL MEETING MINUTES, Monday, March 24, 2025"),
        (72, 90, "A. CALL TO ORDER"),
        (72, 105, "A meeting of the City Council was called to order at 7:00 p.m. by Mayor Abrams."),
        (72, 135, "B. ROLL CALL"),
        (72, 150, "Marylee Abrams, Mayor Present"),
        (72, 164, "Kathleen Juenemann, Councilmember Present"),
        (72, 178, "Nikki Villavicencio, Councilmember Absent"),
        (72, 208, "C. APPROVAL OF AGENDA"),
        (72, 223, "Councilmember Juenemann moved to approve the agenda as submitted."),
        (72, 237, "Seconded by Councilmember Abrams Ayes – All"),
        (72, 251, "The motion passed."),
        (72, 281, "D. RECOGNITIONS"),
        # counter-example: one such line under another minute is a sentence, no table
        (72, 296, "Officer Daniel Ruiz Present"),
    ]))
    assert [(p.name, p.role) for p in record.present] == [("Marylee Abrams", "Mayor"), ("Kathleen Juenemann", None)]
    assert [p.name for p in record.absent] == ["Nikki Villavicencio"]
    [motion] = record.items[2].motions
    assert (motion.mover, motion.seconder, motion.result) == ("Juenemann", "Abrams", "carried")


def test_a_decision_labelled_resolved_under_its_proposer_and_seconder():
    # probe of a Northern Irish district council's planning committee: "Proposed by …" / "Seconded by … and" over
    # "Resolved That …", the label in bold
    record = parse(page([
        (72, 60, "Minutes of Meeting of the Planning Committee of Mid Ulster District Council held on 4 February 2025"),
        (72, 90, "Members Present: Councillor Clarke (Chair), Councillors Black, Brown and Quinn"),
        (72, 120, "P017/25 Receive and Confirm Minutes"),
        (72, 135, "Proposed by Councillor Brown"),
        (72, 149, "Seconded by Councillor Quinn and"),
        (72, 163, "Resolved That the minutes of the meeting held on 7 January 2025 were signed as accurate."),
        (72, 193, "P018/25 Chair's Business"),
        # counter-example: "resolved that" in a sentence stays prose
        (72, 208, "The Chair noted that the matter had been resolved that morning."),
    ], bold=(5,)))
    assert record.items[0].resolutions == ["That the minutes of the meeting held on 7 January 2025 were signed as accurate."]
    assert [(m.mover, m.seconder) for m in record.items[0].motions] == [("Brown", "Quinn")]
    assert record.items[1].resolutions == []


def test_a_roll_call_that_gives_no_count_gives_no_tally():
    # Probe of an Illinois village board's minutes: "Ayes: all present." names nobody and counts nothing; the
    # tally had been "0-0", published as fact.
    [motion] = minutes.find_motions(["Motion by Trustee Kline, second by Trustee Feld, to adjourn to executive session.",
                                     "Ayes: all present.", "Motion carried."])
    assert (motion.mover, motion.result, motion.vote) == ("Kline", "carried", None)
    # Counter-example (a US city's minutes): "Nays: None" is a count of none.
    [motion] = minutes.find_motions(["Motion by Trustee Feld, second by Trustee Rivera, to approve the minutes.",
                                     "Ayes: Feld, Rivera, Novak", "Nays: None", "Motion carried."])
    assert motion.vote == "3-0"


def test_a_motion_duly_made_names_its_mover_and_seconder():
    # probe of a California county's board of supervisors: "Upon motion duly made by …" as US county boards word it
    record = parse(page([
        (72, 60, "BOARD OF SUPERVISORS MINUTES, Tuesday, February 11, 2025"),
        (72, 80, "Supervisors Present: Chair Kollin Kosmicki, Supervisor Mindy Sotelo, Supervisor Dom Zanger"),
        (72, 110, "3. Resolution No. 2025-14 Authorizing Road Repairs"),
        (72, 125, "Upon motion duly made by Supervisor Zanger and seconded by Chair Kosmicki, Resolution No. 2025-14"),
        (72, 139, "was adopted by a 4-0 vote."),
        (72, 169, "4. Closed Session"),
        # counter-example: a minute that records no motion has none
        (72, 184, "The Board adjourned to closed session at 10:15 a.m."),
    ]))
    [motion] = record.items[0].motions
    assert (motion.mover, motion.seconder, motion.result, motion.vote) == ("Zanger", "Kosmicki", "carried", "4-0")
    assert record.items[1].motions == []


def test_proposer_and_seconder_fields_one_a_line_over_the_decision():
    # probe of an English town council: "Proposed: Cllr Bentley" / "Seconded: Cllr Frost" / "Resolved: …" under
    # minutes numbered "FC/24/101", a declaration naming such a number
    record = parse(page([
        (72, 60, "Minutes of the Full Council Meeting of Hebden Royd Town Council held on Thursday 16 January 2025"),
        (72, 80, "Present: Cllr A Lord (Town Mayor), Cllr J Bentley, Cllr K Frost, Cllr P Holt"),
        (72, 110, "FC/24/102 To receive declarations of interest"),
        (72, 125, "Cllr Holt declared a non-registrable interest in item FC/24/105 as a trustee of the Picture House."),
        (72, 155, "FC/24/105 Picture House lease"),
        (72, 170, "Proposed: Cllr Frost"),
        (72, 184, "Seconded: Cllr Bentley"),
        (72, 198, "Resolved: to renew the lease for a further five years."),
        (72, 228, "FC/24/106 Proposed Changes to the Standing Orders"),
        # counter-example: a title that proposes moves nothing
        (72, 243, "The Clerk presented the draft; it will be considered at the next meeting."),
    ]))
    assert [(d.member, d.item) for d in record.declarations] == [("Holt", "FC/24/105")]
    lease = record.items[1]
    assert lease.resolutions == ["to renew the lease for a further five years."]
    assert [(m.mover, m.seconder) for m in lease.motions] == [("Frost", "Bentley")]
    assert record.items[2].motions == []


def test_a_lettered_appendix_ends_its_sentence():
    # Probe of an Ontario town's minutes: a motion ending "… as outlined in Appendix A." over "Carried" had kept
    # "Carried" in its text, "A." read as an initial.
    assert sentences_of(["That Council approve the 2026 road resurfacing program as outlined in Appendix A. Carried"]) \
        == ["That Council approve the 2026 road resurfacing program as outlined in Appendix A.", "Carried"]
    [motion] = minutes.find_motions(["Moved by: Deputy Mayor Abbott", "Seconded by: Councillor Dubois",
                                     *sentences_of(["That Council approve the program as outlined in Appendix A. Carried"])])
    assert (motion.text, motion.result) == ("That Council approve the program as outlined in Appendix A.", "carried")
    # Counter-example: an initial still stays with its surname (an English parish's minutes).
    assert sentences_of(["Proposed by Cllr. W. Loynton and seconded by Cllr. K. Davies."]) == \
        ["Proposed by Cllr. W. Loynton and seconded by Cllr. K. Davies."]


def test_attendance_in_the_sentences_of_a_village_boards_roll_call():
    # probe of a US village board of trustees: who called the meeting to order presides and is present, the
    # trustees present are named by their title, the officers each by office and name, joined by "and"
    record = parse(page([
        (72, 60, "MINUTES OF THE REGULAR MEETING OF THE BOARD OF TRUSTEES, March 4, 2025"),
        (72, 90, "1. CALL TO ORDER AND ROLL CALL"),
        (72, 105, "President Dana Wills called the meeting to order at 7:00 p.m. The following Trustees were present:", 530),
        (72, 119, "Trustee Ken Adams, Trustee Maria Lopez and Trustee Rita Feld. Trustee Sam Rivera was absent. Also", 530),
        (72, 133, "present were Village Administrator Tom Harris and Village Clerk Amy Chen."),
        (72, 163, "2. APPROVAL OF MINUTES"),
        (72, 178, "Trustee Adams moved, seconded by Trustee Lopez, to approve the minutes. Motion carried."),
    ]))
    assert [(p.name, p.role) for p in record.present] == [("Ken Adams", None), ("Maria Lopez", None),
                                                          ("Rita Feld", None), ("Dana Wills", "President")]
    assert [p.name for p in record.absent] == ["Sam Rivera"]
    assert [(p.name, p.role) for p in record.in_attendance] == [("Tom Harris", "Village Administrator"),
                                                                ("Amy Chen", "Village Clerk")]
    # Counter-example: a meeting called to order by nobody named adds nobody; one listed already is not repeated
    record = parse(page([
        (72, 60, "MINUTES OF THE REGULAR MEETING OF THE BOARD OF TRUSTEES, March 4, 2025"),
        (72, 90, "1. CALL TO ORDER"),
        (72, 105, "The meeting was called to order at 7:00 p.m. by Trustee Adams."),
        (72, 120, "Present: Trustee Ken Adams, Trustee Maria Lopez"),
    ]))
    assert [p.name for p in record.present] == ["Ken Adams", "Maria Lopez"]


def test_a_western_australian_councils_decision_and_attendance_fields():
    # probe of a Western Australian shire's council: "Members:" / "Employees:" under "2. ATTENDANCE"; "COUNCIL
    # DECISION" over the mover's and seconder's fields and the decision
    record = parse(page([
        (72, 60, "MINUTES OF THE ORDINARY COUNCIL MEETING HELD ON WEDNESDAY 26 FEBRUARY 2025 AT 5.00PM"),
        (72, 90, "2. ATTENDANCE"),
        (72, 105, "Members: Cr Julia Meldrum (Shire President), Cr Kylie Kennaugh, Cr Ben Rose"),
        (72, 119, "Employees: Andrew Campbell (Chief Executive Officer)"),
        (72, 149, "10.1 DELEGATED AUTHORITY REGISTER"),
        # counter-example: the officer's recommendation is no decision
        (72, 164, "OFFICER RECOMMENDATION:"),
        (72, 178, "That Council notes the Delegated Authority Register 2025."),
        (72, 192, "COUNCIL DECISION"),
        (72, 206, "Moved: Cr Ben Rose Seconded: Cr Kylie Kennaugh"),
        (72, 220, "That Council adopts the Delegated Authority Register 2025."),
        (72, 234, "CARRIED 3/0"),
    ]))
    assert [p.name for p in record.present] == ["Julia Meldrum", "Kylie Kennaugh", "Ben Rose"]
    assert [(p.name, p.role) for p in record.in_attendance] == [("Andrew Campbell", "Chief Executive Officer")]
    [item] = [m for m in record.items if m.number == "10.1"]
    assert [(m.mover, m.seconder, m.result) for m in item.motions] == [("Ben Rose", "Kylie Kennaugh", "carried")]
    assert len(item.resolutions) == 1 and "adopts" in item.resolutions[0]
    # the proposition run on after the seconder's field is no part of the name
    [motion] = minutes.find_motions(["Moved: Cr Ben Rose Seconded: Cr Paula Cristoffanini That Council adopts the "
                                     "Delegated Authority Register 2025.", "LOST 1/3"])
    assert (motion.mover, motion.seconder, motion.result) == ("Ben Rose", "Paula Cristoffanini", "failed")


def test_a_seconder_named_by_office_without_by():
    # probe of a Queensland regional council: "Moved Cr McMahon, seconded Deputy Mayor Vonhoff" over the proposition
    [motion] = minutes.find_motions(["Moved Cr McMahon, seconded Deputy Mayor Vonhoff",
                                     "That Council approves the development application subject to conditions.",
                                     "Carried 5/1"])
    assert (motion.mover, motion.seconder, motion.result, motion.vote) == ("McMahon", "Vonhoff", "carried", "5-1")
    # Counter-example: a proposal about the mayor's office names no seconder
    assert minutes.find_motions(["The proposed Mayoral allowance was noted."]) == []


def test_none_under_the_apologies_minute_is_nobody_in_welsh_too():
    # probe of a Welsh community council's minutes: "Dim." (none) under the apologies; an English parish council's
    # "Nil" likewise. Counter-example: a member whose name begins so ("Cllr Dimitri Pappas") sent apologies
    for none, sent in (("Dim.", []), ("Nil", []), ("Cllr Dimitri Pappas", ["Dimitri Pappas"])):
        record = parse(page([
            (89, 53, "Llanddona Community Council - 14th May 2024"),
            (89, 84, "Present: Councillors G Roberts (Chair), H Williams, E Jones"),
            (89, 146, "24/41 Apologies"), (89, 162, none),
            (89, 193, "24/42 Minutes"), (89, 209, "RESOLVED: That the minutes of 9 April 2024 be approved."),
        ], bold=(2, 4)))
        assert [p.name for p in record.apologies] == sent


def test_a_committees_initials_before_a_minute_number_from_one_open_minutes():
    # probe of an English parish council's planning committee: "PL.1 APOLOGIES" under "Also present:" is its first
    # minute, not a person also present. Counter-example: "NO.1" (a number, as "No. 1" is) opens no minute
    record = parse(page([
        (89, 53, "Ashwell Parish Council Planning Committee - 3rd June 2024"),
        (89, 84, "Present: Cllr A Smith (Chairman), Cllr B Jones, Cllr C Brown"),
        (89, 100, "Also present: Mrs E White (Parish Clerk)"),
        (89, 131, "PL.1 APOLOGIES"), (89, 147, "Cllr D Green."),
        (89, 178, "PL.2 DECLARATIONS OF INTEREST"), (89, 194, "None."),
        (89, 225, "PL.3 MINUTES"), (89, 241, "RESOLVED: That the minutes of 6 May 2024 be signed."),
    ], bold=(3, 5, 7)))
    assert [(m.number, m.title) for m in record.items] == [
        ("PL.1", "APOLOGIES"), ("PL.2", "DECLARATIONS OF INTEREST"), ("PL.3", "MINUTES")]
    assert [p.name for p in record.in_attendance] == ["E White"]
    assert [p.name for p in record.apologies] == ["D Green"]
    assert minutes.MINUTE_HEADING.match("NO.1 Main Street was resurfaced") is None


NORWEGIAN_PROTOCOL = page([
    (89, 53, "Bø kommune"), (89, 69, "MØTEPROTOKOLL"), (89, 85, "Kommunestyret"),
    (89, 101, "Møtedato: 12.03.2026"), (89, 117, "Tid: 18:00 - 21:15"),
    (89, 133, "Til stede: Ola Nordmann (ordfører), Kari Hansen (varaordfører), Per Olsen"),
    (89, 149, "Forfall: Nina Lie, Tor Bakke"),
    (89, 165, "Varamedlemmer: Eva Strand for Nina Lie"),
    (89, 181, "Fra administrasjonen: Rune Aas (kommunedirektør)"),
    (89, 212, "Saksliste"),
    (89, 243, "PS 12/26 Godkjenning av innkalling og saksliste"),
    (89, 259, "Vedtak: Innkalling og saksliste godkjennes."),
    (89, 290, "PS 13/26 Budsjettjustering 2026"),
    (89, 306, "Vedtak: Budsjettjustering 2026 vedtas."),
    (89, 337, "PS 14/26 Reguleringsplan for Bø sentrum"),
    (89, 353, "Saken ble utsatt."),
], bold=(1, 9, 10, 12, 14))


def test_a_norwegian_protocol_records_its_attendance_decisions_and_sitting():
    # probe of a Norwegian kommunestyre's møteprotokoll (a Danish byråd's referat labels its fields alike:
    # "Deltagere:", "Afbud:", "Beslutning:", "Sagen blev udsat.")
    record = parse(NORWEGIAN_PROTOCOL)
    assert (record.start, record.end) == ("18:00", "21:15")
    assert [(p.name, p.role) for p in record.present] == [
        ("Ola Nordmann", "ordfører"), ("Kari Hansen", "varaordfører"), ("Per Olsen", None)]
    assert [p.name for p in record.apologies] == ["Nina Lie", "Tor Bakke"]
    assert [p.name for p in record.substitutes] == ["Eva Strand"]
    assert [(p.name, p.role) for p in record.in_attendance] == [("Rune Aas", "kommunedirektør")]  # not "Saksliste"
    items = {m.number: m for m in record.items}
    assert items["PS 12/26"].resolutions == ["Innkalling og saksliste godkjennes."]
    assert (items["PS 14/26"].outcome, items["PS 14/26"].resolutions) == ("deferred", [])
    from extract.patterns import DECISION_FIELD, ITEM_DEFERRED, MINUTES_TITLE
    assert MINUTES_TITLE.search("MØTEPROTOKOLL") and MINUTES_TITLE.search("Referat")
    assert DECISION_FIELD.match("Beslutning: Dagsordenen blev godkendt.") and ITEM_DEFERRED.search("Sagen blev udsat.")
    # Counter-examples: a proposal for a decision is none, a case agreed is not deferred, and the item approving the
    # last protocol titles no minutes
    assert not DECISION_FIELD.match("Forslag til vedtak: Budsjettet vedtas.")
    assert not ITEM_DEFERRED.search("Saken ble vedtatt.")
    assert not MINUTES_TITLE.search("Godkjenning av protokoll fra forrige møte")


def test_a_new_zealand_pair_over_its_result_in_mixed_case_closes_the_resolution_above():
    # probe of a New Zealand district council's minutes: "Goddard/Todd Carried" under the resolution, the result in
    # mixed case as in capitals ("Cr Young/Mayor Tane CARRIED"); the apology the resolution receives is an apology
    nz = minutes.find_motions(["That the apology of Councillor Dan Tasker be received and leave of absence granted.",
                               "Goddard/Todd Carried"])
    assert [(m.mover, m.seconder, m.result, m.text) for m in nz] == [
        ("Goddard", "Todd", "carried", "That the apology of Councillor Dan Tasker be received and leave of absence granted.")]
    apology = minutes.PROSE_APOLOGIES.search(nz[0].text)
    assert apology and apology.group("received").strip() == "Councillor Dan Tasker"
    # Counter-examples: a US board's pair before its verb is the motion's own text; an apology of the council is none
    us = minutes.find_motions(["Smith/Jones moved to approve the agenda. Motion carried 5-0."])
    assert [(m.mover, m.seconder, m.text) for m in us] == [("Smith", "Jones", "Smith/Jones moved to approve the agenda.")]
    assert not minutes.PROSE_APOLOGIES.search("That the apology of the Council to the residents be noted in the letter.")


def test_a_northern_irish_committees_letter_and_number_within_the_year_and_its_proposal_resolved():
    # probe of a Northern Irish council's planning committee: "P1/24 …" numbers its minutes from 1 in the year after
    # the committee's letter, and "Proposed by …" / "Seconded by … and" / "RESOLVED That …" is a motion carried
    record = parse(page([
        (89, 53, "Armagh City, Banbridge and Craigavon Borough Council - 6 March 2024"),
        (89, 84, "Present: Councillor J Speers (Chair), Councillors M Baker, K Dawson, P Donnelly"),
        (89, 115, "P1/24 DECLARATIONS OF INTEREST"), (89, 131, "None."),
        (89, 162, "P2/24 LA08/2023/1234/F – 12 Main Street, Banbridge"),
        (89, 178, "Proposed by Councillor Donnelly"), (89, 194, "Seconded by Councillor Baker and"),
        (89, 210, "RESOLVED That planning permission be refused."),
        (89, 241, "P3/24 LA08/2023/2234/O – Land at Mill Road"),
        (89, 257, "This application was withdrawn by the applicant."),
    ], bold=(2, 4, 8)))
    assert [m.number for m in record.items] == ["P1/24", "P2/24", "P3/24"]
    motion = record.items[1].motions[0]
    assert (motion.mover, motion.seconder, motion.result) == ("Donnelly", "Baker", "carried")
    assert record.items[2].outcome == "withdrawn"
    # Counter-examples: a planning reference in a sentence opens no minute; a proposal put and lost stays lost though a
    # decision is resolved after it (an English council's amendment)
    assert minutes.MINUTE_HEADING.match("PL1234/25 was granted permission by the Borough Council.") is None
    lost = minutes.find_motions(["Proposed by Councillor Donnelly, seconded by Councillor Baker, that permission be granted.",
                                 "On being put to the vote the motion was lost.", "RESOLVED That permission be refused."])
    assert lost[0].result == "failed"


def test_a_scottish_committees_chair_line_listed_declarations_and_officers_of_several_services():
    # probe of a Highland committee's minutes: who presided on a line of their own under the lists ("Mr K Gowans in
    # the Chair"), the declarations listed item first with the kind in brackets, an officer heading several services
    record = parse(page([
        (89, 53, "The Highland Council - Economy and Infrastructure Committee - 8 February 2024"),
        (89, 84, "Present:"), (89, 100, "Mr R Bremner, Mr J Bruce, Mr D Fraser"),
        (89, 116, "In Attendance:"),
        (89, 132, "Mr M Mackay, Executive Chief Officer, Infrastructure, Environment and Economy"),
        (89, 148, "Ms L Dunn, Principal Committee Officer"),
        (89, 179, "Mr K Gowans in the Chair"),
        (89, 210, "1. Apologies for Absence"), (89, 226, "There were no apologies."),
        (89, 257, "2. Declarations of Interests"), (89, 273, "Item 3: Mr D Fraser (non-financial)"),
        (89, 304, "3. Roads Capital Programme"), (89, 320, "The Committee AGREED to approve the programme."),
    ], bold=(1, 3, 6, 7, 9, 11)))
    assert [(p.name, p.role) for p in record.present][-1] == ("K Gowans", "Chair")
    assert [(p.name, p.role) for p in record.in_attendance] == [
        ("M Mackay", "Executive Chief Officer, Infrastructure, Environment and Economy"),
        ("L Dunn", "Principal Committee Officer")]
    assert [(d.member, d.item, d.interest) for d in record.declarations] == [("D Fraser", "3", "non-financial")]
    # Counter-examples: a member in the chair for one item only is no line of who presided (an English council's
    # minute), and a list of names before an office is no office of several services (a US board's roll call)
    assert minutes.chaired("Councillor A Smith was in the Chair for item 5.") is None
    from extract.parse.people import is_role
    assert not is_role("Shabazz, Tilos and Acting Chair")
    assert not minutes.DECLARATION.search("Item 5: Planning application (deferred)")


def test_all_in_favour_in_the_proposal_carries_it_and_a_nordic_matter_tabled_is_deferred():
    # probe of an English parish council's minutes: "Proposed Cllr Ellis, seconded Cllr Ward, all in favour, that …"
    motion = minutes.find_motions(["Proposed Cllr Ellis, seconded Cllr Ward, all in favour, that the minutes be approved."])[0]
    assert (motion.mover, motion.seconder, motion.result) == ("Ellis", "Ward", "carried")
    # probes of a Finnish kaupunginhallitus's and a Swedish kommunstyrelse's protocols: the matter tabled
    assert minutes.ITEM_DEFERRED.search("Päätös: Asia jätettiin pöydälle.") and minutes.ITEM_DEFERRED.search("Ärendet bordläggs.")
    # Counter-examples: a proposal to speak in favour of a scheme says no result (an English district council's
    # consultation response), and a matter noted (Finnish "merkittiin tiedoksi") is not deferred
    response = minutes.find_motions(["Proposed by Cllr Ellis, seconded by Cllr Ward, that the council write in favour "
                                     "of the scheme."])
    assert [m.result for m in response] == [None]
    assert not minutes.ITEM_DEFERRED.search("Asia merkittiin tiedoksi.")


def test_a_legistar_motion_on_its_own_matter_stays_under_the_consent_calendars_only_item():
    # probe of a city council's Legistar minutes: "that this Minutes be Approved" under "2.A", the calendar's only
    # item, is 2.A's motion; "that this Ordinance be Continued to the Council meeting of June 4, 2024" defers 3.A
    record = parse(page([
        (50, 40, "CITY COUNCIL Meeting Minutes - Final"), (50, 60, "Tuesday, May 7, 2024"),
        (50, 80, "Present: 6 - Councilmember Ana Ruiz, Councilmember Ben Cho, Councilmember Dee Park"),
        (50, 110, "2. CONSENT CALENDAR"), (50, 130, "2.A 24-0312 Approval of the Minutes of April 16, 2024", 330),
        (50, 150, "A motion was made by Councilmember Cho, seconded by Councilmember Park, that this Minutes be"),
        (50, 165, "Approved. The motion carried by the following vote: Aye: 3 - Ruiz, Cho and Park"),
        (50, 190, "3. PUBLIC HEARINGS"), (50, 210, "3.A 24-0298 Ordinance Amending Title 17 Zoning", 330),
        (50, 230, "A motion was made by Councilmember Ruiz, seconded by Councilmember Cho, that this Ordinance be"),
        (50, 245, "Continued to the Council meeting of June 4, 2024. The motion carried by the following vote:"),
        (50, 260, "Aye: 3 - Ruiz, Cho and Park"),
    ], bold={0, 3, 4, 7, 8}))
    items = {m.number: m for m in record.items}
    assert [(mo.mover, mo.seconder) for mo in items["2.A"].motions] == [("Cho", "Park")]
    assert items["2"].motions == []
    assert items["3.A"].outcome == "deferred"
    # Counter-examples: a US board's vote on its consent calendar by its items is the calendar's, and a discussion
    # continued to the end of the meeting defers nothing
    assert not minutes.OWN_MATTER_MOTION.search("Member Nolan moved to approve Consent Calendar items 4-A, 4-B and 4-C.")
    assert not minutes.ITEM_DEFERRED.search("The discussion continued to the end of the meeting.")


def test_a_township_closes_by_resolving_to_adjourn():
    # probe of an Ontario township's minutes: "Be it resolved that we do now adjourn at 10:15 a.m." closes the meeting
    record = parse(page([
        (50, 40, "Township of Oro-Medonte Council Meeting Minutes"), (50, 60, "Wednesday, April 10, 2024 9:00 a.m."),
        (50, 80, "Present: Mayor Randy Greenlaw, Councillor Lori Hutcheson, Councillor John Bard"),
        (50, 110, "5. Adjournment"), (50, 126, "Moved by Bard, Seconded by Hutcheson"),
        (50, 142, "Be it resolved that we do now adjourn at 10:15 a.m."), (50, 158, "Carried."),
    ], bold={0, 3}))
    assert (record.start, record.end) == ("09:00", "10:15")
    # Counter-example: a motion to adjourn a hearing to a later date names no close (an English council's licensing
    # sub-committee), and the meeting's own close still wins where it is recorded after it
    later = parse(page([
        (50, 40, "Licensing Sub-Committee"), (50, 60, "Monday 3 June 2024 at 10.00 am"),
        (50, 80, "Present: Councillor A Smith (Chair), Councillor B Jones"),
        (50, 110, "1. Application for a premises licence"),
        (50, 126, "The Sub-Committee agreed to adjourn the hearing to 17 June 2024 at 2.00 pm."),
        (50, 142, "The meeting closed at 11.20 am."),
    ], bold={3}))
    assert later.end == "11:20"


def test_a_new_zealand_resolution_label_over_a_decision_without_that():
    # probe of a New Zealand district council's minutes: "Resolution" alone over the decision, worded without
    # "That", then the mover/seconder pair and its result; the label names nobody under "Apologies"
    record = parse(page([
        (31, 31, "Ruapehu District Council"), (31, 50, "Council Meeting"), (31, 69, "Wednesday 28 February 2024"),
        (31, 92, "Present: Mayor Weston Kirton, Deputy Mayor Adie Doyle, Cr Janet Gilbert"),
        (31, 120, "1 Apologies"), (31, 138, "Resolution"), (31, 156, "Apologies were received from Cr Lyn Neeson."),
        (31, 174, "Kirton/Doyle Carried"),
        (31, 202, "2 Confirmation of Minutes"), (31, 220, "Resolution"),
        (31, 238, "The minutes of the Council meeting held on 31 January 2024 be confirmed."),
        (31, 256, "Gilbert/Doyle Carried"),
        (31, 284, "3 Road Naming"), (31, 302, "Noted."),
    ], bold={0, 4, 5, 8, 9, 12}))
    assert [p.name for p in record.apologies] == ["Lyn Neeson"]
    assert [[(mo.mover, mo.seconder, mo.result, mo.text) for mo in m.motions] for m in record.items[:2]] == [
        [("Kirton", "Doyle", "carried", "Apologies were received from Cr Lyn Neeson.")],
        [("Gilbert", "Doyle", "carried", "The minutes of the Council meeting held on 31 January 2024 be confirmed.")]]
    assert record.items[1].resolutions == ["The minutes of the Council meeting held on 31 January 2024 be confirmed."]
    # Counter-example: a sentence opening with the word (an English council's update) is no label
    assert not minutes.RESOLVED_BLOCK.match("Resolution of the dispute is expected in May.")


def test_a_resolutions_number_is_no_tally():
    # probe of a California county board's minutes: "Resolution No. 24-15 was adopted." over its roll call
    [motion] = minutes.find_motions([
        "On motion of Supervisor Forsythe, seconded by Supervisor Menetrey, Resolution No. 24-15 was adopted.",
        "AYES: Menetrey, Forsythe, Allen, Smallcombe", "NOES: Ryan"])
    assert (motion.result, motion.vote) == ("carried", "4-1")
    # Counter-example: a US city council's count after its result is the tally
    assert minutes.find_motions(["Motion by Councilmember Brown, seconded by Councilmember Ortiz, to approve the minutes. "
                                 "Motion carried 5-0."])[0].vote == "5-0"


def test_a_decision_numbered_without_stops_gives_one_resolution_a_number():
    # probe of a New Zealand district council's minutes: "Resolution" over "1 The business paper …", "2 Council …"
    record = parse(page([
        (31, 31, "Ruapehu District Council"), (31, 50, "Council Meeting"), (31, 69, "Wednesday 28 February 2024"),
        (31, 92, "Present: Mayor Weston Kirton, Deputy Mayor Adie Doyle, Cr Janet Gilbert"),
        (31, 120, "5 Annual Plan 2024/25"), (31, 138, "Resolution"),
        (31, 156, "1 The business paper on Annual Plan 2024/25 be received."),
        (31, 174, "2 Council adopt the consultation document for the Annual Plan 2024/25."),
        (31, 192, "Gilbert/Doyle Carried"),
        (31, 220, "6 Planning"), (31, 238, "RESOLVED:"), (31, 256, "1 Church Lane – No objection."),
        (31, 284, "7 Road Naming"), (31, 302, "Noted."),
    ], bold={0, 4, 5, 9, 12}))
    items = {m.number: m for m in record.items}
    assert items["5"].resolutions == ["The business paper on Annual Plan 2024/25 be received.",
                                      "Council adopt the consultation document for the Annual Plan 2024/25."]
    # Counter-example: an English parish's observation on a house under "RESOLVED:" keeps its number
    assert items["6"].resolutions == ["1 Church Lane – No objection."]


def test_a_roll_calls_count_before_the_names_in_brackets():
    # probe of a US city council's minutes: "Ayes: 3 (Gregory, Hanauer, Conley)" over "Nays: 2 (Lee, Redpath)."
    [motion] = minutes.find_motions([
        "Motion by Council Member Gregory, seconded by Council Member Hanauer, to pass Ordinance 2024-115.",
        "Ayes: 3 (Gregory, Hanauer, Conley)", "Nays: 2 (Lee, Redpath).", "Motion carried."])
    assert (motion.vote, motion.votes) == ("3-2", {"yes": ["Gregory", "Hanauer", "Conley"], "no": ["Lee", "Redpath"]})
    # Counter-example: Legistar's count after a dash still counts ("Yes: 4 - Lee, Ortiz, Chen and Patel")
    [legistar] = minutes.find_motions(["Motion by Councilmember Ruiz, seconded by Councilmember Lee, to approve.",
                                       "Yes: 4 - Lee, Ortiz, Chen and Patel", "No: 1 - Ruiz"])
    assert legistar.vote == "4-1" and legistar.votes["no"] == ["Ruiz"]


def test_the_proposition_under_a_seconders_field_opens_its_own_paragraph():
    # probe of an Ontario town's eScribe minutes: in a short minute the seconder's field fills most of the widest
    # line, yet the proposition under it ("That the meeting be adjourned at 8:12 p.m.") is the motion's text
    record = parse(page([
        (50, 40, "Town of Cobourg Regular Council Meeting Minutes"), (50, 60, "February 12, 2024, 6:00 p.m."),
        (50, 80, "Members Present: Mayor L. Cleveland, Deputy Mayor N. Beatty, Councillor A. Barber"),
        (50, 110, "7. Adjournment"),
        (50, 126, "Moved by: Councillor A. Barber", 220), (50, 142, "Seconded by: Deputy Mayor N. Beatty", 236),
        (50, 158, "That the meeting be adjourned at 8:12 p.m.", 262), (50, 174, "Carried", 90),
    ], bold={0, 3}))
    [motion] = record.items[0].motions
    assert (motion.text, motion.mover, motion.seconder, motion.result) == (
        "That the meeting be adjourned at 8:12 p.m.", "A. Barber", "N. Beatty", "carried")
    # Counter-example: prose wrapped before its "that" (an English council's minute) stays one paragraph
    prose = page([(50, 40, "The Chair reported that the applicant had told the Parish Clerk in writing last week", 540),
                  (50, 54, "that the works would start in May.", 230)]).lines
    assert [len(group) for group in minutes.body_groups(prose)] == [2]


def test_declarations_in_the_words_of_other_codes_of_conduct():
    # probes: a New South Wales council's "significant non-pecuniary conflict of interest", an Ontario township's
    # "indirect pecuniary interest" (Municipal Conflict of Interest Act), a California county supervisor's recusal
    numbers = {"9.2": "9.2", "6.1": "6.1", "4": "4"}
    found = minutes.find_declarations([
        ("1", "Cr Smith declared a significant non-pecuniary conflict of interest in Item 9.2 as his daughter is the applicant."),
        ("1", "Councillor Baker disclosed an indirect pecuniary interest on item 6.1."),
        ("1", "Supervisor Ryan recused himself from item 4 due to a conflict.")], numbers)
    assert [(d.member, d.item, d.interest) for d in found] == [
        ("Smith", "9.2", "significant-non-pecuniary-conflict"), ("Baker", "6.1", "indirect-pecuniary"), ("Ryan", "4", "other")]
    # Counter-example: an explanation of the rules declares nothing (an English council's code of conduct training)
    assert minutes.find_declarations([("1", "The Supervisor explained the conflict of interest rules.")], numbers) == []


def test_a_result_first_field_block_names_its_mover_under_it():
    # probe of a Granicus city council's minutes: "RESULT: ADOPTED [UNANIMOUS]" over "MOVER: Sam Liccardo,
    # Councilmember", "SECONDER: Ash Kalra, Vice Mayor", "AYES: …" is one motion, as "MOTION BY: Garcia" under it was
    [motion] = minutes.find_motions(["RESULT: ADOPTED [UNANIMOUS]", "MOVER: Sam Liccardo, Councilmember",
                                     "SECONDER: Ash Kalra, Vice Mayor", "AYES: Liccardo, Kalra, Chu"])
    assert (motion.mover, motion.seconder, motion.result) == ("Sam Liccardo", "Ash Kalra", "carried")
    # Counter-example: a motion moved in a sentence under a result field is a motion of its own (a US board's)
    found = minutes.find_motions(["RESULT: APPROVED", "Moved by Councilmember Lee to approve the agenda, seconded by "
                                  "Councilmember Park. Motion carried 5-0."])
    assert [(m.mover, m.vote) for m in found][-1] == ("Lee", "5-0")


def test_a_legistar_item_closed_by_its_matter_decided_holds_that_resolution():
    # Legistar's minutes close an item taken on the consent agenda by what was done with its matter ("This matter was
    # ADOPTED on the Consent Agenda.", as a city's parser of them reads; "This Resolution was adopted.", "This
    # Ordinance was passed."): the item's decision, though the document records motions
    record = parse(page([
        (72, 60, "City of Fairmont"), (72, 76, "Meeting Minutes - Final"), (72, 92, "City Council"),
        (72, 110, "Tuesday, March 4, 2025 5:30 PM Council Chambers"),
        (72, 140, "1. ROLL CALL"),
        (72, 160, "Present: 3 - Councilmember Ana Ruiz, Councilmember Ben Ortega, Councilmember Cara Lee"),
        (72, 220, "3. CONSENT CALENDAR"),
        (72, 256, "A motion was made by Councilmember Lee, seconded by Councilmember Ruiz, to approve the Consent"),
        (72, 270, "Calendar. The motion carried by the following vote:"), (72, 286, "Aye: 3 - Ruiz, Ortega and Lee"),
        (72, 310, "3.A. 25-0101 Resolution Authorizing a Contract with Acme Paving for Street Repairs"),
        (72, 330, "This matter was ADOPTED on the Consent Agenda."),
        (72, 350, "3.B. 25-0102 Ordinance Amending Chapter 5 of the Municipal Code"),
        (72, 370, "This Ordinance was passed."),
        (72, 390, "3.C. 25-0103 Ordinance Amending Chapter 6 of the Municipal Code"),
        (72, 410, "This ordinance was adopted in 2019 and now needs amendment. This Ordinance failed."),
        (72, 440, "5. ADJOURNMENT"), (72, 460, "The meeting was adjourned at 7:42 PM."),
    ], bold=(4, 6, 10, 12, 14, 16)))
    items = {m.number: m for m in record.items}
    assert items["3.A"].resolutions == ["This matter was ADOPTED on the Consent Agenda."]
    assert items["3.B"].resolutions == ["This Ordinance was passed."]
    # Counter-examples: a matter's history, and a matter that failed, decide nothing
    assert items["3.C"].resolutions == []
    assert [(m.mover, m.result) for m in items["3"].motions] == [("Lee", "carried")]


def test_a_note_in_brackets_of_when_a_member_came_is_no_office():
    # probe of an English parish council's minutes: "Cllr Hollick (arrived at 7.01pm)" among those present came late
    # (an arrival, as "Cllr Hollick arrived at the meeting at 7.01pm" is); another's "(in part)" says only that
    record = parse(page([
        (72, 40, "Groby Parish Council"),
        (72, 56, "Minutes of a Meeting of Groby Parish Council held at 7.00pm on Monday 4 February 2008"),
        (72, 90, "Present: Cllr P Batty (Chairman), Cllr Beck, Cllr Hollick (arrived at 7.01pm), Cllr Jones (in part)"),
        (72, 106, "and Cllr Yarwood."),
        (72, 130, "1. Apologies for Absence"), (72, 146, "Apologies for absence were received from Cllr Purves"),
        (72, 170, "2. Planning"), (72, 186, "Cllr Jones left the meeting at 8.15pm."),
    ], bold=(4, 6)))
    assert [(p.name, p.role) for p in record.present] == [
        ("P Batty", "Chairman"), ("Beck", None), ("Hollick", None), ("Jones", None), ("Yarwood", None)]
    assert [(d.name, d.time, d.event) for d in record.departures] == [
        ("Hollick", "19:01", "arrived"), ("Jones", "20:15", "left")]
    # Counter-example: where a member came from is no note of when ("Mr J Smith (from Highways England)")
    assert not minutes.PRESENCE_NOTE.match("from Highways England")


def test_a_member_who_arrived_at_a_time_the_meeting_understood():
    # probe of an Ohio city council's roll call: "Present were Mayor …, Mr. Keeler and Mr. Peterson. Mr. Reiner
    # arrived at 7:17 p.m."; an English parish's "Councillor Jones left at 8.30pm."
    found = minutes.find_departures([("1", "Mr. Reiner arrived at 7:17 p.m."), ("4", "Councillor Jones left at 8.30pm.")])
    assert [(d.name, d.time, d.event, d.item) for d in found] == [("Reiner", "19:17", "arrived", "1"),
                                                                 ("Jones", "20:30", "left", "4")]
    # Counter-examples: what was left at an address, a member who left the room but not the meeting
    assert minutes.find_departures([("2", "The report was left at 5 High Street."), ("3", "Cllr Jones left the room.")]) == []


def test_a_roll_call_heading_over_a_sentence_of_those_present():
    # probe of an Ohio city council's minutes: "ROLL CALL" over "Present were Mayor Amorose Groomes, …" and who came later
    record = parse(page([
        (72, 40, "Dublin City Council September 27, 2021"), (72, 56, "ROLL CALL"),
        (72, 72, "Present were Mayor Amorose Groomes, Vice Mayor De Rosa, Ms. Alutto, Ms. Fox, Mr. Keeler and Mr."),
        (72, 86, "Peterson. Mr. Reiner arrived at 7:17 p.m."),
        (72, 120, "1. PLEDGE OF ALLEGIANCE"), (72, 136, "Recited."),
    ], bold=(1, 4)))
    assert [(p.name, p.role) for p in record.present][:3] == [
        ("Amorose Groomes", "Mayor"), ("De Rosa", "Vice Mayor"), ("Alutto", None)]
    assert "Present" not in [p.name for p in record.present]
    assert [(d.name, d.time, d.event) for d in record.departures] == [("Reiner", "19:17", "arrived")]
    # Counter-example: a label with its colon opens the list as before
    assert not PRESENT_WERE.match("Present: Mayor Gilmore")
