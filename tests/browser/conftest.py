"""Headless Chromium (Debian's, via Playwright) against the sample site, served on 127.0.0.1.

The site is the one `scripts/demo` serves: the real sample PDFs (samples/pdf) ingested,
then built once per session, and served by a Python http.server thread.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_PDFS = ROOT / "samples" / "pdf"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    from extract.publish import build_site

    work = tmp_path_factory.mktemp("site")
    docs = work / "docs"
    pdfs = sorted(str(p) for p in SAMPLE_PDFS.glob("*.pdf"))
    ingest = subprocess.run([sys.executable, "-m", "extract", "ingest", *pdfs, "--docs", str(docs)],
                            capture_output=True, text=True, cwd=ROOT)
    assert ingest.returncode == 0, ingest.stderr
    status = build_site(docs, work / "site", config=ROOT / "mkdocs.yml", pdfs=SAMPLE_PDFS, stage=work / "stage")
    assert status == 0, "the site did not build"
    return work / "site"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(built_site):
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        # In CI the test command installs Chromium, so its absence there is a failure, not a skip.
        (pytest.fail if os.environ.get("CI") else pytest.skip)(
            "Debian chromium is not installed (scripts/setup --test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _page(browser, width: int):
    context = browser.new_context(accept_downloads=True, viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    return context, page


@pytest.fixture
def page(browser):
    """A desktop-sized page (1280 px wide)."""
    context, page = _page(browser, 1280)
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    """A phone-sized page (390 px wide, as an iPhone 12-15)."""
    context, page = _page(browser, 390)
    yield page
    context.close()


@pytest.fixture(params=[1280, 390], ids=["1280px", "390px"])
def either_width(browser, request):
    """A desktop-sized page, then a phone-sized one."""
    context, page = _page(browser, request.param)
    yield page
    context.close()
