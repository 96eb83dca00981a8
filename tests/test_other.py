"""Documents with no structure of their own: all text kept, filed under the right meeting."""

from pathlib import Path

from extract.parse.other import language_of, parse
from extract.read import Line, Page, PdfText
from extract.parse.heading import Meeting
from extract.split import DocumentSpan

PACK = PdfText(path=Path("pack.pdf"), sha256="0" * 64, pages=[])


def span_of(texts, meeting=None):
    lines = [Line(text=t, x0=72, x1=400, top=60 + 15 * i, bottom=71 + 15 * i, size=11) for i, t in enumerate(texts)]
    return DocumentSpan(kind="other", pages=[Page(number=1, width=595, height=842, lines=lines)], meeting=meeting)


def test_a_work_programme_in_a_pack_is_filed_under_the_pack_meeting():
    # The last paper of seed 004: it names four meeting dates, the first of them 11 July 2017.
    meeting = Meeting(body="Thurrock Council", committee="Children's Services Overview and Scrutiny Committee",
                      date="2018-02-13")
    record = parse(span_of(["**Children's Services Overview and Scrutiny Committee", "Work Programme 2017/18**",
                            "Dates of Meetings: 11 July 2017, 10 October 2017, 12 December 2017 and 13 February 2018"],
                           meeting), PACK)
    assert (record.committee, record.date, record.title) == (meeting.committee, "2018-02-13", "Work Programme 2017/18")
    assert record.warnings == []


def test_a_stand_alone_unknown_document_says_so_and_keeps_its_text():
    record = parse(span_of(["Local Councils, Internal Drainage Boards and", "other Smaller Authorities in England",
                            "Annual return for the financial year ended 31 March 2017"]), PACK)
    assert record.warnings == ["no committee document recognised: kept as an 'other' record with its text"]
    assert "Annual return for the financial year ended 31 March 2017" in " ".join(b.text for b in record.content)


def test_french_minutes_are_recognised_as_french():
    assert language_of("Le douze juillet deux mil vingt-trois, le Conseil Municipal de la commune, "
                       "dûment convoqué, s'est réuni en session ordinaire à la mairie sous la présidence du Maire") \
        == "French"
