"""Runs `python -m bot ARGS...` in step with other processes: `start_together.py DIR ARGS...`.

Imports the bot, writes DIR/ready-<pid>, waits until DIR/go exists, then runs the command, so that
processes started by a test open the store at the same moment however long each took to start.
"""

import os
import sys
import time
from pathlib import Path

from bot.cli import main

if __name__ == "__main__":
    meeting = Path(sys.argv[1])
    (meeting / f"ready-{os.getpid()}").touch()
    while not (meeting / "go").exists():
        time.sleep(0.005)
    sys.exit(main(sys.argv[2:]))
