"""The errors the use-cases raise, for the screens and the CLI to turn into words.

A store failure (a full or read-only disk, a damaged file) reaches the edges as `StoreError`, with a
plain `.message`; the screens import it from here, never from the store.
"""

from familysafe.store.errors import CorruptDatabase, StoreError

__all__ = ["CorruptDatabase", "StoreError"]
