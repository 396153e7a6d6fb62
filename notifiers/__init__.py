"""Notifiers: where posts go (Slack, or the console), one small class each; they format and send, nothing else."""
