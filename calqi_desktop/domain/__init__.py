"""Domain layer: enums, value objects, rules and errors. No Qt, no SQLAlchemy."""
