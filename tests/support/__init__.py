"""Test helpers shared by several test modules (databases, servers, config files)."""
