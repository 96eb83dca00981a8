"""Attendance conventions, each on real lines from published minutes."""

from extract.patterns import NOBODY, ROLL_COUNT
from extract.parse.people import (parties_of_the_list, Attendance, attendance_blocks, joint_title, parse_block, parse_listed_line, sent_apologies, substitutes_present,
                                  label_key, parse_people)
from extract.read import Line


def names(people):
    return [(p.name, p.role) for p in people]


def lines_at(rows):
    """Lines from (x0, top, text) as read from a real page."""
    return [Line(text=text, x0=x0, x1=x0 + 6 * len(text), top=top, bottom=top + 11) for x0, top, text in rows]


def test_parish_prose_with_roles_in_brackets_and_clerk():
    people = parse_people("Councillors D Richardson (Chair) N Cresswell, M Armstrong, R Healey and "
                          "P Moran Clerk J H Todd")
    assert names(people) == [("D Richardson", "Chair"), ("N Cresswell", None), ("M Armstrong", None),
                             ("R Healey", None), ("P Moran", None), ("J H Todd", "Clerk")]
    assert people[0].title == "Councillors"


def test_us_roll_call_with_offices_before_names():
    assert names(parse_people("Chair Owens, Board Members Hoffman, and Jasper")) == [
        ("Owens", "Chair"), ("Hoffman", None), ("Jasper", None)]
    assert names(parse_people("Vice-Chair Rauk and Board Member Lynch")) == [("Rauk", "Vice-Chair"), ("Lynch", None)]


def test_roll_call_count_and_slash_titles():
    people = parse_people("Councilmembers/Authority Members Chen, Daysog, Ezzy Ashcraft, Tam and Mayor/Chair Gilmore – 5.")
    assert [p.name for p in people] == ["Chen", "Daysog", "Ezzy Ashcraft", "Tam", "Gilmore"]


def test_office_before_name_is_not_a_person():
    people = parse_people("Human Resources Director and Executive Secretary of the Civil Service Board, Nancy Bronstein")
    assert [p.name for p in people] == ["Nancy Bronstein"]


def test_shared_surname_and_acronym_role():
    assert [p.title for p in parse_people("Mr & Mrs Godfrey, Mr Bellsham")] == ["Mr", "Mrs", "Mr"]
    assert names(parse_people("Alan Armstrong, EDC")) == [("Alan Armstrong", "EDC")]


def test_listed_line_name_and_role():
    person = parse_listed_line("Tim Elwell-Sutton, Assistant Director and Consultant in Public Health")
    assert (person.name, person.role) == ("Tim Elwell-Sutton", "Assistant Director and Consultant in Public Health")
    assert parse_listed_line("Hosmer, John Nolan") is None  # a wrapped prose list


def test_officers_and_other_bodies_in_a_present_line_attend():
    attendance = Attendance()
    parse_block("present", ["Councillors D Thompson (Chair) , N Armstrong, M Atkinson, R Robson and",
                            "P Clarke, A Armstrong, EDC, Clerk J Brampton"], attendance)
    assert [p.name for p in attendance.present] == ["D Thompson", "N Armstrong", "M Atkinson", "R Robson", "P Clarke"]
    assert [p.name for p in attendance.in_attendance] == ["A Armstrong", "J Brampton"]


def test_list_blocks_one_person_per_line():
    lines = lines_at([
        (62, 398, "Present: Councillors Bukky Okunade (Chair), Graham Snell (Vice-Chair), Gary Collins, David Potter,"),
        (62, 412, "Joycelyn Redsell and Luke Spillman"),
        (62, 437, "Lynda Pritchard, Church of England Representative"),
        (62, 461, "Apologies: Myra Potter, Parent Government Representative"),
        (62, 486, "In attendance: Councillor James Halden, Portfolio Holder for Education and Health"),
        (62, 510, "George Wright, Youth Cabinet Chair"),
        (62, 535, "Before the start of the Meeting, all present were advised that the meeting may be filmed and was"),
    ])
    attendance = attendance_blocks(lines)
    assert [p.name for p in attendance.present] == ["Bukky Okunade", "Graham Snell", "Gary Collins", "David Potter",
                                                    "Joycelyn Redsell", "Luke Spillman", "Lynda Pritchard"]
    assert names(attendance.apologies) == [("Myra Potter", "Parent Government Representative")]
    assert names(attendance.in_attendance) == [("James Halden", "Portfolio Holder for Education and Health"),
                                               ("George Wright", "Youth Cabinet Chair")]


def test_roll_call_wrapped_under_a_hanging_indent_and_none():
    lines = lines_at([
        (72, 143, "ROLL CALL - Present: Commissioners Little, Shabazz, Tilos and Acting Chair"),
        (252, 156, "Schwartz – 4."),
        (180, 184, "Absent: None."),
        (180, 212, "[Staff present: Chief Assistant City Attorney Michael Roush; Assistant"),
        (180, 225, "City Attorney John Le; and City Clerk Lara Weisiger]"),
        (72, 253, "ORAL COMMUNICATIONS, NON-AGENDA"),
    ])
    attendance = attendance_blocks(lines)
    assert [p.name for p in attendance.present] == ["Little", "Shabazz", "Tilos", "Schwartz"]
    assert attendance.absent == []
    assert [p.name for p in attendance.in_attendance] == ["Michael Roush", "John Le", "Lara Weisiger"]


def test_inline_absent_after_present():
    attendance = attendance_blocks(lines_at([
        (72, 217, "2. ROLL CALL: Present: Chair Owens, Board Members Hoffman, and Jasper"),
        (216, 231, "Absent: Vice-Chair Rauk and Board Member Lynch"),
    ]))
    assert [p.name for p in attendance.present] == ["Owens", "Hoffman", "Jasper"]
    assert [p.name for p in attendance.absent] == ["Rauk", "Lynch"]


def test_office_then_name_at_the_end():
    people = parse_people("Park Department (ARPD) Director Amy Wooldridge")
    assert ("Amy Wooldridge", "Director") in names(people)


def test_a_list_runs_on_over_a_page_turn():
    attendance = attendance_blocks(lines_at([
        (62, 682, "In attendance: Councillor James Halden, Portfolio Holder for Education and Health"),
        (62, 706, "Malcolm Taylor, Strategic Lead - Learner Support"),
        (62, 71, "Alan Cotgrove, Business Manager, Local Safeguarding Children's Board"),
        (62, 96, "Wendy Le, Democratic Services Officer"),
        (62, 120, "Before the start of the Meeting, all present were advised that the meeting may be filmed and was"),
    ]))
    assert [p.name for p in attendance.in_attendance] == ["James Halden", "Malcolm Taylor", "Alan Cotgrove", "Wendy Le"]


def test_prose_lists_with_offices_in_brackets_that_hold_commas_and_honours_after_names():
    # cc_kent-cc_minutes_2025-01-30: commas inside the brackets, "OBE" after a name, a name wrapped after "Dr M"
    attendance = attendance_blocks(lines_at([
        (70.9, 169.5, "PRESENT: Mr R W Gough (Chairman), Mr N Baker, Mrs S Chandler, Mr D Jeffrey,"),
        (70.9, 183.3, "Mr R C Love, OBE, Mr D Murphy, Mr P J Oakford, Mr D Watkins and Mr R J Thomas"),
        (70.9, 210.9, "IN ATTENDANCE: Dr A Ghosh (Director of Public Health), Mrs S Hammond"),
        (70.9, 224.7, "(Corporate Director Children, Young People and Education), Mrs C Head (Head of Finance"),
        (70.9, 238.5, "Operations) and McKay (Acting Chief"),
        (70.9, 252.3, "Accountant)"),
        (70.9, 279.9, "IN ATTENDANCE VIRTUALLY: Mr M Albiston (Director of Adult Social Care), Dr M"),
        (70.9, 293.7, "Gogarty (Interim Strategic Lead for Public Health)"),
        (230.1, 321.3, "UNRESTRICTED ITEMS"),
    ]))
    assert [p.name for p in attendance.present] == ["R W Gough", "N Baker", "S Chandler", "D Jeffrey", "R C Love",
                                                    "D Murphy", "P J Oakford", "D Watkins", "R J Thomas"]
    assert names(attendance.in_attendance) == [
        ("A Ghosh", "Director of Public Health"), ("S Hammond", "Corporate Director Children, Young People and Education"),
        ("C Head", "Head of Finance Operations"), ("McKay", "Acting Chief Accountant"),
        ("M Albiston", "Director of Adult Social Care"), ("M Gogarty", "Interim Strategic Lead for Public Health")]


def test_a_us_advisory_committees_members_are_titled_by_their_seat():
    # Probe of a Californian city's bond oversight committee; counter-example: the committee's clerk is an officer.
    assert names(parse_people("Committee Members Karen Smith and Mary Lee")) == [("Karen Smith", None),
                                                                                ("Mary Lee", None)]
    assert names(parse_people("Committee Clerk Ann Lee")) == [("Ann Lee", "Committee Clerk")]


def test_welsh_and_portuguese_particles_are_part_of_the_surname():
    # Probe of a Welsh county's minutes ("Cllr Siân ap Gwilym" had been "Siân"), and a London borough's; the
    # counter-example: a lower-case word that is no particle still ends the names ("… were present").
    assert names(parse_people("Cllr Siân ap Gwilym, Cllr Peter ab Owen and Cllr Maria dos Santos")) == [
        ("Siân ap Gwilym", None), ("Peter ab Owen", None), ("Maria dos Santos", None)]
    assert names(parse_people("Councillors Ann Jones and Bill Evans were present")) == [("Ann Jones", None),
                                                                                       ("Bill Evans", None)]


def test_a_sentence_of_names_ends_where_its_verb_begins():
    # cc_rivergrove_minutes_2018-08-13
    attendance = Attendance()
    parse_block("present", ["Mayor Heather Kibbey, Council President Arne Nyberg and Councilors Carolyn Bahrman,",
                            "Brenda Ruble, and Bill Tuttle were present. City Recorder Leanne Moll declared a quorum."],
                attendance)
    assert names(attendance.present) == [("Heather Kibbey", "Mayor"), ("Arne Nyberg", "Council President"),
                                         ("Carolyn Bahrman", None), ("Brenda Ruble", None), ("Bill Tuttle", None)]
    assert names(attendance.in_attendance) == [("Leanne Moll", "City Recorder")]


def test_name_dash_office_and_welsh_lists():
    # cc_sutton-coldfield-tc_minutes_2018-03-13; cc_manordeilo-salem-cc_minutes_2019-10-09_cy ("a’r", "ac": and)
    assert names(parse_people("Olive O’Sullivan – Town Clerk, Becki Leonard - Assistant Town Clerk.")) == [
        ("Olive O’Sullivan", "Town Clerk"), ("Becki Leonard", "Assistant Town Clerk.")]
    attendance = Attendance()
    parse_block("present", ["Cynghorwyr Alun Davies, Arwel Davies, Kim Davies, Gwenfyl Evans, Hubert Gwynne, "
                            "William Loynton, Owen Williams a’r Cynghorydd Sir Joseph Davies."], attendance)
    assert [p.name for p in attendance.present][-2:] == ["William Loynton", "Owen Williams"]
    assert names(attendance.in_attendance) == [("Joseph Davies", "Cynghorydd Sir")]
    # Tim Elwell-Sutton's hyphen is no dash before an office
    assert names(parse_people("Tim Elwell-Sutton")) == [("Tim Elwell-Sutton", None)]


def test_two_column_checkbox_table_of_members_and_substitutes():
    # cc_nykarleby-valfardsnamnden_minutes_2022-09-15: surname first, office after a comma
    attendance = attendance_blocks(lines_at([
        (71, 197.9, "Beslutande"),
        (71, 212.6, "ordinarie ersättare"),
        (71, 227.2, "[X] Lindvall Mikael, ordförande [ ] Eklund Karita"),
        (71, 241.9, "[X] Backman Tua [ ] Järvinen Camilla"),
        (71, 285.8, "[ ] Karf Johannes [X] Rögård Linda"),
        (71, 359.1, "Övriga närvarande"),
        (71, 373.7, "Grönroos Majvor, SST:s representant"),
        (71, 388.4, "Rif Solveig, kanslist, protokollförare"),
        (71, 463.1, "Elektroniska underskrifer"),
        (71, 487.8, "Mikael Lindvall Solveig Rif"),
    ]))
    assert names(attendance.present) == [("Lindvall Mikael", "ordförande"), ("Backman Tua", None)]
    assert names(attendance.absent) == [("Karf Johannes", None)]
    assert names(attendance.substitutes) == [("Rögård Linda", None)]
    assert names(attendance.in_attendance) == [("Grönroos Majvor", "SST:s representant"),
                                               ("Rif Solveig", "kanslist, protokollförare")]


def test_japanese_attendance_office_before_name_and_run_together():
    # cc_kyoto-city-council_minutes_2024-05-17: "◯出席委員（13名）", a bureau group heading, "ほか" (and others)
    from extract.parse.people import split_run_together

    attendance = attendance_blocks(lines_at([
        (63.7, 110.0, "◯出席委員（13名）"),
        (74.2, 122.8, "委員長 平山たかお議員"),
        (74.2, 136.3, "副委員長 北尾ゆか議員"),
        (63.7, 293.8, "◯欠席委員"),
        (74.2, 306.5, "なし"),
        (63.7, 320.0, "◯委員会説明員"),
        (74.2, 332.8, "北村信幸公営企業管理者（交通局長）"),
        (63.7, 345.6, "（産業観光局）"),
        (74.2, 358.4, "松下重志産業企画室長"),
        (74.2, 371.2, "後藤司クリエイティブ産業振興室長 ほか"),
        (63.7, 384.0, "◯会議に付した事件"),
    ]))
    assert names(attendance.present) == [("平山たかお", "委員長"), ("北尾ゆか", "副委員長")]
    assert attendance.absent == []
    # The speaker labels of the record ("◎公営企業管理者（吉川雅則）", "◎産業企画室長（松下重志）") tell names from offices.
    offices = {"吉川雅則": "公営企業管理者", "松下重志": "産業企画室長", "後藤司": "クリエイティブ産業振興室長"}
    assert names(split_run_together(p, offices) for p in attendance.in_attendance) == [
        ("北村信幸", "公営企業管理者（交通局長）"), ("松下重志", "産業企画室長（産業観光局）"),
        ("後藤司", "クリエイティブ産業振興室長（産業観光局）")]


def test_japanese_attendance_in_numbered_sections_with_several_entries_a_line():
    # Probe of another city's committee record (会議録): sections numbered "４　出席委員（８名）", two or three
    # entries a line, offices spread to align ("委　員"); the next numbered section ("７　付託議案") ends the list.
    attendance = attendance_blocks(lines_at([
        (60, 100, "４　出席委員（８名）"),
        (70, 114, "委員長　山田　太郎　　副委員長　鈴木　一郎"),
        (70, 128, "委　員　佐藤　花子　　委　員　渡辺　誠　　委　員　中村　由美"),
        (60, 142, "５　欠席委員　なし"),
        (60, 156, "６　説明のため出席した者"),
        (70, 170, "建設局長　田中　次郎　　道路部長　加藤　三郎"),
        (60, 184, "７　付託議案"),
        (70, 198, "議案第４５号　市道路線の認定について"),
    ]))
    assert names(attendance.present) == [("山田 太郎", "委員長"), ("鈴木 一郎", "副委員長"), ("佐藤 花子", "委員"),
                                         ("渡辺 誠", "委員"), ("中村 由美", "委員")]
    assert attendance.absent == []
    assert names(attendance.in_attendance) == [("田中 次郎", "建設局長"), ("加藤 三郎", "道路部長")]


def test_a_roll_call_read_out_in_a_transcript():
    # cc_winnipeg_minutes_2014-06-25_hansard; and a wrapped sentence starting "absent" opens no list
    attendance = attendance_blocks(lines_at([
        (280.6, 184.1, "ROLL CALL"),
        (66.2, 205.0, "Clerk: Madam Speaker Councillor Sharma, His Worship Mayor Katz, Councillors Browaty, Eadie,"),
        (66.2, 215.3, "Havixbeck, Mayes and Councillor Wyatt."),
        (66.2, 400.0, "absent and Deputy Mayor Swandel, who also have the Chair of the Infrastructure Renewal"),
    ]))
    assert names(attendance.present) == [("Sharma", "Speaker"), ("Katz", "Mayor"), ("Browaty", None), ("Eadie", None),
                                         ("Havixbeck", None), ("Mayes", None), ("Wyatt", None)]
    assert attendance.absent == []


def test_in_a_prose_list_those_named_after_the_officers_attend():
    # uk_milburn-pc_minutes_2021-01-26_zoom: members, then the clerk, a district councillor and a visitor
    attendance = attendance_blocks(lines_at([
        (88, 70, "Present"), (88, 85, "Councillors D Richardson (Chair), R. Healey, M Armstrong, N Cresswell and"),
        (89, 100, "P Moran Clerk Mrs J Todd Eden District Councillor A Armstrong and"),
        (89, 115, "Councillor A Connell plus ten guests")]))
    assert [p.name for p in attendance.present] == ["D Richardson", "R. Healey", "M Armstrong", "N Cresswell", "P Moran"]
    assert names(attendance.in_attendance) == [("J Todd", "Clerk"), ("A Armstrong", "Eden District Councillor"),
                                               ("A Connell", None)]


def test_officers_before_their_names_in_a_prose_list():
    # cc_nipissing-township_pack_2025-02-18 (minutes of 4 February 2025); "P Moran Clerk J H Todd" (Milburn)
    # is a name and then an officer
    people = parse_people("Operations Superintendent Dan MacInnis, Deputy Clerk Administrative Assistant Kristin "
                          "Linklater, Fire Chief-MLEO-CEMC Will Bateman, and Municipal Administrator-Clerk-Treasurer "
                          "Kris Croskery-Hodgins.")
    assert names(people) == [("Dan MacInnis", "Operations Superintendent"),
                             ("Kristin Linklater", "Deputy Clerk Administrative Assistant"),
                             ("Will Bateman", "Fire Chief-MLEO-CEMC"),
                             ("Kris Croskery-Hodgins", "Municipal Administrator-Clerk-Treasurer")]
    assert names(parse_people("P Moran Clerk J H Todd")) == [("P Moran", None), ("J H Todd", "Clerk")]


def test_a_prose_roll_call_wrapped_between_a_first_name_and_its_surname():
    # us_alameda-ca_social-service-hrb_2019-11-21: "… and Boardmember Johanna" over "Paillet-Growl"; a list of
    # surnames alone ("Commissioners Little, Shabazz and Tilos") over one more surname keeps them apart.
    attendance = attendance_blocks(lines_at([
        (72, 143, "Roll Call: Vice-President Pravda Wright, Boardmember Moustafa Aly, Boardmember Kristin Furuichi"),
        (72, 157, "Fong, Boardmember Cheryl Harawitz, Boardmember Sarah Lewis, and Boardmember Johanna"),
        (72, 171, "Paillet-Growl"), (72, 185, "Absent: President Christine Chilcott")]))
    assert [p.name for p in attendance.present] == ["Pravda Wright", "Moustafa Aly", "Kristin Furuichi Fong",
                                                    "Cheryl Harawitz", "Sarah Lewis", "Johanna Paillet-Growl"]
    attendance = Attendance()
    parse_block("present", ["Commissioners Little, Shabazz and Tilos", "Schwartz"], attendance)
    assert [p.name for p in attendance.present] == ["Little", "Shabazz", "Tilos", "Schwartz"]


def test_a_joint_meetings_members_titled_for_each_body():
    # us_alameda-ca_city-council_minutes_2010-11-16: the council met with its commissions, and one title names
    # the members of each ("Councilmembers/Commissioners", "Councilmembers / Board Members / Commissioners");
    # "Mayor/Chair" stays the office of the one who holds both.
    for title in ("Councilmembers/Commissioners", "Councilmembers / Board Members / Commissioners"):
        people = parse_people(f"{title} deHaan, Gilmore, Matarrese, Tam and Mayor/Chair Johnson – 5.")
        assert [(p.name, p.role) for p in people] == [("deHaan", None), ("Gilmore", None), ("Matarrese", None),
                                                      ("Tam", None), ("Johnson", "Mayor/Chair")]
    # a slash between names is no title ("M/S Smith/Jones" as a mover and seconder)
    assert joint_title("Councilmembers/Commissioners") and not joint_title("Smith/Jones")


def test_a_list_set_off_by_semicolons_wrapped_inside_an_office():
    # probe of a district council's minutes: "…; Democratic" over "Services Officer (Ms E Lane)"; the seed
    # minutes' one-per-line list ("George Wright, Youth Cabinet Chair" under a finished line) is a counter-example
    # in test_list_blocks_one_person_per_line.
    attendance = attendance_blocks(lines_at([
        (31, 115, "Officers in attendance: Licensing Officer (Mrs C Hall); Solicitor (Mr D Ward); Democratic"),
        (31, 130, "Services Officer (Ms E Lane)"),
        (31, 153, "Also in attendance: Mr F Grey (Applicant) and Mr G Black (Objector)")]))
    assert names(attendance.in_attendance) == [
        ("C Hall", "Licensing Officer"), ("D Ward", "Solicitor"), ("E Lane", "Democratic Services Officer"),
        ("F Grey", "Applicant"), ("G Black", "Objector")]


def test_members_of_the_councils_over_a_parish_are_named_without_their_council():
    # probe of a parish's minutes: "District Cllr T Jones" in attendance; "Town Clerk" is an office, no title
    people = parse_people("Mrs K Smith (Clerk), District Cllr T Jones and Borough Cllrs A Brown and C White")
    assert [p.name for p in people] == ["K Smith", "T Jones", "A Brown", "C White"]
    assert [(p.name, p.role) for p in parse_people("Town Clerk J Hill")] == [("J Hill", "Town Clerk")]


def test_a_prose_staff_list_wrapped_mid_name_and_mid_word():
    # cc_nipissing-township_pack_2025-02-18 (minutes of 4 February 2025): lines end inside a name ("Kristin" /
    # "Linklater") and inside an office ("Administrator-Clerk-" / "Treasurer"); "…, and Luke Spillman" over
    # "Lynda Pritchard, Church of England Representative" (the seed minutes) ends its list.
    attendance = attendance_blocks(lines_at([
        (35, 182, "Staff: Operations Superintendent Dan MacInnis, Deputy Clerk Administrative Assistant Kristin"),
        (35, 196, "Linklater, Deputy Treasurer Office Assistant Kim Turnbull, Fire Chief-MLEO-CEMC Will Bateman,"),
        (35, 211, "and Municipal Administrator-Clerk-"), (35, 226, "Treasurer Kris Croskery-Hodgins.")]))
    assert names(attendance.in_attendance) == [
        ("Dan MacInnis", "Operations Superintendent"), ("Kristin Linklater", "Deputy Clerk Administrative Assistant"),
        ("Kim Turnbull", "Deputy Treasurer Office Assistant"), ("Will Bateman", "Fire Chief-MLEO-CEMC"),
        ("Kris Croskery-Hodgins", "Municipal Administrator-Clerk-Treasurer")]


def test_a_roll_call_count_before_the_names_is_no_part_of_the_first_name():
    # Legistar's minutes: "Present: 4 - Councilmember Amy Smith, …"; a file number opening a title is no count.
    assert [p.name for p in parse_people("4 - Councilmember Amy Smith, Councilmember Bob Jones and Mayor Jane Doe")] == \
        ["Amy Smith", "Bob Jones", "Jane Doe"]
    assert [p.name for p in parse_people("1 - Councilmember Dan Lee")] == ["Dan Lee"]
    assert not ROLL_COUNT.match("24-0012 Approval of Minutes")


def test_a_roll_call_counted_before_its_names_and_wrapped_after_an_office():
    # Legistar prints the count first: "Present: 6 - Mayor Lee, Council Member Ortiz, …"
    attendance = attendance_blocks(lines_at([
        (72, 100, "Present: 6 - Mayor Lee, Council Member Ortiz, Council Member Chen and Council Member Patel"),
        (72, 114, "Absent: 1 - Council Member Harris")]))
    assert names(attendance.present) == [("Lee", "Mayor"), ("Ortiz", None), ("Chen", None), ("Patel", None)]
    assert names(attendance.absent) == [("Harris", None)]
    # a line ending on an office that leads a name runs on to the name: "… Viloria and Mayor" / "Gonzalez"
    attendance = attendance_blocks(lines_at([
        (72, 100, "Present: Councilmembers Aguilar, Azeveda, Ballew, Hernandez, Simon, Viloria and Mayor"),
        (72, 114, "Gonzalez")]))
    assert names(attendance.present)[-2:] == [("Viloria", None), ("Gonzalez", "Mayor")]


def test_substitutes_listed_with_the_members_whose_places_they_took():
    attendance = attendance_blocks(lines_at([
        (72, 100, "Present: Councillors P Quinn (Chairman), R Shaw and X Young"),
        (72, 114, "Substitutes: Councillor X Young for Councillor Z Adams, Cllr Wood in place of Cllr Ellis")]))
    assert names(attendance.substitutes) == [("X Young", "substitute for Z Adams"), ("Wood", "substitute for Ellis")]
    # a list without "for" is a list of substitutes all the same
    attendance = attendance_blocks(lines_at([(72, 100, "Substitutes: Councillors A Bell and C Dunn")]))
    assert names(attendance.substitutes) == [("A Bell", None), ("C Dunn", None)]


def test_a_label_that_opens_a_sentence_is_no_list():
    # "Apologies for absence were received from …" is a sentence (read as one by the minutes), not a list
    # "were received from Councillors L Moss" and "M Nolan"
    attendance = attendance_blocks(lines_at([
        (72, 100, "Apologies for absence were received from Councillors L Moss and M Nolan.")]))
    assert names(attendance.apologies) == []


def test_offices_before_names_in_a_list_set_apart_by_semicolons():
    attendance = attendance_blocks(lines_at([(72, 100, "Also Present: Town Administrator Lisa Grant; Town Clerk Paul Fox")]))
    assert names(attendance.in_attendance) == [("Lisa Grant", "Town Administrator"), ("Paul Fox", "Town Clerk")]


def test_an_office_that_holds_an_ampersand():
    # cc_nipissing-township_pack_2025-02-18: "Land Planning & Technology Administrator" is one office
    people = parse_people("Deputy Treasurer Office Assistant Kim Turnbull, Land Planning & Technology Administrator "
                          "John-Paul Negrinotti, Fire Chief-MLEO-CEMC Will Bateman")
    assert names(people) == [("Kim Turnbull", "Deputy Treasurer Office Assistant"),
                             ("John-Paul Negrinotti", "Land Planning & Technology Administrator"),
                             ("Will Bateman", "Fire Chief-MLEO-CEMC")]
    # "&" between two people is two people
    assert [p.name for p in parse_people("Mr J Smith & Mrs K Jones")] == ["J Smith", "K Jones"]


def test_remote_attendance_lists_members_present_and_others_in_attendance():
    # cc_nipissing-township_pack_2025-02-18: "Zoom: Alana Valle and Tim McBride, Pinchin." (consultants, from their
    # firm); a planning commission's "Via Teleconference: Commissioner Dana Fox" (a member, present).
    found = attendance_blocks(lines_at([
        (72, 100, "Present: Mayor Dave Yemm and Councillors Lisa Chalapenko, Shelly Foote, and James Scott."),
        (72, 114, "Zoom: Alana Valle and Tim McBride, Pinchin."),
        (72, 128, "Via Teleconference: Commissioner Dana Fox"),
        (72, 142, "Staff: Sam Reed, Planning Director; Amy Cho, Associate Planner"),
    ]))
    assert [p.name for p in found.present] == ["Dave Yemm", "Lisa Chalapenko", "Shelly Foote", "James Scott", "Dana Fox"]
    assert names(found.in_attendance) == [("Alana Valle", "Pinchin"), ("Tim McBride", "Pinchin"),
                                          ("Sam Reed", "Planning Director"), ("Amy Cho", "Associate Planner")]
    # a minute about Zoom meetings is no list
    assert not attendance_blocks(lines_at([(72, 100, "Zoom meeting held on 26 January 2021")])).present


def test_a_body_after_a_list_is_where_they_came_from_an_office_is_the_last_persons():
    assert names(parse_people("Jane Doe and John Roe, Arup Associates")) == [
        ("Jane Doe", "Arup Associates"), ("John Roe", "Arup Associates")]
    assert names(parse_people("Mrs A Smith and P Moran, Clerk")) == [("A Smith", None), ("P Moran", "Clerk")]


def test_names_run_on_into_their_offices():
    # officers listed without commas, each name then its office; a name and office alone on a line
    assert names(parse_people("Jane Smith Chief Executive John Brown Director of Finance Sarah White Democratic "
                              "Services Officer")) == [("Jane Smith", "Chief Executive"), ("John Brown", "Director of Finance"),
                                                       ("Sarah White", "Democratic Services Officer")]
    assert names(parse_people("Malcolm W Taylor Strategic Lead")) == [("Malcolm W Taylor", "Strategic Lead")]
    # a prose list with the clerk's office before his name (Milburn), and an office inside a list (Alameda)
    assert names(parse_people("P Moran Clerk J H Todd")) == [("P Moran", None), ("J H Todd", "Clerk")]
    assert [p.name for p in parse_people("Human Resources Director and Executive Secretary of the Civil Service Board, "
                                         "Nancy Bronstein")] == ["Nancy Bronstein"]


def test_a_label_after_the_members_title_is_a_field_though_in_lower_case():
    # "Trustees present: Hanson, …" (US village boards); a sentence wrapped onto a line is none
    found = attendance_blocks(lines_at([(72, 100, "Trustees present: Hanson, Miller, Okafor, Schultz, Vega"),
                                        (72, 114, "Trustees absent: Dunn")]))
    assert [p.name for p in found.present] == ["Hanson", "Miller", "Okafor", "Schultz", "Vega"]
    assert [p.name for p in found.absent] == ["Dunn"]
    assert not attendance_blocks(lines_at([(72, 100, "absent and Deputy Mayor Swandel, who arrived at 7:10")])).absent


def test_labels_that_hold_another_list_s_word():
    # "Absent without apologies", "Not present" are absent; "Apologies received:", "Substitute Members:" their lists
    found = attendance_blocks(lines_at([
        (72, 100, "Members Present: Cllrs A Smith (Chairman), B Jones and C Brown"),
        (72, 114, "Absent without apologies: Cllr Z White"), (72, 128, "Not present: Cllr Y Black"),
        (72, 142, "Substitute Members: Cllr Q Long"), (72, 156, "Apologies received: Cllr P Hill")]))
    assert [p.name for p in found.present] == ["A Smith", "B Jones", "C Brown"]
    assert [p.name for p in found.absent] == ["Z White", "Y Black"]
    assert [p.name for p in found.substitutes] == ["Q Long"]
    assert [p.name for p in found.apologies] == ["P Hill"]


def test_an_office_then_its_holder_in_brackets():
    # probes of Scottish and New Zealand minutes: "In Attendance: Executive Director of Education (Dr S Baird), …",
    # "Chief Executive (Lisa Ford)"; a name then its office in brackets stays so (Milburn's "D Richardson (Chair)")
    scottish = parse_people("Executive Director of Education (Dr S Baird), Head of Legal Services (Mr K Reid), "
                            "Committee Officer (Ms L Watt)")
    assert [(p.name, p.role) for p in scottish] == [("S Baird", "Executive Director of Education"),
                                                    ("K Reid", "Head of Legal Services"), ("L Watt", "Committee Officer")]
    assert [(p.name, p.role) for p in parse_people("the Clerk (Mrs J Fielding) and Chief Executive (Lisa Ford)")] == [
        ("J Fielding", "Clerk"), ("Lisa Ford", "Chief Executive")]
    assert [(p.name, p.role) for p in parse_people("D Richardson (Chair), Mrs C Head (Head of Finance Operations)")] == [
        ("D Richardson", "Chair"), ("C Head", "Head of Finance Operations")]


def test_an_office_as_a_field_over_its_holder_and_a_title_over_the_other_members():
    # probe of an Irish county council: "I LATHAIR / PRESENT:" over "Cathaoirleach: Councillor Mary Brennan" and
    # "Councillors: J. Byrne, P. Doherty"; a transcript's roll call read out by the clerk stays a list of names
    attendance = attendance_blocks(lines_at([
        (31, 100, "I LATHAIR / PRESENT:"), (31, 116, "Cathaoirleach: Councillor Mary Brennan"),
        (31, 132, "Councillors: J. Byrne, P. Doherty, S. Fitzgerald"), (31, 150, "ALSO PRESENT:"),
        (31, 166, "Mr Declan Moran, Chief Executive"), (31, 200, "APOLOGIES: Councillor K. Ryan")]))
    assert names(attendance.present) == [("Mary Brennan", "Cathaoirleach"), ("J. Byrne", None), ("P. Doherty", None),
                                         ("S. Fitzgerald", None)]
    assert names(attendance.in_attendance) == [("Declan Moran", "Chief Executive")]
    assert names(attendance.apologies) == [("K. Ryan", None)]
    read_out = Attendance()
    parse_block("present", ["Chair: Councillor Sharma, Councillors Browaty, Eadie"], read_out)
    assert [p.name for p in read_out.present] == ["Sharma", "Browaty", "Eadie"]


def test_under_a_label_of_members_present_an_office_of_the_board_is_a_member_s():
    # probe of a US school board: "Board Members Present: Jenny Kim, President; …; Alice Moreno, Clerk" — the board's
    # clerk is a member; under "Present:" a clerk listed after the members attends (Milburn's "… Clerk J H Todd")
    board = attendance_blocks(lines_at([
        (50, 100, "Board Members Present: Jenny Kim, President; Alice Moreno, Clerk; David Park"),
        (50, 130, "Also Present: Dr. Henry Walsh, Superintendent")]))
    assert names(board.present) == [("Jenny Kim", "President"), ("Alice Moreno", "Clerk"), ("David Park", None)]
    assert names(board.in_attendance) == [("Henry Walsh", "Superintendent")]
    parish = attendance_blocks(lines_at([(50, 100, "Present: Councillors D Richardson (Chair), R Healey and P Moran "
                                                   "Clerk J H Todd")]))
    assert names(parish.in_attendance) == [("J H Todd", "Clerk")]


def test_offices_before_a_surname_or_a_dash_and_an_inline_also_present():
    # probes: "…; City Manager Green" (an office of two words or more, then a surname), "Chief Executive – Ann Lee"
    # (the office, a dash, the name), "Apologies: D White. Also present: Clerk E Green." in one paragraph
    assert names(parse_people("Mayor Smith; Councillors Jones and White; City Manager Green")) == [
        ("Smith", "Mayor"), ("Jones", None), ("White", None), ("Green", "City Manager")]
    assert names(parse_people("Chief Executive – Ann Lee; Director of Finance – Bo Kim")) == [
        ("Ann Lee", "Chief Executive"), ("Bo Kim", "Director of Finance")]
    assert parse_people("Head Teacher") == []  # an office of one word before no name
    attendance = attendance_blocks(lines_at([(50, 100, "Councillors present: A Smith, B Jones, C Brown. Apologies: D White. "
                                                       "Also present: Clerk E Green.")]))
    assert (names(attendance.apologies), names(attendance.in_attendance)) == ([("D White", None)], [("E Green", "Clerk")])


def test_the_welsh_article_before_a_title_is_no_initial():
    # probe of Welsh minutes: "Yn bresennol: Y Cynghorwyr E Jones (Cadeirydd), G Hughes"; "Y Evans" is an initial
    assert names(parse_people("Y Cynghorwyr E Jones (Cadeirydd), G Hughes")) == [("E Jones", "Cadeirydd"), ("G Hughes", None)]
    assert names(parse_people("Y Evans, R Jones")) == [("Y Evans", None), ("R Jones", None)]


def test_excused_members_sent_apologies():
    # probes of US boards: "Excused: Commissioner Gray", "Absent/Excused:", "Excused Absence:" list apologies (and
    # end the list above: "… and Fox" stays present); "Absent:" alone is absent
    attendance = attendance_blocks(lines_at([(50, 100, "Present: Commissioners Lee, Diaz and Fox"),
                                             (50, 120, "Excused: Commissioner Gray"),
                                             (50, 140, "Absent/Excused: Trustee Hart"), (50, 160, "Absent: Trustee Ash")]))
    assert [p.name for p in attendance.present] == ["Lee", "Diaz", "Fox"]
    assert [p.name for p in attendance.apologies] == ["Gray", "Hart"]
    assert [p.name for p in attendance.absent] == ["Ash"]


def test_members_under_the_first_name_with_their_title_in_the_plural_go_on_the_list():
    # Probe of ModernGov minutes: "PRESENT:" over the chair's line, then the other members under "Councillors".
    attendance = attendance_blocks(lines_at([
        (72, 200, "PRESENT:"), (72, 214, "Councillor S Patel (Chair)"), (72, 228, "Councillors A Hughes, B Lowe and C Marsh"),
        (72, 256, "Officers: D Green (Chief Executive), E Price (Monitoring Officer)"),
    ]))
    assert [(p.name, p.role) for p in attendance.present] == [("S Patel", "Chair"), ("A Hughes", None), ("B Lowe", None),
                                                              ("C Marsh", None)]
    # Counter-example: a sentence about councillors after the list is none of it.
    attendance = attendance_blocks(lines_at([
        (72, 200, "PRESENT:"), (72, 214, "Councillor S Patel (Chair)"),
        (72, 242, "Councillors asked about the timetable for the works."),
    ]))
    assert [p.name for p in attendance.present] == ["S Patel"]


def test_a_members_field_in_minutes_names_those_who_attended():
    # Probe of Western Australian shire minutes: "Members:", "Staff:", "Apologies:" under the ATTENDANCE heading.
    attendance = attendance_blocks(lines_at([
        (72, 200, "Members: Cr K Brown (Shire President), Cr L Tan (Deputy President), Cr M Jones, Cr P Ward"),
        (72, 214, "Staff: Mr R Hill (Chief Executive Officer)"), (72, 228, "Apologies: Cr D Evans"),
    ]))
    assert [(p.name, p.role) for p in attendance.present] == [("K Brown", "Shire President"), ("L Tan", "Deputy President"),
                                                              ("M Jones", None), ("P Ward", None)]
    assert [p.name for p in attendance.in_attendance] == ["R Hill"] and [p.name for p in attendance.apologies] == ["D Evans"]
    # Counter-example: a sentence about the members is no list of them.
    assert attendance_blocks(lines_at([(72, 200, "Members noted the report.")])).present == []


def test_a_rank_before_a_surname_is_the_office_of_who_attended():
    # cc_nipissing-township_pack_2025-02-18's police board minutes, as OCR reads them: the rank's capital read small.
    attendance = attendance_blocks(lines_at([
        (72, 200, "Non-Members Present: inspector McMullen, North Bay OPP Representative"),
        (72, 214, "Staff: Brayden Robinson (Powassan)"),
    ]))
    assert [p.name for p in attendance.in_attendance] == ["McMullen", "Brayden Robinson"]
    assert names(parse_people("Staff Sergeant Lee and Fire Chief Ruiz")) == [("Lee", "Staff Sergeant"), ("Ruiz", "Fire Chief")]
    # Counter-example: a sentence after the label is not read as a list.


def test_who_presided_over_the_members_present_and_the_officials_of_an_irish_council():
    # Probe of Irish county council minutes: the Cathaoirleach's field above the members, then "Officials Present:".
    attendance = attendance_blocks(lines_at([
        (72, 200, "Cathaoirleach: Cllr. M. Doyle"),
        (72, 214, "Members Present: Cllrs. P. Cleere, F. Dowling and J. Brennan."),
        (72, 228, "Officials Present: L. Mulligan, Chief Executive; S. Ryan, Meetings Administrator"),
    ]))
    assert [(p.name, p.role) for p in attendance.present] == [("M. Doyle", "Cathaoirleach"), ("P. Cleere", None),
                                                              ("F. Dowling", None), ("J. Brennan", None)]
    assert [(p.name, p.role) for p in attendance.in_attendance] == [("L. Mulligan", "Chief Executive"),
                                                                    ("S. Ryan", "Meetings Administrator")]
    # Counter-example: an office's announcements are no field over its holder.
    assert attendance_blocks(lines_at([(72, 200, "Chairman's announcements: none")])).present == []


def test_a_member_a_line_with_the_office_after_a_comma_is_one_person_a_line():
    # An Irish county council's members, one a line, the chair's office after a comma: each line a person,
    # not the rest of a prose list that wrapped after "Cathaoirleach"
    attendance = Attendance()
    parse_block("present", ["Cllr. M. Foley, Cathaoirleach", "Cllr. J. Cronin, Leas-Chathaoirleach",
                            "Cllr. T. Fitzgerald"], attendance)
    assert names(attendance.present) == [("M. Foley", "Cathaoirleach"), ("J. Cronin", "Leas-Chathaoirleach"),
                                         ("T. Fitzgerald", None)]
    # counter-example: a prose list that wrapped after its comma still joins ("…, R Robson and" over "Councillors …")
    wrapped = Attendance()
    parse_block("present", ["Councillor A Smith (Chair), Councillor B Jones,", "Councillor C Brown and Councillor D Lee"],
                wrapped)
    assert [p.name for p in wrapped.present] == ["A Smith", "B Jones", "C Brown", "D Lee"]


def test_a_person_a_paragraph_carries_a_list_on_over_its_gaps():
    # probes: a Scottish area committee lists its members a paragraph each under "Present:", a Northern Irish
    # council its officers as "Office – Name"; a paragraph's gap (22.7 over a 15.5 line step) parts every line
    title = [(31, 54, "Minutes of Meeting of the Lochaber Area Committee held in the Chamber, Charles"),
             (31, 69.5, "Kennedy Building, Achintore Road, Fort William on Monday, 19 February 2024 at")]
    attendance = attendance_blocks(lines_at(title + [
        (31, 92, "Present:"), (31, 115, "Mr S Fuller"), (31, 138, "Mrs L Munro (Chair)"), (31, 161, "Mr A Baxter"),
        (31, 191, "Officers Present: Director of Operations – P Morgan"), (31, 237, "Head of Economic Development – L Moore"),
        (31, 260, "Democratic Services Officer – A McKay"), (31, 283, "Matters for Decision"),
    ]))
    assert names(attendance.present) == [("S Fuller", None), ("L Munro", "Chair"), ("A Baxter", None)]
    assert names(attendance.in_attendance) == [("P Morgan", "Director of Operations"),
                                               ("L Moore", "Head of Economic Development"),
                                               ("A McKay", "Democratic Services Officer")]
    # Counter-example: after a gap, a heading under the list is none of it
    attendance = attendance_blocks(lines_at(title + [(31, 92, "Present:"), (31, 115, "Mr S Fuller"),
                                                     (31, 138, "Public Questions")]))
    assert names(attendance.present) == [("S Fuller", None)]


def test_an_office_ending_in_member_after_its_holder_waits_for_no_name():
    # probe: a Western Australian shire: "Presiding Member" closes the office of the line's member
    attendance = Attendance()
    parse_block("present", ["", "Cr James Martin, Shire President, Presiding Member", "Cr Paige McNeil, Deputy Shire President",
                            "Cr Trish Cook"], attendance)
    assert [p.name for p in attendance.present] == ["James Martin", "Paige McNeil", "Trish Cook"]
    # Counter-example: a title at the end of a line still waits for its name on the next
    attendance = Attendance()
    parse_block("present", ["Councillors A Hughes, B Lowe, Councillor", "C Marsh"], attendance)
    assert [p.name for p in attendance.present] == ["A Hughes", "B Lowe", "C Marsh"]


def test_leave_of_absence_and_intimated_apologies_are_apologies():
    # probes: Australian councils' "Leave of Absence" list, Scottish councils' apologies "intimated"
    attendance = attendance_blocks(lines_at([
        (31, 92, "Apologies"), (31, 107, "Cr Doug Jeans"), (31, 130, "Leave of Absence"), (31, 145, "Cr Laura Hanna"),
        (31, 168, "Absent without leave: Cr Sam Reed")]))
    assert [p.name for p in attendance.apologies] == ["Doug Jeans", "Laura Hanna"]
    assert [p.name for p in attendance.absent] == ["Sam Reed"]


def test_a_substitute_with_the_member_replaced_in_brackets():
    # probe of an English district's planning committee: "SUBSTITUTES: Councillor G Reed (for Councillor H Stone)"
    attendance = attendance_blocks(lines_at([(31, 92, "SUBSTITUTES: Councillor G Reed (for Councillor H Stone)")]))
    assert names(attendance.substitutes) == [("G Reed", "substitute for H Stone")]
    # Counter-example: an office in brackets is no member replaced
    attendance = attendance_blocks(lines_at([(31, 92, "Substitute Members: Councillor A Khan (Vice-Chair)")]))
    assert names(attendance.substitutes) == [("A Khan", "Vice-Chair")]


def test_officers_named_by_initials_in_brackets_after_their_office():
    # probe of a Scottish council's planning committee: "(B. Fotheringham)": the initial's full stop ends no sentence
    attendance = attendance_blocks(lines_at([
        (31, 92, "In Attendance:- Lead Planning Officer (B. Fotheringham), Solicitor (S. Thompson), Democratic Services"),
        (31, 104, "Officer (W. Mohieddeen).")]))
    assert names(attendance.in_attendance) == [("B. Fotheringham", "Lead Planning Officer"), ("S. Thompson", "Solicitor"),
                                               ("W. Mohieddeen", "Democratic Services Officer")]


def test_an_office_of_a_portfolio_runs_on_past_its_and():
    # probe of an English district's officers: "Director of Finance and Resources" is one office, not "Resources"
    assert names(parse_people("Jane Doe, Director of Finance and Resources")) == [
        ("Jane Doe", "Director of Finance and Resources")]
    assert names(parse_people("Director of Finance and Resources (Jane Doe)")) == [
        ("Jane Doe", "Director of Finance and Resources")]
    assert names(parse_people("Head of Planning and Regulation – K Turner")) == [
        ("K Turner", "Head of Planning and Regulation")]
    # Counter-examples: an "and" before a member's title or another office and its holder parts two
    assert names(parse_people("Head of Planning and Mr K Turner")) == [("K Turner", None)]
    assert names(parse_people("Councillors Smith, Jones and Brown")) == [("Smith", None), ("Jones", None), ("Brown", None)]


def test_an_office_whose_name_holds_and_is_one_office():
    # probes of an English police and crime panel and an Essex-style fire and crime panel: the commissioner's office
    # (JOINED_OFFICE) and an office alone joined to an office and its holder ("Chief Executive and Monitoring
    # Officer Jonathan Amos", English districts and Welsh counties) are one person's
    assert names(parse_people("Police and Crime Commissioner Donna Jones, Chief Constable Scott Chilton")) == [
        ("Donna Jones", "Police and Crime Commissioner"), ("Scott Chilton", "Chief Constable")]
    assert names(parse_people("Police, Fire and Crime Commissioner Roger Hirst")) == [
        ("Roger Hirst", "Police, Fire and Crime Commissioner")]
    assert names(parse_people("Donna Jones, Police and Crime Commissioner")) == [("Donna Jones", "Police and Crime Commissioner")]
    assert names(parse_people("Chief Executive and Monitoring Officer Jonathan Amos")) == [
        ("Jonathan Amos", "Chief Executive and Monitoring Officer")]
    # Counter-examples: a name before the "and", or a member's title after it, still parts two
    assert names(parse_people("Smith and Deputy Mayor Jones")) == [("Smith", None), ("Jones", "Deputy Mayor")]
    assert names(parse_people("Councillor A Police and Councillor B Crime")) == [("A Police", None), ("B Crime", None)]
    assert names(parse_people("Commissioner Diaz, Commissioner Adams and Commissioner Lee")) == [
        ("Diaz", None), ("Adams", None), ("Lee", None)]


def test_a_french_mayor_named_after_the_civility_holds_the_office():
    # probes of a Quebec municipality and a French commune: "Monsieur le maire Denis Lavoie" is the mayor, as
    # "Mayor Kibbey" is; a councillor's "Madame la conseillère" stays a title (counter-example), and "Le maire
    # déclare …" names no one
    assert names(parse_people("Monsieur le maire Denis Lavoie, Madame la conseillère Julie Tremblay")) == [
        ("Denis Lavoie", "maire"), ("Julie Tremblay", None)]
    assert names(parse_people("Madame la mairesse Julie Roy")) == [("Julie Roy", "mairesse")]
    assert parse_people("Le maire déclare la séance ouverte") == []


def test_names_in_capitals_joined_by_a_capital_and_after_a_plural_title():
    # probe of a US city council's minutes written in capitals: "AND" joins the names a plural title opens
    assert names(parse_people("MAYOR JONES, COUNCILMEMBERS BERMAN AND SMITH")) == [
        ("JONES", "MAYOR"), ("BERMAN", None), ("SMITH", None)]  # a surname in capitals after an office is a name
    assert names(parse_people("MAYOR PRO TEM DAVIS")) == [("DAVIS", "MAYOR PRO TEM")]
    assert names(parse_people("COUNCILLORS BERMAN, LEE AND SMITH")) == [("BERMAN", None), ("LEE", None), ("SMITH", None)]
    assert names(parse_people("SUPERVISORS LEE, PARK, CITY MANAGER JOHN DOE")) == [
        ("LEE", None), ("PARK", None), ("JOHN DOE", "CITY MANAGER")]
    # Counter-examples: "AND" inside an office parts no names from it; mixed case reads as before
    assert all(p.name != "RESOURCES KLINE" for p in parse_people("COUNCILLORS BERMAN AND DIRECTOR OF FINANCE AND RESOURCES KLINE"))
    assert names(parse_people("Councilmembers Berman and Smith")) == [("Berman", None), ("Smith", None)]
    assert names(parse_people("Councillors A Smith, B Jones, EDC")) == [("A Smith", None), ("B Jones", "EDC")]


def test_an_office_of_a_portfolio_then_its_holder_without_a_comma():
    # probes of a mayoralty's and an English district's attendance: the portfolio may hold "and"
    assert names(parse_people("Mayor Sadiq Khan, Deputy Mayor for Policing and Crime Sophie Linden")) == [
        ("Sadiq Khan", "Mayor"), ("Sophie Linden", "Deputy Mayor for Policing and Crime")]
    assert names(parse_people("Deputy Mayor for Housing Tom Copley")) == [("Tom Copley", "Deputy Mayor for Housing")]
    assert names(parse_people("Director of Finance and Resources Mary Kline")) == [
        ("Mary Kline", "Director of Finance and Resources")]
    assert names(parse_people("DIRECTOR OF FINANCE AND RESOURCES MARY KLINE")) == [
        ("MARY KLINE", "DIRECTOR OF FINANCE AND RESOURCES")]
    # Counter-examples: a title or an office after the "and" is another person's
    assert names(parse_people("Head of Planning and Mr K Turner")) == [("K Turner", None)]
    assert names(parse_people("Leader of the Council and Councillor Brown")) == [("Brown", None)]


def test_a_members_office_in_capitals_is_no_acronym():
    # probe of a US city council's minutes in capitals: "MAYOR" is the mayor's office, "CLERK" an officer's, "EDC" a body
    attendance = attendance_blocks(lines_at([
        (31, 100, "PRESENT: MAYOR JONES, COUNCILMEMBERS BERMAN AND SMITH, CITY CLERK JANE ROE")]))
    assert names(attendance.present) == [("JONES", "MAYOR"), ("BERMAN", None), ("SMITH", None)]
    assert names(attendance.in_attendance) == [("JANE ROE", "CITY CLERK")]
    attendance = attendance_blocks(lines_at([(31, 100, "Present: Mayor Jones, Alan Armstrong, EDC")]))
    assert names(attendance.in_attendance) == [("Alan Armstrong", "EDC")]


def test_a_list_in_capitals_names_each_member_and_each_officer_after_their_office():
    # probes of a New England board of selectmen's and a US county commission's minutes written in capitals:
    # "SELECTMEN" is plural as "COUNCILLORS" is, a comma may stand before the last "AND", and the word after an
    # office is its holder's surname, no acronym
    assert names(parse_people("SELECTMEN DAVIS, HALE AND PRICE; TOWN ADMINISTRATOR MORGAN; DPW DIRECTOR FOSTER")) == [
        ("DAVIS", None), ("HALE", None), ("PRICE", None), ("MORGAN", "TOWN ADMINISTRATOR"), ("FOSTER", "DPW DIRECTOR")]
    assert names(parse_people("COMMISSIONERS DICKSON, HOLLAND, AND RODONI; CDA PLANNER KWAN")) == [
        ("DICKSON", None), ("HOLLAND", None), ("RODONI", None), ("KWAN", "CDA PLANNER")]
    # the members before an office joined by "AND" are the title's; the office and its holder are another's
    assert names(parse_people("COUNCILLORS BERMAN AND SMITH AND CITY CLERK JANE ROE")) == [
        ("BERMAN", None), ("SMITH", None), ("JANE ROE", "CITY CLERK")]
    # Counter-examples: in mixed case a word in capitals after a name is still a body's acronym, and an office
    # alone names nobody
    assert names(parse_people("Alan Armstrong, EDC")) == [("Alan Armstrong", "EDC")]
    assert parse_people("City Manager EDC") == []


def test_members_marked_present_by_the_key_under_their_list():
    # probe of a county council's committee (and of the fire authority it clerks): the members one a line or two to a
    # line in columns, an asterisk before each present, "*Present" under them; an office over a member is theirs
    rows = lines_at([
        (60, 100, "Chairman:"),
        (60, 114, "* Councillor Peter Latham"),
        (60, 128, "Vice-Chairman:"),
        (60, 142, "* Councillor Rod Cooper"),
        (60, 156, "* Councillor Lulu Bowerman   Councillor Mark Cooper"),
        (60, 170, "  Councillor Adam Carew"),
        (60, 184, "*Present"),
        (60, 210, "Also in attendance:"),
        (60, 224, "Neil Odin, Chief Fire Officer"),
    ])
    rows[4].columns = ((4, 240.0),)  # "Councillor Mark Cooper" set in the second column
    attendance = attendance_blocks(rows)
    assert names(attendance.present) == [("Peter Latham", "Chairman"), ("Rod Cooper", "Vice-Chairman"),
                                         ("Lulu Bowerman", None)]
    assert names(attendance.absent) == [("Mark Cooper", None), ("Adam Carew", None)]
    assert names(attendance.in_attendance) == [("Neil Odin", "Chief Fire Officer")]
    # a member absent who sent apologies is among the apologies only
    attendance.apologies = parse_people("Councillors Mark Cooper and Adam Carew")
    sent_apologies(attendance)
    assert attendance.absent == []
    # Counter-example: without the key an asterisk marks nothing: nobody is read absent for the want of one
    attendance = attendance_blocks(lines_at([(60, 100, "Chairman:"), (60, 114, "* Councillor Peter Latham"),
                                             (60, 128, "  Councillor Mark Cooper")]))
    assert attendance.absent == []


def test_a_members_council_in_a_column_of_its_own_names_nobody():
    # probe of a combined authority's committee (as police and crime panels and joint committees list members with
    # their council): the last column, an authority's name, is whom the member or officer comes from
    rows = lines_at([
        (60, 100, "Present:"),
        (60, 114, "Councillor Manaaz Akhtar (Chair) Kirklees Council"),
        (60, 128, "Councillor Taj Salam Bradford Council"),
        (60, 150, "In attendance:"),
        (60, 164, "Ben Still West Yorkshire Combined Authority"),
    ])
    for row, column in ((1, 4), (2, 3), (4, 2)):
        rows[row].columns = ((column, 300.0),)
    attendance = attendance_blocks(rows)
    assert names(attendance.present) == [("Manaaz Akhtar", "Chair"), ("Taj Salam", None)]
    assert names(attendance.in_attendance) == [("Ben Still", None)]
    # Counter-example: a last column that names no authority is a name of its own
    rows = lines_at([(60, 100, "Present:"), (60, 114, "John Alexander Ken Lynn")])
    rows[1].columns = ((2, 300.0),)
    assert names(attendance_blocks(rows).present) == [("John Alexander", None), ("Ken Lynn", None)]


def test_a_list_headed_by_the_council_present_names_its_members():
    # probe of an Ontario township's council minutes: under "Council Present:" a district councillor is a member
    # (Muskoka's district councillors sit on their township's council too), and the members after them stay members
    attendance = attendance_blocks(lines_at([
        (60, 100, "Council Present: Mayor Terry Glover; District Councillor Rick Brooks; Councillor Nancy Tapley"),
        (60, 114, "Staff Present: Carrie Sykes, CAO")]))
    assert names(attendance.present) == [("Terry Glover", "Mayor"), ("Rick Brooks", "District Councillor"),
                                         ("Nancy Tapley", None)]
    assert names(attendance.in_attendance) == [("Carrie Sykes", "CAO")]
    # Counter-example: under "Present:" an English parish's district councillor attends, as before
    attendance = attendance_blocks(lines_at([(60, 100, "Present: Cllr J Smith (Chair), Cllr P Brown, District Councillor A Armstrong")]))
    assert names(attendance.in_attendance) == [("A Armstrong", "District Councillor")]


def test_a_scottish_councils_officers_attending():
    # probe of a Scottish council's planning committee: "Attending:" heads the officers, a co-ordinator among them
    attendance = attendance_blocks(lines_at([
        (60, 100, "Sederunt: Councillors Jim Flynn (Convener), Gary Bouse, Claire Mackie"),
        (60, 114, "Attending: Kevin Collins, Development Management Co-ordinator; Iain Henderson, Legal Services Manager")]))
    assert names(attendance.present) == [("Jim Flynn", "Convener"), ("Gary Bouse", None), ("Claire Mackie", None)]
    assert names(attendance.in_attendance) == [("Kevin Collins", "Development Management Co-ordinator"),
                                               ("Iain Henderson", "Legal Services Manager")]
    # Counter-example: "attending" in a sentence labels nothing
    attendance = attendance_blocks(lines_at([(60, 100, "Attending the meeting for item 4 was Mr J Smith of the applicant.")]))
    assert attendance.in_attendance == [] and attendance.present == []


def test_members_present_under_a_heading_in_lower_case_and_a_substitute_among_them():
    # probe of an English district council's planning committee: "Committee Members present" heads one member a
    # line, a substitute noted in brackets ("as a substitute for …") is present and a substitute
    attendance = attendance_blocks(lines_at([
        (60, 100, "Committee Members present"),
        (60, 114, "Councillor Charles Cleasby (Chairman)"),
        (60, 128, "Councillor Sue Woolley (as a substitute for Councillor Max Sawyer)"),
        (60, 142, "Councillor Mark Whittington (substitute for Councillor Robert Leadenham)"),
        (60, 164, "Officers"),
        (60, 178, "Phil Jordan, Development Management Manager")]))
    assert [p.name for p in attendance.present] == ["Charles Cleasby", "Sue Woolley", "Mark Whittington"]
    substitutes_present(attendance)
    assert names(attendance.substitutes) == [("Sue Woolley", "substitute for Max Sawyer"),
                                             ("Mark Whittington", "substitute for Robert Leadenham")]
    # Counter-examples: a vice-chairman is no substitute; a sentence ending in "present" heads no list
    attendance = attendance_blocks(lines_at([(60, 100, "Present: Councillor Paul Fellows (Vice-Chairman)"),
                                             (60, 130, "Members of the press were also present")]))
    substitutes_present(attendance)
    assert attendance.substitutes == [] and [p.name for p in attendance.present] == ["Paul Fellows"]


def test_labels_of_a_school_boards_administrators_and_of_members_absent_with_notice():
    # probes of a US school board ("Administration Present:", "Staff Members Present:", "Others Present:") and an
    # Ontario council ("Absent with notice:", a member who gave notice sent apologies)
    for label in ("Administration Present", "Administrators Present", "Staff Members Present", "Others Present"):
        assert label_key(f"{label}: Dr. Karen Wells, Superintendent") == ("in_attendance", "Dr. Karen Wells, Superintendent")
    assert label_key("Absent with notice: Councillor Smith") == ("apologies", "Councillor Smith")
    assert label_key("Absent with apologies: Cllr Jones") == ("apologies", "Cllr Jones")
    # Counter-examples: absent without notice is absent; a sentence opening with such a word labels nothing
    assert label_key("Absent without notice: Councillor Smith") == ("absent", "Councillor Smith")
    assert label_key("Administration of the grant scheme") is None
    assert label_key("Others present were welcomed.") is None


def test_an_officer_in_capitals_after_the_office_of_a_portfolio_is_a_surname():
    # probe of a US city council's roll call, one a line in capitals: the officers follow the members, each a surname
    # after the office ("DIRECTOR OF FINANCE KLINE"), and the member before keeps being a member
    attendance = attendance_blocks(lines_at([
        (31, 100, "PRESENT:"), (31, 114, "MAYOR HARRIS"), (31, 128, "COUNCILMEMBER PATEL"),
        (31, 142, "DIRECTOR OF FINANCE KLINE"), (31, 156, "CITY MANAGER ROBERTS")]))
    assert names(attendance.present) == [("HARRIS", "MAYOR"), ("PATEL", None)]
    assert names(attendance.in_attendance) == [("KLINE", "DIRECTOR OF FINANCE"), ("ROBERTS", "CITY MANAGER")]
    # Counter-example (an English council's officers, name over office): an office in mixed case names nobody
    assert names(parse_people("Director of Finance Operations")) == []


def test_a_name_printed_surname_first_in_capitals_is_one_person():
    # probe of an English borough's licensing committee: "SURNAME, Forename" entries cut by semicolons, the comma no
    # separator; one a line as well
    assert names(parse_people("SMITH, John (Chair); JONES, Mary; O'NEILL, Sean")) == [
        ("John SMITH", "Chair"), ("Mary JONES", None), ("Sean O'NEILL", None)]
    assert names(parse_people("SMITH, John; JONES, Mary and PATEL, Ravi")) == [
        ("John SMITH", None), ("Mary JONES", None), ("Ravi PATEL", None)]
    assert names(attendance_blocks(lines_at([(31, 100, "APOLOGIES:"), (31, 114, "BROWN, Alan"),
                                             (31, 128, "WHITE, Susan")])).apologies) == [
        ("Alan BROWN", None), ("Susan WHITE", None)]
    # Counter-examples: a US board's list of surnames, and a surname in capitals then its office, stay as they were
    assert names(parse_people("Little, Shabazz, Tilos")) == [("Little", None), ("Shabazz", None), ("Tilos", None)]
    assert "Clerk SMITH" not in [p.name for p in parse_people("SMITH, Clerk")]


def test_one_letter_parties_on_two_lines_of_a_list_are_parties():
    # probe of a Swedish kommunstyrelse's protocol: members one a line, each with the party's letter, the office after
    attendance = attendance_blocks(lines_at([
        (31, 100, "Beslutande"), (31, 114, "Olle Strand (M), ordförande"), (31, 128, "Eva Nord (S), vice ordförande"),
        (31, 142, "Per Berg (C)")]))
    assert names(attendance.present) == [("Olle Strand", "ordförande"), ("Eva Nord", "vice ordförande"), ("Per Berg", None)]
    # Counter-example: an English parish's one "(C)" in its list may be the chair's mark, and stays
    assert parties_of_the_list(["Cllr A Smith (C)", "Cllr B Jones"]) == ["Cllr A Smith (C)", "Cllr B Jones"]


def test_a_member_present_in_another_members_place_is_their_substitute():
    # probe of a fire authority's committee: "Clayton (vice Randall Johnson)"; an English district's "(for Cllr Jones)"
    attendance = attendance_blocks(lines_at([
        (31, 100, "Present: Councillors Atkinson (Chair), Best, Clayton (vice Randall Johnson), Kendall and Peart")]))
    substitutes_present(attendance)
    assert names(attendance.substitutes) == [("Clayton", "substitute for Randall Johnson")]
    attendance = attendance_blocks(lines_at([(31, 100, "Present: Cllr A Smith (Chair), Cllr B Lee (for Cllr Jones)")]))
    substitutes_present(attendance)
    assert names(attendance.substitutes) == [("B Lee", "substitute for Jones")]
    # Counter-example: a vice chair (a Scottish board's "Vice Chair" in lower case too) is no substitute
    attendance = attendance_blocks(lines_at([(31, 100, "Present: Cllr A Smith (Chair), Cllr B Lee (vice Chair)")]))
    substitutes_present(attendance)
    assert attendance.substitutes == []


def test_officers_each_run_on_into_their_office_in_a_list():
    # probe of an English district council's planning committee: "OFFICERS IN ATTENDANCE: T Coop Democratic Services
    # Officer, L Jeffries Principal Area Planning Officer", each name run on into its office, the office's word fourth
    attendance = attendance_blocks(lines_at([(31, 100, "OFFICERS IN ATTENDANCE: T Coop Democratic Services Officer, "
                                                       "L Jeffries Principal Area Planning Officer")]))
    assert names(attendance.in_attendance) == [("T Coop", "Democratic Services Officer"),
                                               ("L Jeffries", "Principal Area Planning Officer")]
    # Counter-example: an Ontario board's rank before a surname is no name run on into an office, so the list is not
    # read as such and its representative's body ("North Bay") is no person
    assert [p.name for p in parse_people("inspector McMullen, North Bay OPP Representative")] == ["McMullen"]


def test_a_swedish_protocols_serving_substitutes_one_a_line():
    # probe of a Swedish kommunstyrelse's protocol: "Tjänstgörande ersättare" over "Lisa Ek (S) ersätter Karl Ek (SD)"
    attendance = attendance_blocks(lines_at([
        (31, 100, "Tjänstgörande ersättare"), (31, 114, "Lisa Ek (S) ersätter Karl Ek (SD)"),
        (31, 128, "Olof Berg (M) för Per Dahl (M)")]))
    assert names(attendance.substitutes) == [("Lisa Ek", "substitute for Karl Ek"), ("Olof Berg", "substitute for Per Dahl")]
    # Counter-example: substitutes listed without whom they replaced (a Swedish board's "Ersättare" not serving) stay
    # names only
    attendance = attendance_blocks(lines_at([(31, 100, "Ersättare"), (31, 114, "Lisa Ek (S)"), (31, 128, "Olof Berg (M)")]))
    assert names(attendance.substitutes) == [("Lisa Ek", None), ("Olof Berg", None)]


def test_a_note_in_brackets_after_an_attendance_label():
    # probe of an English parish council's minutes: "Apologies (with reasons): Cllr D Eve (work)"
    attendance = attendance_blocks(lines_at([(31, 100, "Present: Cllr A Smith (Chair), Cllr B Jones"),
                                             (31, 114, "Apologies (with reasons): Cllr D Eve (work)")]))
    assert [p.name for p in attendance.apologies] == ["D Eve"]
    # Counter-example: a long aside in brackets is no note on the label (a US board's reference to its appendix)
    assert label_key("Present (see Appendix A for the full list of attendees): Trustee Gray")[1].startswith("(see")


def test_a_generational_suffix_after_a_comma_is_the_names():
    # US lists set a suffix after a comma ("Mayor Victor Aguilar, Jr., …"; a Texas city council's minutes:
    # "Ignacio Ramirez, Sr. City Attorney"): one person, whose office may follow the suffix
    assert [(p.name, p.role, p.title) for p in parse_people("Mayor Victor Aguilar, Jr., Councilmember Jane Doe")] == [
        ("Victor Aguilar Jr", "Mayor", None), ("Jane Doe", None, "Councilmember")]
    assert names(parse_people("City Attorney Ignacio Ramirez, Sr., City Clerk Lorri Coody")) == [
        ("Ignacio Ramirez Sr", "City Attorney"), ("Lorri Coody", "City Clerk")]
    assert names(parse_people("Ignacio Ramirez, Sr. City Attorney")) == [("Ignacio Ramirez Sr", "City Attorney")]
    assert names(parse_people("Dr. Ann Lee, Chair; Robert Jones, Jr., Vice Chair; Mary Smith")) == [
        ("Ann Lee", "Chair"), ("Robert Jones Jr", "Vice Chair"), ("Mary Smith", None)]
    # Counter-examples: the Spanish honorific before a name is no suffix, and a suffix printed without a comma
    # stays the name's as before ("Mercedes Renteria III", the same minutes)
    assert names(parse_people("Sra. López, Sr. García")) == [("Sra. López", None), ("Sr. García", None)]
    assert names(parse_people("Council Members Ronnie Anderson, Mercedes Renteria III and Mayor Calvin Mundinger")) == [
        ("Ronnie Anderson", None), ("Mercedes Renteria III", None), ("Calvin Mundinger", "Mayor")]


def test_a_sentence_saying_a_list_has_nobody_names_nobody():
    # probe of an English parish council's minutes: "Absent:" over "There were no absences"; another's "No members of
    # public were present" among its lists
    attendance = attendance_blocks(lines_at([(72, 72, "Present:"), (72, 88, "Cllr Mr A H Porter (Chair)"),
                                             (72, 104, "Cllr Mrs B Abbott"), (72, 136, "Absent:"),
                                             (72, 152, "There were no absences")]))
    assert names(attendance.present) == [("A H Porter", "Chair"), ("B Abbott", None)]
    assert attendance.absent == []
    assert parse_people("No members of public were present") == []
    # Counter-examples: a surname that opens like "no one", a sentence about who was there
    assert names(parse_people("Cllr Noone")) == [("Noone", None)]
    assert not NOBODY.match("There was a quorum present")


def test_a_members_initials_in_brackets_are_no_office():
    # probes of two English parish councils' minutes, which print each member's initials to name who is to act:
    # "Councillors: E. Simpson (ES)(Chairman), J Green (JG), J. Shields (JS), A.Wragg (AWr)" and "Nic Brown (NB), …,
    # Paul Bown (PAB), …, Michael Hawkett"; the office after the initials is still the member's
    assert names(parse_people("Councillors E. Simpson (ES)(Chairman), J Green (JG), J. Shields (JS), A.Wragg (AWr)")) == [
        ("E. Simpson", "Chairman"), ("J Green", None), ("J. Shields", None), ("A.Wragg", None)]
    assert names(parse_people("Nic Brown (NB), John Lewis (JL), Paul Bown (PAB), Michael Hawkett")) == [
        ("Nic Brown", None), ("John Lewis", None), ("Paul Bown", None), ("Michael Hawkett", None)]
    # (and a name alone on its line: the second's "2. APOLOGIES" over "John Howard (JH)")
    attendance = Attendance()
    parse_block("apologies", ["John Howard (JH)"], attendance)
    assert names(attendance.apologies) == [("John Howard", None)]
    # Counter-examples: letters in brackets that do not spell the name are an office, or a party
    assert names(parse_people("Jane Smith (CEO)")) == [("Jane Smith", "CEO")]
    assert names(parse_people("Mrs S Hammond (HR), Mr J Smith (JS)")) == [("S Hammond", "HR"), ("J Smith", None)]


def test_an_officers_office_as_a_field_under_the_members_opens_its_own_entry():
    # probe of an English parish council's minutes: "PRESENT" over the members, then each officer's field ("Parish
    # Clerk: Helen Spurgeon", "Responsible Finance Officer: Robert Parkes (RP)"), who attend; Irish councils'
    # "Cathaoirleach: …" field names who presided, a member
    attendance = attendance_blocks(lines_at([
        (72, 100, "PRESENT"), (72, 116, "Councillors: Nic Brown (NB), John Lewis (JL), Michael Hawkett"),
        (72, 132, "Parish Clerk: Helen Spurgeon"), (72, 148, "Responsible Finance Officer: Robert Parkes (RP)")]))
    assert names(attendance.present) == [("Nic Brown", None), ("John Lewis", None), ("Michael Hawkett", None)]
    assert names(attendance.in_attendance) == [("Helen Spurgeon", "Parish Clerk"),
                                               ("Robert Parkes", "Responsible Finance Officer")]
    presided = attendance_blocks(lines_at([(31, 100, "Cathaoirleach: Councillor Mary Brennan"),
                                           (31, 116, "Members Present: Councillors J. Byrne, P. Doherty")]))
    assert names(presided.present)[0] == ("Mary Brennan", "Cathaoirleach")
    # Counter-example: a clerk's report is no field over a holder
    assert label_key("Clerk's report: noted") is None


def test_a_french_office_keeps_its_adjectives_after_the_noun():
    # probes of Quebec towns' procès-verbaux: "Assistent également à la réunion, M. Gilles Bertrand, directeur
    # général, madame Marie-Claude Arguin, directrice générale adjointe, …", "monsieur le maire suppléant Richard
    # Michaud", and a members' title over the rest of the list with a colon ("Messieurs les conseillers: Lucien Boily, …")
    assert names(parse_people("M. Gilles Bertrand, directeur général, madame Marie-Claude Arguin, directrice générale "
                              "adjointe, M. Luc Drouin, trésorier")) == [
        ("Gilles Bertrand", "directeur général"), ("Marie-Claude Arguin", "directrice générale adjointe"),
        ("Luc Drouin", "trésorier")]
    assert names(parse_people("Monsieur le maire suppléant Richard Michaud, madame la conseillère Johanne Vachon")) == [
        ("Richard Michaud", "maire suppléant"), ("Johanne Vachon", None)]
    assert names(parse_people("Madame la conseillère Sylvie Beaumont, Messieurs les conseillers: Lucien Boily, "
                              "Jocelyn Fradette et Alain Fortin.")) == [
        ("Sylvie Beaumont", None), ("Lucien Boily", None), ("Jocelyn Fradette", None), ("Alain Fortin", None)]
    # Counter-examples: a speaker's turn before its colon is no title ("Clerk: Madam Speaker Councillor Sharma, …"),
    # and an English general counsel is an office as before
    assert names(parse_people("Clerk: Madam Speaker Councillor Sharma, His Worship Mayor Katz")) == [
        ("Sharma", "Speaker"), ("Katz", "Mayor")]
    assert names(parse_people("Jane Doe, General Counsel")) == [("Jane Doe", "General Counsel")]
