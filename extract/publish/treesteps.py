"""Python-Markdown's steps after parsing, without the work a page cannot need: the same HTML, sooner.

Once a page's Markdown is parsed, several steps walk every element of its tree whatever the
page holds. On the archive's pages (prose, lists and tables of links) most of those walks
find nothing to do, and each was a Python call or more per element:

* ``attr_list`` looks for ``{: …}`` at the end of every element's text: a page none of whose
  texts holds a ``{`` has none (its whole walk, with a test per element, is skipped);
* ``toc`` looks for its marker (``[TOC]``) by joining the text under every element, again for
  each of its ancestors: the look is made only when some element's own text is the marker;
* every step asks whether a tag is a block-level one, a search of a list of sixty tags: the
  answer is kept for each tag, from the list as it is when the page's conversion starts.

A step this module does not know (another version's, an extension's) is left as it is.
"""

from __future__ import annotations

import functools

from markdown import preprocessors, treeprocessors
from markdown.extensions import Extension
from markdown.extensions.attr_list import AttrListTreeprocessor
from markdown.extensions.toc import TocTreeprocessor


class BracesFirst(treeprocessors.Treeprocessor):
    """``attr_list``'s step, run only on a tree some text or tail of which holds a ``{``: every
    attribute list it reads starts with one (``BASE_RE``), and it reads only texts and tails."""

    def __init__(self, md, step: AttrListTreeprocessor):
        super().__init__(md)
        self.step = step

    def run(self, root):
        if any("{" in (element.text or "") or "{" in (element.tail or "") for element in root.iter()):
            return self.step.run(root)
        return None


def _replace_marker_if_present(step: TocTreeprocessor, replace_marker, root, elem) -> None:
    # The marker is replaced only where an element's own text is the marker and it has no children.
    marker = step.marker
    if any(c.text and len(c) == 0 and c.text.strip() == marker for c in root.iter()):
        replace_marker(root, elem)


class BlockLevelKept(preprocessors.Preprocessor):
    """At the start of each conversion, ``md.is_block_level`` answers from the block-level tags as they
    are then, kept for each tag asked about (the same answers as ``Markdown.is_block_level``)."""

    def run(self, lines):
        block_level = frozenset(self.md.block_level_elements)
        known: dict = {}

        def is_block_level(tag) -> bool:
            try:
                return known[tag]
            except KeyError:
                answer = known[tag] = isinstance(tag, str) and tag.lower().rstrip("/") in block_level
                return answer
            except TypeError:  # a tag that cannot be a key
                return isinstance(tag, str) and tag.lower().rstrip("/") in block_level

        self.md.is_block_level = is_block_level
        return lines


def _priority(registry, name: str) -> float:
    return next(item.priority for item in registry._priority if item.name == name)


class QuickerTreeSteps(Extension):
    """Put the steps above in the place of the ones they stand for, where the converter has those."""

    def extendMarkdown(self, md) -> None:
        md.preprocessors.register(BlockLevelKept(md), "block_level_kept", 1000)
        step = md.treeprocessors["attr_list"] if "attr_list" in md.treeprocessors else None
        if type(step) is AttrListTreeprocessor:
            md.treeprocessors.register(BracesFirst(md, step), "attr_list", _priority(md.treeprocessors, "attr_list"))
        toc = md.treeprocessors["toc"] if "toc" in md.treeprocessors else None
        if type(toc) is TocTreeprocessor and toc.marker:
            toc.replace_marker = functools.partial(_replace_marker_if_present, toc, toc.replace_marker)
