"""Headless Chromium (Debian's, via Playwright) against the built site served on 127.0.0.1.

The site is built once per session from the model-built test archive
(tests/site_archive.py) and served by a Python http.server thread.
"""

from __future__ import annotations

import functools
import http.server
import os
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from site_archive import write_archive, write_pdf  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    from extract.publish import build_site

    work = tmp_path_factory.mktemp("site")
    docs = work / "docs"
    write_archive(docs)
    write_pdf(work / "pdf")
    status = build_site(docs, work / "site", config=ROOT / "mkdocs.yml", stage=work / "stage")
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


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()
