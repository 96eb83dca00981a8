"""Nothing exempt is published: every marking convention, ingested and built, and every byte of the site searched.

The harness renders one PDF per convention (tests/exempt_fixtures.py), ingests
them all, builds the site with the PDFs, and reads back everything the site
serves — HTML, JSON, XML, CSV, iCalendar, the decompressed Pagefind index and
fragments, and the text of every published PDF — looking for each fixture's
exempt sentences, and for the public text that must still be there.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from exempt_fixtures import fixtures

from extract.cli import main
from extract.exempt import document_marking, exempt_agenda_items, marking_in, page_marking
from extract.read import Line, Page

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = fixtures()


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def served_text(path: Path) -> str:
    """What a file of the site says, as a reader or a program gets it: PDFs as text, Pagefind's files unzipped."""
    if path.suffix == ".pdf":
        return pdf_text(path)
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("exempt-site")
    pdfs = root / "pdf"
    pdfs.mkdir()
    paths = [fixture.pdf(pdfs) for fixture in FIXTURES]
    docs = root / "docs"
    assert main(["ingest", *map(str, paths), "--docs", str(docs)]) == 0
    assert main(["build", "--docs", str(docs), "--site", str(root / "site"), "--pdfs", str(pdfs),
                 "--config", str(ROOT / "mkdocs.yml")]) == 0
    served = {path: served_text(path) for path in (root / "site").rglob("*") if path.is_file()}
    return root, served


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name for f in FIXTURES])
def test_no_exempt_sentence_reaches_any_file_of_the_site(site, fixture):
    root, served = site
    source = pdf_text(root / "pdf" / f"{fixture.name}.pdf")
    for secret in fixture.secrets:
        assert " ".join(secret.split()) in " ".join(source.split())  # the fixture really prints it
        unique = next(word for word in words(secret) if word.endswith("vaunt"))
        leaks = [str(path.relative_to(root)) for path, text in served.items()
                 if unique in words(text) or secret in text]
        assert leaks == [], f"{fixture.name}: exempt text published in {leaks}"
    for public in fixture.public:
        assert any(public in text for text in served.values()), f"{fixture.name}: {public!r} is not published"


def test_the_docs_folder_holds_no_exempt_text(site):
    root, _ = site
    records = "\n".join(p.read_text(encoding="utf-8") for p in (root / "docs").rglob("*.md"))
    for fixture in FIXTURES:
        for secret in fixture.secrets:
            assert secret not in records


def test_published_pdfs_keep_their_public_pages(site):
    root, served = site
    minutes = served[root / "site" / "pdf" / "exempt-minute-items.pdf"]
    assert "PUBLIC minute snorbix note." in minutes and "Corringham" not in minutes
    assert (root / "site" / "pdf" / "agenda-part-ii.pdf").exists()
    assert not (root / "site" / "pdf" / "running-header.pdf").exists()  # every page exempt


def line(text: str, top: float = 100.0) -> Line:
    return Line(text=text, x0=50, x1=300, top=top, bottom=top + 10)


def test_a_cover_marking_below_the_fourteenth_row_marks_the_report():
    page = Page(number=1, width=595, height=842,
                lines=[line(f"Cover field {n}: value", 60 + 12 * n) for n in range(20)]
                + [line("This report is Exempt", 400)])
    assert document_marking("report", [page]).marking == "This report is Exempt"


def test_a_running_header_stripped_as_furniture_still_marks_the_page():
    page = Page(number=2, width=595, height=842, lines=[line("2.1 The scheme is on track.", 300)],
                furniture=[line("NOT FOR PUBLICATION - exempt information, paragraph 3 of Schedule 12A", 20)])
    marking = page_marking(page)
    assert marking.paragraphs == ("3",)


def test_a_label_answered_no_on_the_next_line_is_no_marking():
    assert marking_in(["Exempt information:", "No"]) is None
    assert marking_in(["Exempt information:", "Yes – paragraph 3"]).paragraphs == ("3",)


def test_a_label_answered_no_on_its_own_line_does_not_run_on_into_the_next():
    # An English district council's cover table: the answer beside the label, the report's first heading below.
    assert marking_in(["Exempt information: Not applicable", "1. Purpose of Report"]) is None
    assert marking_in(["Is this report confidential? No", "Part 1 of the report"]) is None
    assert marking_in(["Not for publication by virtue of", "paragraph 3 of Schedule 12A"]) is not None


def test_the_front_sheets_exempt_part_makes_the_items_after_it_exempt():
    items = [("5", "5", ["5 Budget Monitoring 17 - 30"]),
             ("6", "6", ["6 Exclusion of the Press and Public", "To agree that the press and public be excluded from "
                         "the meeting for the following item under paragraph 3 of Part 1 of Schedule 12A"]),
             ("7", "7", ["7 Sale of the depot 31 - 40"]), ("8", "8", ["8 Lease of the wharf (Exempt – paragraph 1)"])]
    exempt = exempt_agenda_items(items)
    assert sorted(exempt) == ["7", "8"]
    assert exempt["7"].paragraphs == ("3",) and exempt["8"].paragraphs == ("3", "1")


def test_an_exempt_part_numbered_as_an_item_holds_the_items_numbered_under_it():
    # An Australian council's Order of Business (InfoCouncil): "8 Confidential Matters" over 8.1 and 8.2, then
    # "9 Close of Meeting", public again.
    items = [("a", "7", ["7 Notices of Motion 20"]), ("b", "8", ["8 Confidential Matters 21"]),
             ("c", "8.1", ["8.1 Tender for Waste Collection Services 21"]), ("d", "8.2", ["8.2 CEO Performance Review"]),
             ("e", "9", ["9 Close of Meeting 22"])]
    assert sorted(exempt_agenda_items(items)) == ["c", "d"]
    # A New Zealand council's "6 Public Excluded" over its motion "6.1 Resolution to Exclude the Public" (public
    # itself) and "6.2 Sale of Land": the motion inside the part leaves it holding only 6.x.
    items = [("a", "6", ["6 Public Excluded"]), ("b", "6.1", ["6.1 Resolution to Exclude the Public"]),
             ("c", "6.2", ["6.2 Sale of Land at Tui Road"]), ("d", "7", ["7 Karakia Whakamutunga"])]
    assert sorted(exempt_agenda_items(items)) == ["c"]


def test_a_motion_excluding_the_public_keeps_everything_after_it_exempt():
    # A UK front sheet's "Exclusion of the Press and Public", even with a part of its own numbered under it: its
    # top-level items after are exempt to the end. So is a part heading whose next item is not numbered under it.
    items = [("a", "14", ["14 Exclusion of the Press and Public"]), ("b", "14.1", ["14.1 Resolution"]),
             ("c", "15", ["15 Disposal of land at Mill Lane"]), ("d", "16", ["16 Date of next meeting"])]
    assert sorted(exempt_agenda_items(items)) == ["b", "c", "d"]
    items = [("a", "10", ["10. Confidential Matters"]), ("b", "11", ["11. Tender award"]),
             ("c", "12", ["12. Close of Meeting"])]
    assert sorted(exempt_agenda_items(items)) == ["b", "c"]


def test_a_front_sheet_saying_there_are_no_exempt_items_has_none():
    items = [("4", "4", ["4 Work Programme", "EXEMPT ITEMS",
                         "(At the time of preparing the agenda there were no exempt items. During any such"]),
             ("5", "5", ["5 Any other business"])]
    assert exempt_agenda_items(items) == {}


def test_a_record_marked_exempt_after_a_build_is_withheld_by_the_next(tmp_path, monkeypatch):
    """The next build reuses what it can of the last (incremental): never a withheld record's text."""
    monkeypatch.chdir(tmp_path)  # the build's stage and caches of its own
    [public] = [f for f in FIXTURES if f.name == "public-mentions-schedule-12a"]
    pdfs, docs, site = tmp_path / "pdf", tmp_path / "docs", tmp_path / "site"
    pdfs.mkdir()
    assert main(["ingest", str(public.pdf(pdfs)), "--docs", str(docs)]) == 0
    build = ["build", "--docs", str(docs), "--site", str(site), "--pdfs", str(pdfs), "--config", str(ROOT / "mkdocs.yml")]
    assert main(build) == 0
    word = "quintrel"
    assert any(word in words(served_text(p)) for p in site.rglob("*") if p.is_file())
    [record] = docs.glob("*/*/report-*.md")  # the record, not the archive's copy of what was extracted
    record.write_text(record.read_text().replace("\nexempt: false\n", "\nexempt: true\n", 1))
    assert main(build) == 0
    leaks = [str(p.relative_to(site)) for p in site.rglob("*") if p.is_file() and word in words(served_text(p))]
    assert leaks == []


def test_a_pdf_replaced_by_a_version_not_yet_ingested_is_not_published(tmp_path, monkeypatch, capsys):
    """A council reissues its pack with an exempt paper; the officer puts it in the PDF folder and builds
    before ingesting it: the records know nothing of its exempt pages, so the PDF waits for its ingest."""
    monkeypatch.chdir(tmp_path)
    [public] = [f for f in FIXTURES if f.name == "public-mentions-schedule-12a"]
    [exempt] = [f for f in FIXTURES if f.name == "running-header"]
    made, pdfs, docs, site = tmp_path / "made", tmp_path / "pdf", tmp_path / "docs", tmp_path / "site"
    made.mkdir()
    pdfs.mkdir()
    public.pdf(made).replace(pdfs / "pack.pdf")
    assert main(["ingest", str(pdfs / "pack.pdf"), "--docs", str(docs)]) == 0
    build = ["build", "--docs", str(docs), "--site", str(site), "--pdfs", str(pdfs), "--config", str(ROOT / "mkdocs.yml")]
    assert main(build) == 0
    assert "quintrel" in words(pdf_text(site / "pdf" / "pack.pdf"))
    exempt.pdf(made).replace(pdfs / "pack.pdf")
    capsys.readouterr()
    assert main(build) == 0
    assert not (site / "pdf" / "pack.pdf").exists()
    assert (f"warning: {pdfs / 'pack.pdf'}: not published: it is not the PDF its records were read from "
            f"(ingest it to publish it)") in capsys.readouterr().err
    assert main(["ingest", str(pdfs / "pack.pdf"), "--docs", str(docs)]) == 0
    assert main(build) == 0
    leaks = [str(p.relative_to(site)) for p in site.rglob("*") if p.is_file() and "zimbrelvaunt" in words(served_text(p))]
    assert leaks == []


@pytest.mark.parametrize("first, step", [("public-mentions-schedule-12a", "link_or_copy"),
                                         ("exempt-appendix", "redacted_pdf")])
def test_a_pdf_replaced_while_the_build_publishes_it_is_not_published(tmp_path, monkeypatch, capsys, first, step):
    """Checked, then replaced by another version while it is copied (or redacted): the copy is not published,
    and the build's summary says why."""
    monkeypatch.chdir(tmp_path)
    [ingested] = [f for f in FIXTURES if f.name == first]
    [exempt] = [f for f in FIXTURES if f.name == "running-header"]
    made, pdfs, docs, site = tmp_path / "made", tmp_path / "pdf", tmp_path / "docs", tmp_path / "site"
    made.mkdir()
    pdfs.mkdir()
    ingested.pdf(made).replace(pdfs / "pack.pdf")
    newer = exempt.pdf(made)
    assert main(["ingest", str(pdfs / "pack.pdf"), "--docs", str(docs)]) == 0
    import extract.publish.pdfs as published_pdfs

    def replaced_first(source, *args):
        if newer.exists() and Path(source).parent == pdfs:
            newer.replace(source)
        return publish(source, *args)

    publish = getattr(published_pdfs, step)
    monkeypatch.setattr(published_pdfs, step, replaced_first)
    capsys.readouterr()
    assert main(["build", "--docs", str(docs), "--site", str(site), "--pdfs", str(pdfs),
                 "--config", str(ROOT / "mkdocs.yml")]) == 0
    assert not newer.exists()  # it was replaced during the build
    leaks = [str(p.relative_to(site)) for p in site.rglob("*") if p.is_file() and "zimbrelvaunt" in words(served_text(p))]
    assert leaks == []
    assert not (site / "pdf" / "pack.pdf").exists()
    assert (f"{pdfs / 'pack.pdf'}: not published: it was replaced while the build published it "
            f"(the next build checks it again)") in capsys.readouterr().err


@pytest.mark.parametrize("line, marked", [
    ("Status: Confidential", True), ("Open/Exempt: Exempt", True), ("Public or Private: Private", True),
    ("Classification: OFFICIAL-SENSITIVE", True), ("Julkisuus: Ei julkinen", True),  # a Finnish case system's field
    ("Offentlighet: Sekretessbelagd", True), ("Is this report exempt? Yes", True),
    ("Status: Public", False), ("Open/Exempt: Open", False), ("Julkisuus: Julkinen", False),
    ("CEQA status: Exempt", False), ("Title: Private Sector Housing Renewal", False),
    ("Exempt from call-in: Yes", False), ("Sekretess: -", False),
    ("Status: Exempt", False),  # the second line of a US agenda item's "…; CEQA" / "Status: Exempt"
])
def test_a_publication_status_label_marks_by_its_answer(line, marked):
    assert (marking_in([line]) is not None) is marked


@pytest.mark.parametrize("line, marked", [
    # a marking word opening a name (English councils' audit committees: Havering's and South Hams and West Devon's
    # "Confidential Reporting Policy", Spelthorne's "Confidential Reporting Code"; licensing, housing) marks nothing
    ("Review of Confidential Reporting Policy", False), ("Annual Review of the Confidential Reporting Code", False),
    ("Confidential Information Policy", False), ("Review of Policies (Confidential Reporting)", False),
    ("Private hire? Yes", False), ("Exempt Supported Accommodation", False),
    # the marking itself, alone or with what it marks, still does
    ("CONFIDENTIAL", True), ("Confidential – not for publication", True), ("Confidential Information", True),
    ("CONFIDENTIAL REPORT – HOUSING", True), ("Private Hire Licensing Policy (Private)", True),
    # a decision's exemption from call-in, said of the report in a sentence, is no marking; from publication it is
    ("This report is exempt from call-in because the decision is urgent.", False),
    ("This item is exempt from call-in.", False), ("This report is exempt from publication", True),
])
def test_a_marking_word_in_a_name_or_another_exemption_marks_nothing(line, marked):
    assert (marking_in([line]) is not None) is marked


def test_a_front_sheets_item_named_with_a_marking_word_opens_no_exempt_part():
    items = [("7", "7", ["7 Confidential Reports Policy"]), ("8", "8", ["8 Budget Monitoring"])]
    assert exempt_agenda_items(items) == {}
    items = [("7", "7", ["7 Confidential Reports"]), ("8", "8", ["8 Disposal of the depot"])]
    assert sorted(exempt_agenda_items(items)) == ["8"]


def agenda(*numbered: tuple[str, str]) -> list[tuple[str, str, list[str]]]:
    return [(str(position), number, [f"{number} {title}"]) for position, (number, title) in enumerate(numbered)]


def test_a_closed_session_holds_its_items_up_to_the_next_of_its_openers_rank():
    # A California school board's agenda (Brown Act): "3. CLOSED SESSION" over its item, then the report given in
    # public; the closed item's papers are not for publication, its title is (the law requires it listed).
    items = agenda(("2", "PUBLIC COMMENT – ITEMS ON THE AGENDA"), ("3", "CLOSED SESSION"),
                   ("2.1", "Public Employee Performance Evaluation – Pursuant to Government Code Section 54957"),
                   ("4", "REPORT FROM CLOSED SESSION"), ("5", "DISCUSSION"), ("5.1", "Board Governance"))
    assert [items[int(key)][1] for key in exempt_agenda_items(items)] == ["2.1"]
    # A Los Angeles board's lettered agenda: "M. Closed Session" over numbered conferences, then "N. Adjournment".
    items = agenda(("L", "Items for Approval"), ("5", "Approval of Agreement No. 47696"), ("M", "Closed Session"),
                   ("1", "CONFERENCE WITH LEGAL COUNSEL – EXISTING LITIGATION"),
                   ("2", "CONFERENCE WITH LEGAL COUNSEL – ANTICIPATED LITIGATION"), ("N", "Adjournment"))
    assert [items[int(key)][1] for key in exempt_agenda_items(items)] == ["1", "2"]
    # A city's "ADJOURN TO CLOSED SESSION …" over lettered items, ended by the item reconvening.
    items = agenda(("4", "ADJOURN TO CLOSED SESSION TO DISCUSS THE FOLLOWING:"),
                   ("A", "CONFERENCE WITH LEGAL COUNSEL - EXISTING LITIGATION"),
                   ("B", "CONFERENCE WITH LEGAL COUNSEL - EXISTING LITIGATION"),
                   ("5", "RECONVENE AND STATEMENT FROM CLOSED SESSION"), ("6", "PUBLIC COMMENTS"))
    assert [items[int(key)][1] for key in exempt_agenda_items(items)] == ["A", "B"]


def test_a_closed_session_resolved_in_one_item_holds_nothing_after_it():
    # An Ontario township's "18. Resolution: Closed Session" (Municipal Act s. 239(2)(k), described in the item
    # itself): the confirming by-law after it is public.
    items = agenda(("17", "Accounts to pay."), ("18", "Resolution: Closed Session"),
                   ("19", "By-Law: Confirming Proceedings of Council at its meeting held May 27, 2025."),
                   ("20", "Adjournment."))
    assert exempt_agenda_items(items) == {}


def test_the_report_from_a_closed_session_opens_none():
    # A Californian city's "IV. CLOSED SESSION REPORT", given in public at the open meeting.
    items = agenda(("III", "ROLL CALL"), ("IV", "CLOSED SESSION REPORT"), ("V", "ANNOUNCEMENTS - UPCOMING CITY EVENTS"))
    assert exempt_agenda_items(items) == {}


@pytest.mark.parametrize("line, marked", [
    ("CLOSED MEETING MINUTES", True), ("IN CAMERA MINUTES", True), ("Closed Session Memorandum", True),
    ("（秘密会）", True),  # a Japanese assembly's secret session (Local Autonomy Act, art. 115), text-level
    ("Salainen", True), ("Ei julkinen", True),  # Finnish papers' markings
    ("CLOSED SESSION REPORT", False), ("これより秘密会を解きます", False), ("Asia ei ole salassa pidettävä.", False),
])
def test_a_closed_meetings_own_papers_are_marked(line, marked):
    assert (marking_in([line]) is not None) is marked


def test_a_motion_excluding_the_public_into_closed_session_keeps_everything_after_it_exempt():
    # A UK front sheet's exclusion of the press and public, moved as going into closed session: a part to the end
    # (EXEMPT_PART), not a closed session ended by the next item of its rank.
    items = [("a", "14", ["14 Exclusion of the Press and Public",
                          "That the Committee move into closed session for the following item under paragraph 3"]),
             ("b", "15", ["15 Disposal of land at Mill Lane"]), ("c", "16", ["16 Lease of the wharf"])]
    assert sorted(exempt_agenda_items(items)) == ["b", "c"]
