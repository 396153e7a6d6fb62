"""How a user calls the bot: messages that tell them what to run name the command as they typed it."""

import sys
from pathlib import Path


def command_name() -> str:
    """`docketbot` when this process is the installed command, else `python -m bot`."""
    return "docketbot" if Path(sys.argv[0]).name == "docketbot" else "python -m bot"
