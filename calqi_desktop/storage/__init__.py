"""Storage layer: the vault (SQLCipher + keyslots), SQLAlchemy models, migrations."""
