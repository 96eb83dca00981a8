"""The site built from real records: the Thurrock agenda pack in ../shared (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.ingest import ingest
from extract.publish import build_site

ROOT = Path(__file__).resolve().parents[1]
PACK = ROOT.parent / "shared" / "seeds" / "pdf" / "004_e187f8e0c41f6043.pdf"
COMMITTEE = "childrens-services-overview-and-scrutiny-committee"

pytestmark = pytest.mark.shared


@pytest.mark.skipif(not PACK.exists(), reason="../shared is not here")
def test_site_from_a_real_agenda_pack(tmp_path):
    docs = tmp_path / "docs"
    outcomes = list(ingest([str(PACK)], docs, jobs=1))
    assert outcomes and outcomes[0].error is None
    site = tmp_path / "site"
    assert build_site(docs, site, config=ROOT / "mkdocs.yml", pdfs=PACK.parent, stage=tmp_path / "stage") == 0
    december = (site / COMMITTEE / "2017-12-12" / "index.html").read_text()
    assert "Joycelyn Redsell" in december and "Next meeting" in december
    assert (site / COMMITTEE / "2018-02-13" / "index.html").exists()
    assert (site / "pdf" / PACK.name).exists()
