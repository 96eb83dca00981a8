"""A small archive built from model records, for the site tests (no ../shared needed).

Two meetings of a Thurrock committee modelled on real minutes: an item deferred
on 12 December 2017 and taken up on 13 February 2018, a councillor named three
ways, two people sharing a surname, and an officer referred to by acronym. As in
the real pack, the earlier minutes print no council: the pack's other records do.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from extract.model import (Agenda, AgendaItem, Declaration, Departure, Heading, Minute, Minutes,
                           Paragraph, Person, Report, Source)
from extract.write import record_path, render_record

COUNCIL = "Thurrock Council"
COMMITTEE = "Children's Services Overview and Scrutiny Committee"
RESOLUTION = ("That the Children's Services Overview and Scrutiny Committee support the development "
              "of a transitional housing scheme for young people entering the aftercare service.")
PDF_NAME = "thurrock-2018-02-13.pdf"
# A tiny valid PDF standing in for the agenda pack: the records were read from it.
PDF_BYTES = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
             b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
             b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
             b"trailer<</Root 1 0 R>>\n%%EOF\n")
PDF_SHA256 = hashlib.sha256(PDF_BYTES).hexdigest()


def _source(pages: list[int]) -> Source:
    return Source(file=PDF_NAME, sha256=PDF_SHA256, pages=pages, printed_pages=None)


def records() -> list:
    december = Minutes(  # as extracted from the pack: the previous minutes print no council
        body=None, committee=COMMITTEE, date="2017-12-12",
        title="Minutes: Children's Services Overview and Scrutiny Committee, 12 December 2017",
        source=_source([5, 16]), start="19:00", end="21:40",
        venue="Committee Room 1, Civic Offices, New Road, Grays", status="approved", approved_at="2018-02-13",
        present=[Person("Bukky Okunade", "Chair", "Councillor"), Person("Graham Snell", "Vice-Chair", "Councillor"),
                 Person("Joycelyn Redsell", None, "Councillor"), Person("David Potter", None, "Councillor"),
                 Person("Lynda Pritchard", "Church of England Representative")],
        apologies=[Person("Myra Potter", "Parent Governor Representative")],
        in_attendance=[Person("Tim Elwell-Sutton", "Assistant Director and Consultant in Public Health"),
                       Person("Alan Cotgrove", "Business Manager, Local Safeguarding Children's Board")],
        items=[
            Minute("69", "Pilot Development of Head Start Housing for Care Leavers",
                   resolutions=[RESOLUTION], anchor="min-69"),
            Minute("71", "Annual Public Health Report 2017", anchor="min-71"),
            Minute("72", "Children's Social Care Performance", outcome="deferred", anchor="min-72"),
        ],
        declarations=[Declaration(member="The CER", item="66", interest="non-pecuniary",
                                  text="Works for a private fostering agency.")],
        departures=[Departure(name="The BMLSCB", time="19:16", item="67"),
                    Departure(name="The ADCPH", time="21:20", item="71")],
        content=[Heading("69. Pilot Development of Head Start Housing for Care Leavers", anchor="min-69"),
                 Paragraph("The Portfolio Holder presented the report. <script>alert(1)</script>"),
                 Paragraph("RESOLVED: " + RESOLUTION),
                 Heading("71. Annual Public Health Report 2017", anchor="min-71"),
                 Paragraph("Presented by the ADCPH, the report focussed on prevention."),
                 Heading("72. Children's Social Care Performance", anchor="min-72"),
                 Paragraph("This item was deferred to the next meeting.")],
    )
    agenda = Agenda(
        body=COUNCIL, committee=COMMITTEE, date="2018-02-13",
        title="Agenda: Children's Services Overview and Scrutiny Committee, 13 February 2018",
        source=_source([1, 4]), start="19:00", venue="Committee Room 1, Civic Offices, New Road, Grays",
        published="2018-02-05",
        members=[Person("Bukky Okunade", "Chair", "Councillor"), Person("Graham Snell", "Vice-Chair", "Councillor"),
                 Person("Joycelyn Redsell", None, "Councillor"), Person("David Potter", None, "Councillor")],
        items=[AgendaItem("2", "Minutes", "5 - 16"),
               AgendaItem("8", "Children's Social Care Performance", "85 - 98")],
    )
    february = Minutes(
        body=COUNCIL, committee=COMMITTEE, date="2018-02-13",
        title="Minutes: Children's Services Overview and Scrutiny Committee, 13 February 2018",
        source=_source([121, 126]), start="19:00", end="21:05", status="draft",
        present=[Person("Bukky Okunade", "Chair", "Councillor"), Person("Redsell", None, "Cllr"),
                 Person("David Potter", None, "Councillor")],
        apologies=[Person("Graham Snell", "Vice-Chair", "Councillor")],
        items=[Minute("80", "Children's Social Care Performance", anchor="min-80",
                      resolutions=["That the Committee noted the performance report."])],
        content=[Heading("80. Children's Social Care Performance", anchor="min-80"),
                 Paragraph("Members discussed the performance of children's social care.")],
    )
    report = Report(
        body=COUNCIL, committee=COMMITTEE, date="2018-02-13", title="Children's Social Care Performance",
        source=_source([85, 98]), item="8", report_of="Rory Patterson", recommendations=["Note the report."],
        content=[Paragraph("This report sets out the performance of children's social care.")],
    )
    return [december, agenda, february, report]


def write_archive(docs: Path) -> list:
    written = records()
    for record in written:
        path = docs / record_path(record)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_record(record), encoding="utf-8")
    return written


def write_pdf(folder: Path) -> Path:
    """A tiny valid PDF standing in for the agenda pack."""
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / PDF_NAME
    pdf.write_bytes(PDF_BYTES)
    return pdf
