"""Which council, which committee: one identity each, however records print them, never merged across councils."""

from __future__ import annotations

import pytest

from extract.archive import Archive, Document, Settings, SettingsInvalid, build_catalogue, council_key
from extract.model import Agenda, Minutes, Person, Report, Source
from extract.write import record_path


def record(kind=Minutes, committee="Planning Committee", body=None, date="2020-01-07", pdf="a.pdf", **keys):
    made = kind(body=body, committee=committee, date=date, title=f"{committee} {date}",
                source=Source(file=pdf, sha256=pdf.ljust(64, "0")), **keys)
    return Document(made, record_path(made))


def committees(*documents, council=None):
    return {(c.council.name, c.name): [m.date for m in c.meetings]
            for c in build_catalogue(list(documents), council).committees}


def test_a_record_that_prints_no_council_takes_its_pdfs():
    """The minutes inside an agenda pack print no council; the pack's front sheet does."""
    catalogue = build_catalogue([record(Agenda, body="Thurrock Council", date="2018-02-13", pdf="pack.pdf"),
                                 record(Minutes, body=None, date="2017-12-12", pdf="pack.pdf")])
    [committee] = catalogue.committees
    assert committee.council.name == "Thurrock Council"
    assert [m.date for m in committee.meetings] == ["2017-12-12", "2018-02-13"]


def test_a_pdf_that_prints_no_council_takes_its_committees():
    found = committees(record(Agenda, body="Thurrock Council", date="2018-02-13", pdf="pack.pdf"),
                       record(Report, body=None, date="2017-07-11", pdf="report.pdf"))
    assert found == {("Thurrock Council", "Planning Committee"): ["2017-07-11", "2018-02-13"]}


def test_committees_of_councils_with_one_name_never_merge():
    found = build_catalogue([record(committee="City Council", body="City of Alameda", date="2010-11-16", pdf="a.pdf"),
                             record(committee="City Council", body="City of Omaha", date="2012-10-16", pdf="o.pdf")])
    assert sorted((c.council.name, c.slug) for c in found.committees) == [
        ("City of Alameda", "city-of-alameda-city-council"), ("City of Omaha", "city-of-omaha-city-council")]


def test_no_council_is_ever_a_committees_name():
    """A generic 'City Council' printed as the body names no council; two such PDFs stay apart."""
    found = build_catalogue([record(committee="City Council", body="City Council", date="2010-11-16", pdf="a.pdf"),
                             record(committee="City Council", body="Regular City Council", date="2012-10-16",
                                    pdf="o.pdf")])
    assert [c.council.name for c in found.committees] == [None, None]
    assert len({c.slug for c in found.committees}) == 2
    assert council_key("Full Council") is None and council_key("Cyngor Cymuned") is None


def test_a_pdf_that_prints_no_council_is_known_by_its_members():
    members = [Person("Marie Gilmore"), Person("Lena Tam"), Person("Frank Matarrese")]
    found = committees(record(committee="City Council", body="City of Alameda", date="2014-07-29", pdf="a.pdf",
                              present=members[:2]),
                       record(committee="City Council", body="City Council", date="2010-11-16", pdf="b.pdf",
                              present=members),
                       record(committee="City Council", body=None, date="2012-10-16", pdf="c.pdf",
                              present=[Person("Jim Suttle"), Person("Garry Gernandt")]))
    assert found[("City of Alameda", "City Council")] == ["2010-11-16", "2014-07-29"]
    assert found[(None, "City Council")] == ["2012-10-16"]


@pytest.mark.parametrize("printed", ["CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE",
                                     "Children’s Services Overview & Scrutiny Committee",
                                     "Childrens Services Overview and Scrutiny Committee",
                                     "Children's Services O&S Committee",
                                     "Special Meeting of the Children's Services Overview and Scrutiny Committee",
                                     "Thurrock Council Children's Services Overview and Scrutiny Committee"])
def test_one_committee_however_cased_punctuated_or_abbreviated(printed):
    found = committees(record(committee="Children's Services Overview and Scrutiny Committee", body="Thurrock Council",
                              date="2017-12-12", pdf="a.pdf"),
                       record(committee=printed, body="Thurrock Council", date="2018-02-13", pdf="b.pdf"))
    assert found == {("Thurrock Council", "Children's Services Overview and Scrutiny Committee"):
                     ["2017-12-12", "2018-02-13"]}


def test_an_acronym_is_not_spelled_out_where_two_committees_fit_it():
    found = committees(record(committee="CS Committee", body="A Council", date="2020-01-01", pdf="a.pdf"),
                       record(committee="Children's Services Committee", body="A Council", date="2020-02-01", pdf="b.pdf"),
                       record(committee="Community Safety Committee", body="A Council", date="2020-03-01", pdf="c.pdf"))
    assert len(found) == 3


def test_a_council_meeting_is_one_committee_however_printed():
    found = committees(record(committee="County Council", body="Kent County Council", date="2025-03-13", pdf="a.pdf"),
                       record(committee="Council", body="Kent County Council", date="2025-02-13", pdf="b.pdf"),
                       record(committee="Full Council", body="Kent County Council", date="2025-01-09", pdf="c.pdf"),
                       record(committee="Kent County Council", body=None, date="2024-12-12", pdf="d.pdf"),
                       record(committee="Cabinet", body="Kent County Council", date="2025-01-30", pdf="e.pdf"))
    assert sorted(found) == [("Kent County Council", "Cabinet"), ("Kent County Council", "County Council")]
    assert len(found[("Kent County Council", "County Council")]) == 4


def test_a_city_and_a_county_of_one_name_are_two_councils():
    found = committees(record(committee="Planning Board", body="City of Alameda", pdf="a.pdf"),
                       record(committee="Planning Board", body="Alameda County", pdf="b.pdf", date="2020-02-04"))
    assert sorted(council for council, _ in found) == ["Alameda County", "City of Alameda"]


def test_the_publishing_council_owns_every_committee():
    found = committees(record(body="Essex County Council", pdf="a.pdf"), record(body=None, pdf="b.pdf", date="2020-02-04"),
                       council="Thurrock Council")
    assert found == {("Thurrock Council", "Planning Committee"): ["2020-01-07", "2020-02-04"]}


def test_committees_whose_names_begin_alike_get_their_own_pages():
    stem = "Joint Overview and Scrutiny Committee of the Councils of the County and the City for Health and "
    found = build_catalogue([record(committee=stem + "Social Care", body="A Council", pdf="a.pdf"),
                             record(committee=stem + "Housing", body="A Council", pdf="b.pdf")])
    slugs = [c.slug for c in found.committees]
    assert len(set(slugs)) == 2 and all(len(slug) <= 80 for slug in slugs)


def test_the_publishing_council_is_read_from_committee_archive_yml_or_mkdocs_extra(tmp_path):
    assert Settings.load(tmp_path).council is None
    assert Settings.load(tmp_path, {"council": "Thurrock Council"}).council == "Thurrock Council"
    (tmp_path / "committee-archive.yml").write_text("council: Medway Council\n")
    assert Settings.load(tmp_path, {"council": "Thurrock Council"}).council == "Medway Council"
    (tmp_path / "committee-archive.yml").write_text("council: [Medway\n")
    with pytest.raises(SettingsInvalid) as raised:
        Settings.load(tmp_path)
    [problem] = raised.value.problems
    assert problem.startswith(f"{tmp_path / 'committee-archive.yml'}: not valid YAML")


def test_the_build_files_the_real_sample_pack_under_one_council(tmp_path, sample_pdfs, capsys):
    """The sample pack's minutes print no council; its front sheet and reports say Thurrock Council,
    and the separate report of 11 July 2017 prints neither: all are one committee's."""
    from extract.cli import main

    docs = tmp_path / "docs"
    assert main(["ingest", *map(str, sample_pdfs), "--docs", str(docs)]) == 0
    catalogue = Archive(docs).catalogue()
    thurrock = next(c for c in catalogue.committees if c.slug == "childrens-services-overview-and-scrutiny-committee")
    assert thurrock.council.name == "Thurrock Council"
    assert [m.date for m in thurrock.meetings] == ["2017-07-11", "2017-12-12", "2018-02-13"]
    assert len(catalogue.committees) == 4 and all(c.council.name != c.name for c in catalogue.committees)
