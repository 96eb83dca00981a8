"""Dates as councils print them, in every language of the corpus (extract.text.find_dates)."""

import pytest

from extract.text import day_comes_first, find_date, find_dates, month_number, year_from_evidence, yearless_dates


@pytest.mark.parametrize("text, iso", [
    ("Minutes of the meeting held on 14 Ocotber 2019", "2019-10-14"),  # a misspelt month (Sutton Coldfield)
    ("CYFARFOD 9fed HYDREF 2019", "2019-10-09"),  # Welsh, with a Welsh ordinal (Manordeilo and Salem)
    ("ar y 9fed o Fawrth 2020", "2020-03-09"),  # Welsh mutates the month after "o"
    ("Réunion du Conseil Municipal du 12 juillet 2023", "2023-07-12"),  # French (Coulon)
    ("Sammanträdestid 15.9.2022 kl. 18.00 – 19.37", "2022-09-15"),  # Swedish, dotted (Nykarleby)
    ("Protokollet justerat den 22 september 2022", "2022-09-22"),
    ("◯令和６年５月17日（金）", "2024-05-17"),  # Japanese era year, full-width digits (Kyoto)
    ("Thursday, 13th March, 2025", "2025-03-13"),  # ordinal, weekday and commas (Kent)
    ("TUESDAY- -NOVEMBER 16, 2010- -7:00 P.M.", "2010-11-16"),  # month first (Alameda)
    ("on 7 Sept 2019", "2019-09-07"),
    ("held on the 6th day of January, 2025", "2025-01-06"),  # the legal form of US and Canadian minutes
    ("January 6-7, 2025", "2025-01-06"),  # a meeting over two days: its first
    ("Kokous 5. maaliskuuta 2024", "2024-03-05"),  # Finnish, the month in the partitive
    ("5t July 2016", "2016-07-05"),  # a superscript ordinal as OCR reads it: Milburn's "5th", scanned
    ("Tuesday 13*\" March 2018", "2018-03-13"),  # and Sutton Coldfield's "13th"
    ("Meeting Date: 13-Feb-2025", "2025-02-13"),  # day, month and year between hyphens (probe: database-made agendas)
    # a meeting over days, printed day first: its first (probes: a conference's minutes, a two-day hearing)
    ("Held 3–4 March 2025", "2025-03-03"),
    ("Annual Conference, 3rd and 4th March 2025", "2025-03-03"),
    ("Public hearing, March 3 and 4, 2025", "2025-03-03"),
])
def test_dates_in_every_printed_form(text, iso):
    assert find_date(text) == iso


@pytest.mark.parametrize("text", [
    "5 Minutes 2018",  # a word that is no month
    "4.4.5iii) Adroddodd y Cyng.",  # paragraph numbers, not a dotted date
    "Item 31 February 2019",  # no such day
    "version 1.2.2019.3",
    "Ref 12-ABC-2024",  # hyphens around a word that is no month
])
def test_no_date_where_none_is_printed(text):
    assert find_dates(text) == []


def test_month_words_one_slip_away_only():
    assert month_number("Ocotber") == 10 and month_number("Febuary") == 2 and month_number("Medi") == 9
    assert month_number("Mondays") is None and month_number("member") is None


def test_positions_say_where_each_date_is():
    text = "Agenda published on 5 February 2018 for the meeting of 13 February 2018"
    dates = find_dates(text)
    assert [d.iso for d in dates] == ["2018-02-05", "2018-02-13"]
    assert text[dates[1].start:dates[1].end] == "13 February 2018"


@pytest.mark.parametrize("text, day_first, iso", [
    ("Date of meeting: 14/03/2024", None, "2024-03-14"),  # past 12: the day, whatever the convention
    ("Accountant I 08/20/2019 2019-1677-01", None, "2019-08-20"),  # month first (Alameda's eligible lists)
    ("8/4/2011", False, "2011-08-04"),  # Alameda's running header, in a document of "August 4, 2011"
    ("8/4/2011", True, "2011-04-08"),  # the same digits in a document that prints "8 April 2011"
    # a two-digit year where a field says it is the date (probes: parish minutes, US agendas)
    ("Date: 12/03/24", True, "2024-03-12"),
    ("DATE: Tuesday 3/5/24", False, "2024-03-05"),
    ("Meeting Date: 12.3.24", None, "2024-03-12"),  # dots: day first
    ("MEETING MINUTES 03-04-2025", False, "2025-03-04"),  # between hyphens, as US clerks' word processors print it
    ("MEETING MINUTES 04-03-2025", True, "2025-03-04"),
    ("Tel. 555-12-2025", False, None),  # a telephone number's groups are no date
    ("19.07.01 Apologies", True, None),  # a minute number, no date
    ("Signed ____ 12/03/24", True, None),  # no field names it the date
    ("Minutes of the meeting held on 04/03/25 at 7.30pm", True, "2025-03-04"),  # the title says it is when it was held
])
def test_slashed_dates_in_the_document_s_own_order(text, day_first, iso):
    assert find_date_in_order(text, day_first) == iso


def find_date_in_order(text, day_first):
    dates = find_dates(text, day_first)
    return dates[0].iso if dates else None


def test_a_slashed_date_read_either_way_is_not_read_without_the_document_s_order():
    assert find_dates("8/4/2011") == []
    assert find_dates("1 of 5 11/20/22, 8:38 PM") == []  # a browser's print stamp: a two-digit year


def test_the_document_s_order_from_its_own_dates():
    assert day_comes_first(["Minutes", "August 4, 2011", "8/4/2011"]) is False
    assert day_comes_first(["Held on 2 March 2023", "Published 01/03/2023"]) is True
    assert day_comes_first(["Report date 03/25/2024", "4 April 2024"]) is False  # its own slashed dates first
    assert day_comes_first(["Item 5", "Resolved"]) is None


def test_a_day_and_month_without_a_year_take_the_year_of_the_document_s_own_dates():
    # Probes of parish minutes titled "held on Tuesday 4th March at 7.30pm"; a weekday is no month.
    assert yearless_dates("held on Tuesday 4th March at 7.30pm") == [(3, 4)]
    assert yearless_dates("Thursday, March 6th") == [(3, 6)]
    assert yearless_dates("held on 4 March 2025") == [] and yearless_dates("Item 5 Minutes") == []
    # January's minutes beside last December's and next February's dates are of the new year.
    assert year_from_evidence(1, 14, ["2024-12-10", "2025-02-11"]) == "2025-01-14"
    assert year_from_evidence(3, 4, ["2025-02-04"]) == "2025-03-04"


def test_a_bilingual_headings_two_month_names():
    # A Welsh council's front sheet (probe): "14 Ionawr / January 2025" had given no date, and the heading took an
    # earlier one from the text. Of the two names, the one known gives the month (an Irish heading's Eanáir is not).
    assert [d.iso for d in find_dates("Dydd Mawrth 14 Ionawr / January 2025")] == ["2025-01-14"]
    assert [d.iso for d in find_dates("14 Eanáir / January 2025")] == ["2025-01-14"]
    # Counter-example: two words neither of which is a month give no date.
    assert find_dates("14 Foo / Bar 2025") == []
