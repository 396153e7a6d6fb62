"""The time and this process's name, in one place, so that steps can be given a different clock in tests."""

import os
import socket
import uuid
from datetime import UTC, datetime, tzinfo


def utc_now() -> datetime:
    return datetime.now(UTC)


def shown_time(moment: datetime, tz: tzinfo = UTC, form: str = "%Y-%m-%d %H:%M") -> str:
    """A time as an operator reads it: on the config's clock `tz`, its zone named (`2026-11-24 09:30 EST`)."""
    return moment.astimezone(tz).strftime(f"{form} %Z")


def process_id() -> str:
    """A name for this process in leases and claims: host, pid and a random part (pids are reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def holder_alive(holder: str) -> bool:
    """Whether the process named by `process_id()` may still be running: False only for a process of this
    host that is gone (its leases and claims can be taken over at once instead of waiting them out)."""
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
