"""Logging: one line per event on stderr, as text or (DOCKETBOT_LOG_FORMAT=json) as one JSON object a line.

A text line's time is on the config's clock, its zone named (`2026-11-30 00:42:36,120 EST INFO ...`), the clock
the bot's messages give their times on: bot.config.load_config sets it (`use_clock`) each time it reads a config
(at start, and on each reload), before the config's warnings; before that, UTC. A JSON line's `time` is ISO 8601
in UTC.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime, tzinfo
from typing import TextIO

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# a record's `extra` key marking what a poll's result line says too (a poll failed, items skipped): `check` prints
# that line for each source, so its log leaves those records out unless a --log-level was asked for
SAID_IN_RESULT = {"said_in_result": True}


class ClockFormatter(logging.Formatter):
    """TEXT_FORMAT, its time on clock `tz`, with the zone's abbreviation."""

    def __init__(self, tz: tzinfo = UTC) -> None:
        super().__init__(TEXT_FORMAT)
        self.tz = tz

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802 (logging's name)
        moment = datetime.fromtimestamp(record.created, self.tz)
        return f"{moment:%Y-%m-%d %H:%M:%S},{int(record.msecs):03d} {moment:%Z}"


def use_clock(tz: tzinfo) -> None:
    """Gives the text log's times on clock `tz` from now on (the config's `timezone`)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler.formatter, ClockFormatter):
            handler.formatter.tz = tz


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        event = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            event["error"] = self.formatException(record.exc_info)
        return json.dumps(event, ensure_ascii=False)


class CurrentStderrHandler(logging.StreamHandler):
    """Writes each record to `sys.stderr` as it is then: while `check` shows rich's progress bar, which stands
    in for sys.stderr, log lines are printed above the bar instead of into it."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _value: TextIO) -> None:
        pass


def configure_logging(level: str, form: str = "text", results_printed: bool = False) -> None:
    """Logs at `level` to stderr; APScheduler's and Alembic's chatter only when debugging. With `results_printed`
    (a command that prints each poll's result line), not the records marked SAID_IN_RESULT."""
    handler = CurrentStderrHandler()
    handler.setFormatter(JsonFormatter() if form == "json" else ClockFormatter())
    if results_printed:
        handler.addFilter(lambda record: not getattr(record, "said_in_result", False))
    logging.basicConfig(level=level.upper(), handlers=[handler], force=True)
    if level.upper() != "DEBUG":
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
        logging.getLogger("alembic").setLevel(logging.WARNING)  # "Context impl SQLiteImpl." at every start
