"""The publication gate: what an exempt record or minute contributes to the docs folder and the site."""

from __future__ import annotations

from pathlib import Path

import frontmatter

from extract.model import Heading, Minute, Minutes, Paragraph, Report, Source
from extract.publication import public_body, public_record, withheld_pages
from extract.publish import generate
from extract.write import dump_frontmatter, record_path, render_record

ROOT = Path(__file__).resolve().parents[1]
SECRET = "The reserve price for the depot site is four million pounds."


def exempt_report() -> Report:
    return Report(body="Thurrock Council", committee="Cabinet", date="2020-01-08", title="Sale of the depot site",
                  source=Source(file="pack.pdf", sha256="0" * 64, pages=[7, 9]), item="12", exempt=True,
                  exempt_paragraphs=["3"], recommendations=[SECRET], report_of="Director of Place",
                  accountable=[], wards="Grays Riverside", content=[Paragraph(SECRET)])


def minutes_with_an_exempt_minute() -> Minutes:
    return Minutes(
        body="Thurrock Council", committee="Cabinet", date="2020-01-08", title="Minutes: Cabinet, 2020-01-08",
        source=Source(file="minutes.pdf", sha256="0" * 64, pages=[1, 3]), exempt_paragraphs=["3"],
        exempt_pages=[3],
        items=[Minute("11", "Exclusion of the press and public", anchor="min-11",
                      resolutions=["That the press and public be excluded."]),
               Minute("12", "Sale of the depot site", anchor="min-12", exempt=True, resolutions=[SECRET]),
               Minute("13", "Any other business", anchor="min-13")],
        content=[Heading("11. Exclusion of the press and public", anchor="min-11"),
                 Paragraph("RESOLVED: That the press and public be excluded."),
                 Heading("12. Sale of the depot site", anchor="min-12"), Paragraph(SECRET),
                 Heading("13. Any other business", anchor="min-13"), Paragraph("There was none.")])


def test_an_exempt_record_keeps_only_that_it_exists():
    public = public_record(exempt_report())
    assert (public.title, public.item, public.exempt, public.exempt_paragraphs) == (
        "Sale of the depot site", "12", True, ["3"])
    assert public.source.pages == [7, 9]
    assert public.recommendations == [] and public.report_of is None and public.wards is None


def test_the_docs_folder_never_holds_exempt_text():
    text = render_record(exempt_report())
    assert SECRET not in text
    assert "# Sale of the depot site" in text
    assert "paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972" in text


def test_an_exempt_minute_keeps_its_heading_and_loses_its_text():
    text = render_record(minutes_with_an_exempt_minute())
    post = frontmatter.loads(text)
    assert SECRET not in text
    assert [m["exempt"] for m in post["items"]] == [False, True, False]
    assert post["items"][1]["resolutions"] == []
    assert "12\\. Sale of the depot site {#min-12}" in post.content
    assert "There was none." in post.content and "press and public be excluded" in post.content


def test_a_minute_marked_exempt_whose_heading_was_edited_away_withholds_the_whole_body():
    record = minutes_with_an_exempt_minute()
    assert public_body(record, "# Minutes\n\n## Sale of the depot site\n\n" + SECRET) .count(SECRET) == 0


def test_pages_to_leave_out_of_the_pdf():
    read = "0" * 64  # the content of the PDF they were read from
    assert withheld_pages([exempt_report()], read) == [(7, 9)]
    assert withheld_pages([minutes_with_an_exempt_minute()], read) == [(3, 3)]
    unplaced = minutes_with_an_exempt_minute()
    unplaced.exempt_pages = []
    assert withheld_pages([unplaced], read) is None  # the whole PDF is withheld
    assert withheld_pages([Report(body=None, committee="C", date=None, title="t", source=Source("a.pdf", read),
                                  exempt=True)], read) is None


def test_a_pdf_other_than_the_one_its_records_were_read_from_is_withheld():
    """A newer version put in the PDF folder but not ingested: which of its pages are exempt is not known."""
    public = Report(body=None, committee="C", date=None, title="t", source=Source("a.pdf", "1" * 64, pages=[1, 2]))
    assert withheld_pages([public], "1" * 64) == []
    assert withheld_pages([public], "2" * 64) is None
    assert withheld_pages([public, exempt_report()], "1" * 64) is None  # two PDFs of one name: neither is known
    assert withheld_pages([Report(body=None, committee="C", date=None, title="t", source=Source("a.pdf", ""))],
                          "") is None


def hand_edited(record) -> str:
    """A record as an officer might leave it: marked exempt by hand, everything else still there."""
    from extract.model import record_to_frontmatter
    from extract.write import render_blocks

    return f"---\n{dump_frontmatter(record_to_frontmatter(record))}---\n\n# {record.title}\n\n{render_blocks(record)}"


def test_a_record_marked_exempt_by_hand_is_withheld_from_every_generated_file(tmp_path):
    docs, stage = tmp_path / "docs", tmp_path / "stage"
    for record in (exempt_report(), minutes_with_an_exempt_minute()):
        path = docs / record_path(record)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(hand_edited(record), encoding="utf-8")
        assert SECRET in path.read_text()
    generate(docs, stage, ROOT / "mkdocs.yml", None)
    leaks = [p for p in stage.rglob("*") if p.is_file() and SECRET in p.read_text(encoding="utf-8")]
    assert leaks == []
    assert "Sale of the depot site" in (stage / "data" / "meetings.json").read_text()
