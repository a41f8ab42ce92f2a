"""Newcomers kept after screening, with their linkable values.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kept_subjects",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("subject_id", sa.String(256), nullable=False, unique=True),
        sa.Column("kept_at", sa.DateTime, nullable=False),
        sa.Column("kept_by", sa.String(64), nullable=False),
        sa.Column("run_id", sa.String(64), nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("employer_key", sa.String(512), nullable=True),
        sa.Column("home", sa.String(1024), nullable=True),
        sa.Column("payload", sa.Text, nullable=False),
    )
    op.create_table(
        "kept_keys",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kept_id", sa.Integer, sa.ForeignKey("kept_subjects.id"), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("value", sa.String(1024), nullable=False),
    )
    op.create_index("kept_keys_value", "kept_keys", ["value"])


def downgrade() -> None:
    op.drop_index("kept_keys_value", "kept_keys")
    op.drop_table("kept_keys")
    op.drop_table("kept_subjects")
