"""Importers: vendor exports (Okta, Entra ID, osquery, any CSV by a mapping) -> bundle tables.

`ringwatch import SOURCE FILES... --into BUNDLE`; see `ringwatch.importers.run.import_files`.
"""
