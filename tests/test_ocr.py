"""Scanned PDFs: recognised by OCR where it is installed, their records marked as OCR text and for review;
with --no-ocr, a clear error."""

import os
from pathlib import Path

import frontmatter
import pytest
from pdfgen import rasterize, render_text

from extract.cli import main
from extract.ocr import ocr_available

MINUTES = """Milburn Parish Council - 2nd July 2019
Present Councillors D Richardson (Chair) N Cresswell, M Armstrong, R Healey and P Moran Clerk J H Todd
19.07.01 Apologies
Alan Armstrong, EDC
19.07.02 Register of Interests
None
The Chairman brought the meeting to a close at 7.55pm
"""


@pytest.fixture(scope="module")
def scanned_minutes(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("scan")
    return rasterize(render_text(MINUTES, folder / "typed.pdf"), folder / "scanned-minutes.pdf")


def test_a_scan_is_refused_when_ocr_is_off(scanned_minutes, tmp_path, capsys):
    assert main(["ingest", "--no-ocr", str(scanned_minutes), "--docs", str(tmp_path / "docs")]) == 1
    error = capsys.readouterr().err.strip()
    assert error == (f"error: {scanned_minutes}: no text layer — scanned document "
                     "(ingest recognises scans by OCR unless --no-ocr is given)")
    assert not list(tmp_path.rglob("*.md"))


# In CI the test command installs OCR, so there a missing OCR fails the test rather than skipping it.
@pytest.mark.skipif(not ocr_available() and not os.environ.get("CI"),
                    reason="Tesseract missing: scripts/setup --test installs it")
def test_ocr_reads_a_scan_after_the_other_pdfs_and_marks_its_records(scanned_minutes, tmp_path, capsys):
    docs = tmp_path / "docs"
    typed = scanned_minutes.with_name("typed.pdf")
    assert main(["ingest", str(scanned_minutes), str(typed), "--docs", str(docs)]) == 0
    out = capsys.readouterr().out
    assert "recognised by OCR" in out
    assert out.index("typed.pdf:") < out.index("scanned-minutes.pdf:")  # the scan waits for the rest
    [record] = [frontmatter.load(p) for p in docs.rglob("*.md") if p.parent.parent.parent == docs
                and frontmatter.load(p)["source"].get("ocr")]
    assert record["kind"] == "minutes"
    assert record["review"][-1]["field"] == "text" and "OCR" in record["review"][-1]["why"]
    assert record["date"] == "2019-07-02"
    assert [item["number"] for item in record["items"]] == ["19.07.01", "19.07.02"]
    assert "Register of Interests" in record.content


@pytest.mark.skipif(not ocr_available() and not os.environ.get("CI"),
                    reason="Tesseract missing: scripts/setup --test installs it")
def test_a_scan_is_recognised_once(scanned_minutes, tmp_path, monkeypatch):
    from extract import ocr

    assert main(["ingest", str(scanned_minutes), "--docs", str(tmp_path / "a")]) == 0
    monkeypatch.setattr(ocr, "recognise", lambda *args: pytest.fail("recognised the same scan twice"))
    assert main(["ingest", str(scanned_minutes), "--docs", str(tmp_path / "b")]) == 0
    assert len(list(ocr.cache_dir().glob("*.json"))) == 1


# Recognised words → lines, without Tesseract: words as Tesseract reported them on the lead's scans of corpus PDFs.
def _word(text, x0, baseline, size=11.2, confidence=96.0, line=0, stroke=1.6):
    from extract.ocr import Word

    return Word(text=text, x0=x0, x1=x0 + 6.0 * len(text), top=baseline - 8, bottom=baseline, baseline=baseline,
                size=size, descent=2.5, confidence=confidence, line=line, stroke=stroke)


def _lines(words, body=11.2):
    from extract.ocr import BodyType, RecognisedPage, page_of_words

    return [ln.text for ln in page_of_words(1, RecognisedPage(595.0, 842.0, words), BodyType(body, 0.14)).lines]


def test_a_margin_number_read_apart_joins_its_title_on_the_same_baseline():
    # Kent's agenda: "1." read in a second pass over the margin, its title in the page's own pass.
    words = [_word("1.", 55.1, 432.0, size=9.8, line=1), _word("Apologies", 82.1, 432.4, line=0),
             _word("2.", 54.4, 457.5, size=9.8, line=3), _word("Declarations", 82.1, 457.9, line=2)]
    assert _lines(words) == ["1. Apologies", "2. Declarations"]


def test_a_logo_read_as_unsure_words_is_dropped_but_a_plain_word_tesseract_doubts_is_kept():
    # Nipissing's letterhead: the crest beside "Township of" is read "eee :" at confidence 0.
    logo = [_word("Povi", 30, 40, confidence=12, line=0), _word("The", 60, 40, confidence=31, line=0),
            _word("a", 90, 40, confidence=0, line=0), _word("Mu", 100, 40, confidence=20, line=0)]
    text = [_word("Financial", 72, 200, confidence=0, line=1), _word("Report", 140, 200, confidence=93, line=1),
            _word("=|", 190, 200, confidence=8, line=1), _word("2024", 210, 200, confidence=95, line=1)]
    # Sutton Coldfield's banner, the crest's specks far right in its line.
    banner = [_word("AMENITIES,", 59.8, 300, line=2), _word("LEISURE", 143.3, 300, line=2),
              _word("Oe", 480.2, 300, confidence=15, line=2), _word("s", 474.8, 320, confidence=48, line=3)]
    # Burbank's agenda: an item's number Tesseract doubts (25) is no speck.
    item = [_word("1.", 77.4, 340, confidence=25, line=4), _word("DeBell", 105.1, 340, confidence=25, line=4),
            _word("Golf", 145, 340, confidence=95, line=4), _word("Course", 175, 340, confidence=96, line=4)]
    assert _lines(logo + text + banner + item) == ["Financial Report 2024", "AMENITIES, LEISURE",
                                                   "1. DeBell Golf Course"]


def test_ocr_confusions_in_numbers_are_undone_and_words_are_left_alone():
    words = [_word("14,", 53.3, 260, line=0), _word("Adjournment", 75, 260, line=0),
             _word("Held", 53.3, 290, line=1), _word("2O19", 90, 290, line=1), _word("l1.", 130, 290, line=1),
             # counter-examples: a comma after a number mid-line, a word of the letters OCR confuses
             _word("Items", 53.3, 320, line=2), _word("4,", 95, 320, line=2), _word("Oil", 120, 320, line=2),
             _word("IO", 150, 320, line=2)]
    assert _lines(words) == ["14. Adjournment", "Held 2019 11.", "Items 4, Oil IO"]
    # Palmdale's agenda and Sutton Coldfield's minutes; and words that do begin with an l
    words = [_word("lf", 53, 350, line=3), _word("you", 70, 350, line=3), _word("lves,", 100, 350, line=3),
             _word("llama", 53, 380, line=4), _word("land", 100, 380, line=4), _word("lyric", 140, 380, line=4)]
    assert _lines(words) == ["If you Ives,", "llama land lyric"]


def test_an_ampersand_read_as_a_digit_between_two_bodies_names_is_an_ampersand():
    # cc_nipissing-township_pack_2025-02-18's police board: "NORTH BAY OPP DETACHMENT BOARD 3" over "PNC Police …".
    words = [_word(w, 190 + 60 * i, 100, line=0) for i, w in enumerate(["DETACHMENT", "BOARD", "3"])]
    words += [_word(w, 230 + 60 * i, 120, line=1) for i, w in enumerate(["PNC", "Police", "Board"])]
    # counter-examples: a date's day after a committee's name, a number after any other word
    words += [_word(w, 60 + 70 * i, 200, line=2) for i, w in enumerate(["Planning", "Committee", "3", "March", "2025"])]
    words += [_word(w, 60 + 70 * i, 230, line=3) for i, w in enumerate(["AREA", "3", "PLANNING"])]
    assert _lines(words) == ["DETACHMENT BOARD &", "PNC Police Board", "Planning Committee 3 March 2025", "AREA 3 PLANNING"]


def test_a_letter_a_tab_before_the_text_is_a_bullet_and_a_word_of_one_letter_is_not():
    # Sutton Coldfield's minutes: "•  Mere Green play area" read "e Mere …", 14 points before the text.
    words = [_word("e", 90.7, 160, line=0), _word("Mere", 110.7, 160, line=0),
             _word("a", 54.7, 190, line=1), _word("land", 64.7, 190, line=1)]
    assert _lines(words) == ["• Mere", "a land"]


def test_bars_at_the_ends_of_a_line_are_a_tables_border_and_a_bar_inside_one_is_text():
    words = [_word("|", 40, 160, line=0), _word("RESULT:", 50, 160, line=0), _word("_|", 120, 160, line=0),
             _word("Page", 40, 190, line=1), _word("|", 70, 190, line=1), _word("1", 80, 190, line=1)]
    assert _lines(words) == ["RESULT:", "Page | 1"]


def test_sizes_near_the_body_type_are_the_body_type_and_a_heading_keeps_its_own():
    words = [_word("Heading", 72, 100, size=16.4, line=0), _word("A", 72, 130, size=12.2, line=1),
             _word("title", 90, 130, size=12.2, line=1), _word("wrapped", 72, 145, size=11.5, line=2)]
    from extract.ocr import RecognisedPage, body_type, page_of_words

    page = RecognisedPage(595.0, 842.0, words)
    assert [ln.size for ln in page_of_words(1, page, body_type([page])).lines] == [16.0, 12.2, 12.2]


def test_rules_are_whitened_before_recognition_and_strokes_of_letters_are_not():
    from PIL import Image, ImageDraw

    from extract.ocr import _without_rules

    image = Image.new("L", (600, 300), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((50, 100, 550, 102), fill=0)  # an underline, 2.5 inches at 200 dpi
    draw.rectangle((50, 150, 60, 190), fill=0)  # a letter's stem
    draw.rectangle((100, 150, 130, 153), fill=0)  # a letter's bar, 0.15 inches
    cleaned = _without_rules(image, 200)
    assert cleaned.getpixel((300, 101)) == 255
    assert cleaned.getpixel((55, 170)) == 0 and cleaned.getpixel((115, 151)) == 0


def test_a_line_of_thick_strokes_for_its_size_is_bold():
    # Kent's agenda as Tesseract boxed it: "UNRESTRICTED ITEMS" in bold (strokes 2.7 pt at 11.7 pt), the
    # line under it in the body's regular type (1.3–1.8 pt at 11.2 pt).
    from extract.ocr import BodyType, RecognisedPage, page_of_words

    words = [_word("UNRESTRICTED", 231.5, 370, size=11.7, stroke=2.71, line=0),
             _word("ITEMS", 320, 370, size=11.7, stroke=2.66, line=0),
             _word("(During", 126.7, 384, stroke=1.43, line=1), _word("these", 180, 384, stroke=1.78, line=1),
             _word("items", 220, 384, stroke=1.62, line=1)]
    lines = page_of_words(1, RecognisedPage(595.0, 842.0, words), BodyType(11.2, 0.14)).lines
    assert [(ln.text, ln.bold) for ln in lines] == [("UNRESTRICTED ITEMS", True), ("(During these items", False)]


def test_words_set_close_together_keep_their_letters_apart():
    # Rosemead's agenda: "Hearing" and "to" a point apart, boxed by their ink.
    words = [_word("Public", 72, 200), _word("Hearing", 109, 200), _word("to", 152, 200), _word("Adopt", 165, 200)]
    assert _lines(words) == ["Public Hearing to Adopt"]
    # ... and Tesseract's box of "Hearing" reaching over "to" (172.1–230.4, 221.0–232.6)
    from dataclasses import replace

    words = [_word("Public", 132.8, 76.3), replace(_word("Hearing", 172.1, 76.3), x1=230.4),
             replace(_word("to", 221.0, 76.3), x1=232.6), _word("Adopt", 234.0, 76.3)]
    assert _lines(words) == ["Public Hearing to Adopt"]
