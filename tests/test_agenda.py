"""Agenda front sheets and stand-alone agendas, from real lines and from the seed pack's front sheet."""

from pathlib import Path

import pytest
from conftest import SAMPLES, SHARED
from pdfgen import render_text

from extract.model import Heading, Person
from extract.parse import agenda
from extract.parse.agenda import _people
from extract.read import Line, Page, PdfText, read_pdf
from extract.split import DocumentSpan, split


def page(rows, number=1, size=12.0):
    """A page from (x0, top, text) rows as read from a real PDF."""
    lines = [Line(text=text, x0=x0, x1=min(540.0, x0 + 5.5 * len(text)), top=top, bottom=top + 11, size=size)
             for x0, top, text in rows]
    return Page(number=number, width=595, height=842, lines=lines)


def parse(*pages):
    pdf = PdfText(path=Path("agenda.pdf"), sha256="0" * 64, pages=list(pages))
    return agenda.parse(DocumentSpan(kind="agenda", pages=list(pages)), pdf)


# uk_milburn-pc_agenda_2020-07-14, page 1.
PARISH = page([
    (89.9, 70.2, "Clerk : Joan Todd Telephone : 017683 52469"), (89.9, 85.5, "E-mail : clerk@milburnparishcouncil.com"),
    (213.3, 130.3, "MILBURN PARISH COUNCIL"), (187.5, 148.1, "MEETING TO BE HELD ON TUESDAY,"),
    (230.7, 165.7, "14th July 2020 @ 7pm"), (216.8, 183.5, "MILBURN VILLAGE GREEN"), (89.9, 215.4, "AGENDA"),
    (89.9, 262.5, "1. Elect a Chairperson"), (89.9, 292.9, "2. To receive apologies for meeting"),
    (89.9, 324.1, "3. To register an interest in any item on the Agenda"),
    (89.9, 355.6, "4. To approve the minutes of the last meeting held on 3rd March 2020"),
    (89.9, 539.0, "5. Finance - Sign Statement of Accounts"),
    (183.1, 554.3, "Complete and sign Annual Governance Statement"),
    (89.9, 645.4, "6. Any Other Business"), (44.9, 713.5, "Councillors"),
    (44.9, 725.4, "Chairman Dennis Richardson, Townhead Farm Tel 61430"),
    (44.9, 737.3, "Michael Armstrong, Julian Bower Farm, Cliburn, Tel 07817367076,"),
    (44.9, 749.0, "Neil Cresswell, Kirkhouse Farm Tel 07958637564 Ray Healey, Townhead Tel 61447,"),
])

# us_omaha-ne_city-council-agenda_2012-10-16, page 1.
CITY = page([
    (164.7, 73.6, "CITY COUNCIL AGENDA FOR OCTOBER 16, 2012"), (199.0, 101.2, "LEGISLATIVE CHAMBERS - 2:00 P.M."),
    (72.0, 225.4, "ROLL CALL"), (72.0, 280.6, "1. City Clerk calls the roll."), (72.0, 335.8, "2. Pledge of Allegiance."),
    (72.0, 391.0, "3. Invocation by Councilmember Chris Jerram of District No. 3."),
    (72.0, 446.2, "CERTIFICATION OF PUBLICATION - NOTIFICATION OF OPEN MEETING ACT"),
    (72.0, 487.6, "4. City Clerk certifies publication in Daily Record, the Official Newspaper of the City"),
    (108.0, 501.4, "of Omaha on October 12, 2012, notice re: Pre-Council and Regular City Council"),
])


def test_parish_agenda():
    record = parse(PARISH)
    assert (record.committee, record.date, record.start, record.venue) == (
        "Milburn Parish Council", "2020-07-14", "19:00", "Milburn Village Green")
    assert [i.number for i in record.items] == ["1", "2", "3", "4", "5", "6"]
    assert (record.contact.name, record.contact.phone, record.contact.email) == (
        "Joan Todd", "017683 52469", "clerk@milburnparishcouncil.com")
    assert record.items[4].title == "Finance"  # its parts are listed under it
    assert record.items[4].description == "Sign Statement of Accounts Complete and sign Annual Governance Statement"
    assert [(p.name, p.role) for p in record.members] == [
        ("Dennis Richardson", "Chairman"), ("Michael Armstrong", None), ("Neil Cresswell", None), ("Ray Healey", None)]


def test_city_council_agenda():
    record = parse(CITY)
    assert (record.committee, record.date, record.start, record.venue) == (
        "City Council", "2012-10-16", "14:00", "Legislative Chambers")
    assert [i.title for i in record.items] == [
        "City Clerk calls the roll.", "Pledge of Allegiance.", "Invocation by Councilmember Chris Jerram of District No. 3.",
        "City Clerk certifies publication in Daily Record, the Official Newspaper of the City"]
    assert record.items[2].description == "CERTIFICATION OF PUBLICATION - NOTIFICATION OF OPEN MEETING ACT"


def test_membership_lines():
    assert _people("Councillors Bukky Okunade (Chair), Graham Snell (Vice-Chair), Gary Collins, David Potter, "
                   "Joycelyn Redsell and Luke Spillman")[:2] == [
        Person("Bukky Okunade", "Chair", "Councillor"), Person("Graham Snell", "Vice-Chair", "Councillor")]
    assert _people("Kim James, Chief Operating Officer, HealthWatch Thurrock") == [
        Person("Kim James", "Chief Operating Officer, HealthWatch Thurrock")]


def _front_sheet_text() -> str:
    """The seed pack's front sheet and its public-information pages."""
    lines = (SAMPLES / "text" / "004_e187f8e0c41f6043.txt").read_text(encoding="utf-8").splitlines()
    end = next(i for i, line in enumerate(lines) if line.startswith("Minutes of the Meeting"))
    return "\n".join(lines[:end]) + "\n"


def _check_front_sheet(record):
    assert (record.body, record.committee, record.date, record.start, record.published) == (
        "Thurrock Council", "Children's Services Overview and Scrutiny Committee", "2018-02-13", "19:00", "2018-02-05")
    assert record.venue == "Committee Room 1, Civic Offices, New Road, Grays, Essex, RM17 6SL"
    assert [(p.name, p.role) for p in record.members] == [
        ("Bukky Okunade", "Chair"), ("Graham Snell", "Vice-Chair"), ("Gary Collins", None), ("David Potter", None),
        ("Joycelyn Redsell", None), ("Luke Spillman", None),
        ("Kim James", "Chief Operating Officer, HealthWatch Thurrock"),
        ("Lynda Pritchard", "Church of England Representative")]
    assert [p.name for p in record.substitutes] == ["Tom Kelly", "Jane Potheary", "Sue Sammons"]
    assert [(i.number, i.pages) for i in record.items if i.pages] == [
        ("2", "5 - 16"), ("6", "17 - 68"), ("7", "69 - 84"), ("8", "85 - 98"), ("9", "99 - 108"),
        ("10", "109 - 118"), ("11", "119 - 120")]
    assert record.items[1].description.startswith("To approve as a correct record the minutes")
    assert record.items[9].title == "SEND Peer Review Action Plan and Progress Update"
    assert (record.contact.name, record.contact.email) == ("Wendy Le", "Direct.Democracy@thurrock.gov.uk")
    headings = [b.text for b in record.content if isinstance(b, Heading)]
    assert headings.index("Agenda items") < headings.index("Evacuation Procedures")


@pytest.fixture(scope="module", params=["ruled", "borderless"])
def front_sheet_pdf(tmp_path_factory, request):
    """The front sheet as the bundled renderer prints it, and in serif with a borderless items table
    whose numbers sit centred beside their wrapped titles."""
    out = tmp_path_factory.mktemp("front") / f"front-sheet-{request.param}.pdf"
    if request.param == "ruled":
        return render_text(_front_sheet_text(), out)
    return render_text(_front_sheet_text(), out, font="serif", table_borders=False,
                       running_header="Children's Services Overview and Scrutiny Committee, 13 February 2018")


def test_front_sheet(front_sheet_pdf):
    pdf = read_pdf(front_sheet_pdf)
    (span,) = split(pdf)
    _check_front_sheet(agenda.parse(span, pdf))


@pytest.mark.shared
def test_seed_pack_front_sheet():
    pdf = read_pdf(SHARED / "seeds" / "pdf" / "004_e187f8e0c41f6043.pdf")
    span = split(pdf)[0]
    assert span.physical_pages == [1, 5]
    _check_front_sheet(agenda.parse(span, pdf))


def test_a_membership_line_with_an_unbalanced_bracket_keeps_the_names():
    people = _people("Councillors Bukky Okunade (Chair, Graham Snell and Gary Collins")
    assert [p.name for p in people][-2:] == ["Graham Snell", "Gary Collins"]
    assert "Okunade" in people[0].name
