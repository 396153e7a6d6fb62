"""An App built as the commands build it, from a config text: for tests that need the whole wiring in-process."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.app import App


@contextmanager
def app_from_config(config_text: str, folder: Path, database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    """An App from `config_text` (written to folder/sources.yaml) on the store at `database_url`, posting to the
    console (no SLACK_BOT_TOKEN); the environment is set with `monkeypatch`, so it is undone after the test."""
    config = folder / "sources.yaml"
    config.write_text(config_text)
    monkeypatch.setenv("DOCKETBOT_CONFIG", str(config))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    built = App.from_env(os.environ)
    try:
        yield built
    finally:
        built.close()
