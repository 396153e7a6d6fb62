"""Notifiers: where posts go (Slack, the console, Apprise), one small module each behind one contract (base.py);
they render and send, nothing else."""
