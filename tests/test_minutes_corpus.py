"""The minutes parser on real PDFs from ../shared/corpus (skipped when ../shared is absent)."""

from pathlib import Path

import pytest

from extract.parse import parse_span
from extract.read import read_pdf
from extract.split import split

CORPUS = Path(__file__).parents[1] / "../shared/corpus/pdf"

pytestmark = pytest.mark.shared


def minutes_of(name):
    pdf = read_pdf(CORPUS / name)
    [span] = [s for s in split(pdf) if s.kind == "minutes"][:1]
    return parse_span(span, pdf)


def test_parish_minutes():
    record = minutes_of("uk_newbiggin-pc_minutes_2019-09-03.pdf")
    assert (record.committee, record.date, record.end) == ("Newbiggin Parish Council", "2019-09-03", "20:35")
    assert [p.name for p in record.present] == ["D Thompson", "N Armstrong", "M Atkinson", "R Robson", "P Clarke"]
    assert [p.name for p in record.in_attendance] == ["A Armstrong", "J Brampton"]
    assert [m.number for m in record.items][:3] == ["19.09.01", "19.09.02", "19.09.03"]


def test_roll_call_table_and_motion_fields():
    record = minutes_of("us_east-palo-alto-ca_minutes_2020-01-27.pdf")
    assert record.committee == "East Palo Alto Planning Commission"
    assert (record.start, record.end) == ("19:07", "19:48")
    assert [p.name for p in record.absent] == ["Uriel Hernandez"]
    motions = [m for item in record.items for m in item.motions]
    assert ("Mashack", "Brown", "carried") in [(m.mover, m.seconder, m.result) for m in motions]
    assert "failed" in [m.result for m in motions]


def test_vote_on_a_group_of_sub_items_belongs_to_the_parent():
    record = minutes_of("us_alameda-ca_civil-service-board_2019-10-02.pdf")
    items = {m.number: m for m in record.items}
    assert [m.mover for m in items["4"].motions] == ["Nolan"]
    assert items["4-A-iv"].motions == []


def test_a_pdf_with_the_minutes_of_three_meetings_gives_three_records():
    pdf = read_pdf(CORPUS / "us_alameda-ca_city-council_minutes_2010-11-16.pdf")
    spans = split(pdf)
    assert [(s.kind, s.physical_pages) for s in spans] == [("minutes", [1, 14]), ("minutes", [15, 15]),
                                                           ("minutes", [16, 21])]
    assert parse_span(spans[1], pdf).committee == "City Council and Community Improvement Commission (CIC)"
