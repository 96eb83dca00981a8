"""Markup left in the PDFs' text layer: emphasis kept as emphasis, residue removed, footnote marks kept."""

from __future__ import annotations

import markdown

from extract.markup import canonical_texts, plain, tidy_record
from extract.model import Minute, Minutes, Paragraph, Source, Table
from extract.write import render_blocks

# Real lines: Thurrock minutes and reports (samples/text/004_…), Kent County Council's budget pack
# and Nipissing Township's agenda (../shared/corpus).
RESOLUTION = ("That the Children's Services Overview and Scrutiny Committee note that it may be necessary to "
              "adjust the relevant fees and charges during the year to reflect a change to their cost "
              "recoverability calculation, as** • legally prescribed statutory fees and charges may be subject "
              "to prescribed variation during the year, and that** • discretionary services provided on a traded "
              "basis for profit may be subject to commercial operational considerations.")


def minutes(*content, resolution: str = RESOLUTION) -> Minutes:
    return Minutes(body="Thurrock Council", committee="Children's Services", date="2017-12-12", title="Minutes",
                   source=Source(file="x.pdf", sha256=""), content=list(content),
                   items=[Minute("74", "Fees and Charges Pricing Strategy 2018 / 19", resolutions=[resolution])])


def html(record: Minutes) -> str:
    return markdown.markdown(render_blocks(record), extensions=["tables"])


def test_a_bold_marker_left_without_its_pair_goes_from_the_frontmatter_and_the_body():
    record = tidy_record(minutes(Paragraph("properties to be available for the scheme.**"),
                                 Paragraph("• 2.1** The Statutory guidance on Children Missing Education")))
    assert record.items[0].resolutions == [RESOLUTION.replace("as** •", "as •").replace("that** •", "that •")]
    assert [b.text for b in record.content] == ["properties to be available for the scheme.",
                                                "• 2.1 The Statutory guidance on Children Missing Education"]


def test_emphasis_that_opens_and_closes_is_emphasis():
    record = tidy_record(minutes(Paragraph("**START TIME 6:30 p.m.**"),
                                 Paragraph("is set out in *Children Missing Education Statutory Guidance for Local "
                                           "Authorities* Department for Education")))
    page = html(record)
    assert "<strong>START TIME 6:30 p.m.</strong>" in page
    assert "<em>Children Missing Education Statutory Guidance for Local Authorities</em> Department" in page


def test_bold_split_over_two_paragraphs_is_closed_and_reopened():
    texts, footnoted = canonical_texts(["**Any queries regarding these Minutes, please contact",
                                        "Democratic Services at Direct.Democracy@thurrock.gov.uk**"])
    assert texts == ["**Any queries regarding these Minutes, please contact**",
                     "**Democratic Services at Direct.Democracy@thurrock.gov.uk**"] and not footnoted


def test_a_document_footnoting_with_asterisks_keeps_them():
    texts, footnoted = canonical_texts(["Integrated transport funding settlement**",
                                        "(**) refers to functions for which funding will be included in "
                                        "Integrated Settlements for Established Mayoral"])
    assert footnoted and texts[0] == "Integrated transport funding settlement**"
    page = html(tidy_record(minutes(*(Paragraph(t) for t in texts))))
    assert "settlement**" in page and "(**) refers" in page


def test_tags_and_autolinks_become_emphasis_lines_and_addresses():
    record = tidy_record(minutes(
        Table(rows=[["Topic", "Lead Officer"], ["<i>Looked after Children (tbc)</i>", ""],
                    ["<p>New arrangements in place.</p> <p>Next Phase</p>", "MWT"],
                    ["----", "---"]]),
        Paragraph("are set out on the Council web site "
                  "<https://www.thurrock.gov.uk/children-missing-education/when-child-is-missing-education>.")))
    table, paragraph = record.content
    assert table.rows[1:] == [["*Looked after Children (tbc)*", ""], ["New arrangements in place.\nNext Phase", "MWT"]]
    assert paragraph.text.endswith("web site https://www.thurrock.gov.uk/children-missing-education/"
                                   "when-child-is-missing-education.")
    page = html(record)
    assert "<em>Looked after Children (tbc)</em>" in page and "New arrangements in place.<br>Next Phase" in page


def test_text_that_is_not_markup_stays_literal():
    record = tidy_record(minutes(Paragraph("The Portfolio Holder presented the report. <script>alert(1)</script>"),
                                 Paragraph("*** AGENDA ***"), Paragraph("MCA 147.31 171.81 168.87*")))
    page = html(record)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "*** AGENDA ***" in page and "168.87*" in page


def test_plain_text_drops_the_markers():
    assert plain("**START TIME 6:30 p.m.** and *None*") == "START TIME 6:30 p.m. and None"
