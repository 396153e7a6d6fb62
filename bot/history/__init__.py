"""What the bot saw and why it posted or did not: the seen entries of a source or case (find.py), and for an
entry, per subscription, the post it got or the first reason it did not (why.py); the `why` and `entries`
commands print them (commands.py), `/docket why` and `/docket recent` answer them in Slack
(notifiers/slack/history.py)."""
