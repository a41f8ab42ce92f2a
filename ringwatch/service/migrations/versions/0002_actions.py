"""Enforcement actions: actions, their subjects and items, their history, the webhook outbox.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("target_kind", sa.String(16), nullable=False),
        sa.Column("target", sa.String(512), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("run_id", sa.String(64), nullable=False),
        sa.Column("requested_by", sa.String(64), nullable=False),
        sa.Column("requested_at", sa.DateTime, nullable=False),
        sa.Column("approved_by", sa.String(64), nullable=True),
        sa.Column("approved_at", sa.DateTime, nullable=True),
        sa.Column("rejected_by", sa.String(64), nullable=True),
        sa.Column("executed_at", sa.DateTime, nullable=True),
        sa.Column("undone_by", sa.String(64), nullable=True),
        sa.Column("undone_at", sa.DateTime, nullable=True),
        sa.Column("undo_reason", sa.Text, nullable=True),
    )
    op.create_index("actions_status", "actions", ["status"])
    op.create_index("actions_target", "actions", ["target_kind", "target"])
    op.create_table(
        "action_subjects",
        sa.Column("action_id", sa.Integer, sa.ForeignKey("actions.id"), primary_key=True),
        sa.Column("subject_id", sa.String(128), primary_key=True),
    )
    op.create_index("action_subjects_subject", "action_subjects", ["subject_id"])
    op.create_table(
        "action_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("action_id", sa.Integer, sa.ForeignKey("actions.id"), nullable=False),
        sa.Column("item_kind", sa.String(16), nullable=False),
        sa.Column("subject_id", sa.String(128), nullable=True),
        sa.Column("device_id", sa.String(512), nullable=True),
        sa.Column("value_kind", sa.String(32), nullable=True),
        sa.Column("value", sa.String(1024), nullable=True),
        sa.Column("subjects", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_action_items_action_id", "action_items", ["action_id"])
    op.create_table(
        "action_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("action_id", sa.Integer, sa.ForeignKey("actions.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("event", sa.String(24), nullable=False),
        sa.Column("user", sa.String(64), nullable=False),
        sa.Column("reason", sa.Text, nullable=False, server_default=""),
        sa.Column("detail", sa.Text, nullable=False, server_default=""),
        sa.Column("status_code", sa.Integer, nullable=True),
    )
    op.create_index("ix_action_events_action_id", "action_events", ["action_id"])
    op.create_table(
        "action_deliveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("action_id", sa.Integer, sa.ForeignKey("actions.id"), nullable=False),
        sa.Column("event", sa.String(16), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_at", sa.Float, nullable=False, server_default="0"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_status", sa.Integer, nullable=True),
        sa.Column("last_error", sa.Text, nullable=True),
    )
    op.create_index("ix_action_deliveries_action_id", "action_deliveries", ["action_id"])
    op.create_index("action_deliveries_state", "action_deliveries", ["state"])


def downgrade() -> None:
    for table in ("action_deliveries", "action_events", "action_items", "action_subjects", "actions"):
        op.drop_table(table)
