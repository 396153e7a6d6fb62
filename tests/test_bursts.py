"""A burst never hides an entry: every new entry of a case is listed, dismissals first, over as many messages
of the case's thread as Slack's limits need, on both databases, through slack-sdk to the fake Slack API.

The docket is WDWA's real docket report of United States v. Stephens (2:15-cr-00099), its newest entries
withheld from the first poll; the clerk's order dismissing the appeal is added after its last entry.
"""

from __future__ import annotations

import json
import re

import pytest

from bot.cli import main
from tests.fakes.slack_api import FakeSlack
from tests.support.feeds import FIXTURES, ChangingFeed

DOCKET = (FIXTURES / "html_docket" / "pacer_wawd.html").read_bytes()
ROWS = re.findall(rb"<tr><td width='94' valign=top nowrap>.*?</tr>\n", DOCKET)  # entries 119 to 130
CLERK_ORDER = (
    b"<tr><td width='94' valign=top nowrap>01/10/2018</td><td style='white-space:nowrap' valign='top' "
    b"align='right'><a href=\"https://ecf.wawd.uscourts.gov/doc1/19717826504\" onClick=\"goDLS('/doc1/19717826504',"
    b"'212636','396','','1','1','','');return(false);\">131</a>&nbsp;</td><td valign=top>CLERK ORDER of USCA "
    b"(17-30248) as to David Stephens: Appellant has not paid the docketing and filing fees nor moved to proceed "
    b"in forma pauperis; the appeal is DISMISSED for failure to prosecute. This order served on the district court "
    b"shall act as and for the mandate of this court. (CS) (Entered: 01/10/2018)</td></tr>\n"
)

CONFIG = """\
sources:
  - id: stephens
    kind: html_docket
    preset: pacer_docket
    url: {url}
subscriptions:
  - channel: "#stephens"
    sources: [stephens]
    events: [motion, dismissal, order, judgment, hearing, charge, plea, appearance, other]
"""


def docket_with(rows: list[bytes]) -> bytes:
    return DOCKET.replace(b"".join(ROWS), b"".join(rows))


@pytest.fixture
def docket(httpserver, use_config, database_url):
    page = ChangingFeed(httpserver, DOCKET, "/cgi-bin/DktRpt.pl")
    use_config(CONFIG.format(url=page.url), database_url)
    return page


def burst_of(docket: ChangingFeed, new: int, monkeypatch, capsys) -> list[dict]:
    """What Slack receives when `new` entries (the last the clerk's order) follow a baseline poll."""
    assert 0 < new - 1 <= len(ROWS) - 1 and b"".join(ROWS) in DOCKET
    with FakeSlack() as slack:
        monkeypatch.setenv("SLACK_BOT_TOKEN", slack.token)
        monkeypatch.setenv("SLACK_API_URL", slack.base_url)
        docket.body = docket_with(ROWS[: len(ROWS) - (new - 1)])
        assert main(["check"]) == 0
        docket.body = docket_with([*ROWS, CLERK_ORDER])
        assert main(["check"]) == 0, capsys.readouterr().out
        return list(slack.messages)


def shown(message: dict) -> str:
    """The text a reader sees in a message: every text of its blocks."""
    blocks = message["blocks"] if isinstance(message["blocks"], list) else json.loads(message["blocks"])
    return "\n".join(
        element["text"]
        for block in blocks
        for element in ([block["text"]] if "text" in block else block.get("elements", []))
    )


def numbers_in(text: str) -> list[int]:
    return [int(number) for number in re.findall(r"No\. (\d+) ·", text)]


def test_a_burst_of_nine_lists_every_entry_the_dismissal_first(docket, monkeypatch, capsys):
    [message] = burst_of(docket, 9, monkeypatch, capsys)
    text = shown(message)
    assert numbers_in(text) == [131, *range(123, 131)]
    assert "*9 new entries*" in text and "the appeal is DISMISSED" in text
    assert all(len(block["text"]["text"]) <= 3000 for block in message["blocks"] if block["type"] == "section")


def test_a_burst_of_twelve_goes_on_in_the_thread(docket, monkeypatch, capsys):
    first, second = burst_of(docket, 12, monkeypatch, capsys)
    # dismissals first (the mandate dismissing the earlier appeals, then the clerk's order), then the docket's order
    assert numbers_in(shown(first)) == [121, 131, 120, *range(122, 129)] and numbers_in(shown(second)) == [129, 130]
    assert "*12 new entries* (message 1 of 2)" in shown(first) and first["thread_ts"] is None
    assert "*12 new entries*, continued (message 2 of 2)" in shown(second) and ":x:" not in shown(second)
    assert second["text"] == "12 new entries (2 of 2): United States v. Stephens (2:15-cr-00099, W.D. Wash.)"
    assert second["thread_ts"] == first["ts"] and not second["reply_broadcast"]
    assert first["text"].startswith("12 new entries (1 of 2): Dismissal, Motion, Order, Filing: United States v.")
    for message in (first, second):
        assert len(message["blocks"]) <= 50
        assert all(len(block["text"]["text"]) <= 3000 for block in message["blocks"] if block["type"] == "section")
