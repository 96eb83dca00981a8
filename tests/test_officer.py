"""The officer in the loop: review what is uncertain, correct once, publish safely.

Every test starts from the bundled sample documents (samples/text, rendered to PDF the way
samples/pdf is, or samples/pdf itself), ingested at test time.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from exempt_fixtures import filler
from exempt_fixtures import fixtures as exempt_papers
from pdfgen import render_text
from test_exempt import served_text

from extract import ingest as ingest_module
from extract.archive import Archive
from extract.cli import main
from extract.parse import UNNAMED_AUTHORITY
from extract.write import frontmatter_of, is_unedited

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
# The sample report names its council only in its logo (flagged for review: extract.parse.UNNAMED_AUTHORITY); here
# its cover names it in text too, so that the only doubt left is the one each test makes.
REPORT_TEXT = (SAMPLES / "text" / "000_243ad618c18f3a47.txt").read_text(encoding="utf-8").replace(
    "This report is Public\t\t\n", "This report is Public\t\t\nThurrock Council\n", 1)
COMMITTEE = "Children's Services Overview and Scrutiny Committee"
# The US agenda's first paragraph that issue 11 found published as a committee.
NOT_A_COMMITTEE = "Opportunities For The Public To Address The Board"


def report_pdf(folder: Path, text: str = REPORT_TEXT, name: str = "report.pdf") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return render_text(text, folder / name)


def doubtful_report(folder: Path) -> Path:
    """The sample report with its committee line replaced by the opening line of a US agenda."""
    return report_pdf(folder, REPORT_TEXT.replace(f"{COMMITTEE}\t\t\n", f"{NOT_A_COMMITTEE}\t\t\n", 1),
                      name="doubtful.pdf")


def run(capsys, *args) -> tuple[int, str, str]:
    status = main([*map(str, args)])
    out = capsys.readouterr()
    return status, out.out, out.err


def records(docs: Path) -> dict[str, str]:
    return {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8") for p in sorted(docs.rglob("*.md"))
            if not any(part.startswith(".") for part in p.relative_to(docs).parts)}


def only_record(docs: Path) -> tuple[Path, dict]:
    [(path, text)] = records(docs).items()
    return docs / path, frontmatter_of(text)


@pytest.fixture
def docs(tmp_path) -> Path:
    return tmp_path / "docs"


# --- Review ---

def test_a_doubtful_committee_is_flagged_listed_by_review_and_settled_by_a_correction(tmp_path, docs, capsys):
    status, out, _ = run(capsys, "ingest", doubtful_report(tmp_path), "--docs", docs)

    assert status == 0
    path, data = only_record(docs)
    assert data["committee"] == NOT_A_COMMITTEE
    [entry] = data["review"]
    assert entry["field"] == "committee" and entry["value"] == NOT_A_COMMITTEE and entry["checked"] is False
    assert f"    needs review: committee ('{NOT_A_COMMITTEE}' reads as a sentence" in out
    assert "1 record needs review" in out and f"{path}: committee" in out

    status, out, _ = run(capsys, "review", "--docs", docs)
    assert status == 1  # a publishing script stops here
    assert out.splitlines()[:2] == [str(path), f"  committee: {entry['why']}"]
    assert "1 review item open in 1 record" in out

    path.write_text(path.read_text().replace(f"committee: {NOT_A_COMMITTEE}", f"committee: {COMMITTEE}", 1))
    status, out, _ = run(capsys, "review", "--docs", docs)
    assert status == 0 and out.strip() == f"no review items open in {docs} (1 record)"


def test_a_review_item_is_settled_by_marking_it_checked(tmp_path, docs, capsys):
    run(capsys, "ingest", doubtful_report(tmp_path), "--docs", docs)
    path, _ = only_record(docs)
    path.write_text(path.read_text().replace("  checked: false\n", "  checked: true\n"))
    assert run(capsys, "review", "--docs", docs)[0] == 0


def test_review_entries_are_the_officers_only(tmp_path, docs, capsys):
    run(capsys, "ingest", doubtful_report(tmp_path), "--docs", docs)
    with Archive(docs).reading() as archive:
        [doc] = archive.documents()
    assert doc.record.review == []  # what every page, feed and data file is built from
    assert [item.field for item in doc.review] == ["committee"]  # what the officer is told


def test_no_page_feed_data_file_or_search_index_shows_a_review_item(tmp_path, docs, capsys, monkeypatch):
    run(capsys, "ingest", doubtful_report(tmp_path), "--docs", docs)
    _, data = only_record(docs)
    [entry] = data["review"]
    monkeypatch.chdir(tmp_path)  # the build's stage of its own, looked into below
    site = tmp_path / "site"

    status, _, err = run(capsys, "build", "--docs", docs, "--site", site, "--config", ROOT / "mkdocs.yml")

    assert status == 0, err
    built = [p for root in (site, tmp_path / "build" / "docs") for p in root.rglob("*") if p.is_file()]
    assert any(NOT_A_COMMITTEE in served_text(p) for p in built)  # the record is published, and read here
    assert any("drive up performance" in served_text(p) for p in built if "pagefind" in p.parts)  # and indexed
    why = entry["why"]  # "'Opportunities …' reads as a sentence or an office, not a committee's name"
    shown = [str(p) for p in built if why in served_text(p) or "checked: false" in served_text(p)]
    assert shown == []


def test_review_of_a_missing_folder_or_a_broken_record_is_an_error(tmp_path, docs, capsys):
    status, _, err = run(capsys, "review", "--docs", docs)
    assert status == 1 and err.strip() == f"error: {docs}: no such docs folder (ingest PDFs into it first)"
    run(capsys, "ingest", doubtful_report(tmp_path), "--docs", docs)
    path, _ = only_record(docs)
    path.write_text(path.read_text().replace("exempt_pages: []", "exempt_pages: 3", 1))
    status, _, err = run(capsys, "review", "--docs", docs)
    assert status == 1 and f"error: {path}: 'exempt_pages' must be a list" in err


# --- Hints ---

def test_a_hint_overrides_extraction_closes_its_review_and_survives_re_ingest(tmp_path, docs, capsys, monkeypatch):
    pdf = doubtful_report(tmp_path)
    run(capsys, "ingest", pdf, "--docs", docs)

    status, out, _ = run(capsys, "ingest", pdf, "--docs", docs, "--committee", COMMITTEE, "--date", "11 July 2017")

    assert status == 0 and "needs review" not in out
    path, data = only_record(docs)
    assert path.relative_to(docs).parts[0] == "childrens-services-overview-and-scrutiny-committee"
    assert data["committee"] == COMMITTEE and data["date"] == "2017-07-11"
    assert data["hints"] == {"committee": COMMITTEE, "date": "2017-07-11"} and "review" not in data
    assert run(capsys, "review", "--docs", docs)[0] == 0

    # Run again without the hint: unchanged; with new extractor code: read again, the hint kept.
    assert "unchanged" in run(capsys, "ingest", pdf, "--docs", docs)[1]
    monkeypatch.setattr(ingest_module, "extractor_fingerprint", lambda: "newer code")
    status, out, _ = run(capsys, "ingest", pdf, "--docs", docs)
    assert status == 0 and "(unchanged)" in out
    assert only_record(docs)[1]["committee"] == COMMITTEE

    # A newer version of the PDF keeps it too.
    report_pdf(tmp_path, REPORT_TEXT.replace(f"{COMMITTEE}\t\t\n", f"{NOT_A_COMMITTEE}\t\t\n", 1)
               .replace("drive up performance", "raise performance"), name="doubtful.pdf")
    status, out, _ = run(capsys, "ingest", pdf, "--docs", docs)
    assert status == 0 and "a newer version" in out and "needs review" not in out
    _, data = only_record(docs)
    assert data["committee"] == COMMITTEE and "raise performance" in data["recommendations"][0]


def test_a_kind_hint_reads_the_pdf_as_that_kind(tmp_path, docs, capsys):
    pdf = report_pdf(tmp_path)
    status, out, _ = run(capsys, "ingest", pdf, "--docs", docs, "--kind", "other")
    assert status == 0
    _, data = only_record(docs)
    assert data["kind"] == "other" and data["hints"] == {"kind": "other"} and "review" not in data


def test_a_date_hint_must_be_a_date(tmp_path, docs, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["ingest", str(report_pdf(tmp_path)), "--docs", str(docs), "--date", "next Tuesday"])
    assert exit.value.code == 2 and "not a date: 'next Tuesday'" in capsys.readouterr().err
    assert not docs.exists()


# --- Corrections survive new versions ---

def test_a_hand_corrected_name_survives_a_newer_version_while_the_other_fields_update(tmp_path, docs, capsys):
    pdf = report_pdf(tmp_path)
    run(capsys, "ingest", pdf, "--docs", docs)
    path, data = only_record(docs)
    assert data["accountable"][0]["name"] == "Sheila Murphy"
    corrected = path.read_text().replace("- name: Sheila Murphy\n", "- name: Sheila Murphy-Evans\n", 1)
    path.write_text(corrected)
    newer = REPORT_TEXT.replace("receive assurance that", "receive quarterly assurance that")
    report_pdf(tmp_path, newer)  # the council re-issues the report at the same address

    status, out, _ = run(capsys, "ingest", pdf, "--docs", docs)

    assert status == 0 and "(updated, your corrections kept)" in out
    assert "carried your corrections (accountable[0].name) onto the new version of the PDF" in out
    text = path.read_text()
    data = frontmatter_of(text)
    assert data["accountable"][0]["name"] == "Sheila Murphy-Evans"  # the officer's
    assert "quarterly assurance" in data["recommendations"][1]  # the new PDF's
    assert "receive quarterly assurance that" in text.split("\n---\n", 1)[1]  # the text follows the new PDF
    assert "review" not in data and not is_unedited(text)
    [backup] = (docs / ".committee-archive/backups").rglob("*.edited-*.bak")
    assert backup.read_text() == corrected  # the officer's file as it was

    # A third version: the correction is carried again.
    report_pdf(tmp_path, newer.replace("drive up performance", "raise performance"))
    run(capsys, "ingest", pdf, "--docs", docs)
    data = frontmatter_of(path.read_text())
    assert data["accountable"][0]["name"] == "Sheila Murphy-Evans" and "raise performance" in data["recommendations"][0]


def test_a_field_both_changed_keeps_the_officers_value_for_review(tmp_path, docs, capsys):
    pdf = report_pdf(tmp_path)
    run(capsys, "ingest", pdf, "--docs", docs)
    path, _ = only_record(docs)
    path.write_text(path.read_text().replace("- name: Sheila Murphy\n", "- name: Sheila Murphy-Evans\n", 1)
                    .replace("Peer Review undertaken by Southend", "Peer Review carried out by Southend"))
    report_pdf(tmp_path, REPORT_TEXT.replace("Sheila Murphy", "Sheila Murray")
               .replace("Peer Review undertaken by Southend", "Peer Review led by Southend"))

    status, out, _ = run(capsys, "ingest", pdf, "--docs", docs)

    assert status == 0
    text = path.read_text()
    data = frontmatter_of(text)
    assert data["accountable"][0]["name"] == "Sheila Murphy-Evans" and "carried out by Southend" in text
    assert [(e["field"], e["checked"]) for e in data["review"]] == [("accountable[0].name", False), ("text", False)]
    assert "you changed this to 'Sheila Murphy-Evans'; the new version of the PDF gives 'Sheila Murray'" \
        in data["review"][0]["why"]
    assert "led by Southend" in (docs / ".committee-archive/extracted" / path.relative_to(docs)).read_text()
    status, out, _ = run(capsys, "review", "--docs", docs)
    assert status == 1 and "accountable[0].name: you changed this" in out and "text: you edited the text" in out

    # Taking the PDF's value settles that item; the text is settled by marking it checked.
    path.write_text(path.read_text().replace("- name: Sheila Murphy-Evans\n", "- name: Sheila Murray\n", 1))
    assert "accountable[0].name" not in run(capsys, "review", "--docs", docs)[1]
    path.write_text(path.read_text().replace("  checked: false\n", "  checked: true\n"))
    assert run(capsys, "review", "--docs", docs)[0] == 0


# --- Deliberate deletions stay deleted ---

def test_a_hand_deleted_record_stays_deleted_until_forced_back(tmp_path, docs, capsys, monkeypatch):
    pdf = tmp_path / "pack.pdf"
    shutil.copy(SAMPLES / "pdf" / "001_df18585e4538f6a1.pdf", pdf)  # a report and its appendix
    run(capsys, "ingest", pdf, "--docs", docs)
    [appendix] = [p for p in records(docs) if "/appendix-" in p]
    (docs / appendix).unlink()

    status, out, _ = run(capsys, "ingest", pdf, "--docs", docs)
    assert status == 0 and appendix not in records(docs)
    assert "unchanged (1 document already in" in out and "1 deleted by hand, not re-created" in out
    [source] = json.loads((docs / ".committee-archive/manifest.json").read_text())["sources"].values()
    assert source["deleted"] == [appendix] and appendix not in source["records"]

    monkeypatch.setattr(ingest_module, "extractor_fingerprint", lambda: "newer code")  # read again
    status, out, _ = run(capsys, "ingest", pdf, "--docs", docs)
    assert status == 0 and appendix not in records(docs)
    assert f"{docs / appendix} (deleted by hand: not re-created; ingest --force brings it back)" in out

    status, out, _ = run(capsys, "ingest", pdf, "--docs", docs, "--force")
    assert status == 0 and appendix in records(docs) and "(new)" in out
    [source] = json.loads((docs / ".committee-archive/manifest.json").read_text())["sources"].values()
    assert "deleted" not in source and appendix in source["records"]


# --- What an officer is told ---

def test_the_demo_tells_the_officer_only_what_they_can_act_on(tmp_path, docs, capsys):
    status, out, err = run(capsys, "ingest", *sorted((SAMPLES / "pdf").glob("*.pdf")), "--docs", docs)
    assert status == 0 and err == ""
    # No front sheet page ranges that disagree with the pages, nor anything else to act on but the councils named
    # only in the papers' logos, which the officer gives (ingest --council).
    assert [line for line in out.splitlines() if "warning:" in line or "needs review" in line
            and not line.strip().startswith(f"needs review: body ({UNNAMED_AUTHORITY}")] == []
    shutil.rmtree(docs)
    pack = SAMPLES / "pdf" / "004_e187f8e0c41f6043.pdf"
    status, out, _ = run(capsys, "ingest", pack, "--docs", docs, "--verbose")
    assert status == 0 and "  detail: report Children Missing Education: front sheet gives item 9" in out


def test_a_warning_several_documents_share_is_said_once():
    from extract.archive import RecordOutcome
    from extract.ingest import said_once
    from extract.model import Report, Source

    def paper(n: int, warnings: list[str]) -> RecordOutcome:
        record = Report(body=None, committee="Cabinet", date=None, title=f"Paper {n}",
                        source=Source(file="pack.pdf", sha256="0" * 64, pages=[n, n]), warnings=warnings)
        return RecordOutcome(path=f"paper-{n}.md", text="", record=record)

    papers = [paper(1, ["scanned", "no date"]), paper(2, ["scanned", "two dates"]), paper(3, ["scanned", "two dates"])]
    assert said_once(papers) == ["scanned", "report Paper 1: no date", "2 of the 3 documents: two dates"]


def test_every_argument_and_option_has_help(capsys):
    from extract.cli import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # noqa: SLF001 (argparse keeps them there)
    for name, command in commands.items():
        for action in command._actions:  # noqa: SLF001
            assert action.help, f"{name} {action.dest} has no help"


# --- build checks what it publishes ---

def test_build_refuses_to_publish_a_pdf_that_is_not_its_records_and_strict_fails(tmp_path, docs, capsys):
    pdfs = tmp_path / "pdf"
    pdfs.mkdir()
    report = pdfs / "000_243ad618c18f3a47.pdf"
    shutil.copy(SAMPLES / "pdf" / report.name, report)
    shutil.copy(SAMPLES / "pdf" / "003_4ef44ca89fa4a74f.pdf", pdfs / "003_4ef44ca89fa4a74f.pdf")
    run(capsys, "ingest", *sorted(pdfs.iterdir()), "--docs", docs)
    shutil.copy(SAMPLES / "pdf" / "002_8907ed6a96e8c8cb.pdf", report)  # another PDF under the report's name
    site = tmp_path / "site"
    build = ("build", "--docs", docs, "--site", site, "--pdfs", pdfs, "--config", ROOT / "mkdocs.yml")

    status, out, err = run(capsys, *build)

    assert status == 0, err
    assert f"built {site}: " in out and " from 2 records of 2 meetings; 1 source PDF published" in out
    [refused] = [line for line in err.splitlines() if "not published: it is not the PDF" in line]
    assert refused == (f"warning: {report}: not published: it is not the PDF its records were read from "
                       f"(ingest it to publish it)")
    assert not (site / "pdf" / report.name).exists() and (site / "pdf" / "003_4ef44ca89fa4a74f.pdf").is_file()
    meeting = (site / "childrens-services-overview-and-scrutiny-committee" / "2017-07-11" / "index.html").read_text()
    assert "PDF not published here" in meeting and f'href="../../pdf/{report.name}' not in meeting
    assert "warning: site_url is not set in" in err and "sitemap.xml is empty" in err

    status, _, err = run(capsys, *build, "--strict")
    assert status == 1 and f"error: {report}: not published" in err and "error: --strict: " in err


def test_a_pdf_that_is_not_its_records_is_never_cut_at_their_pages(tmp_path, docs, capsys, monkeypatch):
    """The exempt appendix is page 3 of the PDF ingested and page 4 of the newer version now in the
    folder of PDFs, not ingested yet: that PDF without page 3 would publish the appendix."""
    [paper] = [p for p in exempt_papers() if p.name == "exempt-appendix"]
    word = "gastribvaunt"  # in the exempt appendix's one sentence, and nowhere else
    pdfs = tmp_path / "pdf"
    run(capsys, "ingest", paper.pdf(pdfs), "--docs", docs)
    newer = render_text(paper.text.replace("on track. ", "on track. " + " ".join([filler(1)] * 12) + " ", 1),
                        pdfs / f"{paper.name}.pdf")
    assert word in served_text(newer) and word not in pdfium_page_text(newer, 3)
    monkeypatch.chdir(tmp_path)  # the build's stage of its own
    site = tmp_path / "site"

    status, _, err = run(capsys, "build", "--docs", docs, "--site", site, "--pdfs", pdfs, "--config", ROOT / "mkdocs.yml")

    assert status == 0, err
    assert f"warning: {newer}: not published: it is not the PDF its records were read from" in err
    assert [p for p in site.rglob("*.pdf")] == []
    assert [str(p) for p in site.rglob("*") if p.is_file() and word in served_text(p)] == []


def pdfium_page_text(pdf: Path, number: int) -> str:
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(str(pdf))[number - 1].get_textpage().get_text_range()


def test_build_says_when_there_is_no_folder_of_pdfs(tmp_path, docs, capsys):
    run(capsys, "ingest", SAMPLES / "pdf" / "003_4ef44ca89fa4a74f.pdf", "--docs", docs)
    status, out, err = run(capsys, "build", "--docs", docs, "--site", tmp_path / "site", "--config", ROOT / "mkdocs.yml")
    assert status == 0 and "0 source PDFs published" in out
    assert "warning: 1 source PDF not published, no folder of PDFs" in err


# --- serve ---

def test_serve_on_a_busy_port_is_one_line_and_builds_nothing(tmp_path, docs, capsys, monkeypatch):
    import socket

    run(capsys, "ingest", SAMPLES / "pdf" / "003_4ef44ca89fa4a74f.pdf", "--docs", docs)
    monkeypatch.chdir(tmp_path)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        status, out, err = run(capsys, "serve", "--docs", docs, "--config", ROOT / "mkdocs.yml",
                               "--dev-addr", f"127.0.0.1:{port}")
    assert status == 1 and out == ""
    [line] = err.splitlines()
    assert line.startswith(f"error: port {port} is in use: --dev-addr 127.0.0.1:")
    assert int(line.rsplit(":", 1)[1]) > port
    assert not (tmp_path / "build").exists()
