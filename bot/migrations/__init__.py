"""Alembic migrations of the store's schema; bot/migrate.py runs them (see its docstring)."""
