"""The status page as a person sees it: `python -m bot web` (waitress) on localhost, loaded in headless Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from bot.store import Store
from tests.support.browser import chromium
from tests.support.status_state import CONFIG, DOCUMENT, FAILURE, busy_state
from tests.test_web import ROOT, get_when_up

TOKEN = "browser-test-token"

pytestmark = pytest.mark.slow  # starts `python -m bot web` and a browser


@pytest.fixture
def browser() -> Iterator[WebDriver]:
    """Asked for before `web`, so that a machine without Chromium skips at once."""
    with chromium() as session:
        yield session


@pytest.fixture
def web(tmp_path) -> Iterator[str]:
    """`python -m bot web` with STATUS_TOKEN set, on a SQLite store as a busy day leaves it; yields its base URL."""
    config = tmp_path / "sources.yaml"
    config.write_text(CONFIG)
    url = f"sqlite:///{tmp_path / 'docketbot.db'}"
    store = Store.open(url)
    busy_state(store, datetime.now(UTC))
    store.close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {key: value for key, value in os.environ.items()
           if key not in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "COURTLISTENER_WEBHOOK_SECRET")}
    env.update(PORT=str(port), DATABASE_URL=url, DOCKETBOT_CONFIG=str(config), STATUS_TOKEN=TOKEN,
               SLACK_WORKSPACE_URL="https://newsroom.slack.com")
    process = subprocess.Popen([sys.executable, "-m", "bot", "web"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        get_when_up(f"http://127.0.0.1:{port}/healthz")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_a_person_sees_sources_backlog_and_posts_and_a_wrong_token_sees_nothing(browser, web):
    browser.get(f"{web}/?token={TOKEN}")
    assert browser.title == "docketbot status"
    rows = browser.find_elements(By.CSS_SELECTOR, "#sources tbody tr")
    shown = {row.find_element(By.TAG_NAME, "td").text: row.text for row in rows}
    assert list(shown) == ["nmd", "cand", "sdny"]
    assert "ok" in shown["nmd"] and "pacer_rss" in shown["nmd"]
    assert "error" in shown["cand"] and FAILURE in shown["cand"]
    assert "not polled yet" in shown["sdny"]
    status = browser.find_element(By.CSS_SELECTOR, "#sources tbody tr:nth-child(2) td:nth-child(5) span")
    assert status.text == "error" and status.value_of_css_property("color") == "rgba(179, 38, 30, 1)"  # red
    numbers = {name: browser.find_element(By.ID, name).text for name in ("queued", "held", "failed", "sent")}
    assert numbers == {"queued": "0", "held": "1", "failed": "1", "sent": "1"}
    assert "not_in_channel" in browser.find_element(By.ID, "holds").text
    (post,) = browser.find_elements(By.CSS_SELECTOR, "#posts tbody tr")
    assert post.text.startswith("#motions") and "Motion to Dismiss" in post.text
    document = post.find_element(By.LINK_TEXT, "Document")
    assert document.get_attribute("href") == DOCUMENT and document.is_displayed()
    assert post.find_element(By.LINK_TEXT, "Slack").get_attribute("href") == (
        "https://newsroom.slack.com/archives/C0MOTIONS/p1764400000000100")
    assert "alive" in browser.find_element(By.ID, "worker").text

    browser.get(f"{web}/?token=wrong")
    assert browser.find_elements(By.ID, "sources") == []
    assert "nmd" not in browser.page_source and "#motions" not in browser.page_source
    # (a browser answers the 401's WWW-Authenticate with its login prompt, over an empty page)

    browser.get(web.replace("http://", f"http://anyone:{TOKEN}@") + "/")  # basic auth, as a browser sends it
    assert len(browser.find_elements(By.CSS_SELECTOR, "#sources tbody tr")) == 3
