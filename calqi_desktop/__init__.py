"""Calqi Desktop: encrypted client dossiers and privacy work for Calqi B.V."""

__version__ = "0.1.0"
APP_NAME = "Calqi Desktop"
