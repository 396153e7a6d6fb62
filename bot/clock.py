"""The time and this process's name, in one place, so that steps can be given a different clock in tests."""

import os
import socket
import uuid
from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def process_id() -> str:
    """A name for this process in leases and claims: host, pid and a random part (pids are reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
