"""schemathesis against the real app: every operation of /openapi.json, generated requests.

The app serves an SQLite store holding a few articles written here, through the ASGI transport
(no network). For each operation schemathesis generates requests from the OpenAPI document, valid
and invalid, and checks that no response is a server error, that every response's status code and
content type are documented, and that its body conforms to the documented schema. Writes carry the
bearer token, so ``POST /api/articles`` really extracts and stores.

``FRONTWIRE_FUZZ_API_EXAMPLES`` sets the examples per operation (default 25, a minute or two);
see docs/reliability.md for a longer run.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from frontwire.api import extract
from frontwire.store import Store
from frontwire.web import create_app

EXAMPLES = int(os.environ.get("FRONTWIRE_FUZZ_API_EXAMPLES", "25"))
TOKEN = "fuzzing token"

ARTICLES = [
    dict(id="kidal-1", date="2024-02-11", outlet="Sahel Wire", title="Clashes near Kidal",
         text="Rebels and soldiers clashed near the town of Kidal on Saturday, killing four people, "
              "a local official said.\n\n\"We heard gunfire all night,\" said Aminata Traore, a teacher."),
    dict(id="kidal-2", date="2024-02-12", outlet="Desert Post", title="Fighting in Kidal",
         text="Soldiers and rebels fought near Kidal on Saturday, residents said. Four people died."),
    dict(id="tunis-1", date="2024-05-03", outlet="Coast News", title="Protest in Tunis",
         text="Thousands of people protested in Tunis on Thursday against rising bread prices, "
              "organisers said."),
]  # fmt: skip


#: every operation of /openapi.json (a test checks the list is complete)
OPERATIONS = [
    ("GET", "/api/articles"),
    ("POST", "/api/articles"),
    ("GET", "/api/articles/{article_id}"),
    ("POST", "/api/extract"),
    ("GET", "/api/events"),
    ("GET", "/api/events.geojson"),
    ("GET", "/api/points"),
    ("GET", "/api/events.csv"),
    ("GET", "/api/events/{event_id}"),
    ("GET", "/api/places"),
    ("GET", "/api/actors"),
    ("GET", "/api/control"),
    ("GET", "/api/quotes"),
    ("GET", "/api/brief"),
    ("GET", "/api/meta"),
]
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The OpenAPI schema of an app over a store holding ARTICLES, served through ASGI."""
    url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'store.db'}"
    with Store(url) as store:
        for a in ARTICLES:
            store.ingest(extract(a["text"], **{k: v for k, v in a.items() if k != "text"}))
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(url, token=TOKEN))


def test_every_operation_is_fuzzed(api: Any) -> None:
    found = {(r.ok().method.upper(), r.ok().path) for r in api.get_all_operations()}
    assert found == set(OPERATIONS)


# (schemathesis's own pytest integration, `from_fixture`, does not run under pytest 9: the
# operations are listed here and each is driven through hypothesis directly)
# an operation whose only parameter is a path string (or none) has no invalid request to generate
NO_INVALID = {("GET", "/api/articles/{article_id}"), ("GET", "/api/events/{event_id}"), ("GET", "/api/meta")}
CASES = [
    pytest.param(method, path, mode, id=f"{method} {path} {mode.value}")
    for method, path in OPERATIONS
    for mode in GenerationMode
    if mode is GenerationMode.POSITIVE or (method, path) not in NO_INVALID
]


# (schemathesis's own pytest integration, `from_fixture`, does not run under pytest 9: the
# operations are listed here and each is driven through hypothesis directly)
@pytest.mark.parametrize(("method", "path", "mode"), CASES)
def test_every_operation_answers_within_its_schema(
    api: Any, method: str, path: str, mode: GenerationMode
) -> None:
    operation = api[path][method]
    calls: list[int] = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.generate, Phase.shrink],  # no example database: runs are repeatable
        database=None,
    )
    def run(case: schemathesis.Case) -> None:
        # writes carry the token, so POST /api/articles really extracts and stores
        case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=CHECKS)
        calls.append(1)

    run()
    assert calls  # something was sent
    print(f"{method} {path} {mode.value}: {len(calls)} requests")  # shown with -s (long runs)
