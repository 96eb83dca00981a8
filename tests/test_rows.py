"""Body text as the document has it: headings only where it has them, paragraphs over page turns,
spaced-out cover lines apart, one table however many pages it runs over.

The lines are real ones (samples/text/004_…: Thurrock's agenda pack), laid out as pdfgen prints
them: 11 pt type, 15.6 pt between the lines of a paragraph, 22.7 pt between paragraphs.
"""

from __future__ import annotations

from extract.model import Heading, ListBlock, Paragraph, Table
from extract.parse.common import paragraphs as line_paragraphs
from extract.read import Line, TableRegion
from extract.rows import Row, blocks_from_rows

EDGE = 564.1  # the text column's right edge
CHAR = 5.5


def row(text: str, top: float, page: int = 0, full: bool = False, bold: bool = False) -> Row:
    x1 = EDGE if full else min(EDGE - 1, 31.2 + CHAR * len(text))
    return Row(page, top, [text], line=Line(text=text, x0=31.2, x1=x1, top=top, bottom=top + 11, size=11.0,
                                            bold=bold))


def stacked(*texts: str, page: int = 0, top: float = 31.0, step: float = 22.7) -> list[Row]:
    """Lines standing one paragraph gap apart, each a paragraph of its own unless marked full ("…|")."""
    return [row(t.rstrip("|"), top + i * step, page, full=t.endswith("|")) for i, t in enumerate(texts)]


def paragraph(*texts: str, page: int = 0, top: float = 31.0) -> list[Row]:
    """The lines of one paragraph, each but the last filled to the edge."""
    return [row(t, top + i * 15.6, page, full=i < len(texts) - 1) for i, t in enumerate(texts)]


def table(rows: list[list[str]], page: int, top: float = 28.4) -> list[Row]:
    region = TableRegion(top=top, bottom=top + 20 * len(rows), rows=rows)
    return [Row(page, top, list(cells), table=region) for cells in rows]


def kinds(blocks) -> list[str]:
    return [f"{type(b).__name__}: {b.text if hasattr(b, 'text') else ''}" for b in blocks]


def test_headings_are_the_numbered_ones_and_the_lines_that_head_running_text():
    rows = (stacked("3.11 Managed Moves Reintegration 2016/17")
            + paragraph("The table below shows the managed moves carried out through the Inclusion Panel to avoid",
                        "permanent exclusions and reduce the chances of these pupils missing education.", top=53.7)
            + stacked("Executive Summary", top=107)
            + paragraph("This report provides an overview of the current situation regarding Children Missing",
                        "Education and the processes in place.", top=130)
            + stacked("KEY", "HTP Hard To Place", "EAL English as an Additional Language", "Fig 6", top=180)
            + paragraph("Children shown in Row A, have a school place identified for them and are either in",
                        "discussion with the school regarding a start date.", top=275)
            + stacked("Implications verified by: Natalie Warren", "Community Development and Equalities",
                      "Manager", top=320)
            + paragraph("This report covers children and young people with special educational needs and",
                        "disabilities and therefore there are direct implications.", top=388))
    headings = [b.text for b in blocks_from_rows(rows) if isinstance(b, Heading)]
    assert headings == ["3.11 Managed Moves Reintegration 2016/17", "Executive Summary"]


def test_a_line_set_in_bold_heads_what_follows():
    rows = ([row("Thurrock Council Wi-Fi", 31.0, bold=True)]
            + paragraph("Wi-Fi is available throughout the Civic Offices. You can access Wi-Fi on your device by",
                        "simply turning on the Wi-Fi on your laptop, Smartphone or tablet.", top=53.7))
    assert kinds(blocks_from_rows(rows))[0] == "Heading: Thurrock Council Wi-Fi"


def test_a_paragraph_runs_on_over_a_page_turn_mid_sentence():
    rows = (paragraph("The legislation changed the statutory agencies down to three, from five, which would now",
                      "consist of the Local Authority, the police and the Clinical Commissioning Group (CCG). It",
                      top=740)
            + paragraph("removed Probation and the Children and Family Court Advisory and Support Service (Cafcass)",
                        "but they would still form part of the safeguarding partnerships.", page=1)
            + paragraph("A small strategic group of the new partners had been set up.", page=1, top=90))
    texts = [b.text for b in blocks_from_rows(rows)]
    assert len(texts) == 2 and "(CCG). It removed Probation" in texts[0]
    minutes_lines = [r.line for r in rows]
    assert len(line_paragraphs(minutes_lines)) == 2  # the minutes parser's paragraphs too


def test_cover_lines_spaced_out_stay_apart_unless_the_text_wrapped():
    rows = stacked("The meeting will be held at 7.00 pm on 13 February 2018",
                   "Committee Room 1, Civic Offices, New Road, Grays, Essex, RM17 6SL",
                   "Councillors Bukky Okunade (Chair), Graham Snell (Vice-Chair), Gary Collins,|",
                   "David Potter, Joycelyn Redsell and Luke Spillman",
                   "Lynda Pritchard, Church of England Representative")
    assert [b.text for b in blocks_from_rows(rows)] == [
        "The meeting will be held at 7.00 pm on 13 February 2018",
        "Committee Room 1, Civic Offices, New Road, Grays, Essex, RM17 6SL",
        "Councillors Bukky Okunade (Chair), Graham Snell (Vice-Chair), Gary Collins, David Potter, "
        "Joycelyn Redsell and Luke Spillman",
        "Lynda Pritchard, Church of England Representative"]


def test_a_table_over_several_pages_is_one_table_with_one_header():
    header = ["", "Recommendation", "Actions", "RAG"]
    title = "Appendix 1 SEND Peer Review High Level Action Plan Update 17/1/2018"
    rows = (stacked(title)
            + table([header, ["1 (9)", "Review current staffing structures", "Full SEN Staffing review", "GREEN"]], 1)
            + stacked(title, page=2)  # the title again, on a page of its own before the next part
            + table([header, ["5", "Clarify accountabilities", "SEN plan to include", "COMPLETED"]], 3)
            + table([["11", "Clarify for parents the SEN support offer", "SEN Support guidance", "AMBER"]], 4))
    blocks = blocks_from_rows(rows)
    assert kinds(blocks) == [f"Paragraph: {title}", "Table: "]
    assert [r[0] for r in blocks[1].rows] == ["", "1 (9)", "5", "11"]


def test_a_tables_title_row_is_its_caption():
    blocks = blocks_from_rows(table([["", "CHILDREN MISSING EDUCATION", "", ""], ["", "", "PRIMARY", "SECONDARY"],
                                     ["A", "Offered but not on roll as yet", "58", "14"]], 0))
    assert isinstance(blocks[0], Paragraph) and blocks[0].text == "CHILDREN MISSING EDUCATION"
    assert isinstance(blocks[1], Table) and blocks[1].rows[0] == ["", "", "PRIMARY", "SECONDARY"]


def test_a_list_stays_a_list():
    rows = stacked("• Admissions", "• Special Educational Needs", "• Missing Children")
    assert [type(b) for b in blocks_from_rows(rows)] == [ListBlock]


def test_numbered_items_set_one_a_line_are_each_an_item_however_near_the_edge():
    # Two numbered recommendations a paragraph gap apart, the first ending close to the right edge: the
    # next number is the next item, not the first one's text wrapped; a number wrapped mid-sentence is not.
    from extract.rows import paragraphs

    items = stacked("1. That the Committee notes the outcome of the consultation on a late night levy.|",
                    "2. That the Committee recommends to Council that a levy is not introduced.")
    assert [len(group) for group in paragraphs(items)] == [1, 1]
    wrapped = paragraph("1.1 The options were considered by the working group as set out in paragraph",
                        "3.2 of the report to the last meeting.")
    assert [len(group) for group in paragraphs(wrapped)] == [2]
