"""Use cases: permission check, the change and its audit event in one transaction. No Qt."""
