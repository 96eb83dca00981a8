"""What every parser needs: the source block, and lines → paragraphs."""

from __future__ import annotations

from statistics import median

from extract.model import Source
from extract.patterns import SENTENCE_OPENER, TITLE_SMALL_WORD
from extract.read import Line, PdfText
from extract.text import ABBREVIATION
from extract.rows import continues_over_page
from extract.split import DocumentSpan


def source_of(span: DocumentSpan, pdf: PdfText) -> Source:
    return Source(file=pdf.file, sha256=pdf.sha256, pages=span.physical_pages,
                  printed_pages=span.printed_pages)


def line_gap(lines: list[Line]) -> float:
    """The usual distance between consecutive lines of a paragraph."""
    gaps = [b.top - a.top for a, b in zip(lines, lines[1:]) if 0 < b.top - a.top < 40]
    return median(gaps) if gaps else 14.0


def line_step(lines: list[Line]) -> float:
    """The step between lines inside a paragraph.

    A low percentile of the steps, not the median: where most paragraphs are
    one line long (roll calls, lists of attendees) the median is a paragraph gap.
    """
    steps = sorted(b.top - a.top for a, b in zip(lines, lines[1:]) if 3 < b.top - a.top < 40)
    return steps[len(steps) // 10] if steps else 14.0


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Group lines into paragraphs: a new one starts after a wider gap, or a page turn that does not
    fall mid-sentence."""
    if not lines:
        return []
    gap = line_gap(lines)
    groups: list[list[Line]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        step = line.top - prev.top  # the next page's lines start higher up the page
        if (step <= 0 and not continues_over_page(line.text)) or step > gap * 1.45 or line.bold != prev.bold:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


# A title runs on into a sentence only where this many words at least follow it.
MIN_SENTENCE_WORDS = 6


def title_then_sentence(title: str) -> tuple[str, str | None]:
    """ "Review and Discuss the Proposed Scope of Services … Request for Proposal At the September 13, 2022, City
    Council Meeting, the City Council awarded …" → the title and the rest: a title in title case (its small words in
    lower case) that runs on into a sentence (a small word capitalised after a capitalised word or a number) or a
    list (a bullet) ends there; the sentence, a few words at least with a word in lower case, or the list is the
    rest. (title, None) where the title runs on into nothing of the kind."""
    words = title.split()
    for index in range(1, len(words) - MIN_SENTENCE_WORDS + 1):
        before, rest = words[:index], words[index:]
        last = before[-1]
        if not (SENTENCE_OPENER.fullmatch(rest[0]) and (last[0].isupper() or last[0].isdigit())
                and last[-1].isalnum() and any(TITLE_SMALL_WORD.fullmatch(word) for word in before)):
            continue
        bullet = not rest[0][0].isalpha()
        if bullet or _reads_as_sentence(rest[1:]):
            return " ".join(before), " ".join(rest[bullet:])
    return _title_then_full_stop(words) or (title, None)


def _reads_as_sentence(words: list[str]) -> bool:
    return any(word.isalpha() and word.islower() and not TITLE_SMALL_WORD.fullmatch(word) for word in words)


def _title_then_full_stop(words: list[str]) -> tuple[str, str] | None:
    """ "Annual Report of the Parks Commission. The Commission will present its report.": a title that ends at a
    full stop, a sentence after it; not at an abbreviation's or an initial's stop ("the U.S. Army Corps", "No.
    2024-15", "J. Smith"), unless a word that only opens a sentence follows it ("… of the U.S. The Council will …")."""
    for index in range(1, len(words) - 1):
        last, rest = words[index - 1], words[index:]
        if not (last.endswith(".") and rest[0][:1].isupper() and _reads_as_sentence(rest)):
            continue
        if ABBREVIATION.search(" " + last) and not SENTENCE_OPENER.fullmatch(rest[0]):
            continue
        return " ".join(words[:index]), " ".join(rest)
    return None
