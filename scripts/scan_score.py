"""Score OCR: scanned copies of corpus PDFs, ingested and scored against the labels of their originals.

Each chosen PDF of ../shared/corpus/pdf is rasterised as a scanner would (``pdfgen.rasterize``: an
image-only copy at DPI, no text layer) into build/scans/DPI/, under the original's name, then ingested
(so recognised by Tesseract) and scored by ../shared/eval/score.py. Compare the figure with the text
originals' (scripts/extraction_score.py): what OCR loses is the difference. Optional, not in CI:
recognition takes seconds a page (a few minutes for the default set on one core; recognised words are
cached, so a second run after a parser change takes seconds).

    python scripts/scan_score.py [--dpi 200] [--detail] [PDF-NAME ...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_score import CORPUS, ROOT, score_pdfs  # noqa: E402

# Minutes and agendas of eight bodies in three countries, in the layouts a scan most often breaks: item
# numbers in a margin column, underlined headings, logos in the letterhead, tables of attendance.
DEFAULT = [
    "cc_burbank-parks-board_agenda_2022-11-10.pdf", "cc_cupertino-usd-board_agenda_2016-04-06.pdf",
    "cc_kent-cc_agenda_2025-01-30.pdf", "cc_la-habra-heights_agenda_2022-12-12.pdf",
    "cc_manordeilo-salem-cc_minutes_2019-10-09.pdf", "cc_rivergrove_minutes_2018-08-13.pdf",
    "cc_sutton-coldfield-tc_minutes_2018-03-13.pdf", "uk_milburn-pc_minutes_2016-07-05.pdf",
    "uk_newbiggin-pc_minutes_2019-09-03.pdf", "us_alameda-ca_library-board_minutes_2014-07-09.pdf",
    "us_alameda-ca_social-service-hrb_2019-11-21.pdf", "us_east-palo-alto-ca_minutes_2020-01-27.pdf",
]


def scans(names: list[str], dpi: int) -> list[Path]:
    """Image-only copies of the named corpus PDFs, made once per DPI."""
    from pdfgen import rasterize  # fpdf2: a test dependency

    folder = ROOT / "build" / "scans" / str(dpi)
    copies = []
    for name in names:
        copy = folder / name
        if not copy.is_file():
            rasterize(CORPUS / name, copy, dpi=dpi)
        copies.append(copy)
    return copies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="PDF-NAME",
                        help="corpus PDFs to scan (default: twelve of eight bodies)")
    parser.add_argument("--dpi", type=int, default=200, help="the scans' resolution (default: 200)")
    parser.add_argument("--detail", action="store_true", help="show each document's fields that score below 1")
    args = parser.parse_args()
    missing = [name for name in args.names if not (CORPUS / name).is_file()]
    if missing:
        parser.error(f"not in {CORPUS}: {missing[0]}")
    with tempfile.TemporaryDirectory() as out:
        score = score_pdfs(f"scanned at {args.dpi} dpi", scans(args.names or DEFAULT, args.dpi), Path(out), args.detail)
    print(f"scan score: {score:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
