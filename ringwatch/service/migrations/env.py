"""Alembic environment: always run from `ringwatch.service.store.migrate` with a connection."""

from alembic import context

from ringwatch.service.store import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
