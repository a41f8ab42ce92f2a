"""`ringwatch serve`: the analyst service over a scan's output folder.

One process: a REST API (`api.py`) and a web UI (`ui.py`) read the current scan's workspace
(`workspace.py`, read-only) and keep what people do — users, API tokens, judgements and the
audit log — in the service store (`store.py`: SQLite by default, PostgreSQL by URL).
"""
