"""`python -m bot demo`: offline, baseline first, then the real motions and dismissals posted once each."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest

from bot.demo import run_demo
from tests.test_end_to_end import EXPECTED_DISMISSALS, EXPECTED_MOTIONS

pytestmark = pytest.mark.slow  # runs the demo, also as a process

ROOT = Path(__file__).resolve().parent.parent
BALDWIN = ("1:23-cr-00040", "Notice of Dismissal Without Prejudice")
# A post as the console notifier prints it: a heading naming the channel, then summary, facts, text, links.
# A post's heading is "── #channel · 09:12:03 UTC" (when it was printed); a reply in a case's thread is indented,
# under "── #channel · reply to the post of 09:12:03 UTC".
POST = re.compile(
    r"^(?: {4})?── (?P<channel>#[\w-]+) · (?:reply to the post of )?[\d:]+ UTC\n(?P<body>.*?)\n\n",
    re.M | re.S,
)


@pytest.fixture
def connections(monkeypatch) -> list:
    """Every address a socket of this process connects to during the test."""
    seen: list = []
    real_connect = socket.socket.connect

    def connect(sock: socket.socket, address) -> None:
        seen.append(address)
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    return seen


@pytest.fixture
def demo(tmp_path, monkeypatch, connections) -> tuple[int, str]:
    """One run with no delay, from an empty working directory: (exit status, output)."""
    monkeypatch.chdir(tmp_path)
    out = StringIO()
    code = run_demo(delay=0, out=out)
    return code, out.getvalue()


def posts(output: str) -> list[tuple[str, str, str]]:
    """(channel, case number, headline) of each post printed, in order."""
    found = []
    for match in POST.finditer(output):
        summary = match["body"].splitlines()[0].strip()
        case = re.search(r"\((\S+), [^)]+\)$", summary).group(1)
        found.append((match["channel"], case, summary.split(": ", 1)[0]))
    return found


def in_channel(output: str, channel: str) -> set[tuple[str, str]]:
    return {(case, text) for where, case, text in posts(output) if where == channel}


def test_first_poll_is_a_baseline(demo):
    code, output = demo
    assert code == 0, output
    assert re.search(r"^  sdny +baseline: \d+ entries recorded, nothing posted(  \(\d+ more items joined to the filings they repeat\))?$", output, re.M)
    assert re.search(r"^  nmd +baseline: 1 entry recorded, nothing posted$", output, re.M)


def test_new_motions_and_dismissals_are_posted_once_grouped_by_channel(demo):
    _, output = demo
    assert in_channel(output, "#motions") == EXPECTED_MOTIONS
    assert in_channel(output, "#dismissals") == EXPECTED_DISMISSALS | {BALDWIN}
    printed = posts(output)
    assert len(printed) == len(set(printed)) == len(EXPECTED_MOTIONS) + len(EXPECTED_DISMISSALS) + 1
    channels = [channel for channel, _, _ in printed]
    assert channels == sorted(channels, key=["#motions", "#dismissals"].index)
    assert "Notice of Dismissal Without Prejudice: United States v. Baldwin (1:23-cr-00040, D.N.M.)" in output
    assert output.rstrip().endswith("76 new entries, 14 posts (11 to #motions, 3 to #dismissals).")


def test_talks_only_to_its_own_server_and_stops_it(demo, connections):
    _, output = demo
    assert connections and {host for host, _port in connections} == {"127.0.0.1"}
    port = int(re.search(r"^Serving at http://127\.0\.0\.1:(\d+),", output, re.M).group(1))
    assert {p for _host, p in connections} == {port}
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_leaves_no_file_behind(demo, tmp_path):
    assert list(tmp_path.iterdir()) == []


def start_demo_command(cwd: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SLACK_BOT_TOKEN", None)
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "demo"],
        cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_command_runs_through_with_the_default_delay(tmp_path):
    # How long it takes is not asserted here: a loaded machine is slower.
    process = start_demo_command(tmp_path)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert "Waiting 3 s" in out and "Notice of Voluntary Dismissal" in out
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_stops_the_demo_cleanly(tmp_path):
    process = start_demo_command(tmp_path)
    lines: list[str] = []
    while not (lines and lines[-1].startswith("Waiting")):
        lines.append(process.stdout.readline())
        assert lines[-1], "the demo ended before waiting for new filings"
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=10)
    assert process.returncode == 130, err
    assert "Interrupted" in out and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []
