"""Shared fixtures for the store tests (tests/store_fixtures.py): a clock, and a prepared empty database
copied per test."""

from store_fixtures import backup_folder, clock, db_file, empty_db_template, store

__all__ = ["backup_folder", "clock", "db_file", "empty_db_template", "store"]
