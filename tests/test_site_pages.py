"""The generated pages' content (HTML), from model records: home, calendar, search filters, registers, people.

The browser tests check the same pages on the sample site; these check what the
sample PDFs cannot show (an upcoming meeting, a motion, a meeting weeks ago).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from extract.model import Minutes, Motion, Person, Report
from extract.publish.derived import derived_pages
from extract.archive import Document, build_catalogue
from extract.publish.pages import SiteContext
from extract.write import record_path

sys.path.insert(0, str(Path(__file__).parent))
from site_archive import COMMITTEE, records  # noqa: E402

SLUG = "childrens-services-overview-and-scrutiny-committee"


def pages_on(today: str, keep=lambda record: True, change=lambda records: None) -> dict[str, str]:
    found = [r for r in records() if keep(r)]
    change(found)
    archive = build_catalogue([Document(r, record_path(r)) for r in found])
    return derived_pages(SiteContext.build(archive, {}, today=dt.date.fromisoformat(today)))


def section(page: str, heading: str) -> str:
    """The HTML under one ``h2`` heading, up to the next."""
    after = re.split(rf'<h2 id="[^"]*">{re.escape(heading)}<a class="headerlink"[^>]*>[^<]*</a></h2>', page, 1)[1]
    return after.split("<h2 ", 1)[0]


def items(html: str) -> list[str]:
    """The items of the lists in some HTML, each as it is written."""
    return re.findall(r"<li>(.*?)</li>", html)


def test_the_home_page_shows_upcoming_then_latest_meetings_and_decisions():
    home = pages_on("2018-02-01")["index.md"]
    assert '/">Tuesday 13 February 2018</a>' in section(home, "Upcoming meetings")
    latest = section(home, "Latest meetings")
    assert '/">Tuesday 12 December 2017</a>' in latest and "13 February" not in latest
    assert "transitional housing scheme" in section(home, "Latest decisions")
    assert '<form class="quick-search" action="search/"' in home
    after = pages_on("2018-03-01")["index.md"]
    assert "No upcoming meeting" in section(after, "Upcoming meetings")
    assert section(after, "Latest meetings").index("13 February 2018") < section(after, "Latest meetings").index(
        "12 December 2017")


def test_the_calendar_lists_upcoming_meetings_with_each_committees_feed():
    calendar = pages_on("2018-02-01")["calendar/index.md"]
    assert f">{COMMITTEE}<a class=\"headerlink\"" in calendar
    assert f'<a href="../{SLUG}/meetings.ics">' in calendar and '/">Tuesday 13 February 2018</a>' in calendar


def test_minutes_not_in_the_archive_are_not_promised_for_an_old_meeting():
    def without_february_minutes(record):
        return not (isinstance(record, Minutes) and record.date == "2018-02-13")

    meeting = f"{SLUG}/2018-02-13/index.md"
    assert "<strong>Minutes:</strong> Published after the meeting" in pages_on("2018-02-01", without_february_minutes)[meeting]
    assert "<strong>Minutes:</strong> Not yet published" in pages_on("2018-02-20", without_february_minutes)[meeting]
    assert "<strong>Minutes:</strong>" not in pages_on("2019-01-01", without_february_minutes)[meeting]


def test_the_declarations_register_names_the_member_behind_a_role_acronym():
    pages = pages_on("2019-01-01")
    assert '<a href="2017/">2017</a>' in pages["declarations/index.md"]
    register = pages["declarations/2017.md"]
    row = next(line for line in register.splitlines() if "private fostering agency" in line)
    assert '<td><a href="../../people/thurrock-council/lynda-pritchard/">Lynda Pritchard</a></td>' in row  # "The CER"
    assert "<td>non-pecuniary</td>" in row and '<select id="filter-member"' in register


def test_a_persons_page_lists_motions_moved_and_seconded_and_reports():
    def with_a_motion(found):
        december = next(r for r in found if isinstance(r, Minutes) and r.date == "2017-12-12")
        december.items[0].motions.append(Motion("That the pilot be extended.", mover="Councillor Snell",
                                                seconder="Cllr Okunade", result="carried", vote="5-0"))
        report = next(r for r in found if isinstance(r, Report))
        report.report_of = "Alan Cotgrove, Business Manager, Local Safeguarding Children's Board"
        report.accountable = [Person("Tim Elwell-Sutton", "Accountable Director")]

    pages = pages_on("2019-01-01", change=with_a_motion)
    snell = pages["people/thurrock-council/graham-snell.md"]
    assert "<td>moved</td><td>carried</td>" in section(snell, "Motions moved and seconded")
    okunade = pages["people/thurrock-council/bukky-okunade.md"]
    assert "That the pilot be extended." in okunade and "<td>seconded</td>" in okunade
    cotgrove = section(pages["people/thurrock-council/alan-cotgrove.md"], "Reports written or accountable for")
    assert "\">Children's Social Care Performance</a>" in cotgrove and "<td>report of</td>" in cotgrove
    assert "<td>accountable</td>" in pages["people/thurrock-council/tim-elwell-sutton.md"]
    committees = section(pages["people/thurrock-council/joycelyn-redsell.md"], "Committees")
    assert "<td>member</td>" in committees and "2 of 2 minuted meetings (100%)" in committees


def test_search_filters_offer_what_the_archive_holds_by_the_publics_names():
    search = pages_on("2019-01-01")["search.md"]
    assert '<option value="minutes">Minutes</option>' in search
    assert '<option value="report">Reports</option>' in search
    assert f'<option value="{COMMITTEE}">' in search
    assert '<option value="2018">2018</option><option value="2017">2017</option>' in search
    assert '<option value="Thurrock Council">Thurrock Council</option>' in search


def test_an_items_history_links_the_paper_it_came_with():
    history = pages_on("2019-01-01")[f"{SLUG}/items/childrens-social-care-performance.md"]
    assert "<li>On the agenda as item 8: Children's Social Care Performance</li>" in history
    assert "<li>Report: <a href=\"../../2018-02-13/report-8-" in history


def test_the_latest_decisions_are_listed_minute_by_minute():
    def with_more_resolutions(found):
        december = next(r for r in found if isinstance(r, Minutes) and r.date == "2017-12-12")
        december.items[0].resolutions += ["That the scheme be reviewed after 24 months.",
                                          "That Members receive a briefing on council tax exemptions."]

    latest = section(pages_on("2019-01-01", change=with_more_resolutions)["index.md"], "Latest decisions")
    lines = items(latest)
    assert sum("69. Pilot Development" in line for line in lines) == 1
    assert "(and 2 more)" in next(line for line in lines if "69. Pilot Development" in line)


def test_a_person_named_only_on_a_report_has_no_empty_sections():
    patterson = pages_on("2019-01-01")["people/thurrock-council/rory-patterson.md"]
    assert "\">Children's Social Care Performance</a>" in section(patterson, "Reports written or accountable for")
    assert ">Committees<" not in patterson and ">Meetings<" not in patterson


def test_the_registers_hub_pages_list_the_latest_entries():
    pages = pages_on("2019-01-01")
    declared = section(pages["declarations/index.md"], "Latest")
    assert '<a href="../people/thurrock-council/lynda-pritchard/">Lynda Pritchard</a> — non-pecuniary;' in declared
    assert '<a href="2017/">2017</a>' in section(pages["declarations/index.md"], "By year")
    resolved = section(pages["resolutions/index.md"], "Latest")
    assert "69. Pilot Development of Head Start Housing for Care Leavers</a>" in resolved
    assert "transitional housing scheme" in resolved


def test_a_departure_names_the_person_then_the_role_as_minuted():
    meeting = pages_on("2019-01-01")[f"{SLUG}/2017-12-12/index.md"]
    departures = section(meeting, "Attendance").split(">Arrivals and departures<", 1)[1]
    assert ('<li><a href="../../people/thurrock-council/alan-cotgrove/">Alan Cotgrove</a> (The BMLSCB) left at 19:16'
            in departures)


def test_the_agenda_shows_only_columns_with_something_in_them():
    def without_february_minutes(record):
        return not (isinstance(record, Minutes) and record.date == "2018-02-13")

    meeting = f"{SLUG}/2018-02-13/index.md"
    agenda = section(pages_on("2019-01-01", without_february_minutes)[meeting], "Agenda")
    assert "<tr><th>Item</th><th>Subject</th><th>Pages</th><th>Paper</th></tr>" in agenda
    assert '<div class="stacked">' in agenda
    with_minutes = section(pages_on("2019-01-01")[meeting], "Agenda")
    assert "<th>Paper</th><th>Minute</th></tr>" in with_minutes and "#min-80\">Minute 80</a>" in with_minutes


def test_points_printed_as_bullets_in_a_resolution_are_listed_under_it():
    def with_points(found):
        december = next(r for r in found if isinstance(r, Minutes) and r.date == "2017-12-12")
        december.items[0].resolutions.append("That fees may change during the year, as • statutory fees may vary, "
                                             "and that • traded services may be subject to commercial considerations.")

    minutes = section(pages_on("2019-01-01", change=with_points)[f"{SLUG}/2017-12-12/index.md"], "Minutes and resolutions")
    assert ("<li>Resolved: That fees may change during the year, as<ul>\n"
            "<li>statutory fees may vary, and that</li>\n"
            "<li>traded services may be subject to commercial considerations.</li>\n</ul></li>") in minutes
