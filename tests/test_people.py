"""Attendance conventions, each on real lines from published minutes."""

from extract.parse.people import Attendance, attendance_blocks, parse_block, parse_listed_line, parse_people
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
