"""Python-Markdown's block step, testing a block for a kind of block only when it can be one: the same HTML, sooner.

The block parser tests every block of a page against each kind of block in turn (a heading,
a quotation, a rule, a table…) until one takes it: a paragraph of prose is tested against
them all, each test a search of the whole block by a regular expression that cannot skip
ahead (it starts at the block's start or at any line's). Each of the kinds below needs a
character of its own — a ``#`` heading a ``#``, a quotation a ``>``, a table a ``|``, an
underlined heading a line starting ``=`` or ``-``, a rule three ``-``, ``_`` or ``*`` — so a
block without it is not one, exactly as the test would have found; with it, the test is made.
A kind this module does not know (another version's, an extension's) is always tested.
"""

from __future__ import annotations

from markdown import blockprocessors
from markdown.extensions import Extension
from markdown.extensions.tables import TableProcessor


def _holds_any(*strings: str):
    return lambda block: any(s in block for s in strings)


def _three_of_one(block: str) -> bool:
    return block.count("-") >= 3 or block.count("_") >= 3 or block.count("*") >= 3


# Each kind of block, by its processor's class, and what a block must hold to be one.
NEEDS = {
    blockprocessors.HashHeaderProcessor: _holds_any("#"),
    blockprocessors.BlockQuoteProcessor: _holds_any(">"),
    blockprocessors.SetextHeaderProcessor: _holds_any("\n=", "\n-"),
    blockprocessors.HRProcessor: _three_of_one,
    TableProcessor: _holds_any("|"),
}


def _tested_when_it_can_be(test, can_be):
    def tested(parent, block: str) -> bool:
        return can_be(block) and test(parent, block)

    return tested


class QuickerBlockTests(Extension):
    """Put a test that first looks for what the kind needs in the place of each known kind's test."""

    def extendMarkdown(self, md) -> None:
        for processor in md.parser.blockprocessors:
            can_be = NEEDS.get(type(processor))
            if can_be is not None:
                processor.test = _tested_when_it_can_be(processor.test, can_be)
