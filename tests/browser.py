"""Headless Chromium for the report's browser tests and `make screenshots` (selenium).

Only the system's Chromium and chromedriver are used (never a download): Debian's `chromium` and
`chromium-driver` packages, or the paths in CLAIMX_CHROMIUM and CLAIMX_CHROMEDRIVER.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
)


def find_browser() -> tuple[str, str] | str:
    """(chromium, chromedriver) paths, or the reason there are none."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[dev]')"
    chromium = os.environ.get("CLAIMX_CHROMIUM") or next(
        filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None
    )
    driver = os.environ.get("CLAIMX_CHROMEDRIVER") or shutil.which("chromedriver")
    if not chromium:
        return "no Chromium (apt-get install chromium chromium-driver; make test does it as root)"
    if not driver:
        return "no chromedriver (apt-get install chromium-driver)"
    return chromium, driver


@contextmanager
def chromium(width: int = 1280, height: int = 800) -> Iterator[Any]:
    """A fresh headless Chromium (its own profile, removed after) driven by selenium."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    found = find_browser()
    if isinstance(found, str):
        raise RuntimeError(found)
    binary, driver_path = found
    profile = tempfile.mkdtemp(prefix="claimx-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    try:
        # the viewport itself, not the window around it: screenshots are width × height exactly
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
