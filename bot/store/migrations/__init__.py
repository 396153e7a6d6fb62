"""Alembic migrations of the store's schema; bot/store/migrate.py runs them (see its docstring)."""
