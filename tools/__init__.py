"""Converters from public data sets to the import CSV (docs/real-data.md); not part of the package."""
