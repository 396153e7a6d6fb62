"""The docket monitoring bot: polls court and news sources, finds new filings, posts them to Slack."""

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/docketbot/docketbot"
