"""`python -m bot web` over real HTTP: health check, unknown routes."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest
import requests

from bot.app import App
from bot.store import Store, engine_for
from bot.web import WebApp
from tests.support.web import serving

CONFIG = """\
sources:
  - id: nmd
    kind: pacer_rss
    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl
"""


@pytest.fixture
def app(tmp_path, database_url, monkeypatch):
    config = tmp_path / "sources.yaml"
    config.write_text(CONFIG)
    monkeypatch.setenv("DOCKETBOT_CONFIG", str(config))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    built = App.from_env(os.environ)
    yield built
    built.close()


def test_healthz_reports_the_store(app):
    with serving(WebApp(app, {})) as base:
        response = requests.get(f"{base}/healthz", timeout=5)
    assert response.status_code == 200 and response.json() == {"ok": True, "store": "ok"}


def test_healthz_is_503_when_the_store_is_gone(app):
    gone = replace(app, store=Store(engine_for("postgresql://nobody@127.0.0.1:1/none")))
    with serving(WebApp(gone, {})) as base:
        response = requests.get(f"{base}/healthz", timeout=15)
    assert response.status_code == 503 and response.json()["ok"] is False


def test_unknown_path_and_wrong_method(app):
    with serving(WebApp(app, {})) as base:
        assert requests.get(f"{base}/nope", timeout=5).status_code == 404
        assert requests.post(f"{base}/healthz", timeout=5).status_code == 405
