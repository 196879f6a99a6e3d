"""Console entry point. `--version` and `--help` are answered before anything heavy is imported."""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        from claimx.nlp.pipeline import version_line

        print(version_line())
        return
    from claimx.helppages import cached_page

    page = cached_page(sys.argv)
    if page is not None:
        print(page)
        return
    from claimx.cli import run

    run()


if __name__ == "__main__":
    main()
