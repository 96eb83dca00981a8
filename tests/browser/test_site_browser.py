"""What a reader does, in a real browser, on the sample site built from the real sample PDFs:
search, the home page, registers, people, deferred items, PDFs, phones, accessibility."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

COMMITTEE = "Children's Services Overview and Scrutiny Committee"
FOLDER = "childrens-services-overview-and-scrutiny-committee"
MEETING = f"{FOLDER}/2017-12-12/"
PACK_MEETING = f"{FOLDER}/2018-02-13/"
RESOLUTION = ("That the Children's Services Overview and Scrutiny Committee support the development of a "
              "transitional housing scheme")

# One page of every type the site has, records with wide tables included.
PAGE_TYPES = {
    "home": "",
    "search": "search/?q=adoption",
    "search without words": "search/?kind=minutes&year=2017",
    "calendar": "calendar/",
    "committees": "committees/",
    "committee": f"{FOLDER}/",
    "meeting": MEETING,
    "meeting of a pack": PACK_MEETING,
    "minutes": f"{MEETING}minutes/",
    "agenda": f"{PACK_MEETING}agenda/",
    "report with tables": f"{PACK_MEETING}report-9-children-missing-education/",
    "appendix with wide tables": f"{PACK_MEETING}appendix-7-appendix-1-childrens-social-care-development-plan/",
    "paper": f"{PACK_MEETING}other-11-work-programme-2017-18/",
    "item history": f"{FOLDER}/items/childrens-social-care-performance/",
    "people": "people/",
    "person": "people/thurrock-council/lynda-pritchard/",
    "person named only as a report's author": "people/thurrock-council/iqbal-vaza/",
    "resolutions register": "resolutions/",
    "resolutions of a year": "resolutions/2017/",
    "declarations register": "declarations/",
    "declarations of a year": "declarations/2017/",
    "about": "about/",
    "data": "about/data/",
}
RECORD_PAGE = re.compile(r"/\d{4}-\d\d-\d\d/[^/]+/$")
# Pages whose content a script writes: search results, with words and with a filter alone.
SEARCHES = ["search/?q=adoption", "search/?committee=" + COMMITTEE.replace(" ", "+").replace("'", "%27")]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def search_page(page, site_url, query: str = ""):
    page.goto(site_url + "search/" + query)
    page.wait_for_selector(".archive-search[data-ready=true]")


def results(page) -> list[str]:
    return page.locator("#search-results li h2").all_inner_texts()


def every_page(built_site) -> list[str]:
    return sorted("" if p.parent == built_site else p.parent.relative_to(built_site).as_posix() + "/"
                  for p in built_site.rglob("index.html")
                  if not {"assets", "pagefind", "pdf"} & set(p.relative_to(built_site).parts))


def visit(page, site_url, path: str):
    """Open a page and wait for what its scripts write (search results)."""
    page.goto(site_url + path)
    if path.startswith("search/?"):
        page.wait_for_selector("#search-results li")


# --- Search ---

def test_a_resolution_phrase_lands_on_its_minute(page, site_url):
    search_page(page, site_url)
    page.get_by_label("Words or phrase").fill("transitional housing scheme")
    result = page.locator("#search-results a").first
    result.wait_for()
    assert COMMITTEE in page.locator("#search-results .result-meta").first.inner_text()
    result.click()
    page.wait_for_url(re.compile(r"/2017-12-12/minutes/#min-69$"))
    assert RESOLUTION in page.locator("article").inner_text()


def test_a_result_lands_on_the_paragraph_it_matched(page, site_url):
    search_page(page, site_url, "?q=private+fostering+agency&kind=minutes")
    result = page.locator("#search-results a").first
    result.wait_for()
    assert ":~:text=" in result.get_attribute("href")  # the browser scrolls to the words and marks them
    result.click()
    page.wait_for_url(re.compile(r"/2017-12-12/minutes/#min-66:~:text=.+$"))
    paragraph = page.locator("article p", has_text="private fostering agency")
    page.wait_for_function("p => { const r = p.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }",
                           arg=paragraph.element_handle())


def test_results_show_as_you_type_without_submitting(page, site_url):
    search_page(page, site_url)
    page.get_by_label("Words or phrase").press_sequentially("adoption", delay=50)
    # Shown for the words typed, with no Enter pressed (a slow machine may show "ado" on the way).
    page.wait_for_function("() => document.querySelector('#search-results').dataset.query === 'adoption'"
                           " && document.querySelector('#search-results li')")
    assert parse_qs(urlparse(page.url).query)["q"] == ["adoption"]


def test_a_search_with_few_results_offers_no_more(page, site_url):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    search_page(page, site_url, "?q=adoption")
    page.wait_for_selector("#search-results li")
    page.wait_for_function("() => /results? for/.test(document.querySelector('#search-status').textContent)")
    count = int(page.locator("#search-status").inner_text().split()[0])
    assert 0 < count <= 10 and len(results(page)) == count
    assert not page.locator("#search-more").is_visible()
    assert errors == []


def test_the_empty_search_page_offers_no_more(page, site_url):
    search_page(page, site_url)
    assert not page.locator("#search-more").is_visible()


def test_more_results_when_there_are_more(page, site_url):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    search_page(page, site_url, "?q=children")
    more = page.get_by_role("button", name="More results")
    more.wait_for()
    count = int(page.locator("#search-status").inner_text().split()[0])
    assert count > 10 and len(results(page)) == 10
    more.click()
    page.wait_for_function("() => document.querySelectorAll('#search-results li').length > 10")
    # Keyboard users land on the first new result.
    assert page.evaluate("document.activeElement.closest('li') === document.querySelectorAll('#search-results li')[10]")
    # More is offered while results are left to show, or shards (older years) are left to ask.
    further = "More results looks further" in page.locator("#search-status").inner_text()
    assert more.is_visible() == (count > 20 or further)
    assert errors == []


def test_a_committee_filter_works_without_words_and_survives_a_reload(page, site_url):
    search_page(page, site_url)
    page.get_by_label("Committee", exact=True).select_option(COMMITTEE)
    page.wait_for_selector("#search-results li")
    assert parse_qs(urlparse(page.url).query) == {"committee": [COMMITTEE]}
    listed = page.locator("#search-results .result-meta").all_inner_texts()
    assert listed and all(COMMITTEE in meta for meta in listed)
    page.reload()
    page.wait_for_selector(".archive-search[data-ready=true]")
    page.wait_for_selector("#search-results li")
    assert page.get_by_label("Committee", exact=True).input_value() == COMMITTEE
    assert page.locator("#search-results .result-meta").first.inner_text() == listed[0]


def test_all_minutes_of_2017(page, site_url):
    search_page(page, site_url, "?kind=minutes&year=2017")
    page.wait_for_selector("#search-results li")
    assert page.get_by_label("Document").input_value() == "minutes"
    metas = page.locator("#search-results .result-meta").all_inner_texts()
    assert metas and all(m.startswith("Minutes") and "2017" in m for m in metas)
    assert "12 December 2017" in metas[0]


def test_search_filters_by_year(page, site_url):
    search_page(page, site_url, "?q=performance")
    page.wait_for_selector("#search-results li")
    page.get_by_label("Year").select_option("2018")
    page.wait_for_function("() => document.querySelectorAll('#search-results li').length > 0"
                           " && [...document.querySelectorAll('.result-meta')].every(m => m.textContent.includes('2018'))")
    assert parse_qs(urlparse(page.url).query)["year"] == ["2018"]


def test_search_results_sort_by_date(page, site_url):
    search_page(page, site_url, "?q=performance")
    page.wait_for_selector("#search-results li")
    dates = "() => [...document.querySelectorAll('.result-meta')].map(m => Date.parse(m.textContent.split(' · ')[2]))"
    for order, newest_first in (("Oldest first", False), ("Newest first", True)):
        page.get_by_label("Order").select_option(label=order)
        page.wait_for_function(f"() => {{ const d = ({dates})(); const s = [...d].sort((a, b) => a - b);"
                               f" return d.length > 1 && JSON.stringify(d) === JSON.stringify("
                               f"s{'.reverse()' if newest_first else ''}); }}")


def test_the_order_menu_offers_best_match_only_once_there_are_words(page, site_url):
    """Without words the search lists newest first: its Order menu says so, not "Best match"."""
    search_page(page, site_url)
    order = page.get_by_label("Order")
    chosen = "(select) => select.selectedOptions[0].textContent"
    offered = "(select) => [...select.options].filter((option) => !option.hidden).map((option) => option.textContent)"
    assert order.evaluate(chosen) == "Newest first"
    assert order.evaluate(offered) == ["Newest first", "Oldest first"]
    page.get_by_label("Words or phrase").fill("adoption")
    page.wait_for_selector("#search-results li")
    assert order.evaluate(chosen) == "Best match"
    assert order.evaluate(offered) == ["Best match", "Newest first", "Oldest first"]


def test_the_public_is_never_shown_other_as_a_kind_of_document(page, site_url):
    search_page(page, site_url)
    kinds = page.get_by_label("Document").locator("option").all_inner_texts()
    assert "Other papers" in kinds and not any(k.lower() == "other" for k in kinds)
    page.goto(site_url + f"{FOLDER}/")
    assert not re.search(r"\bother\b", page.locator("article").inner_text())


def test_every_page_has_a_search_box_in_its_header(page, site_url):
    page.goto(site_url + MEETING)
    box = page.locator("header").get_by_label("Search the archive")
    box.fill("adoption")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=adoption$"))
    page.wait_for_selector("#search-results li")
    assert page.get_by_label("Words or phrase").input_value() == "adoption"


def test_filter_labels_stay_with_their_fields_at_1280(page, site_url):
    search_page(page, site_url)
    for name in ("Committee", "Year", "Document", "Council", "Order"):
        label = page.locator(f"label:text-is('{name}')").bounding_box()
        field = page.get_by_label(name, exact=True).bounding_box()
        assert abs(label["x"] - field["x"]) < 2 and 0 <= field["y"] - (label["y"] + label["height"]) < 12, name


# --- Finding one's way ---

def test_the_home_page_links_the_latest_meetings_and_decisions(page, site_url):
    page.goto(site_url)
    latest = page.locator("h2:text-is('Latest meetings') + ul a")
    assert latest.first.inner_text() == "Tuesday 13 February 2018"
    latest.first.click()
    page.wait_for_url(re.compile(r"/2018-02-13/$"))
    page.go_back()
    assert page.get_by_role("heading", name="Upcoming meetings").is_visible()
    decision = page.locator("h2:text-is('Latest decisions') + ul li").first
    assert "2017" in decision.inner_text()
    decision.get_by_role("link", name=re.compile(r"^\d+\. ")).click()
    page.wait_for_url(re.compile(r"/2017-12-12/minutes/#min-\d+$"))


def test_the_home_page_search_goes_to_the_search_page(page, site_url):
    page.goto(site_url)
    form = page.get_by_role("search", name="Search what was decided")
    form.get_by_label("Search what was decided").fill("adoption")
    form.get_by_role("button", name="Search").click()
    page.wait_for_selector("#search-results li")


def test_the_calendar_offers_each_committees_meetings(page, site_url):
    page.goto(site_url + "calendar/")
    feed = page.get_by_role("heading", name=COMMITTEE).locator("xpath=following-sibling::p[1]").get_by_role("link").first
    response = page.request.get(feed.evaluate("a => a.href"))
    assert response.ok and "BEGIN:VEVENT" in response.text() and "DTSTART:20180213T190000" in response.text()


def test_public_navigation_holds_what_the_public_needs(page, site_url):
    page.goto(site_url)
    nav = page.locator("nav.md-nav--primary").inner_text()
    for wanted in ("Search", "Calendar", "Committees", "Resolutions", "Declarations of interest", "People"):
        assert wanted in nav
    assert "How search works" not in nav


def test_a_meeting_whose_minutes_are_not_in_the_archive_does_not_promise_them(page, site_url):
    page.goto(site_url + f"{FOLDER}/2017-07-11/")
    assert "Not yet published" not in page.locator("article").inner_text()


def test_deferred_item_leads_to_where_it_was_taken_up(page, site_url):
    page.goto(site_url + "resolutions/2017/")
    row = page.locator("tr", has_text="Children's Social Care Performance")
    assert "deferred" in row.inner_text()
    row.get_by_role("link", name="Tuesday 13 February 2018").click()
    page.wait_for_url(re.compile(r"/2018-02-13/$"))


def test_register_filters_by_outcome(page, site_url):
    page.goto(site_url + "resolutions/2017/")
    page.get_by_label("Outcome").select_option("deferred")
    visible = page.locator("tbody tr:not([hidden])")
    assert visible.count() == 2 and all("deferred" in t for t in visible.all_inner_texts())


def test_download_the_source_pdf(page, site_url):
    page.goto(site_url + MEETING)
    link = page.get_by_role("link", name=re.compile(r"004_e187f8e0c41f6043\.pdf, pages 6–15"))
    assert link.get_attribute("href").endswith("pdf/004_e187f8e0c41f6043.pdf#page=6")
    response = page.request.get(site_url + "pdf/004_e187f8e0c41f6043.pdf")
    assert response.ok and response.body().startswith(b"%PDF")


def test_meeting_page_carries_event_jsonld(page, site_url):
    page.goto(site_url + MEETING)
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert data["@type"] == "Event" and data["startDate"] == "2017-12-12T19:00"


# --- Registers and people ---

def test_the_declarations_register_lists_lynda_pritchards_declaration(page, site_url):
    page.goto(site_url + "declarations/")
    page.get_by_role("link", name="2017", exact=True).click()
    row = page.locator("tbody tr", has_text="Lynda Pritchard")
    assert "non-pecuniary" in row.inner_text() and "private fostering agency" in row.inner_text()
    page.get_by_label("Member").select_option("Lynda Pritchard")
    assert page.locator("tbody tr:not([hidden])").count() == 1
    row.get_by_role("link", name="66. Declaration of Interests").click()
    page.wait_for_url(re.compile(r"/2017-12-12/minutes/#min-66$"))


def test_the_declarations_registers_first_page_lists_the_latest(page, site_url):
    page.goto(site_url + "declarations/")
    latest = page.locator("h2:text-is('Latest') + ul li", has_text="Lynda Pritchard")
    assert "non-pecuniary" in latest.inner_text() and "private fostering agency" in latest.inner_text()
    latest.get_by_role("link", name="Lynda Pritchard").click()
    page.wait_for_url(re.compile(r"/people/.+/lynda-pritchard/$"))


def test_a_persons_page_shows_their_committees_attendance_and_declarations(page, site_url):
    page.goto(site_url + "declarations/2017/")
    page.locator("tbody tr", has_text="Lynda Pritchard").get_by_role("link", name="Lynda Pritchard").click()
    page.wait_for_url(re.compile(r"/people/.+/lynda-pritchard/$"))
    committees = page.get_by_role("heading", name="Committees").locator("xpath=following::table[1]")
    assert COMMITTEE in committees.inner_text() and "Church of England Representative" in committees.inner_text()
    assert page.get_by_role("heading", name="Attendance over time").is_visible()
    declared = page.get_by_role("heading", name="Declarations of interest").locator("xpath=following::table[1]")
    assert "private fostering agency" in declared.inner_text()


def test_a_persons_tables_show_dates_as_the_site_does_and_sort_by_them(page, site_url):
    """Malcolm Taylor attended the December meeting; his reports, as Malcolm W Taylor, are February's: one page."""
    page.goto(site_url + "people/")
    assert page.get_by_role("link", name="Malcolm Taylor").count() == 0
    page.get_by_role("link", name="Malcolm W Taylor").click()
    meetings = page.get_by_role("heading", name="Meetings").locator("xpath=following::table[1]")
    assert meetings.locator("tbody td").first.inner_text() == "12 Dec 2017"
    reports = page.get_by_role("heading", name="Reports written or accountable for").locator("xpath=following::table[1]")
    reports.get_by_role("button", name="Date").click()
    assert reports.locator("th").first.get_attribute("aria-sort") == "ascending"
    assert {row.split("\t")[0] for row in reports.locator("tbody tr").all_inner_texts()} == {"13 Feb 2018"}
    assert not re.search(r"\d{4}-\d\d-\d\d", page.locator("article").inner_text())


def test_sorting_a_table_by_keyboard(page, site_url):
    page.goto(site_url + "people/")
    table = page.locator("table").first
    button = table.get_by_role("button", name="Meetings")
    button.focus()
    page.keyboard.press("Enter")
    assert table.locator("th").nth(1).get_attribute("aria-sort") == "ascending"
    counts = [int(row.split("\t")[-1]) for row in table.locator("tbody tr").all_inner_texts()]
    assert counts == sorted(counts)


# --- Record text ---

def test_the_december_minutes_give_each_attendee_a_line_of_their_own(page, site_url):
    """A line of the list nearly as long as the text is wide is not wrapped onto the next attendee."""
    page.goto(site_url + "childrens-services-overview-and-scrutiny-committee/2017-12-12/minutes/")
    paragraphs = page.locator("article p").all_inner_texts()
    assert "Roger Edwardson, Interim Strategic Leader School Improvement, Learning and Skills" in paragraphs
    assert "Sue Green, Strategic Leader Early Years, Families & Communities" in paragraphs


def test_no_page_of_record_text_shows_stray_markup(page, site_url, built_site):
    # Record pages, and every page quoting them (registers, histories, people, search results);
    # the about pages describe the markup, so they show it.
    pages = [p for p in every_page(built_site) if not p.startswith("about/")] + SEARCHES
    assert sum(bool(RECORD_PAGE.search(p)) for p in pages) > 10
    for path in pages:
        visit(page, site_url, path)
        text = page.locator("article").inner_text()
        for markup in ("**", "__", "<i>", "</i>", "<b>", "<p>", "<br>", "<https:"):
            assert markup not in text, f"{path} shows {markup}"
        assert not re.search(r"(?<![\w*])\*\w[^*\n]*\w\*(?![\w*])", text), f"{path} shows *emphasis*"


def test_no_derived_page_has_an_empty_table_or_a_repeated_section(page, site_url, built_site):
    # Record pages are left out: their tables and headings are the document's own.
    for path in (p for p in every_page(built_site) if not RECORD_PAGE.search(p)):
        page.goto(site_url + path)
        empty = page.evaluate("() => [...document.querySelectorAll('article table')]"
                              ".filter(t => ![...t.querySelectorAll('tbody td')].some(td => td.textContent.trim())).length")
        assert empty == 0, f"{path} has {empty} empty table(s)"
        headings = page.locator("article h2").all_inner_texts()
        assert len(headings) == len(set(headings)), f"{path} repeats a section: {headings}"


# --- Phones and accessibility ---

def test_no_page_scrolls_sideways_on_a_phone(phone, site_url, built_site):
    wide = {}
    for path in every_page(built_site) + SEARCHES:
        visit(phone, site_url, path)
        width = phone.evaluate("document.documentElement.scrollWidth")
        # Nor is anything cut off at the edge: only a table's own scroll region may be wider.
        cut = phone.evaluate("""() => [...document.querySelectorAll('.md-header *, .md-content *')].filter(e => {
            const box = e.getBoundingClientRect();
            if (!box.width || box.right <= innerWidth + 1 || e.closest('.visually-hidden, .stacked thead')) return false;
            for (let p = e.parentElement; p; p = p.parentElement)
              if (/auto|scroll/.test(getComputedStyle(p).overflowX)) return false;
            return true; }).map(e => e.tagName + ' ' + e.textContent.trim().slice(0, 30))""")
        if width > 390 or cut:
            wide[path] = (width, cut[:3])
    assert wide == {}


def test_the_register_reads_as_cards_on_a_phone(phone, site_url):
    phone.goto(site_url + "resolutions/2017/")
    decision = phone.locator("tbody tr").first.locator("td").nth(3)
    box = decision.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert phone.evaluate("getComputedStyle(document.querySelector('tbody td'), '::before').content") == '"Date: "'
    assert phone.locator("table").first.get_attribute("role") == "table"  # still a table to a screen reader


def test_a_persons_tables_fit_the_page_with_headers_one_line_high(page, site_url):
    page.goto(site_url + PAGE_TYPES["person"])
    page.wait_for_selector("th .sort-button")
    # The table with most columns (attendance over time: seven) fits beside the navigation, so
    # the committee's name is not squeezed to a word a line.
    assert page.evaluate("() => [...document.querySelectorAll('article .md-typeset__scrollwrap')]"
                         ".every(w => w.scrollWidth <= w.clientWidth + 1)")
    # No header row taller than its tallest header's words (Material's sort icon once wrapped under ours).
    extra = page.evaluate("""() => Math.max(...[...document.querySelectorAll('article thead tr')].map(row => {
        const style = getComputedStyle(row.cells[0]);
        const words = Math.max(...[...row.cells].map(cell => cell.firstElementChild.getBoundingClientRect().height));
        return row.getBoundingClientRect().height - words - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    }))""")
    assert extra < 4


def test_a_wide_table_scrolls_in_a_region_the_keyboard_reaches(page, site_url):
    page.goto(site_url + PAGE_TYPES["appendix with wide tables"])
    region = page.locator(".md-typeset__scrollwrap[role=region][tabindex='0']").first
    region.wait_for(state="attached")
    region.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.activeElement.scrollLeft > 0")
    assert re.fullmatch(r"Table \d+ .*scrolls sideways", region.get_attribute("aria-label"))


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_no_accessibility_violations(either_width, site_url, name):
    page = either_width
    page.goto(site_url + PAGE_TYPES[name])
    if name.startswith("search"):
        page.wait_for_selector("#search-results li")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, results.generate_report()
