"""Posts people read: what happened in words, the case and its court by common name, links labelled for what
they are, and scraped text that never turns into Slack formatting. Inputs are real feed items and docket texts."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.core.courts import midnight
from bot.core.digest import DAILY, Digest
from bot.core.entry import Entry
from bot.core.post import Item, Post
from bot.pipeline.classify import classify
from notifiers.console import format_post
from notifiers.plain import digest_text
from notifiers.slack.render import EMOJI, render
from notifiers.wording import case_kind, headline
from scrapers.texas_courts import TexasCourts, TexasCourtsSettings

FIXTURES = Path(__file__).parent / "fixtures" / "pacer_rss"


def feed_entry(feed: str, case_number: str, text: str) -> Entry:
    """The entry of a golden feed (as its parser gives it) with this case number and text."""
    entries = json.loads((FIXTURES / f"{feed}.expected.json").read_text(encoding="utf-8"))
    data = next(e for e in entries if e["case_number"] == case_number and e["text"] == text)
    return Entry.from_json(data)


def shown(post: Post) -> tuple[str, list[str]]:
    text, blocks = render(post)
    return text, [block["text"]["text"] if "text" in block else block["elements"][0]["text"] for block in blocks]


def test_an_rss_motion_named_by_its_relief_is_posted_as_the_motion_it_is():
    entry = feed_entry("sdny_1", "1:17-cv-05839", "Dismiss")  # <description>[Dismiss] (... 59 ...)</description>
    text, (section, context) = shown(Post("#c", entry, classify(entry.text)))
    assert text == "Motion to Dismiss: Yunus v. Lewis-Robinson (1:17-cv-05839, S.D.N.Y.)"
    assert section == ":page_facing_up: *Motion to Dismiss*\n*Yunus v. Lewis-Robinson* · 1:17-cv-05839 · S.D.N.Y."
    assert context == (
        "filed 2018-04-17 19:46 EDT · No. 59 · "
        "<https://ecf.nysd.uscourts.gov/doc1/127122264326?caseid=478472&amp;de_seq_num=294|Document> · "
        "<https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?478472|Docket>"
    )


@pytest.mark.parametrize(
    ("relief", "name"),
    [
        ("Extension of Time to File Answer", "Motion for Extension of Time to File Answer"),
        ("In Limine", "Motion in Limine"),
        ("Appear Pro Hac Vice", "Motion to Appear Pro Hac Vice"),
        ("Leave to File Document", "Motion for Leave to File Document"),
        ("Compel AND Discovery", "Motion to Compel, Motion for Discovery"),
    ],
)
def test_each_relief_of_sdnys_feed_gets_its_motions_full_name(relief, name):
    entry = replace(feed_entry("sdny_1", "1:17-cv-05839", "Dismiss"), text=relief)
    assert headline(classify(relief), entry) == name


def test_a_bankruptcy_courts_items_name_the_court_and_what_was_filed():
    complaint = feed_entry("nysb", "24-01045", "Complaint")
    text, _ = shown(Post("#c", complaint, classify(complaint.text)))
    assert text == "Complaint: Bellweather Textiles, Inc. v. Loomis Supply Co. (24-01045, Bankr. S.D.N.Y.)"
    dismissed = next(e for e in map(Entry.from_json, json.loads((FIXTURES / "nysb.expected.json").read_text()))
                     if e.text == "Order Dismissing Case")
    assert shown(Post("#c", dismissed, classify(dismissed.text)))[1][0].startswith(
        ":x: :scales: *Order Dismissing Case*\n")


CIVIL_COMPLAINT = ("COMPLAINT against GOOGLE LLC filed by UNITED STATES OF AMERICA. (Attachments: # 1 Civil Cover "
                   "Sheet, # 2 Summons)(ztnr) (Entered: 10/20/2020)")
FEE = "Filing fee: $ 402, receipt number 0090-7193520. (Entered: 10/20/2020)"  # names no filing
INDICTMENT = "INDICTMENT as to Alexander R. Baldwin, III (1) count(s) 1, 2. (jm) (Entered: 01/19/2024)"


def docket_entry(case_number: str, case_name: str, text: str) -> Entry:
    return Entry("src", "k", case_number, case_name, "dcd", text, filed_at=midnight(date(2020, 10, 20), "dcd"))


def test_a_civil_complaint_is_a_complaint_and_never_a_charge():
    entry = docket_entry("1:20-cv-03010", "United States v. Google LLC", CIVIL_COMPLAINT)
    assert case_kind(entry) == "civil"
    assert headline(("charge",), entry) == "Complaint"
    # a civil case's charge whose text names no filing still reads "Complaint"
    assert headline(("charge",), replace(entry, text=FEE)) == "Complaint"
    assert "Charge" not in render(Post("#c", entry, ("charge",)))[0]


def test_a_criminal_charge_is_an_indictment_or_a_charge():
    entry = docket_entry("1:24-cr-00013", "United States v. Baldwin", INDICTMENT)
    assert case_kind(entry) == "criminal"
    assert headline(("charge",), entry) == "Indictment"
    assert headline(("charge",), replace(entry, text=FEE)) == "Charge"
    state = Entry("src", "k", "D-101-CR-2024-00013", "State of New Mexico v. Baldwin", "nm_d101", FEE)
    assert case_kind(state) == "criminal" and headline(("charge",), state) == "Charge"


@pytest.mark.parametrize(
    ("text", "events", "name"),
    [
        ("NOTICE OF VOLUNTARY DISMISSAL pursuant to F.R.C.P. 41(a)(1)(A)(i) filed by Natalie Juodele. (Entered: "
         "04/17/2018)", ("dismissal",), "Notice of Voluntary Dismissal"),
        ("ORDER granting 12 Motion to Dismiss for Failure to State a Claim. Signed by Judge Kevin P. Castel on "
         "9/5/2024. (ks)", ("dismissal", "order"), "Dismissal: Order granting Motion to Dismiss for Failure to State a Claim"),
        ("MEMO ENDORSEMENT on re: 12 Letter. ENDORSEMENT: The case is dismissed. (Signed by Judge X on 9/5/2024)",
         ("order", "dismissal"), "Dismissal: Memo Endorsement"),
        ("MOTION to Dismiss for Lack of Jurisdiction by Acme Corp. (Attachments: # 1 Exhibit A)", ("motion",),
         "Motion to Dismiss for Lack of Jurisdiction"),
        ("Minute Entry for proceedings held before Judge Jed S. Rakoff: Status Conference held on 9/5/2024.",
         ("hearing",), "Minute Entry"),
    ],
)
def test_a_docket_text_is_named_by_the_filing_it_records(text, events, name):
    assert headline(events, docket_entry("1:17-cv-09042", "Juodele v. Cable News Network LP, LLLP", text)) == name


def test_an_entry_without_a_document_has_no_document_link():
    docket = "https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?484113"
    entry = replace(docket_entry("1:17-cv-09042", "Juodele v. CNN", "Minute Entry"), url=docket, docket_url=docket)
    _, (_, context) = shown(Post("#c", entry, ("hearing",)))
    assert context == f"filed 2020-10-20 · <{docket}|Docket>"
    assert "Document" not in format_post(Post("#c", entry, ("hearing",)), "#c")


DEADLINE_STORY = Entry(
    source_id="deadline", key="https://deadline.com/2023/04/alec-baldwin-charges-dropped-1235333335/",
    case_number="", case_name="", court="Deadline",
    text="Alec Baldwin Involuntary Manslaughter Charges Dropped In ‘Rust’ Shooting Case — EXCLUSIVE: The "
         "involuntary manslaughter charges against Alec Baldwin are being dropped.",
    url="https://deadline.com/2023/04/alec-baldwin-charges-dropped-1235333335/", docket_url="https://deadline.com",
    filed_at=datetime(2023, 4, 20, 21, 5, tzinfo=UTC), case_key="rust-baldwin",
)


def test_a_news_post_names_the_story_and_the_outlet():
    text, (section, context) = shown(Post("#rust-case", DEADLINE_STORY, ("dismissal",)))
    assert text == ("Dismissal: Alec Baldwin Involuntary Manslaughter Charges Dropped In ‘Rust’ Shooting Case "
                    "(Deadline) — EXCLUSIVE: The involuntary manslaughter charges against Alec Baldwin are being "
                    "dropped.")
    assert section == (":x: *Dismissal* · Deadline\n*Alec Baldwin Involuntary Manslaughter Charges Dropped In ‘Rust’ "
                       "Shooting Case*\n\nEXCLUSIVE: The involuntary manslaughter charges against Alec Baldwin are "
                       "being dropped.")
    assert context == ("published 2023-04-20 21:05 UTC · "
                       "<https://deadline.com/2023/04/alec-baldwin-charges-dropped-1235333335/|Article> · "
                       "<https://deadline.com|Deadline>")
    assert "filed" not in text + section + context


def test_a_news_story_about_a_lawsuit_is_not_a_charge():
    sued = replace(DEADLINE_STORY, text="Halyna Hutchins’ family sues Alec Baldwin — The wrongful death lawsuit ...")
    assert render(Post("#c", sued, ("charge",)))[0].startswith("Lawsuit: Halyna Hutchins’ family sues")
    charged = replace(DEADLINE_STORY, text="Alec Baldwin To Be Charged With Involuntary Manslaughter — Prosecutors")
    assert render(Post("#c", charged, ("charge",)))[0].startswith("Charge: Alec Baldwin To Be Charged")


@pytest.mark.parametrize("name", ["In re *NSYNC_Tour ~2000~ `Holdings`", "Doe_1 v. *Roe* _et_ ~al~", "A*B_C~D`E"])
def test_a_case_name_is_shown_whole_whatever_it_holds(name):
    entry = docket_entry("1:20-cv-03010", name, CIVIL_COMPLAINT)
    text, (section, _) = shown(Post("#c", entry, ("charge",)))
    title = section.splitlines()[1]
    bold = title.split(" · ")[0]
    # the post's own bold is the only formatting: one pair of asterisks around the whole name
    assert bold.startswith("*") and bold.endswith("*") and bold.count("*") == 2
    assert not any(mark in bold[1:-1] + text for mark in "*_~`")
    shown_name = bold[1:-1].translate(str.maketrans("\u2217\u02cd\u223c\u02cb", "*_~`"))
    assert shown_name == name


TEXAS_CASE = Path(__file__).parent / "fixtures" / "texas_courts" / "coa_01-18-00277-CR.html"


def texas_entry(text: str) -> Entry:
    """The entry of the Texas appellate case page (as its scraper reads it) whose text is `text`."""
    url = "https://search.txcourts.gov/Case.aspx?cn=01-18-00277-CR&coa=coa01"
    source = TexasCourts(TexasCourtsSettings(id="tx", kind="texas_courts", url=url))
    return next(entry for entry in source.parse(TEXAS_CASE.read_bytes(), url) if entry.text == text)


def test_a_filing_that_was_not_filed_is_named_whole():
    entry = texas_entry("Motion for rehearing was not filed")
    events = classify(entry.text)
    _, (section, _) = shown(Post("#tx", entry, events))
    assert section.startswith(f"{EMOJI['other']} *Motion for rehearing was not filed*\n")
    digest = Digest("#tx", DAILY, datetime(2018, 11, 14, tzinfo=UTC), datetime(2018, 11, 15, tzinfo=UTC), "UTC",
                    ((Item(entry, events),),))
    _, body = digest_text(digest)
    assert body.splitlines()[-1] == "  • Motion for rehearing was not filed (filed 2018-11-14)"
    assert headline(("motion",), docket_entry("1:18-cv-00001", "A v. B", "Motion to Compel filed by A")) == (
        "Motion to Compel")  # a "filed" that says who filed it still ends the name


def test_the_emoji_follows_the_posts_event_types_not_the_words_of_its_name():
    entry = texas_entry("Motion for rehearing due")  # a deadline: the court's reminder, no motion
    events = classify(entry.text)
    assert events == ("other",)
    _, (section, _) = shown(Post("#tx", entry, events))
    assert section.startswith(f"{EMOJI['other']} *Motion for rehearing due*\n")
    _, (motion, _) = shown(Post("#tx", entry, ("motion",)))
    assert motion.startswith(f"{EMOJI['motion']} *Motion for rehearing due*\n")
