"""The PDFium reader gives the same lines and tables as pdfplumber, which parsers were written against."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfplumber.utils.text import chars_to_textmap

from conftest import SHARED
from extract.read import (SUBSET_TAG, Char, Line, Page, TableRegion, _is_bold, _line_words, _page_lines, bullets_joined,
                          lines_outside, open_pdf, read_page, strip_running_lines)

TEXT = """Milburn Parish Council
**Minutes of the meeting held on 2nd July 2019**
Present: Councillor A Smith (Chair), Councillor B Jones, Mrs C Brown (Clerk)
**19.07.01 Apologies**
Apologies were received from Councillor D Green; ﬁnance was not discussed.
- a bullet point about the village hall
Item\tDescription\tCost
1\tHedge cutting\t£120
2\tNoticeboard repairs\t£45.50
**19.07.02 Planning**
RESOLVED: that the application be supported.
"""


def reference_page(page) -> tuple[list[Line], list[list[list[str]]]]:
    """The lines and tables pdfplumber itself finds, as the reader did before PDFium."""
    tables = []
    if page.lines or page.rects:
        for table in page.find_tables():
            rows = [[(c or "").replace("\n", " ").strip() for c in row] for row in table.extract()]
            rows = [row for row in rows if any(row)]
            if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                tables.append((table.bbox, rows))
    lines = []
    for raw in page.extract_text_lines(return_chars=True, strip=True):
        if any(bbox[1] <= (raw["top"] + raw["bottom"]) / 2 <= bbox[3] for bbox, _ in tables):
            continue
        fonts = Counter(c["fontname"] for c in raw["chars"])
        sizes = Counter(round(c["size"], 1) for c in raw["chars"])
        lines.append(Line(text=raw["text"], x0=raw["x0"], x1=raw["x1"], top=raw["top"], bottom=raw["bottom"],
                          font=fonts.most_common(1)[0][0], size=sizes.most_common(1)[0][0],
                          bold=sum(n for f, n in fonts.items() if _is_bold(f)) > len(raw["chars"]) / 2))
    return lines, [rows for _, rows in tables]


def compare(path: Path) -> list[int]:
    """Numbers of the pages where the readers disagree; asserts positions agree where text does."""
    differing = []
    document = open_pdf(path)
    with pdfplumber.open(path) as plumber:
        for index, plumber_page in enumerate(plumber.pages):
            expected_lines, expected_tables = reference_page(plumber_page)
            page = read_page(document, index)
            plumber_page.close()
            if [ln.text for ln in page.lines] != [ln.text for ln in expected_lines] or \
                    [t.rows for t in page.tables] != expected_tables:
                differing.append(index + 1)
                continue
            for got, want in zip(page.lines, expected_lines):
                assert (got.bold, got.size) == (want.bold, want.size), got.text
                assert got.font == SUBSET_TAG.sub("", want.font)
                assert abs(got.x0 - want.x0) < 1 and abs(got.top - want.top) < 1, got.text
    document.close()
    return differing


def test_pdfium_reader_matches_pdfplumber_on_text_bold_and_tables(tmp_path):
    from pdfgen import render_text

    for font in ("sans", "serif"):
        pdf = render_text(TEXT, tmp_path / f"{font}.pdf", font=font)
        assert compare(pdf) == []
    page = read_page(open_pdf(pdf), 0)
    assert [t.rows for t in page.tables] == [[["Item", "Description", "Cost"], ["1", "Hedge cutting", "£120"],
                                               ["2", "Noticeboard repairs", "£45.50"]]]
    assert any("finance was not discussed" in ln.text for ln in page.lines)  # ligature spelt out
    assert [ln.bold for ln in page.lines if ln.text.startswith("19.07.0")] == [True, True]


def test_borderless_tables_stay_lines(tmp_path):
    from pdfgen import render_text

    pdf = render_text(TEXT, tmp_path / "borderless.pdf", table_borders=False)
    assert compare(pdf) == []
    assert read_page(open_pdf(pdf), 0).tables == []


@pytest.mark.shared
def test_pdfium_reader_matches_pdfplumber_on_the_seed_packs():
    """Real council PDFs: at most a stray space differs, on few pages."""
    pdfs = sorted((SHARED / "seeds" / "pdf").glob("00[0-3]_*.pdf"))
    assert pdfs
    assert {pdf.name: compare(pdf) for pdf in pdfs} == {pdf.name: [] for pdf in pdfs}


def as_plumber(char: Char) -> dict:
    return {"text": char.text, "x0": char.x0, "x1": char.x1, "top": char.top, "bottom": char.bottom,
            "doctop": char.top, "upright": char.upright, "size": char.size, "fontname": char.font}


chars = st.lists(st.builds(
    lambda text, x, top, width, size, upright, bold: Char(text, x, x + width, top, top + size, upright, size,
                                                          "Arial-Bold" if bold else "Arial"),
    st.sampled_from(list("ab ﬁ1.-")), st.floats(0, 400).map(lambda v: round(v, 1)),
    st.floats(0, 60).map(lambda v: round(v, 1)), st.floats(0, 8), st.sampled_from([9.0, 11.0]),
    st.booleans(), st.booleans()), max_size=60)


@given(chars)
@settings(max_examples=300, deadline=None)
def test_line_grouping_is_pdfplumbers(page_chars):
    """The reader groups characters as pdfplumber's extract_text_lines() would, only faster."""
    expected = [(raw["text"], raw["x0"], raw["top"]) for raw in
                chars_to_textmap([as_plumber(c) for c in page_chars]).extract_text_lines(strip=True)
                if raw["text"].strip()] if page_chars else []
    assert [(ln.text, ln.x0, ln.top) for ln in _page_lines(_line_words(page_chars))] == expected


def test_words_are_pdfplumbers(tmp_path):
    from pdfgen import render_text

    from extract.read import read_words

    pdf = render_text(TEXT, tmp_path / "words.pdf", table_borders=False)
    with pdfplumber.open(pdf) as plumber:
        expected = plumber.pages[0].extract_words()
    got = read_words(pdf, [1])[1]
    assert [(w["text"], w["upright"], w["direction"]) for w in got] == \
        [(w["text"], w["upright"], w["direction"]) for w in expected]
    for mine, theirs in zip(got, expected):
        assert all(abs(mine[k] - theirs[k]) < 1 for k in ("x0", "x1", "top", "bottom")), mine["text"]


def test_the_line_just_below_a_table_is_not_a_cell():
    # seed 004 page 2: "Queries regarding this Agenda or notification of apologies:" starts 0.8 pt
    # below the rule that closes the agenda items table.
    table = TableRegion(top=60.0, bottom=98.1, rows=[["11", "Work Programme", "119 - 120"]] * 2)
    cell = Line("Work Programme", 72, 150, 85.0, 96.0)
    after = Line("Queries regarding this Agenda or notification of apologies:", 62, 400, 98.9, 109.9)
    assert lines_outside([cell, after], [table]) == [after]


def test_rules_drawn_through_words_are_not_a_table(tmp_path):
    # uk_milburn-pc_minutes_2017-05-02_agm: a drawing and underlined headings behind the minutes
    # made a "table" whose cells cut words into "ill il ma by pr"; the text must stay lines.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    texts = ["17.05.6 Seat under the Chestnut Tree", "The Clerk has received an e-mail regarding this seat,",
             "the wood is starting to rot in places and has offered a donation to help",
             "17.05.7 Drains on Low Street", "As discussed at the last meeting the drains were reported"]
    for text in texts:
        pdf.cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")
    for x in (30, 55, 80):  # rules through the middle of words, top to bottom of the text
        pdf.line(x, 8, x, 62)
    for y in (8, 35, 62):
        pdf.line(10, y, 80, y)
    pdf.output(str(tmp_path / "drawn.pdf"))
    page = read_page(open_pdf(tmp_path / "drawn.pdf"), 0)
    assert page.tables == []
    assert [ln.text for ln in page.lines] == texts


def test_a_bullet_set_in_a_symbol_font_joins_the_text_beside_it():
    # LibreOffice prints Word's list bullets in OpenSymbol, 3.6 pt above the text's line (word-processor
    # rendering of seed 001): the bullet and its text are one line.
    bullet = Line(text="\uf0b7", x0=65.3, x1=70.2, top=352.2, bottom=364.2, font="OpenSymbol", size=12)
    text = Line(text="1.1 Peer Reviews of children's safeguarding services provide external feedback on the",
                x0=83.3, x1=495.8, top=355.8, bottom=367.8, font="LiberationSerif", size=12)
    joined, = bullets_joined([bullet, text])
    assert joined.text.startswith("\uf0b7 1.1 Peer Reviews") and (joined.x0, joined.top) == (65.3, 355.8)


def test_a_dash_in_a_table_column_stays_a_cell_of_its_own():
    # A nil value "-" in a budget table column (cc_kent-cc_pack_2025-02-13), a little off the row's line.
    dash = Line(text="-", x0=400.0, x1=404.0, top=120.0, bottom=129.0, size=9)
    figure = Line(text="1,750.0", x0=430.0, x1=460.0, top=122.0, bottom=131.0, size=9)
    assert len(bullets_joined([dash, figure])) == 2


# cc_rosemead_agenda_2022-11-08, page 1: a sidebar of notes in 11 pt beside the main column's heading,
# venue and members in larger type; the reader joined the two into lines such as "Speaker Request City Council".
SIDEBAR = ["Public Comment from the Audience", "If you wish to address the City Council, please complete a",
           "Speaker Request Card, as it must be handed to the City Clerk before the start of the meeting.",
           "The City Council will hear public comments on matters not listed on the agenda during the Public "
           "Comments from the Audience period.", "Opportunity to address the City Council (on non-agenda items) "
           "is limited to 3 minutes per speaker."]
MAIN = ["Rosemead", "City Council", "AGENDA", "November 8, 2022", "City Hall Council Chambers", "8838 E. Valley Blvd.",
        "Sean Dang, Mayor", "Steven Ly, Mayor Pro Tem", "Sandra Armenta, Council Member"]


def _sidebar_page(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.add_page()
    pdf.set_auto_page_break(False)
    pdf.set_font("helvetica", size=11)
    pdf.set_xy(50, 80)
    for text in SIDEBAR:
        pdf.multi_cell(130, 13, text, new_x="LEFT", new_y="NEXT")
    pdf.set_xy(210, 90)
    for text, size in zip(MAIN, (30, 30, 22, 22, 16, 16, 16, 16, 16)):
        pdf.set_font("helvetica", size=size)
        pdf.cell(340, size * 1.6, text, align="C", new_x="LEFT", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_a_sidebar_beside_the_main_column_is_read_after_it(tmp_path):
    page = read_page(open_pdf(_sidebar_page(tmp_path / "sidebar.pdf")), 0)
    texts = [ln.text for ln in page.lines]
    assert texts[:len(MAIN)] == MAIN  # the main column first, each line whole and on its own
    sidebar = " ".join(texts[len(MAIN):])
    assert sidebar == " ".join(SIDEBAR)  # then the sidebar, its lines in order


def test_a_single_column_and_a_table_in_one_type_stay_lines(tmp_path):
    # cc_kent-cc_agenda_2025-03-13: titles and the page ranges beside them are one line each;
    # cc_cuyahoga-board-of-health_agenda_2019-04-24: names and amounts.
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    rows = [("9. Review of Decision 24/00093 - Commissioned Family Hubs", "(Pages 31 - 190)"),
            ("10. Armed Forces Covenant - Annual Report", "(Pages 191 - 222)"),
            ("11. Devolution and Local Government Reorganisation Update", "(Pages 223 - 244)"),
            ("12. Treasury Management - Mid-Year Update 2024-25", "(Pages 245 - 266)"),
            ("13. Joint Health Overview & Scrutiny Committee - Terms of Reference", "(Pages 267 - 274)"),
            ("14. Governance & Audit Terms of Reference update", "(Pages 275 - 284)"),
            ("15. Governance Updates", "(Pages 285 - 334)"), ("16. Pay Policy Statement 2025/26", "(Pages 335 - 340)"),
            ("17. Motion for Time Limited Debate", "(Pages 341 - 342)"),
            ("AIDS Taskforce of Greater Cleveland", "$ 177,965.00"), ("Circle Health Services", "$ 128,918.00")]
    for title, pages in rows:
        pdf.set_x(56)
        pdf.cell(390, 14, title)
        pdf.cell(100, 14, pages, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "toc.pdf"))
    page = read_page(open_pdf(tmp_path / "toc.pdf"), 0)
    assert [ln.text for ln in page.lines] == [f"{title} {pages}" for title, pages in rows]


def test_a_wider_space_on_a_line_is_kept_as_where_its_words_part(tmp_path):
    # cc_burbank-parks-board_agenda_2022-11-10 (a web agenda viewer's print): an item's title and its description
    # on one line, two spaces apart; a line spaced evenly has no such place (cc_kent-cc_agenda_2025-03-13).
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    for top, text in ((100, "1. DeBell Golf Course Annual Report for Fiscal Year 2021-2022  The Board will"),
                      (130, "10. Armed Forces Covenant - Annual Report for the year")):
        pdf.set_xy(76, top)
        pdf.cell(460, 14, text)
    pdf.output(str(tmp_path / "spaced.pdf"))
    lines = read_page(open_pdf(tmp_path / "spaced.pdf"), 0).lines
    assert [(ln.text, ln.spaced) for ln in lines] == [
        ("1. DeBell Golf Course Annual Report for Fiscal Year 2021-2022 The Board will", (10,)),
        ("10. Armed Forces Covenant - Annual Report for the year", ())]


def test_words_set_in_columns_of_one_line_are_kept_as_where_the_columns_start(tmp_path):
    # cc_hermosa-beach_agenda_2023-01-10 (Legistar): an item's letter, its file number and its title in three
    # columns of one line; a title and its page range a tab apart are two columns too (cc_kent-cc_agenda).
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for top, cells in ((100, ((55, "b)"), (90, "REPORT"), (273, "CITY COUNCIL MEETING MINUTES"))),
                       (130, ((56, "3. Minutes of the meeting held on 13 February 2025"), (460, "1 - 14"))),
                       (160, ((56, "4. Cabinet Member Updates"),))):
        for x, text in cells:
            pdf.set_xy(x, top)
            pdf.cell(pdf.get_string_width(text) + 2, 12, text)
    pdf.output(str(tmp_path / "columns.pdf"))
    lines = read_page(open_pdf(tmp_path / "columns.pdf"), 0).lines
    assert [(ln.text, [index for index, _ in ln.columns]) for ln in lines] == [
        ("b) REPORT CITY COUNCIL MEETING MINUTES", [1, 2]),
        ("3. Minutes of the meeting held on 13 February 2025 1 - 14", [10]), ("4. Cabinet Member Updates", [])]
    assert [round(x) for _, x in lines[0].columns] == [93, 276]  # where each column starts (a cell's margin in)


def _margin_page(number: int, texts: list[tuple[float, str]]) -> Page:
    return Page(number=number, width=595, height=842,
                lines=[Line(text=text, x0=72.0, x1=400.0, top=top, bottom=top + 10, size=10.0) for top, text in texts])


def test_the_footer_of_a_two_page_paper_is_furniture_and_its_head_stays():
    # Probe of a two-page agenda whose footer opens with the page number: left in, "1 Planning Committee …" read as item 1.
    pages = [_margin_page(n, [(30.0, "PLANNING COMMITTEE"), (400.0, f"{n}. Apologies"),
                              (800.0, f"{n} Planning Committee Agenda - 14 March 2024")]) for n in (1, 2)]
    strip_running_lines(pages)
    assert [[line.text for line in page.lines] for page in pages] == [
        ["PLANNING COMMITTEE", "1. Apologies"], ["PLANNING COMMITTEE", "2. Apologies"]]
    assert [line.text for line in pages[1].furniture] == ["2 Planning Committee Agenda - 14 March 2024"]


def test_a_footer_set_apart_in_smaller_type_with_the_page_number_is_furniture_on_a_page_of_its_own():
    # Probe of a one-page agenda: the council's address and "Page 1" at its foot were read into the last item.
    def agenda(foot_top: float, foot_size: float, last_top: float = 115.0) -> Page:
        lines = [Line(text=text, x0=72.0, x1=400.0, top=top, bottom=top + 11, size=11.0)
                 for top, text in ((60.0, "PLANNING COMMITTEE"), (100.0, "4. Planning applications received"),
                                   (last_top, "5. Date of next meeting"))]
        lines += [Line(text=text, x0=72.0, x1=500.0, top=top, bottom=top + foot_size, size=foot_size)
                  for top, text in ((foot_top, "Ashby Town Council, Town Hall, Market Street, Ashby LE65 1AA"),
                                    (foot_top + 10, "Page 1"))]
        return Page(number=1, width=595, height=842, lines=lines)

    page = agenda(790.0, 8.0)
    strip_running_lines([page])
    assert [line.text for line in page.lines] == ["PLANNING COMMITTEE", "4. Planning applications received",
                                                  "5. Date of next meeting"]
    assert page.printed == "1" and len(page.furniture) == 2
    # Counter-examples: the text's own type at the foot, or text running on down to it, is the page's text.
    for page in (agenda(790.0, 11.0), agenda(790.0, 8.0, last_top=776.0)):
        strip_running_lines([page])
        assert "Ashby Town Council, Town Hall, Market Street, Ashby LE65 1AA" in [line.text for line in page.lines]
