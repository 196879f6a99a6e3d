"""`make screenshots`: the README's pictures of `claimx report`, taken in headless Chromium.

The report is made from the invented articles in docs/demo/ (extracted with the library), then
photographed at 1280×800: the corpus page (docs/report.png) and one article with an actor
clicked (docs/report-article.png).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import chromium, find_browser  # noqa: E402

from claimx.corpus.records import load_corpus  # noqa: E402
from claimx.corpus.report import render_report  # noqa: E402


def main() -> int:
    found = find_browser()
    if isinstance(found, str):
        print(f"make screenshots: {found}", file=sys.stderr)
        return 2
    documents = load_corpus([str(ROOT / "docs" / "demo")])
    html = render_report(documents, title="claimx report: docs/demo (4 invented articles)")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        with chromium(1280, 800) as driver:
            driver.get(page.as_uri())
            driver.save_screenshot(str(ROOT / "docs" / "report.png"))
            driver.execute_script("document.getElementById('doc-0').scrollIntoView()")
            chip = driver.find_element(
                "css selector", '#doc-0 .chips [data-actor="person/vera-lindqvist"]'
            )
            chip.click()
            driver.execute_script("document.getElementById('doc-0').scrollIntoView()")
            driver.save_screenshot(str(ROOT / "docs" / "report-article.png"))
    print("wrote docs/report.png and docs/report-article.png", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
