"""Text layers whose fonts map letters wrongly: the check that tells them (and leaves real Welsh, Finnish
and Japanese alone), and the OCR reading that mends their lines."""

from pathlib import Path

import pytest
from pdfgen import render_text

from extract.garbled import Plausibility, garbled_pages, languages_of, reconciled, recognise_garbled_pages
from extract.ocr import installed_languages, ocr_available
from extract.read import Line, Page, read_pages, read_pdf

SHARED_PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"


def _page(*texts: str) -> Page:
    return Page(number=1, width=595, height=842,
                lines=[Line(text, 50, 500, 100 + 14 * i, 112 + 14 * i) for i, text in enumerate(texts)])


SWEDISH_GARBLED = _page("I tur at justera protokojjet är medjemmarna Johannes Karf och Anna Kengo.",
                        "Vvllvrdsnvrndens beslut:", "Tijj protokojjjusterare utsågs Johanna Norrbygård och Tua Backman.",
                        "Välfärdsnämnden har tllsat en arretsgrruu för rrsmedelsföreryggande arbete")


def test_a_page_in_a_wrongly_mapped_font_is_garbled():
    check = Plausibility(SWEDISH_GARBLED.lines)
    assert check.garbled >= 4 and check.implausible()
    assert garbled_pages([SWEDISH_GARBLED]) == [SWEDISH_GARBLED]


@pytest.mark.parametrize("texts", [
    # Welsh doubles d, l and f and takes w and y for vowels
    ("Cynhaliwyd cyfarfod Cyngor Cymuned Manordeilo a Salem am 7.30pm ar y 9fed Hydref 2019 yn yr Ystafell",
     "Bwrdd y llyfrgell: cwm, ffordd, Llandeilo; iii. Gohebiaeth"),
    # Finnish doubles vowels and consonants and makes long words
    ("Kokousaika 14.11.2023 klo 18.00–20.15, pöytäkirja tarkastetaan kokouksessa",
     "Hallituksen ehdotus: kaupunginvaltuusto hyväksyy talousarvion muutokset"),
    # English acronyms, Roman numerals and web addresses
    ("Minutes of the UHHS Board, item XIII (see https://www.example.gov/minutes.php)",
     "The school scheme was strengthened through three strategic streets"),
])
def test_real_pages_of_other_languages_are_not_garbled(texts):
    assert not Plausibility(_page(*texts).lines).implausible()
    assert garbled_pages([_page(*texts)]) == []


def test_a_page_is_read_in_its_own_language():
    languages = languages_of([SWEDISH_GARBLED])
    assert languages.split("+")[0] == ("swe" if "swe" in installed_languages() else "eng")


def test_ocr_letters_mend_the_layer_but_not_its_digits_marks_or_accents():
    assert reconciled("Vvllvrdsnvrndens beslut:", "Välfärdsnämndens beslut:") == "Välfärdsnämndens beslut:"
    assert reconciled("(-uropean Youth -xchange).", "(European Youth Exchange).") == "(European Youth Exchange)."
    # OCR's slips: "8" for "§", a lost accent, another letter for an accented one
    assert reconciled("40 § Val av protokolljusterare", "408 Val av protokolljusterare") == "40 § Val av protokolljusterare"
    assert reconciled("Välfärdsnämnden 15.9.2022", "Valfardsnamnden 15.9.2022") == "Välfärdsnämnden 15.9.2022"
    assert reconciled("Budgetuppföljning", "Budgetuppfdljning") == "Budgetuppföljning"
    assert reconciled("I tur att justera", "tur att justera") == "I tur att justera"


def test_a_reading_of_other_text_is_not_taken():
    # OCR read another line at this place (a stamp, a logo): the readings share too little
    assert reconciled("Apologies: Cllr A Smith", "NYKARLEBY UUSIKAARLEPYY") == "Apologies: Cllr A Smith"


CLEAN = """**Protokoll 5/2022**
**Välfärdsnämnden**
**40 § Val av protokolljusterare**
I tur att justera protokollet är medlemmarna Johannes Karf och Anna Kengo.
**Välfärdsnämndens beslut:**
Till protokolljusterare utsågs Johanna Norrbygård och Tua Backman.
**41 § Godkännande av föredragningslistan**
**Välfärdsnämndens beslut:**
Föredragningslistan godkändes.
"""
WRONG_LETTERS = {"Välfärdsnämndens beslut": "Vvllvrdsnvrndens beslut", "protokoll": "protokojj", "Till": "Tijj",
                 "medlemmarna": "medjemmarna", "godkändes": "godkvndes"}


@pytest.fixture
def own_ocr_cache(tmp_path, monkeypatch):
    """What these tests recognise is kept apart from the session's cache, which other tests count."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.mark.skipif(not ocr_available(), reason="Tesseract is not installed")
def test_a_garbled_text_layer_is_mended_by_ocr(tmp_path, own_ocr_cache):
    garbled = CLEAN
    for right, wrong in WRONG_LETTERS.items():
        garbled = garbled.replace(right, wrong)
    pdf = render_text(garbled, tmp_path / "garbled.pdf", picture_of=render_text(CLEAN, tmp_path / "clean.pdf"))
    pages = read_pages(pdf, 0, 1)
    layout = [(line.x0, line.top, line.bold) for line in pages[0].lines]
    assert recognise_garbled_pages(pdf, pages) == [1]
    texts = [line.text for line in pages[0].lines]
    assert "Till protokolljusterare utsågs Johanna Norrbygård och Tua Backman." in texts
    assert "40 § Val av protokolljusterare" in texts
    assert "I tur att justera protokollet är medlemmarna Johannes Karf och Anna Kengo." in texts
    assert not any(Plausibility([line]).garbled for line in pages[0].lines)
    assert [(line.x0, line.top, line.bold) for line in pages[0].lines] == layout  # only letters change


@pytest.mark.skipif(not ocr_available(), reason="Tesseract is not installed")
def test_a_clean_text_layer_is_not_read_again(tmp_path, own_ocr_cache):
    pdf = render_text(CLEAN, tmp_path / "clean.pdf")
    assert recognise_garbled_pages(pdf, read_pages(pdf, 0, 1)) == []


@pytest.mark.parametrize("name", ["cc_manordeilo-salem-cc_minutes_2019-10-09_cy.pdf",
                                  "cc_kyoto-city-council_minutes_2024-05-17.pdf",
                                  "cc_winnipeg_minutes_2014-06-25_hansard.pdf",
                                  "fr_coulon_conseil-municipal_minutes_2023-07-12.pdf"])
def test_real_welsh_japanese_english_and_french_documents_are_not_garbled(name):
    if not (SHARED_PDF / name).is_file():
        pytest.skip("../shared is not here")
    assert garbled_pages(read_pdf(SHARED_PDF / name).pages) == []
