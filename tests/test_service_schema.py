"""Schemathesis against the analyst service's OpenAPI spec: every operation, fed generated
requests (as an admin, the role that reaches every endpoint), never answers with a server
error, and its successful answers match the documented schema."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from typer.testing import CliRunner

from ringwatch.cli import app as cli
from ringwatch.service.app import create_app
from ringwatch.service.security import add_user, create_token
from ringwatch.service.store import Store, store_url

runner = CliRunner()
TOKEN: dict[str, str] = {}


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    root = tmp_path_factory.mktemp("schema")
    assert runner.invoke(cli, ["synth", str(root / "case"), "--subjects", "300", "--seed", "5"]).exit_code == 0
    result = runner.invoke(cli, ["scan", str(root / "case" / "bundle"), "--out", str(root / "out"), "--quiet"])
    assert result.exit_code in (0, 1), result.output
    store = Store(store_url(root / "out"))
    add_user(store, "root", "correct horse battery", "admin")
    TOKEN["admin"] = create_token(store, "root")
    return schemathesis.openapi.from_asgi("/api/openapi.json", create_app(root / "out"))


def test_api_conforms_to_its_spec(api_schema):
    conformance = schemathesis.checks.CHECKS.get_by_names(["response_schema_conformance"])[0]
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 10

    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            response = case.call(headers={"Authorization": f"Bearer {TOKEN['admin']}"})
            assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:300])
            if response.status_code == 200 and "json" in response.headers.get("content-type", ""):
                case.validate_response(response, checks=[conformance])

        check()
