from pathlib import Path

import duckdb
import pytest

from tapsite_pipeline import store
from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.models import Intent
from tapsite_pipeline.prompting.files import get_prompt, load_prompt_file, load_prompts

GOOD = Path(__file__).resolve().parent.parent / "prompts" / "intent" / "v1.yaml"



def test_a_template_without_jinja_syntax_renders_as_jinja_would_and_one_with_syntax_per_input():
    from tapsite_pipeline.prompting.files import _compiled, _static
    for source in ("You read briefs.\nAnswer in JSON.\n", "Plain {text} with braces } and 100% {{", "A\r\nB"):
        expected = _compiled(source).render() if "{{" not in source else None
        assert _static(source) == expected
    p = get_prompt("intent")
    a = p.render({"brief": "Toko Ani", "brand_name": None, "language": None})
    b = p.render({"brief": "Warung Budi", "brand_name": None, "language": "en"})
    assert a[0] == b[0] == _compiled(p.system).render() and a[1] != b[1] and "Warung Budi" in b[1]

def test_every_shipped_prompt_loads_and_renders():
    prompts = load_prompts()
    assert {"intent", "content_section", "seo", "image_prompt"} <= set(prompts)
    p = get_prompt("intent")
    system, user = p.render({"brief": "Toko {{ 7*7 }} <b>Ani</b>", "brand_name": None, "language": None})
    assert "Toko {{ 7*7 }} <b>Ani</b>" in user and "49" not in user
    assert p.model.startswith("offline:") and len(p.content_hash) == 16


@pytest.mark.parametrize("mutate, field", [
    (lambda s: s.replace("model: offline:rules", "model: gpt"), "model"),
    (lambda s: s.replace("output_schema: Intent", "output_schema: Nope"), "output_schema"),
    (lambda s: s.replace("temperature: 0.0", "temperature: 9"), "temperature"),
    (lambda s: s.replace("max_items: 10", "max_itemz: 10"), "validation"),
    (lambda s: s.replace("version: 1\n", ""), "version"),
])
def test_loader_names_file_and_field(tmp_path, mutate, field):
    (tmp_path / "intent").mkdir()
    bad = tmp_path / "intent" / "v9.yaml"
    bad.write_text(mutate(GOOD.read_text()))
    with pytest.raises(ConfigError) as e:
        load_prompt_file(bad)
    assert str(bad) in str(e.value) and field in str(e.value)


def test_validation_rules_are_applied_to_outputs():
    p = get_prompt("intent")
    ok = Intent(business_type="retail", industry="fashion", brand_name="Butik Sari", language="id")
    assert p.check(ok) == []
    rules = {**p.validation, "products": {"max_items": 1}}
    strict = p.model_copy(update={"validation": rules})
    assert strict.check(ok.model_copy(update={"products": ["a", "b"]})) == ["products has 2 > 1"]



def test_output_rules_read_nested_lists_enums_and_fields_the_schema_lacks():
    from tapsite_pipeline.models import Fact
    p = get_prompt("intent")
    rules = {"facts": {"max_items": 1}, "tone": {"enum": ["calm", "bold"]}, "brand_name": {"max_length": 6},
             "location": {"min_length": 3}, "no_such_field": {"min_length": 1, "enum": ["x"]}}
    strict = p.model_copy(update={"validation": rules})
    out = Intent(business_type="services", industry="laundry", brand_name="Cuci Kilat", language="id",
                 tone="elegant", facts=[Fact(kind="hours", value="08.00-20.00"), Fact(kind="since", value="2019")])
    assert strict.check(out) == ["facts has 2 > 1", "tone='elegant' not in ['calm', 'bold']", "brand_name has 10 > 6",
                                 "no_such_field=None not in ['x']"]
    assert strict.check(out.model_copy(update={"facts": [], "tone": "calm", "brand_name": "Cuci",
                                               "location": "Solo"})) == ["no_such_field=None not in ['x']"]

def test_migrations_apply_once_and_are_recorded(tmp_path):
    db = tmp_path / "t.duckdb"
    con = duckdb.connect(str(db))
    assert store.migrate(con)[0] == "create_core_tables"
    assert store.migrate(con) == []
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"websites", "templates", "ai_generation_logs", "deployments", "schema_migrations"} <= tables
    con.close()
