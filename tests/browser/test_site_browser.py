"""What a reader does, in a real browser: search, people, deferred items, PDFs, accessibility."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from site_archive import COMMITTEE, RESOLUTION

pytestmark = pytest.mark.browser

MEETING = "childrens-services-overview-and-scrutiny-committee/2017-12-12/"
PAGES_TO_AUDIT = {
    "home": "",
    "meeting": MEETING,
    "person": "people/thurrock-council/joycelyn-redsell/",
    "committee": "childrens-services-overview-and-scrutiny-committee/",
    "register": "resolutions/2017/",
    "search": "search/?q=transitional+housing",
}


def test_search_a_resolution_phrase_reaches_its_minute(page, site_url):
    page.goto(site_url + "search/")
    page.wait_for_selector(".archive-search[data-ready=true]")
    page.get_by_label("Words or phrase").fill("transitional housing scheme")
    result = page.locator("#search-results a").first
    result.wait_for()
    assert COMMITTEE in page.locator("#search-results .result-meta").first.inner_text()
    result.click()
    page.wait_for_url(re.compile(r"/2017-12-12/minutes/#min-69$"))
    assert RESOLUTION[:60] in page.locator("article").inner_text()


def test_search_filters_by_year(page, site_url):
    page.goto(site_url + "search/?q=performance")
    page.wait_for_selector("#search-results li")
    page.get_by_label("Year").select_option("2018")
    page.wait_for_function("() => document.querySelectorAll('#search-results li').length > 0"
                           " && [...document.querySelectorAll('.result-meta')].every(m => m.textContent.includes('2018'))")


def test_person_page_shows_attendance_under_one_identity(page, site_url):
    page.goto(site_url + MEETING)
    page.get_by_role("link", name="Joycelyn Redsell").click()
    page.wait_for_url(re.compile(r"/people/thurrock-council/joycelyn-redsell/$"))
    table = page.locator("table").first
    # Present as "Joycelyn Redsell" in December and as "Cllr Redsell" in February: one person.
    assert re.search(r"2\s+2\s+0\s+100%", table.inner_text())
    assert page.locator("table").nth(1).locator("tbody tr").count() == 2


def test_sorting_a_table_by_keyboard(page, site_url):
    page.goto(site_url + "people/thurrock-council/joycelyn-redsell/")
    button = page.locator("table").nth(1).get_by_role("button", name="Date")
    button.focus()
    page.keyboard.press("Enter")
    assert page.locator("table").nth(1).locator("th").first.get_attribute("aria-sort") == "ascending"
    assert page.locator("table").nth(1).locator("tbody tr").first.inner_text().startswith("2017-12-12")


def test_deferred_item_leads_to_where_it_was_taken_up(page, site_url):
    page.goto(site_url + "resolutions/2017/")
    row = page.locator("tr", has_text="Children's Social Care Performance")
    assert "deferred" in row.inner_text()
    row.get_by_role("link", name="Tuesday 13 February 2018").click()
    page.wait_for_url(re.compile(r"/2018-02-13/$"))
    page.get_by_role("link", name="Minute 80").click()
    page.wait_for_url(re.compile(r"/2018-02-13/minutes/#min-80$"))


def test_register_filters_by_outcome(page, site_url):
    page.goto(site_url + "resolutions/2017/")
    page.get_by_label("Outcome").select_option("deferred")
    visible = page.locator("tbody tr:not([hidden])")
    assert visible.count() == 1 and "deferred" in visible.inner_text()


def test_download_the_source_pdf(page, site_url):
    page.goto(site_url + MEETING)
    link = page.get_by_role("link", name=re.compile(r"thurrock-2018-02-13\.pdf, pages 5–16"))
    assert link.get_attribute("href").endswith("pdf/thurrock-2018-02-13.pdf#page=5")
    response = page.request.get(site_url + "pdf/thurrock-2018-02-13.pdf")
    assert response.ok and response.body().startswith(b"%PDF")


def test_meeting_page_carries_event_jsonld(page, site_url):
    import json

    page.goto(site_url + MEETING)
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert data["@type"] == "Event" and data["startDate"] == "2017-12-12T19:00"


def test_record_text_is_never_markup(page, site_url):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(site_url + MEETING + "minutes/")
    assert "<script>alert(1)</script>" in page.locator("article").inner_text()
    assert dialogs == []


@pytest.mark.parametrize("name", PAGES_TO_AUDIT)
def test_no_accessibility_violations(page, site_url, name):
    page.goto(site_url + PAGES_TO_AUDIT[name])
    if name == "search":
        page.wait_for_selector("#search-results li")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": [
        "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}})
    assert results.violations_count == 0, results.generate_report()


def test_search_results_sort_by_date(page, site_url):
    page.goto(site_url + "search/?q=performance")
    page.wait_for_selector("#search-results li")
    dates = "() => [...document.querySelectorAll('.result-meta')].map(m => m.textContent.match(/\\d{4}-\\d\\d-\\d\\d/)[0])"
    for order, newest_first in (("Oldest first", False), ("Newest first", True)):
        page.get_by_label("Order").select_option(label=order)
        page.wait_for_function(f"() => ({dates})().length > 1 && "
                               f"JSON.stringify(({dates})()) === JSON.stringify([...({dates})()].sort()"
                               f"{'.reverse()' if newest_first else ''})")
