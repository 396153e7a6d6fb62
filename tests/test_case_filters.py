"""Case filters mean the case: a docket number in `cases:` (or /docket follow) matches its case in any spelling a
court uses, never another division's case with the same year and number; `check` says when a number written
without its office matched two cases."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import App
from bot.cli import main
from bot.config import Subscription
from bot.core.dockets import ambiguous, same_docket
from bot.core.entry import Entry
from tests.support.feeds import ChangingFeed


@pytest.mark.parametrize(
    ("wanted", "found", "same"),
    [
        ("2:23-cv-00452", "2:23-cv-00452-DJC-DB", True),  # judges' initials
        ("2:23-cv-00452", "2:23-cv-452", True),  # leading zeros
        ("2:23-cv-00452", "23-cv-452", True),  # a court that leaves the office out
        ("2:23-cv-00452", "02:23-cv-00452", True),
        ("2:23-cv-00452", "2:2023-cv-00452", True),
        ("2:23-cv-00452", "3:23-cv-00452", False),  # another division's case
        ("2:23-cv-00452", "1:23-cv-00452-ADA-SAB", False),
        ("2:23-cv-00452", "2:23-cr-00452", False),
        ("2:23-cv-00452", "2:22-cv-00452", False),
        ("23-cv-452", "3:23-cv-00452-ABC", True),  # the short form matches any office
        ("23-cv-452", "2:23-cv-00452", True),
        ("8-18-71234", "8-18-71234-reg", True),  # E.D.N.Y.'s bankruptcy office, with a dash
        ("8-18-71234", "9-18-71234", False),
    ],
)
def test_a_docket_number_matches_its_case_in_any_spelling_and_no_other(wanted, found, same):
    assert same_docket(wanted, found) is same


def case_entry(case_number: str, court: str = "caed") -> Entry:
    return Entry("caed", f"k{case_number}", case_number, "Doe v. County of Sacramento", court, "Complaint")


def test_a_subscription_to_a_case_wants_that_case_only():
    subscription = Subscription(channel="#c", cases=["2:23-cv-00452"], events=["charge"])
    assert subscription.wants(case_entry("2:23-cv-00452-DJC-DB"), ("charge",))
    assert not subscription.wants(case_entry("1:23-cv-00452-ADA-SAB"), ("charge",))


def test_a_short_form_that_matched_two_cases_is_named_with_both():
    entries = [case_entry("2:23-cv-00452-DJC-DB"), case_entry("1:23-cv-00452-ADA-SAB"), case_entry("2:23-cv-452")]
    assert ambiguous(["23-cv-452"], entries) == [
        '"23-cv-452" matches 2 cases: 1:23-cv-00452-ADA-SAB, 2:23-cv-00452-DJC-DB; write the one you mean in full '
        '(e.g. "1:23-cv-00452-ADA-SAB")'
    ]
    assert ambiguous(["2:23-cv-00452"], entries) == []  # a full number is never in doubt
    assert ambiguous(["23-cv-452"], entries[::2]) == []  # one case, spelt with and without its office


ITEM = """<item>
<title>{number} {name}</title>
<link>https://ecf.caed.uscourts.gov/cgi-bin/DktRpt.pl?{case_id}</link>
<description>[Complaint] (&#x3C;a href=&#x22;https://ecf.caed.uscourts.gov/doc1/03316{case_id}?caseid={case_id}&#x26;de_seq_num=4&#x22; &#x3E;1&#x3C;/a&#x3E;)</description>
<guid isPermaLink="true">https://ecf.caed.uscourts.gov/cgi-bin/DktRpt.pl?{case_id}&#x26;4</guid>
<pubDate>Tue, 14 Mar 2023 {time} GMT</pubDate>
</item>
"""


def feed(*items: tuple[str, str, str, str]) -> bytes:
    body = "".join(ITEM.format(number=n, name=name, case_id=case_id, time=t) for n, name, case_id, t in items)
    return (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0">\n<channel>\n'
        "<title>Eastern District of California - Recent Entries</title>\n<link>https://ecf.caed.uscourts.gov</link>\n"
        f"{body}</channel>\n</rss>\n"
    ).encode("iso-8859-1")


OLD = ("2:22-cv-01999-KJM-AC", "Smith v. Jones", "420001", "16:00:00")
SACRAMENTO = ("2:23-cv-00452-DJC-DB", "Doe v. County of Sacramento", "425050", "17:01:02")
FRESNO = ("1:23-cv-00452-ADA-SAB", "Roe v. Fresno Unified School District", "425051", "17:03:04")

CONFIG = """\
sources:
  - id: caed
    kind: pacer_rss
    url: {url}
    cases: [{cases}]
subscriptions:
  - channel: "#cases"
    events: [charge]
"""


def check_with(use_config, capsys, database_url, served: ChangingFeed, cases: str) -> list[str]:
    """The lines `check` prints on the poll after the baseline, once the two complaints are filed."""
    use_config(CONFIG.format(url=served.url, cases=cases), database_url)
    assert main(["check"]) == 0
    served.body = feed(OLD, SACRAMENTO, FRESNO)
    capsys.readouterr()
    assert main(["check"]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.fixture
def served(httpserver) -> ChangingFeed:
    return ChangingFeed(httpserver, feed(OLD))


def test_a_full_number_posts_its_case_and_not_the_other_divisions(use_config, capsys, database_url, served):
    out = check_with(use_config, capsys, database_url, served, '"2:23-cv-00452"')
    posts = [line for line in out if line.startswith("Complaint: ")]
    assert posts == ["Complaint: Doe v. County of Sacramento (2:23-cv-00452, E.D. Cal.)"]
    assert not any("WARNING" in line for line in out)


def test_check_warns_when_a_short_form_matched_two_cases(use_config, capsys, database_url, served):
    out = check_with(use_config, capsys, database_url, served, '"23-cv-452"')
    posts = sorted(line for line in out if line.startswith("Complaint: "))
    assert posts == ["Complaint: Doe v. County of Sacramento (2:23-cv-00452, E.D. Cal.)",
                     "Complaint: Roe v. Fresno Unified School District (1:23-cv-00452, E.D. Cal.)"]
    assert [line.strip() for line in out if "WARNING" in line] == [
        'WARNING cases: "23-cv-452" matches 2 cases: 1:23-cv-00452, 2:23-cv-00452; write the one you mean in full '
        '(e.g. "1:23-cv-00452")'
    ]


def test_check_warns_when_a_followed_short_form_matched_two_cases(use_config, capsys, database_url, served):
    config = use_config(CONFIG.format(url=served.url, cases=""), database_url)
    app = App.from_env({"DOCKETBOT_CONFIG": str(config), "DATABASE_URL": database_url})
    app.store.add_subscription(Subscription(channel="#newsroom", cases=["23-cv-452"]), created_by="U1",
                               now=datetime.now(UTC))  # as /docket follow 23-cv-452 makes it
    app.close()
    out = check_with(use_config, capsys, database_url, served, "")
    assert [line.strip() for line in out if "WARNING" in line] == [
        'WARNING subscriptions\' cases: "23-cv-452" matches 2 cases: 1:23-cv-00452, 2:23-cv-00452; write the one '
        'you mean in full (e.g. "1:23-cv-00452")'
    ]
