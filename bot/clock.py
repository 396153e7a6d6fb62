"""The time, in one place, so that steps can be given a different clock in tests."""

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)
