"""A real headless browser for tests: Debian's `chromium` driven through `chromium-driver` by selenium.

Tests that need it skip with a hint when either program is missing, unless DOCKETBOT_REQUIRE_BROWSER=1 (as
.ci/run sets), which turns that skip into a failure. Chromium runs without network chatter (no sync, no
component updates, no QUIC), in a fresh profile: on a machine without internet it would otherwise stall.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

BROWSERS = ("chromium", "chromium-browser")
DRIVERS = ("chromedriver", "chromium-driver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")
INSTALL_HINT = "apt-get install -y chromium chromium-driver"


def _found(names: tuple[str, ...]) -> str | None:
    return next((path for path in map(shutil.which, names) if path), None)


@contextmanager
def chromium(width: int = 1280, height: int = 900) -> Iterator[webdriver.Chrome]:
    """A headless Chromium of `width` x `height` pixels, quit on the way out; skips (or fails, see above)
    when Chromium or its driver is not installed."""
    browser, driver = _found(BROWSERS), _found(DRIVERS)
    if browser is None or driver is None:
        missing = " and ".join(name for name, path in (("chromium", browser), ("chromedriver", driver)) if not path)
        reason = f"no headless browser: {missing} not found on PATH (install with: {INSTALL_HINT})"
        if os.environ.get("DOCKETBOT_REQUIRE_BROWSER") == "1":
            pytest.fail(reason + " [DOCKETBOT_REQUIRE_BROWSER=1 makes this a failure]")
        pytest.skip(reason)
    with tempfile.TemporaryDirectory(prefix="docketbot-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = browser
        for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
            options.add_argument(flag)
        session = webdriver.Chrome(options=options, service=Service(driver))
        try:
            session.set_page_load_timeout(30)
            yield session
        finally:
            session.quit()
