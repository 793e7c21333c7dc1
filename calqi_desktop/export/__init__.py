"""Exports: domain objects in, bytes out (PDF, CSV, ZIP). No Qt."""
