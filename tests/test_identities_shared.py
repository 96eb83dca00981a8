"""Identities over real PDFs of several councils in ../shared's corpus (skipped without it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.archive import Archive
from extract.ingest import ingest

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "pdf"
ALAMEDA = ["us_alameda-ca_city-council_minutes_2010-11-16.pdf", "us_alameda-ca_city-council_minutes_2014-07-29.pdf",
           "us_alameda-ca_civil-service-board_2019-10-02.pdf"]
OMAHA = "us_omaha-ne_city-council-agenda_2012-10-16.pdf"
MANORDEILO = ["cc_manordeilo-salem-cc_minutes_2019-10-09.pdf", "cc_manordeilo-salem-cc_minutes_2019-10-09_cy.pdf"]

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def committees_by_file(tmp_path_factory) -> dict[str, set]:
    """Each PDF's file name → the committees its records are filed under."""
    docs = tmp_path_factory.mktemp("corpus") / "docs"
    pdfs = [CORPUS / name for name in (*ALAMEDA, OMAHA, *MANORDEILO)] + sorted(CORPUS.glob("cc_kent-cc_*.pdf"))
    assert all(outcome.error is None for outcome in ingest([str(p) for p in pdfs], docs))
    found: dict[str, set] = {}
    for meeting in Archive(docs).catalogue().meetings:
        for doc in meeting.documents:
            found.setdefault(doc.record.source.file, set()).add(meeting.committee)
    return found


def only(committees: set):
    [committee] = committees
    return committee


def test_alameda_and_omaha_city_councils_are_two_committees(committees_by_file):
    alameda, omaha = (only({c for c in committees_by_file[ALAMEDA[0]] if c.name == "City Council"}),
                      only(committees_by_file[OMAHA]))
    assert alameda is not omaha and alameda.slug != omaha.slug
    # The 2010 minutes name their council only in a footer, "Alameda City Council", which also names the body that
    # met: the council is shown by its authority's name, as the 2014 minutes print it.
    assert alameda.council.name == "City of Alameda" and omaha.council is not alameda.council


KENT_COUNCIL_MEETINGS = [
    "cc_kent-cc_agenda_2025-03-13.pdf", "cc_kent-cc_minutes_2025-03-13.pdf", "cc_kent-cc_report_2025-03-13_governance.pdf",
    "cc_kent-cc_report_2025-03-13_questions.pdf",
    "cc_kent-cc_pack_2025-01-09.pdf",  # a supplement's letter: Kent by its e-mail domain alone
    "cc_kent-cc_pack_2025-02-13.pdf",
]


@pytest.mark.parametrize("pdf", KENT_COUNCIL_MEETINGS)
def test_kent_county_councils_documents_are_one_committee(committees_by_file, pdf):
    county_council = only(committees_by_file["cc_kent-cc_minutes_2025-03-13.pdf"])
    assert county_council.council.name == "Kent County Council"
    assert committees_by_file[pdf] == {county_council}


def test_kent_cabinets_agenda_and_minutes_are_one_committee(committees_by_file):
    cabinet = only(committees_by_file["cc_kent-cc_minutes_2025-01-30.pdf"])
    assert committees_by_file["cc_kent-cc_agenda_2025-01-30.pdf"] == {cabinet}
    assert cabinet.name == "Cabinet" and cabinet.council.name == "Kent County Council"
    assert cabinet is not only(committees_by_file["cc_kent-cc_minutes_2025-03-13.pdf"])


def test_a_welsh_community_councils_minutes_in_each_language_are_one_meeting(committees_by_file):
    """The English minutes print "Manordeilo & Salem Community Council", the Welsh "Cyngor Cymuned Manordeilo a
    Salem": one council, whose meeting of 9 October 2019 both record."""
    english, welsh = (only(committees_by_file[name]) for name in MANORDEILO)
    assert english is welsh and english.council.name
    assert [m.date for m in english.meetings] == ["2019-10-09"]
