"""What a build published, said at its end; and what would make it wrong to publish as it is.

``build --strict`` turns every such problem into a failure, so a publishing script
stops: a source PDF missing or not the one its records came from, review items the
officer has not settled, no ``site_url`` (feeds, calendars and CSV files then link
root-relative, and the sitemap is empty).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from extract.archive import Catalogue
from extract.publish.pdfs import PdfCheck
from extract.text import counted


@dataclass
class BuildSummary:
    site: Path
    config: Path
    catalogue: Catalogue
    pdf_dir: Path | None
    pdfs: PdfCheck
    published: int  # source PDFs published
    site_url: str
    pages: int  # HTML pages in the site
    unsure_people: list[str] = field(default_factory=list)  # names that may be one person, kept apart

    def done(self) -> str:
        pages = self.pages
        records = len(self.catalogue.documents)
        return (f"built {self.site}: {counted(pages, 'page')} from {counted(records, 'record')} of "
                f"{counted(len(self.catalogue.meetings), 'meeting')}; "
                f"{counted(self.published, 'source PDF')} published")

    def notes(self) -> list[str]:
        """What the build did that the officer should know of, and that is right as it is."""
        notes = [*self.catalogue.unsure, *self.unsure_people]
        if self.pdfs.withheld:
            notes.append(f"{counted(len(self.pdfs.withheld), 'source PDF')} withheld whole, as exempt pages in "
                         f"{'it' if len(self.pdfs.withheld) == 1 else 'them'} could not be left out: "
                         f"{', '.join(self.pdfs.withheld)}")
        return notes

    def problems(self) -> list[str]:
        """What is wrong with the site as built, in words an officer can act on."""
        problems = []
        if self.pdfs.missing:
            names = ", ".join(self.pdfs.missing[:3]) + (", …" if len(self.pdfs.missing) > 3 else "")
            where = (f"not in {self.pdf_dir}" if self.pdf_dir else
                     "no folder of PDFs (keep them in pdf/ beside the docs folder, or give --pdfs)")
            problems.append(f"{counted(len(self.pdfs.missing), 'source PDF')} not published, {where}: {names}; "
                            f"their records say '(PDF not published here)'")
        problems += self.pdfs.refused
        open_items = [item for doc in self.catalogue.documents for item in doc.review]
        if open_items:
            in_records = sum(1 for doc in self.catalogue.documents if doc.review)
            problems.append(f"{counted(len(open_items), 'review item')} open in {counted(in_records, 'record')}: "
                            f"`committee-archive review` lists them")
        if not self.site_url:
            example = self.catalogue.meetings[-1].page.removesuffix("index.md") if self.catalogue.meetings else ""
            problems.append(f"site_url is not set in {self.config}: links in the Atom feeds, calendars and CSV files "
                            f"are root-relative (/{example}), and sitemap.xml is empty; set site_url to the "
                            f"address the site is published at")
        return problems
