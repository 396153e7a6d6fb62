"""`/docket check`, `why` and `recent` take a state court's docket number, as `/docket follow` does, and answer
about that case only: signed slash commands to the bot's web app, a real store on both databases, real Texas
appellate and Georgia Odyssey case pages served over a local socket, the fake Slack."""

from __future__ import annotations

import pytest

from tests import test_slack_commands as commands
from tests.support.feeds import FIXTURES, ChangingFeed
from tests.test_texas_courts import page_with

# the fixtures of the /docket tests (the store, the signed endpoint), with this module's `environ`
app, docket = commands.app, commands.docket

TEXAS_PAGE = (FIXTURES / "texas_courts" / "coa_01-18-00277-CR.html").read_bytes()
# the next case of the same court and year: the same page with the other number (a case the bot read as "01-18")
NEXT_CASE_PAGE = TEXAS_PAGE.replace(b"01-18-00277-CR", b"01-18-00278-CR")
DEKALB_PAGE = (FIXTURES / "odyssey" / "ga_dekalb_17D22499.html").read_bytes()
CONFIG = """\
sources:
  - id: coa01
    kind: texas_courts
    url: {coa01}
  - id: coa01-next
    kind: texas_courts
    url: {coa01_next}
  - id: dekalb
    kind: odyssey
    url: {dekalb}
    cases: ["17D22499"]
subscriptions:
  - channel: "#{channel}"
    sources: ["*"]
    events: [order, judgment]
"""


@pytest.fixture
def pages(httpserver):
    return {
        "coa01": ChangingFeed(httpserver, TEXAS_PAGE, path="/coa01/01-18-00277-CR"),
        "coa01_next": ChangingFeed(httpserver, NEXT_CASE_PAGE, path="/coa01/01-18-00278-CR"),
        "dekalb": ChangingFeed(httpserver, DEKALB_PAGE, path="/Portal/Case/CaseDetail/17D22499"),
    }


@pytest.fixture
def environ(use_config, database_url, slack, pages):
    urls = {name: page.url for name, page in pages.items()}
    config = use_config(CONFIG.format(channel=commands.CHANNEL_NAME, **urls), database_url, slack=slack)
    return {
        "DOCKETBOT_CONFIG": str(config),
        "DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": slack.token,
        "SLACK_API_URL": slack.base_url,
        "SLACK_SIGNING_SECRET": commands.SECRET,
    }


@pytest.fixture
def polled(app, docket):
    """Each source polled once (its baseline: every entry recorded, none posted)."""
    for source in app.config.sources:
        assert app.poll(source).baseline
    return docket


def test_why_a_texas_appeal_answers_about_that_case_not_the_next_one_of_its_court_and_year(polled):
    lines = polled.send("why 01-18-00277-CR")["text"].splitlines()
    assert lines[0] == "The newest 5 entries of 01-18-00277-CR:"
    titles = [line for line in lines if line.startswith("*")]
    assert len(titles) == 5
    assert all("(01-18-00277-CR, " in title and title.endswith("(`coa01`)") for title in titles)
    assert "• not posted here: the source's first poll recorded it as its baseline, which posts nothing " \
           "[every source: order, judgment; config file]" in lines


def test_recent_takes_the_case_however_written_and_an_odyssey_number(polled):
    lines = polled.send("recent 01-18-277-cr")["text"].splitlines()
    assert lines[0] == "The last 10 entries of 01-18-277-cr, newest first:"
    assert all(line.endswith("(`coa01`) · _not posted here (first poll)_") for line in lines[1:-1])
    dekalb = polled.send("recent 17D22499")["text"].splitlines()
    assert dekalb[0].startswith("The last ") and dekalb[0].endswith(" entries of 17D22499, newest first:")
    assert all("(`dekalb`)" in line for line in dekalb[1:-1])


@pytest.mark.parametrize(("command", "answer"), [
    ("why 01-18-00299-CR", "No entry of 01-18-00299-CR was seen by any source."),
    ("recent C-2302", "No entry of C-2302 was seen by any source."),
    ("why Baldwin", "`Baldwin` is not a docket number of any court, such as `1:18-cv-03365`, `01-23-00123-CV` or "
                    "`17D22499`."),
])
def test_a_case_never_seen_or_no_docket_number_is_said_to_be_so(polled, command, answer):
    assert polled.send(command)["text"] == answer


def test_check_a_state_case_polls_the_source_that_lists_it_and_reports_that_case(app, docket, slack, pages):
    pages["coa01"].body = page_with("coa_01-18-00277-CR", lambda tbody: tbody.tr.extract())  # before the mandate
    pages["coa01_next"].body = page_with("coa_01-18-00277-CR", lambda tbody: tbody.tr.extract()).replace(
        b"01-18-00277-CR", b"01-18-00278-CR")
    for source in app.config.sources:
        assert app.poll(source).baseline
    pages["coa01"].body, pages["coa01_next"].body = TEXAS_PAGE, NEXT_CASE_PAGE
    before = {name: page.requests for name, page in pages.items()}

    assert docket.send("check 01-18-00277-CR")["text"] == "Checking `01-18-00277-CR`… (1 source(s); the answer comes here)"
    [found] = slack.wait_for_responses(1)
    coa01, entry, delivered = found["text"].splitlines()
    assert coa01.startswith("• `coa01` ok  1 new of ") and coa01.endswith("; 1 new in 01-18-00277-CR")
    assert entry.strip() == "01-18-00277-CR: Mandate issued"
    assert delivered == "Delivered 1 post(s)."
    assert {name: page.requests - before[name] for name, page in pages.items()} == {
        "coa01": 1, "coa01_next": 0, "dekalb": 0}
    [post] = [message["text"] for message in slack.messages]
    assert "01-18-00277-CR" in post and "01-18-00278-CR" not in post


def test_check_an_odyssey_number_polls_the_source_whose_cases_name_it(app, docket, slack, pages):
    assert docket.send("check 17d22499")["text"] == "Checking `17d22499`… (1 source(s); the answer comes here)"
    [found] = slack.wait_for_responses(1)
    assert found["text"].splitlines()[0].startswith("• `dekalb` baseline")
