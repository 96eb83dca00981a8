"""Rows → paragraphs and cover fields as word processors and other layouts set them (spacing, table cells)."""

from extract.read import Line
from extract.rows import Row, paragraphs, unwrap


def rows_at(*lines: tuple[str, float, float]) -> list[Row]:
    """Rows from (text, top, x1) of real lines, in 12 pt type from x0 65.3."""
    return [Row(0, top, [text], line=Line(text=text, x0=65.3, x1=x1, top=top, bottom=top + 12, size=12.0))
            for text, top, x1 in lines]


def test_a_paragraph_set_six_points_apart_after_a_short_line_is_a_new_paragraph():
    # The word-processor rendering of seed 004 (item 7): "space after 6 pt" is all that sets paragraphs apart.
    groups = paragraphs(rows_at(
        ("Executive Summary", 381.2, 162.9),
        ("This covering report provides an introduction to the revised Children's Social Care Development", 403.0, 529.1),
        ("Plan 2018 – 19. A copy of the Development Plan is attached to this report.", 418.9, 422.4),
        ("1. Recommendation(s)", 440.7, 174.6),
        ("1.1 That Children's Services Overview and Scrutiny Committee consider the progress and", 462.6, 514.5),
        ("direction of travel for children's social care in completing the required actions from the", 478.4, 500.1),
        ("Development Plan.", 494.3, 187.3)))
    assert [len(g) for g in groups] == [1, 2, 1, 3]


def test_a_line_that_reached_the_edge_continues_its_paragraph_across_a_wider_step():
    # cc_kent-cc_report_2025-01-17_record-of-decision: 15.9 pt steps, one of 14.3 pt, all one paragraph.
    groups = paragraphs(rows_at(
        ("The financial challenges facing all local authorities is critical. KCC needs to deliver £108.8m (2024-",
         708.3, 552.4),
        ("25 published Medium Term Financial Plan) of transformation and efficiency savings over the next", 724.1, 543.7),
        ("two years. Our work to meet these challenges has already meant changes to services across the", 740.0, 542.4),
        ("county.", 755.9, 67.5)))
    assert len(groups) == 1


def test_a_committee_name_wrapped_inside_a_narrow_cell_is_one_field():
    # Seed 000 printed from Word, its cover block a table without borders: the cell wraps the name.
    head = unwrap(rows_at(
        ("11 July 2017 ITEM: 8", 71.3, 413.7),
        ("Children's Services Overview", 95.8, 207.9), ("and Scrutiny Committee", 110.3, 182.6),
        ("Peer Review of Contacts,", 134.8, 189.3), ("Referrals and Assessments", 149.3, 199.8),
        ("Wards and communities affected: All Key Decision: Non-Key", 173.8, 488.3)), lambda text: False)
    assert [r.text for r in head][1:3] == ["Children's Services Overview and Scrutiny Committee",
                                           "Peer Review of Contacts, Referrals and Assessments"]


def test_a_whole_committee_name_or_a_date_is_a_field_of_its_own():
    # The cover of seed 001 set in single-spaced lines: name, date and title stay three fields.
    head = unwrap(rows_at(
        ("CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE", 70.0, 420.0), ("3 June 2014", 84.5, 130.0),
        ("SAFEGUARDING PEER REVIEW", 99.0, 232.6),
        ("Medway Council commissioned a Peer Review of children's safeguarding services from the", 130.0, 508.7)),
        lambda text: False)
    assert len(head) == 4


def test_a_sentence_cut_by_a_page_turn_goes_on_on_the_next_page():
    # cc_weca_report_2026-03-27_transport, recommendation 4: "… not being reached at" / "Director level, …".
    first = rows_at(("Authority S73 Officer, equivalent Directors from the Unitary Authorities, and", 711.3, 517.6),
                    ("CRSTS change requests. In the event of a consensus not being reached at", 743.0, 517.7))
    second = [Row(1, 108.6, [text], line=Line(text=text, x0=65.3, x1=517.6, top=108.6, bottom=120.6, size=12.0))
              for text in ["Director level, decision making will be escalated to the Mayoral Combined"]]
    assert len(paragraphs(first[1:] + second)) == 1
    # A page that ends its sentence starts a new paragraph on the next.
    ended = rows_at(("Ofsted will not publish dates for inspections. Authorities will be inspected.", 743.0, 517.7))
    assert len(paragraphs(ended + second)) == 2
