"""Render the bundled sample texts (samples/text/*.txt) to the sample PDFs (samples/pdf/).

The seed texts are real UK council papers; rendering them here makes the
project's samples and test fixtures its own, so nothing needs ../shared.
Output is byte-stable: re-running changes nothing.

    python scripts/make_samples.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdfgen import render_text  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "samples" / "text"
PDFS = ROOT / "samples" / "pdf"


def main() -> int:
    for text in sorted(TEXTS.glob("*.txt")):
        pdf = render_text(text.read_text(encoding="utf-8"), PDFS / f"{text.stem}.pdf")
        print(f"{text.relative_to(ROOT)} -> {pdf.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
