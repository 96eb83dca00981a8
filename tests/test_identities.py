"""Which council, which committee: one identity each, however records print them, never merged across councils."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_archive import write_archive

from extract.archive import Archive, Document, Settings, SettingsInvalid, bare_name, build_catalogue, council_key
from extract.model import Agenda, Contact, Minutes, Person, Report, Source
from extract.write import record_path

ROOT = Path(__file__).resolve().parents[1]


def record(kind=Minutes, committee="Planning Committee", body=None, date="2020-01-07", pdf="a.pdf", **keys):
    made = kind(body=body, committee=committee, date=date, title=f"{committee} {date}",
                source=Source(file=pdf, sha256=pdf.ljust(64, "0")), **keys)
    return Document(made, record_path(made))


def committees(*documents, council=None):
    return {(c.council.name, c.name): [m.date for m in c.meetings]
            for c in build_catalogue(list(documents), Settings(council=council)).committees}


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


def test_a_pdf_that_prints_no_council_is_known_by_its_contacts_mail_domain():
    """Kent's supplement letter names no council, only "e-mail: joel.cook@kent.gov.uk"; a council of
    another name's mail (medway.gov.uk) is no evidence for Kent."""
    found = committees(record(Minutes, committee="County Council", body="Kent County Council", date="2025-03-13",
                              pdf="minutes.pdf"),
                       record(Agenda, committee="County Council", body="Medway Council", date="2025-03-20",
                              pdf="medway.pdf"),
                       record(Agenda, committee="County Council", date="2025-01-09", pdf="letter.pdf",
                              contact=Contact(email="joel.cook@kent.gov.uk")),
                       record(Agenda, committee="County Council", date="2025-02-01", pdf="other.pdf",
                              contact=Contact(email="clerk@example.org")))
    assert found[("Kent County Council", "County Council")] == ["2025-01-09", "2025-03-13"]
    assert found[(None, "County Council")] == ["2025-02-01"]


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


@pytest.fixture(scope="module")
def sample_catalogue(tmp_path_factory, sample_pdfs):
    """The real sample PDFs, ingested."""
    from extract.cli import main

    docs = tmp_path_factory.mktemp("samples") / "docs"
    assert main(["ingest", *map(str, sample_pdfs), "--docs", str(docs)]) == 0
    return Archive(docs).catalogue()


def test_the_build_files_the_real_sample_pack_under_one_council(sample_catalogue):
    """The sample pack's minutes print no council; its front sheet and reports say Thurrock Council,
    and the separate report of 11 July 2017 prints neither: all are one committee's."""
    catalogue = sample_catalogue
    thurrock = next(c for c in catalogue.committees if c.slug == "childrens-services-overview-and-scrutiny-committee")
    assert thurrock.council.name == "Thurrock Council"
    assert [m.date for m in thurrock.meetings] == ["2017-07-11", "2017-12-12", "2018-02-13"]
    assert len(catalogue.committees) == 4 and all(c.council.name != c.name for c in catalogue.committees)


def test_the_real_samples_committees_are_named_as_their_text_writes_them(sample_catalogue):
    """Two covers print their committee in capitals; the reports' own text names it in mixed case."""
    assert sorted(c.name for c in sample_catalogue.committees) == [
        "CYP Scrutiny Committee", "Children and Families Overview and Scrutiny Panel",
        "Children and Young People's Overview and Scrutiny Committee",
        "Children's Services Overview and Scrutiny Committee"]


# --- People ---

def people_of(*documents, entries=()):
    from extract.publish.people import People

    catalogue = build_catalogue(list(documents), Settings(people=list(entries)))
    return catalogue, People(catalogue)


def test_one_person_under_every_printed_form_of_their_name():
    catalogue, people = people_of(
        record(Agenda, committee="Children's Services Overview and Scrutiny Committee", body="Thurrock Council",
               date="2018-02-13", members=[Person("Cllr B Okunade")]),
        record(Minutes, committee="Children's Services Overview and Scrutiny Committee", body="Thurrock Council",
               date="2017-12-12", pdf="b.pdf", present=[Person("Bukky Okunade", "Chair")]),
        record(Report, committee="Children's Services Overview and Scrutiny Committee", body="Thurrock Council",
               date="2017-07-11", pdf="c.pdf", report_of="Councillor Okunade (Chair) – Portfolio Holder"))
    [okunade] = people.individuals.values()
    assert okunade.name == "Bukky Okunade"
    assert [a.status for a in okunade.appearances] == ["present", "member"]
    assert people.resolve(catalogue.meetings[0], "Councillor Okunade (Chair)") is okunade


def test_people_are_never_merged_across_first_names_or_initials():
    catalogue, people = people_of(record(present=[Person("John Smith"), Person("Jane Smith"), Person("K Smith")]))
    meeting = catalogue.meetings[0]
    assert len(people.individuals) == 3
    assert people.resolve(meeting, "Cllr Smith") is None and people.resolve(meeting, "J Smith") is None
    assert people.resolve(meeting, "Mr K. Smith").name == "K Smith"


def test_initials_listed_beside_the_full_name_they_fit_in_one_record_are_another_person():
    """One present list naming "John Smith" and "J Smith" names two people (the second perhaps Jane): both
    attended, and neither attendance is lost; told to the officer, since "J Smith" elsewhere may be John."""
    catalogue, people = people_of(record(present=[Person("John Smith"), Person("J Smith"), Person("Ann Lee")]))
    meeting = catalogue.meetings[0]
    assert sorted(i.name for i in people.individuals.values()) == ["Ann Lee", "J Smith", "John Smith"]
    assert sorted(i.name for i, _ in people.at_meeting(meeting)) == ["Ann Lee", "J Smith", "John Smith"]
    assert people.resolve(meeting, "Cllr J Smith").name == "J Smith"
    assert [str(u) for u in people.unsure] == [
        "J Smith may be John Smith: kept apart (people.yml can name them one person)"]


def test_initials_on_the_agenda_and_the_full_name_in_the_minutes_are_one_person():
    """The counter-example: the agenda lists its members by initials, the minutes by full names (two records
    of one meeting), so "J Smith" and "John Smith" are one member, present."""
    catalogue, people = people_of(record(Agenda, members=[Person("J Smith"), Person("Ann Lee")]),
                                  record(present=[Person("John Smith"), Person("Ann Lee")], pdf="b.pdf"))
    meeting = catalogue.meetings[0]
    assert sorted(i.name for i in people.individuals.values()) == ["Ann Lee", "John Smith"]
    [smith] = [i for i in people.individuals.values() if i.name == "John Smith"]
    assert [a.status for a in smith.appearances] == ["present"]
    assert people.resolve(meeting, "J Smith") is smith and people.unsure == []


def test_a_middle_initial_printed_or_not_is_one_person():
    """Minutes list "Malcolm Taylor", his reports are by "Malcolm W Taylor" (or "Malcolm W. Taylor")."""
    catalogue, people = people_of(
        record(Minutes, date="2017-12-12",
               in_attendance=[Person("Malcolm Taylor", "Strategic Lead - Learner Support")]),
        record(Report, date="2018-02-13", pdf="b.pdf", author="Malcolm W Taylor, Strategic Lead Inclusion"),
        record(Report, date="2018-03-13", pdf="c.pdf", author="Malcolm W. Taylor, Strategic Lead Inclusion"))
    [taylor] = people.individuals.values()
    assert taylor.name == "Malcolm W Taylor"
    assert [a.status for a in taylor.appearances] == ["in attendance"]
    assert people.resolve(catalogue.meetings[0], "Malcolm Taylor") is taylor
    assert people.unsure == []


def test_a_name_without_its_middle_initial_that_fits_two_people_is_kept_apart_and_told(tmp_path):
    from extract.publish import generate
    from extract.write import render_record

    documents = [
        record(Minutes, date="2017-12-12", body="Thurrock Council",
               in_attendance=[Person("Malcolm Taylor"), Person("Malcolm J Taylor")]),
        record(Report, date="2018-02-13", pdf="b.pdf", body="Thurrock Council",
               author="Malcolm W Taylor, Strategic Lead"),
        record(Minutes, date="2019-01-08", pdf="c.pdf", body="Thurrock Council",
               present=[Person("Ann Lee"), Person("Ann B Lee")])]
    _, people = people_of(*documents)
    assert sorted(i.name for i in people.individuals.values()) == [
        "Ann B Lee", "Ann Lee", "Malcolm J Taylor", "Malcolm Taylor", "Malcolm W Taylor"]
    told = ["Malcolm Taylor (Thurrock Council) may be Malcolm J Taylor or Malcolm W Taylor: kept apart "
            "(people.yml can name them one person)"]  # Ann Lee and Ann B Lee sat at one meeting: two people
    assert [str(u) for u in people.unsure] == told
    for doc in documents:  # the build's summary says it
        (tmp_path / "docs" / doc.path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / doc.path).write_text(render_record(doc.record), encoding="utf-8")
    assert generate(tmp_path / "docs", tmp_path / "stage", ROOT / "mkdocs.yml", None).unsure_people == told


def test_a_job_title_run_onto_an_authors_name_is_not_part_of_it():
    from extract.publish.people import officer_names

    assert officer_names("Joseph Tynan Service Manager Multi Agency Safeguarding Hub, Children and Families") == [
        "Joseph Tynan"]
    assert officer_names("Joseph Tynan – Service Manager Multi Agency Safeguarding Hub") == ["Joseph Tynan"]
    assert officer_names("Malcolm W Taylor Strategic Lead Inclusion") == ["Malcolm W Taylor"]
    assert officer_names("Lynda Pritchard Church of England Representative") == ["Lynda Pritchard"]
    # names that are only names keep every word, an office word in them or not
    assert officer_names("Alyson Grice/Samantha Morris, Overview and Scrutiny Officers") == [
        "Alyson Grice", "Samantha Morris"]
    assert officer_names("Mrs C Head") == ["Mrs C Head"] and officer_names("Sue Brunton Reed") == ["Sue Brunton Reed"]
    assert officer_names("Jan van der Berg Town Clerk") == ["Jan van der Berg"]


def test_the_real_samples_name_each_officer_once_without_their_job_title(sample_catalogue):
    """The pack's minutes list "Malcolm Taylor", its reports are by "Malcolm W Taylor"; the July report is by
    "Joseph Tynan Service Manager Multi Agency Safeguarding Hub, …" and "of Joseph Tynan – Service Manager …"."""
    from extract.publish.people import People

    names = sorted(i.name for i in People(sample_catalogue).individuals.values() if i.council.name)
    assert [n for n in names if "Taylor" in n or "Tynan" in n] == ["Joseph Tynan", "Malcolm W Taylor"]
    assert len(names) == len(set(names)) and not [n for n in names if len(n.split()) > 3]


def test_people_of_two_councils_are_two_people():
    _, people = people_of(record(body="Ashford Borough Council", present=[Person("Ann Lee")]),
                          record(body="Bexley Council", pdf="b.pdf", present=[Person("Ann Lee")]))
    assert sorted(i.council.name for i in people.individuals.values()) == ["Ashford Borough Council", "Bexley Council"]


def test_attendance_counts_minuted_meetings_and_meetings_without_minutes_are_pending():
    from extract.publish.people import attendance

    _, people = people_of(record(Minutes, date="2017-12-12", present=[Person("Ann Lee")], apologies=[Person("Bo Ray")]),
                          record(Agenda, date="2018-02-13", pdf="b.pdf", members=[Person("Ann Lee"), Person("Bo Ray")]))
    figures = {i.name: attendance(i.appearances) for i in people.individuals.values()}
    assert str(figures["Ann Lee"]) == "1 of 1 minuted meeting (100%), 1 pending (no minutes yet)"
    assert (figures["Bo Ray"].minuted, figures["Bo Ray"].present, figures["Bo Ray"].apologies) == (1, 0, 1)


def test_people_yml_merges_splits_and_describes_people():
    from extract.archive import PersonEntry

    entries = [PersonEntry("Bukky Okunade", aliases=["Bukola Okunade"], party="Labour", ward="Tilbury St Chads"),
               PersonEntry("John Smith (Licensing)", aliases=["John Smith"], committees=["Licensing Committee"])]
    catalogue, people = people_of(
        record(committee="Planning Committee", date="2020-01-07", present=[Person("Bukky Okunade"), Person("John Smith")]),
        record(committee="Licensing Committee", date="2020-01-08", pdf="b.pdf",
               present=[Person("Bukola Okunade"), Person("John Smith")]), entries=entries)
    by_name = {i.name: i for i in people.individuals.values()}
    assert sorted(by_name) == ["Bukky Okunade", "John Smith", "John Smith (Licensing)"]
    okunade = by_name["Bukky Okunade"]
    assert (okunade.party, okunade.ward, len(okunade.appearances)) == ("Labour", "Tilbury St Chads", 2)
    assert [a.meeting.committee.name for a in by_name["John Smith (Licensing)"].appearances] == ["Licensing Committee"]


def test_a_broken_people_yml_is_one_line_per_entry_and_nothing_is_built(tmp_path, capsys):
    from extract.cli import main

    docs = tmp_path / "docs"
    write_archive(docs)
    config = tmp_path / "mkdocs.yml"
    config.write_text((ROOT / "mkdocs.yml").read_text().replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}"))
    (tmp_path / "people.yml").write_text("- name: Bukky Okunade\n  alias: [B Okunade]\n- Graham Snell\n")
    assert main(["build", "--docs", str(docs), "--site", str(tmp_path / "site"), "--config", str(config)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: {tmp_path / 'people.yml'}: entry 1: unknown key 'alias' (known: name, council, party, ward, "
        f"aliases, committees, from, until)",
        f"error: {tmp_path / 'people.yml'}: entry 2: must be a mapping with a 'name', like '- name: Bukky Okunade'",
        "error: nothing was built: correct the settings and build again"]
    assert not (tmp_path / "site").exists()


def test_people_yml_beside_mkdocs_yml_is_applied_at_every_build(tmp_path):
    from extract.publish import generate

    docs = tmp_path / "docs"
    write_archive(docs)
    config = tmp_path / "mkdocs.yml"
    config.write_text((ROOT / "mkdocs.yml").read_text())
    (tmp_path / "people.yml").write_text("- name: Joycelyn Redsell\n  party: Conservative\n  ward: Little Thurrock Rectory\n")
    generate(docs, tmp_path / "stage", config, None)
    page = (tmp_path / "stage" / "people" / "thurrock-council" / "joycelyn-redsell.md").read_text()
    assert "Thurrock Council. Conservative, Little Thurrock Rectory ward." in page


def test_serve_builds_again_when_the_officers_settings_change(tmp_path):
    from extract.publish import _sources_fingerprint

    docs = tmp_path / "docs"
    write_archive(docs)
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: test\n")
    before = _sources_fingerprint(docs, config)
    (tmp_path / "people.yml").write_text("- name: Joycelyn Redsell\n  party: Conservative\n")
    assert _sources_fingerprint(docs, config) != before


def test_one_person_whatever_apostrophe_or_honours_their_name_is_printed_with():
    """An agenda's membership types "M O’Brien" and "P Jones MBE", the minutes "M O'Brien" and "Peter Jones"
    (probe of a borough's planning committee); "Cllr Ann Senior" keeps her surname."""
    catalogue, people = people_of(
        record(Agenda, date="2025-01-14", members=[Person("Mary O’Brien"), Person("P Jones MBE"), Person("Ann Senior")]),
        record(Minutes, date="2025-01-14", pdf="b.pdf", present=[Person("Mary O'Brien"), Person("Peter Jones OBE DL")]))
    assert sorted(i.name for i in people.individuals.values()) == ["Ann Senior", "Mary O'Brien", "Peter Jones"]
    assert people.resolve(catalogue.meetings[0], "Cllr Senior").name == "Ann Senior"
    assert bare_name("Rt Hon Sir John Smith MP") == bare_name("The Hon. John Smith") == "John Smith"
    assert bare_name("Dr. Jane Doe, Ph.D.") == bare_name("Committee Member Jane Doe") == "Jane Doe"


def test_a_father_and_his_son_are_two_people_and_their_surname_fits_both():
    """US minutes print "John Smith Jr." beside "John Smith"; "Mr Smith" may be either: no one is linked."""
    catalogue, people = people_of(record(present=[Person("John Smith"), Person("John Smith Jr.")]))
    meeting = catalogue.meetings[0]
    assert sorted(i.name for i in people.individuals.values()) == ["John Smith", "John Smith Jr"]
    assert people.resolve(meeting, "Mr Smith") is None
    assert people.resolve(meeting, "Councilmember John Smith Jr.").name == "John Smith Jr"


@pytest.mark.parametrize("printed", ["Planning Cttee", "PLANNING CTTEE.", "Planning Cmte"])
def test_a_committee_printed_with_its_head_noun_shortened_is_one(printed):
    """A borough's minutes title "Minutes of a Meeting of the Planning Cttee", a US board's agenda "Finance Cmte"."""
    found = committees(record(committee="Planning Committee", body="Tewkesbury Borough Council", pdf="a.pdf"),
                       record(committee=printed, body="Tewkesbury Borough Council", date="2025-01-14", pdf="b.pdf"))
    assert found == {("Tewkesbury Borough Council", "Planning Committee"): ["2020-01-07", "2025-01-14"]}


@pytest.mark.parametrize("printed, same", [("Health & Well-being Board", True), ("Health and Wellbeing Board", True),
                                           ("HWB", True), ("Licensing Sub-Committee", False)])
def test_compounds_hyphenated_solid_or_apart_and_one_word_acronyms_are_one_committee(printed, same):
    """Kent prints "Health and Wellbeing Board", others "Health & Well-being Board"; a board's minutes head
    their pages "HWB". A sub-committee is not its committee."""
    found = committees(record(committee="Health and Wellbeing Board", body="Ashford Borough Council", pdf="a.pdf"),
                       record(committee="Licensing Committee", body="Ashford Borough Council", pdf="c.pdf", date="2020-03-01"),
                       record(committee=printed, body="Ashford Borough Council", pdf="b.pdf", date="2020-02-04"))
    assert (len(found) == 2) is same


def test_sub_committees_printed_solid_hyphenated_or_apart_are_one_and_committees_a_and_b_two():
    found = committees(*(record(committee=name, body="Ashford Borough Council", pdf=f"{i}.pdf", date=f"2020-0{i + 1}-01")
                         for i, name in enumerate(["Licensing Sub-Committee", "Licensing Sub Committee",
                                                   "Licensing Subcommittee", "Planning Committee A",
                                                   "Planning Committee B"])))
    assert sorted(name for _, name in found) == ["Licensing Sub-Committee", "Planning Committee A",
                                                  "Planning Committee B"]


def test_the_councils_annual_and_budget_meetings_are_the_council_meeting():
    """"Annual Council", "Annual Meeting of the Council", "Budget Council": the full council's; the "Annual Parish
    Meeting" (the electors') and a "Budget Scrutiny Committee" are not."""
    found = committees(*(record(committee=name, body="Milburn Parish Council", pdf=f"{i}.pdf", date=f"2020-0{i + 1}-01")
                         for i, name in enumerate(["Full Council", "Annual Council", "Annual Meeting of the Council",
                                                   "Budget Council", "Annual Parish Meeting",
                                                   "Budget Scrutiny Committee", "Scrutiny Committee"])))
    assert sorted((name, len(dates)) for (_, name), dates in found.items()) == [
        ("Annual Parish Meeting", 1), ("Budget Scrutiny Committee", 1), ("Full Council", 4), ("Scrutiny Committee", 1)]


def test_a_london_borough_is_one_council_under_its_style_and_its_logos_name():
    """A London borough's papers head "London Borough of Camden", its logo "Camden Council"; the "City of
    London" keeps the capital's name, a council of its own."""
    found = committees(record(committee="Cabinet", body="London Borough of Camden", pdf="a.pdf"),
                       record(committee="London Borough of Camden Cabinet", body="Camden Council", pdf="b.pdf",
                              date="2020-02-04"),
                       record(committee="Cabinet", body="City of London", pdf="c.pdf"))
    assert found == {("London Borough of Camden", "Cabinet"): ["2020-01-07", "2020-02-04"],
                     ("City of London", "Cabinet"): ["2020-01-07"]}


def test_irish_and_gaelic_council_words_name_no_council_of_their_own():
    """"Comhairle Contae" is Irish for "County Council" (as "Cyngor Cymuned" is Welsh for "Community Council");
    Kerry's and Galway's councils are told apart by their own words."""
    assert council_key("Comhairle Contae") is None
    assert council_key("Comhairle Contae Chiarraí") == (frozenset({"chiarrai"}), "county")
    assert council_key("Comhairle Contae na Gaillimhe") == (frozenset({"gaillimhe"}), "county")
    assert council_key("Comhairle nan Eilean Siar")[0] == {"eilean", "siar"}


def test_a_surname_or_initial_that_fits_two_people_is_kept_apart_and_told():
    """US minutes list "Mayor Smith" where the city has a John Smith and a Karen Smith; a borough's agenda
    "J Smith" beside John and Jane Smith: each is kept apart and told. "K Smith" fits Karen alone."""
    _, people = people_of(
        record(Minutes, body="City of Boulder", present=[Person("John Smith"), Person("Karen Smith")]),
        record(Minutes, body="City of Boulder", date="2020-02-04", pdf="b.pdf",
               present=[Person("Mayor Smith"), Person("K Smith")]),
        record(Agenda, body="Tewkesbury Borough Council", pdf="c.pdf", members=[Person("John Smith"),
                                                                              Person("Jane Smith")]),
        record(Minutes, body="Tewkesbury Borough Council", date="2020-02-04", pdf="d.pdf", present=[Person("J Smith")]))
    assert [str(u) for u in people.unsure] == [
        "J Smith (Tewkesbury Borough Council) may be Jane Smith or John Smith: kept apart (people.yml can name "
        "them one person)",
        "Smith (City of Boulder) may be John Smith or Karen Smith: kept apart (people.yml can name them one person)"]
    karen = next(i for i in people.individuals.values() if i.name == "Karen Smith")
    assert len(karen.appearances) == 2


def test_a_surname_printed_with_its_particles_is_the_member_whose_name_ends_so():
    """A Welsh county's minutes list "Cllr ap Gwilym" and an Irish council's "Cllr Ó Súilleabháin" beside the full
    names at other meetings, its agenda "S. ap Gwilym": one person each. "Cllr van der Berg" where two members end so is kept apart and told;
    an initial still names by its first letter ("O Smith" is Olive Smith, not a surname "O Smith")."""
    _, people = people_of(
        record(Minutes, body="Ceredigion County Council", present=[Person("Siân ap Gwilym"), Person("Dafydd Evans")]),
        record(Minutes, body="Ceredigion County Council", date="2020-02-04", pdf="b.pdf",
               present=[Person("ap Gwilym"), Person("Evans")]),
        record(Minutes, body="Cork County Council", pdf="c.pdf",
               present=[Person("Seán Ó Súilleabháin"), Person("Olive Smith"), Person("Pieter van der Berg"),
                        Person("Anna van der Berg")]),
        record(Minutes, body="Cork County Council", date="2020-02-04", pdf="d.pdf",
               apologies=[Person("Ó Súilleabháin"), Person("O Smith"), Person("van der Berg")]),
        record(Agenda, body="Ceredigion County Council", date="2020-03-03", pdf="e.pdf", members=[Person("S. ap Gwilym")]))
    appearances = {i.name: len(i.appearances) for i in people.individuals.values()}
    assert appearances == {"Siân ap Gwilym": 3, "Dafydd Evans": 2, "Seán Ó Súilleabháin": 2, "Olive Smith": 2,
                           "Pieter van der Berg": 1, "Anna van der Berg": 1, "van der Berg": 1}
    assert [str(u).split(":")[0] for u in people.unsure] == [
        "van der Berg (Cork County Council) may be Anna van der Berg or Pieter van der Berg"]


def test_a_double_barrelled_surname_alone_is_the_member_whose_name_ends_so():
    """An English borough's minutes list "Cllr Brunton-Reed" beside Sue Brunton-Reed and John Reed: she is the one,
    untold; "Cllr Reed" and "J Reed" still fit John alone where he is the only Reed by those words."""
    _, people = people_of(
        record(present=[Person("Sue Brunton-Reed"), Person("John Reed")]),
        record(pdf="b.pdf", date="2020-02-04", present=[Person("Brunton-Reed"), Person("J Reed")]))
    assert {i.name: len(i.appearances) for i in people.individuals.values()} == {"Sue Brunton-Reed": 2,
                                                                                 "John Reed": 2}
    assert people.unsure == []


def test_the_first_of_two_surnames_printed_alone_is_told_never_merged():
    """A US city's roll lists "Ana García López", its minutes "Councilmember García": perhaps her, told. "Smith"
    beside "Mary Ann Smith" is her, by surname, untold."""
    _, people = people_of(
        record(body="City of San Leandro", present=[Person("Ana García López"), Person("Mary Ann Smith")]),
        record(body="City of San Leandro", pdf="b.pdf", date="2020-02-04", present=[Person("García"), Person("Smith")]))
    assert [str(u).split(":")[0] for u in people.unsure] == ["García (City of San Leandro) may be Ana García López"]
    assert {i.name: len(i.appearances) for i in people.individuals.values()} == {
        "Ana García López": 1, "Mary Ann Smith": 2, "García": 1}


def test_a_familiar_first_name_is_told_never_merged():
    """A US council's minutes name "Councilmember Bob Smith", its agenda "Robert Smith"; a borough's minutes
    "Pete Jones" and "Peter Jones": told, each kept apart. "Jane Smith" beside "John Smith" is two people, and
    "Chris Lee" and "Christopher Lee" listed at one meeting are two."""
    _, people = people_of(
        record(Minutes, present=[Person("Bob Smith"), Person("Pete Jones"), Person("Jane Smith"), Person("Chris Lee"),
                                 Person("Christopher Lee")]),
        record(Agenda, pdf="b.pdf", date="2020-02-04", members=[Person("Robert Smith"), Person("Peter Jones"),
                                                                Person("John Smith")]))
    assert len(people.individuals) == 8
    assert sorted(str(u).split(":")[0] for u in people.unsure) == ["Bob Smith may be Robert Smith",
                                                                    "Pete Jones may be Peter Jones"]


def test_a_council_named_in_both_its_languages_is_one_council():
    """Powys prints "Cyngor Sir Powys" and "Powys County Council"; a Welsh community council's minutes, in each
    language, "Cyngor Cymuned Manordeilo a Salem" and "Manordeilo & Salem Community Council": one council each, shown
    in English as its committees are. A county and a city of one name stay two: "Durham County Council", "City of
    Durham Parish Council"."""
    found = committees(record(committee="Cabinet", body="Cyngor Sir Powys", pdf="a.pdf"),
                       record(committee="Cabinet", body="Powys County Council", pdf="b.pdf", date="2020-02-04"),
                       record(committee="Cyngor Cymuned Manordeilo a Salem", pdf="c.pdf"),
                       record(committee="Manordeilo & Salem Community Council", pdf="d.pdf"),
                       record(committee="Planning Committee", body="Durham County Council", pdf="e.pdf"),
                       record(committee="Planning Committee", body="City of Durham Parish Council", pdf="f.pdf"))
    assert sorted((council, len(dates)) for (council, _), dates in found.items()) == [
        ("City of Durham Parish Council", 1), ("Durham County Council", 1),
        ("Manordeilo & Salem Community Council", 1), ("Powys County Council", 2)]


def test_a_person_is_named_in_mixed_case_where_any_record_prints_it_so():
    """A Scottish council's minutes set surnames in capitals ("Bailie Will DAWSON"), its agenda not; French minutes
    "Jean DUPONT" likewise. Printed only in capitals, the name is kept as printed."""
    _, people = people_of(record(present=[Person("Will DAWSON"), Person("Jean DUPONT"), Person("Ann McLEAN")]),
                          record(pdf="b.pdf", date="2020-02-04", present=[Person("Will DAWSON"), Person("Jean DUPONT")]),
                          record(Agenda, pdf="c.pdf", date="2020-03-03", members=[Person("Will Dawson")]))
    assert sorted(i.name for i in people.individuals.values()) == ["Ann McLEAN", "Jean DUPONT", "Will Dawson"]


def test_a_name_printed_surname_first_in_capitals_is_the_same_persons():
    """A French commune's minutes list "M. DUPONT Jean", "Mme DE LA FONTAINE Marie"; its agenda "Jean Dupont", its
    prose "Monsieur DUPONT": one person each. A Scottish council's "Ian BORTHWICK" and a US board's "JJ Abrams" are in
    their order already."""
    catalogue, people = people_of(
        record(body="Commune de Saint-Lô", present=[Person("DUPONT Jean"), Person("DE LA FONTAINE Marie"),
                                                    Person("JJ Abrams")]),
        record(Agenda, body="Commune de Saint-Lô", date="2020-02-04", pdf="b.pdf",
               members=[Person("Jean Dupont"), Person("Marie de la Fontaine"), Person("Ian BORTHWICK")]))
    assert sorted(i.name for i in people.individuals.values()) == ["Ian BORTHWICK", "JJ Abrams", "Jean Dupont",
                                                                  "Marie DE LA FONTAINE"]
    assert people.resolve(catalogue.meetings[0], "Monsieur DUPONT").name == "Jean Dupont"
    assert people.resolve(catalogue.meetings[0], "Mme DE LA FONTAINE").name == "Marie DE LA FONTAINE"


def test_a_county_borough_is_one_council_in_each_language_and_a_metropolitan_borough_a_borough():
    """Blaenau Gwent prints "Blaenau Gwent County Borough Council" and "Cyngor Bwrdeistref Sirol Blaenau Gwent";
    Wirral "Metropolitan Borough of Wirral" and "Wirral Borough Council". The "City of Durham Parish Council" is
    not the old "Durham City Council"."""
    assert council_key("Blaenau Gwent County Borough Council") == council_key("Cyngor Bwrdeistref Sirol Blaenau Gwent")
    assert council_key("Metropolitan Borough of Wirral") == council_key("Wirral Borough Council")
    assert council_key("City of Durham Parish Council") != council_key("Durham City Council")


def test_a_parish_council_of_a_citys_style_is_not_the_city_council():
    """The "City of Durham Parish Council" (a parish since 2018) is not "Durham City Council" (the district
    abolished in 2009), though its name holds "city"; "St Albans City and District Council" is one council with
    "St Albans City Council", and the Welsh and English names of a community council stay one."""
    found = committees(record(committee="Full Council", body="City of Durham Parish Council", pdf="a.pdf"),
                       record(committee="Full Council", body="Durham City Council", pdf="b.pdf", date="2008-02-04"),
                       record(committee="Cabinet", body="St Albans City and District Council", pdf="c.pdf"),
                       record(committee="Cabinet", body="St Albans City Council", pdf="d.pdf", date="2020-02-04"),
                       record(committee="Cyngor Cymuned Dinas Mawddwy", pdf="e.pdf"),
                       record(committee="Dinas Mawddwy Community Council", pdf="f.pdf", date="2020-02-04"))
    assert sorted((council, len(dates)) for (council, _), dates in found.items()) == [
        ("City of Durham Parish Council", 1), ("Dinas Mawddwy Community Council", 2), ("Durham City Council", 1),
        ("St Albans City and District Council", 2)]


def test_a_joint_body_of_two_councils_is_neither_councils_and_its_committee_under_a_host_is_told():
    """A joint board's agenda prints "Medway Council and Kent County Council" (it had been filed as Medway's, the
    shorter name it holds); the host's minutes print the board as Kent County Council's: kept apart, told.
    "Cheshire West and Chester Council" and "Brighton & Hove City Council" are one council each."""
    catalogue = build_catalogue([
        record(committee="Cabinet", body="Kent County Council", pdf="a.pdf"),
        record(committee="Cabinet", body="Medway Council", pdf="b.pdf"),
        record(Agenda, committee="Kent and Medway Joint Health and Wellbeing Board",
               body="Medway Council and Kent County Council", pdf="c.pdf"),
        record(committee="Kent and Medway Joint Health and Wellbeing Board", body="Kent County Council", pdf="d.pdf",
               date="2020-03-01"),
        record(committee="Full Council", body="Cheshire West and Chester Council", pdf="e.pdf"),
        record(committee="Full Council", body="Chester City Council", pdf="f.pdf"),
        record(committee="Full Council", body="Brighton & Hove City Council", pdf="g.pdf")])
    assert sorted(c.name for c in catalogue.councils) == [
        "Brighton & Hove City Council", "Cheshire West and Chester Council", "Chester City Council",
        "Kent County Council", "Medway Council", "Medway Council and Kent County Council"]
    assert catalogue.unsure == [
        "Kent and Medway Joint Health and Wellbeing Board (Medway Council and Kent County Council) may be Kent and "
        "Medway Joint Health and Wellbeing Board (Kent County Council), one joint committee: kept apart (ingest "
        "--council files its PDF under one)"]


def test_a_joint_committee_printed_by_each_partner_council_is_told_never_merged():
    """Kent's minutes print the "Kent and Medway Joint Health and Wellbeing Board", Medway's the "Joint Health and
    Wellbeing Board (Kent and Medway)": perhaps one, told. Each council's own "Planning Committee" is nothing to
    tell, nor is a committee that names only its own council ("Medway Health and Wellbeing Board")."""
    catalogue = build_catalogue([
        record(committee="Kent and Medway Joint Health and Wellbeing Board", body="Kent County Council", pdf="a.pdf"),
        record(committee="Joint Health and Wellbeing Board (Kent and Medway)", body="Medway Council", pdf="b.pdf"),
        record(committee="Planning Committee", body="Kent County Council", pdf="c.pdf"),
        record(committee="Planning Committee", body="Medway Council", pdf="d.pdf"),
        record(committee="Medway Health and Wellbeing Board", body="Medway Council", pdf="e.pdf")])
    assert catalogue.unsure == [
        "Kent and Medway Joint Health and Wellbeing Board (Kent County Council) may be Joint Health and Wellbeing Board "
        "(Kent and Medway) (Medway Council), one joint committee: kept apart (ingest --council files its PDF under "
        "one)"]


def test_a_councils_executive_printed_as_cabinet_and_as_executive_is_told_never_merged():
    """A district's minutes are the "Cabinet"'s, a report's cover is "to Executive" on the same date: perhaps one
    body, told. Another council's "Cabinet" and its "Executive Committee" are nothing to tell."""
    catalogue = build_catalogue([
        record(committee="Cabinet", body="Hart District Council", pdf="a.pdf"),
        record(Report, committee="Executive", body="Hart District Council", pdf="b.pdf"),
        record(committee="Cabinet", body="Kent County Council", pdf="c.pdf"),
        record(committee="Executive Committee", body="Kent County Council", pdf="d.pdf")])
    assert len(catalogue.committees) == 4
    assert catalogue.unsure == ["Cabinet and Executive (Hart District Council) may be one executive: kept apart "
                                "(ingest --committee files its PDF under one)"]


def test_regions_shires_and_nordic_municipalities_are_tiers():
    """Ontario's "Regional Municipality of Waterloo" meets as "Regional Council" (which names no council of its own)
    and is not the "City of Waterloo"; an Australian shire prints "Shire of Augusta-Margaret River" and
    "Augusta-Margaret River Shire Council"; Stockholm "Stockholms stad" and "Stockholms kommun": one each."""
    found = committees(record(committee="Regional Council", body="Regional Municipality of Waterloo", pdf="a.pdf"),
                       record(committee="Council", body="City of Waterloo", pdf="b.pdf"),
                       record(committee="Ordinary Council Meeting", body="Shire of Augusta-Margaret River", pdf="c.pdf"),
                       record(committee="Shire Council", body="Augusta-Margaret River Shire Council", pdf="d.pdf",
                              date="2020-02-04"),
                       record(committee="Kommunstyrelsen", body="Stockholms stad", pdf="e.pdf"),
                       record(committee="Kommunstyrelsen", body="Stockholms kommun", pdf="f.pdf", date="2020-02-04"))
    assert sorted((council, len(dates)) for (council, _), dates in found.items()) == [
        ("City of Waterloo", 1), ("Regional Municipality of Waterloo", 1), ("Shire of Augusta-Margaret River", 2),
        ("Stockholms stad", 2)]
    assert council_key("Regional Council") is None and council_key("Shire Council") is None


def test_a_committee_named_with_its_councils_name_and_tier_is_that_tiers_council():
    """A PDF that prints only "Santa Clara County Board of Supervisors" is the County of Santa Clara's, not the City
    of Santa Clara's; "Kent County Council Cabinet" Kent County Council's. A name of the place without a tier
    ("Santa Clara Valley Water District Board") still fits either: told."""
    printed = [("Board of Supervisors", "County of Santa Clara"), ("City Council", "City of Santa Clara"),
               ("Santa Clara County Board of Supervisors", None), ("Santa Clara Valley Water District Board", None),
               ("Cabinet", "Kent County Council"), ("Planning Committee", "Kent District Council"),
               ("Kent County Council Cabinet", None)]
    catalogue = build_catalogue([record(committee=committee, body=body, pdf=f"{pdf}.pdf",
                                        date="2020-02-04" if body is None else "2020-01-07")
                                 for committee, body, pdf in ((c, b, "abcdefg"[i]) for i, (c, b) in enumerate(printed))])
    found = {(c.council.name, c.name): len(c.meetings) for c in catalogue.committees}
    assert found[("County of Santa Clara", "Board of Supervisors")] == 2
    assert found[("Kent County Council", "Cabinet")] == 2
    assert found[(None, "Santa Clara Valley Water District Board")] == 1
    assert catalogue.unsure == ["d.pdf may be City of Santa Clara or County of Santa Clara's: filed under no council "
                                "(ingest --council names it)"]


@pytest.mark.parametrize("short, full", [("Tunbridge Wells BC", "Tunbridge Wells Borough Council"),
                                         ("Mid Suffolk DC", "Mid Suffolk District Council"),
                                         ("Kirklees MBC", "Metropolitan Borough of Kirklees"),
                                         ("Caerphilly CBC", "Caerphilly County Borough Council"),
                                         ("Wellingborough B.C.", "Borough of Wellingborough"),
                                         ("Frome TC", "Frome Town Council"),
                                         ("Hackney LBC", "London Borough of Hackney"),
                                         ("LB Camden", "Camden Borough Council")])
def test_a_councils_tier_and_noun_abbreviated_after_its_name_are_spelled_out(short, full):
    """An officer's --council, a running footer: "Tunbridge Wells BC" is the Tunbridge Wells Borough Council."""
    assert council_key(short) == council_key(full)


def test_a_council_is_shown_by_its_name_in_full_where_any_record_prints_it_so():
    """A running footer's "Kent CC", a citation's "Hackney LBC" are the council; its name is shown in full."""
    found = committees(record(committee="Cabinet", body="Kent CC", pdf="a.pdf"),
                       record(committee="Cabinet", body="Kent County Council", pdf="b.pdf", date="2020-02-04"),
                       record(committee="Cabinet", body="Hackney LBC", pdf="c.pdf"),
                       record(committee="Cabinet", body="Hackney LBC", pdf="d.pdf", date="2020-02-04"),
                       record(committee="Cabinet", body="London Borough of Hackney", pdf="e.pdf", date="2020-03-03"),
                       record(committee="Cabinet", body="Frome TC", pdf="f.pdf"))
    assert found == {("Kent County Council", "Cabinet"): ["2020-01-07", "2020-02-04"],
                     ("London Borough of Hackney", "Cabinet"): ["2020-01-07", "2020-02-04", "2020-03-03"],
                     ("Frome TC", "Cabinet"): ["2020-01-07"]}


def test_a_provinces_or_a_citys_letters_after_a_name_are_no_council_abbreviation():
    """Canada's "Vancouver, BC" and the "City of Victoria BC" name no borough council; "Bristol CC" is the city's or
    the county's, its tier unknown."""
    assert council_key("Vancouver, BC") != council_key("Vancouver Borough Council")
    assert council_key("City of Victoria BC")[1] == "city"
    assert council_key("Bristol CC") == (frozenset({"bristol"}), None)
    assert council_key("LBC") == (frozenset({"lbc"}), None)  # a radio station's, no borough's


def test_a_council_named_by_its_initials_is_the_council_they_spell():
    """"BCP Council" is Bournemouth, Christchurch and Poole Council; Northern Ireland's "ABC Council" Armagh City,
    Banbridge and Craigavon Borough Council; "RBKC" the Royal Borough of Kensington and Chelsea. "CCBC" where two
    printed names spell it (Caerphilly's and Conwy's County Borough Councils) joins neither: told."""
    found = committees(*(record(committee="Cabinet", body=body, pdf=f"{i}.pdf", date=f"2020-0{i % 2 + 1}-01")
                         for i, body in enumerate([
                             "BCP Council", "Bournemouth, Christchurch and Poole Council", "ABC Council",
                             "Armagh City, Banbridge and Craigavon Borough Council", "RBKC",
                             "Royal Borough of Kensington and Chelsea", "CCBC", "Caerphilly County Borough Council",
                             "Conwy County Borough Council"])))
    assert sorted((council, len(dates)) for (council, _), dates in found.items()) == [
        ("Armagh City, Banbridge and Craigavon Borough Council", 2), ("Bournemouth, Christchurch and Poole Council", 2),
        ("CCBC", 1), ("Caerphilly County Borough Council", 1), ("Conwy County Borough Council", 1),
        ("Royal Borough of Kensington and Chelsea", 2)]
    catalogue = build_catalogue([record(body=body, pdf=f"{i}.pdf") for i, body in enumerate(
        ["CCBC", "Caerphilly County Borough Council", "Conwy County Borough Council"])])
    assert catalogue.unsure == ["CCBC may be Caerphilly County Borough Council or Conwy County Borough Council: kept "
                                "apart (ingest --council names it)"]


def test_a_council_by_its_place_alone_is_not_the_county_or_region_of_that_name_and_is_told():
    """Cornwall Council took over from Cornwall County Council in 2009, Buckinghamshire Council from Buckinghamshire
    County Council in 2020, Fife Council from Fife Regional Council in 1996: a county's or a region's council prints
    its tier, so the place's name alone is another council's. A borough goes by its place alone ("Camden Council"),
    and an abbreviation says no more than the full name ("Kent CC" is Kent County Council)."""
    catalogue = build_catalogue([record(committee="Cabinet", body=body, pdf=f"{i}.pdf", date=f"20{10 + i}-01-01")
                                 for i, body in enumerate([
                                     "Cornwall County Council", "Cornwall Council", "Fife Regional Council",
                                     "Fife Council", "Kent County Council", "Kent CC", "London Borough of Camden",
                                     "Camden Council"])])
    assert sorted((c.council.name, len(c.meetings)) for c in catalogue.committees) == [
        ("Cornwall Council", 1), ("Cornwall County Council", 1), ("Fife Council", 1), ("Fife Regional Council", 1),
        ("Kent County Council", 2), ("London Borough of Camden", 2)]
    assert catalogue.unsure == [
        "Cornwall Council may be Cornwall County Council, or another council of the place (its successor): kept "
        "apart (ingest --council names it)",
        "Fife Council may be Fife Regional Council, or another council of the place (its successor): kept apart "
        "(ingest --council names it)"]


def test_a_city_and_a_county_printed_beside_their_merged_council_are_three_councils_and_told():
    """Limerick City Council and Limerick County Council were merged into Limerick City and County Council in 2014
    (Waterford's too): printed each apart beside it, they are the councils it was made of, kept apart and told.
    Denver's city council printed alone beside the City and County of Denver is its council."""
    catalogue = build_catalogue([record(committee="Council", body=body, pdf=f"{i}.pdf", date=f"20{10 + i}-01-01")
                                 for i, body in enumerate([
                                     "Limerick City Council", "Limerick County Council",
                                     "Limerick City and County Council", "City and County of Denver",
                                     "Denver City Council"])])
    assert sorted((c.council.name, len(c.meetings)) for c in catalogue.committees) == [
        ("City and County of Denver", 2), ("Limerick City Council", 1), ("Limerick City and County Council", 1),
        ("Limerick County Council", 1)]
    assert catalogue.unsure == [
        "Limerick City Council and Limerick County Council may be Limerick City and County Council, or the councils "
        "it was made of: kept apart (ingest --council names it)"]


def test_a_councils_corporate_style_is_the_council():
    """An agreement appended to a report names "The Mayor and Burgesses of the London Borough of Camden" (Camden
    Council), "The Lord Mayor and Citizens of the City of Westminster"; Lewisham's "Mayor and Cabinet" is a committee."""
    assert council_key("The Mayor and Burgesses of the London Borough of Camden") == council_key("London Borough of Camden")
    assert council_key("The Lord Mayor and Citizens of the City of Westminster") == council_key("Westminster City Council")
    assert council_key("Mayor and Cabinet") == (frozenset({"mayor", "cabinet"}), None)


def test_a_city_and_county_is_one_council_with_its_city_council_and_a_county_of_its_name_another():
    """Denver prints "City and County of Denver" and "Denver City Council"; Alameda's city and county are two."""
    found = committees(record(committee="City Council", body="City and County of Denver", pdf="a.pdf"),
                       record(committee="Land Use Committee", body="Denver City Council", pdf="b.pdf"),
                       record(committee="City Council", body="City of Alameda", pdf="c.pdf"),
                       record(committee="Board of Supervisors", body="Alameda County", pdf="d.pdf"))
    assert sorted(found) == [("Alameda County", "Board of Supervisors"), ("City and County of Denver", "City Council"),
                             ("City and County of Denver", "Land Use Committee"), ("City of Alameda", "City Council")]


@pytest.mark.parametrize("printed, same", [("Social Service Human Relations Board (SSHRB)", True), ("SSHRB", True),
                                           ("Social Service Human Relations Board (North)", False),
                                           ("Social Service Human Relations Board (CIC)", False)])
def test_a_committees_acronym_after_its_name_is_no_part_of_it(printed, same):
    """Alameda's minutes print "Social Service Human Relations Board (SSHRB)", a borough's "Overview and Scrutiny
    Management Board (OSMB)"; an area in brackets, or another body's acronym, tells one committee from another."""
    found = committees(record(committee="Social Service Human Relations Board", body="City of Alameda", pdf="a.pdf"),
                       record(committee=printed, body="City of Alameda", pdf="b.pdf", date="2020-02-04"))
    assert (len(found) == 1) is same


def test_a_council_printed_in_each_language_by_other_words_is_one_where_its_members_are_the_same():
    """Denbighshire's Welsh minutes head "Cyngor Sir Ddinbych", its English ones "Denbighshire County Council", each
    listing Mark Young, Ellie Chard and Alan James. Kent County Council and Ashford Borough Council share three
    councillors and stay two, as does Denbigh's town council ("Cyngor Tref Dinbych") with them."""
    three = [Person("Mark Young"), Person("Ellie Chard"), Person("Alan James")]
    twins = [Person("Paul Bartlett"), Person("Clair Bell"), Person("Noel Ovenden")]
    found = committees(record(committee="Planning Committee", body="Cyngor Sir Ddinbych", pdf="a.pdf", present=three),
                       record(committee="Planning Committee", body="Denbighshire County Council", pdf="b.pdf",
                              date="2020-02-04", present=three),
                       record(committee="Cyngor Tref Dinbych", pdf="c.pdf", present=three),
                       record(committee="Cabinet", body="Kent County Council", pdf="d.pdf", present=twins),
                       record(committee="Cabinet", body="Ashford Borough Council", pdf="e.pdf", present=twins))
    assert sorted((council, name, len(dates)) for (council, name), dates in found.items()) == [
        ("Ashford Borough Council", "Cabinet", 1), ("Cyngor Tref Dinbych", "Cyngor Tref Dinbych", 1),
        ("Denbighshire County Council", "Planning Committee", 2), ("Kent County Council", "Cabinet", 1)]


def test_a_committee_named_in_each_language_is_one_where_it_met_that_day_with_those_members():
    """A Welsh council's minutes in Welsh, "Pwyllgor Cynllunio", and in English, "Planning Committee", of one
    meeting and members. A community council's planning committee sitting after the council, the same councillors,
    is its own;
    a Welsh-named committee on a date the English one did not meet stays apart."""
    three = [Person("Mark Young"), Person("Ellie Chard"), Person("Alan James")]
    found = committees(
        record(committee="Pwyllgor Cynllunio", body="Cyngor Sir Ddinbych", pdf="a.pdf", present=three),
        record(committee="Planning Committee", body="Cyngor Sir Ddinbych", pdf="b.pdf", present=three),
        record(committee="Pwyllgor Trwyddedu", body="Cyngor Sir Ddinbych", pdf="c.pdf", date="2020-03-03", present=three),
        record(committee="Licensing Committee", body="Cyngor Sir Ddinbych", pdf="d.pdf", date="2020-03-04",
               present=three),
        record(committee="Cyngor Cymuned Manordeilo a Salem", pdf="e.pdf", present=three),
        record(committee="Planning Committee", body="Cyngor Cymuned Manordeilo a Salem", pdf="f.pdf", present=three))
    assert sorted((council, name, len(dates)) for (council, name), dates in found.items()) == [
        ("Cyngor Cymuned Manordeilo a Salem", "Cyngor Cymuned Manordeilo a Salem", 1),
        ("Cyngor Cymuned Manordeilo a Salem", "Planning Committee", 1),
        ("Cyngor Sir Ddinbych", "Licensing Committee", 1), ("Cyngor Sir Ddinbych", "Planning Committee", 1),
        ("Cyngor Sir Ddinbych", "Pwyllgor Trwyddedu", 1)]


def test_an_acronym_that_fits_two_committees_and_a_pdf_that_fits_two_councils_are_told():
    """"CS Committee" may be Children's Services or Community Safety; a report naming no council whose committee
    both Kent and Medway have, and members of each, may be either's. One that fits one is filed, untold."""
    catalogue = build_catalogue([
        record(committee="CS Committee", body="Ashford Borough Council", pdf="a.pdf"),
        record(committee="Children's Services Committee", body="Ashford Borough Council", pdf="b.pdf"),
        record(committee="Community Safety Committee", body="Ashford Borough Council", pdf="c.pdf"),
        record(committee="Planning Committee", body="Kent County Council", pdf="d.pdf"),
        record(committee="Planning Committee", body="Medway Council", pdf="e.pdf"),
        record(Report, committee="Planning Committee", pdf="f.pdf", date="2020-03-03"),
        record(Report, committee="Community Safety Committee", pdf="g.pdf", date="2020-03-03")])
    assert catalogue.unsure == [
        "f.pdf may be Kent County Council or Medway Council's: filed under no council (ingest --council names it)",
        "CS Committee (Ashford Borough Council) may be Children's Services Committee or Community Safety Committee: "
        "kept apart (ingest --committee files its PDF under one)"]


def test_one_person_whether_their_name_is_printed_with_accents_or_without():
    """A US city's minutes type "Councilmember José García", its agenda system prints "Jose Garcia"; an Irish
    council's "Seán Ó Fearghaíl" and "Sean O Fearghail". "Josefa Garcia" is another person."""
    _, people = people_of(record(present=[Person("José García"), Person("Seán Ó Fearghaíl")]),
                          record(Agenda, pdf="b.pdf", date="2020-02-04",
                                 members=[Person("Jose Garcia"), Person("Sean O Fearghail"), Person("Josefa Garcia")]))
    assert {i.name for i in people.individuals.values()} == {"José García", "Josefa Garcia", "Seán Ó Fearghaíl"}
