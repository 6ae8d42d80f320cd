"""Campaign assets for stages 1–4 (briefs → intent → design → content → images), with their checks.

Each asset is a thin adapter: the pipeline's step function per site, batched over the campaign by
campaigns.batch.run_stage. Asset names are the stage names (pipeline.STAGES), as stored in DuckDB. Each takes
the stage before it as its input, so the lineage reads as the product's chain. What flows between assets is
the list of site ids a stage finished; the results themselves (of that stage and of earlier ones the step
needs) are read from the store a batch at a time, so memory stays flat however big the campaign.
Previews show pictures: swatches, hero images.
"""

# Annotations stay evaluated (no __future__ import): Dagster accepts a `context` annotation only as the class.

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dagster import AssetCheckExecutionContext, AssetCheckResult, AssetExecutionContext, MetadataValue, Output, asset
from pydantic import ValidationError

from tapsite_pipeline import store
from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.campaigns.intake import load_file, parse_campaign
from tapsite_pipeline.design.palette import failing_pairs
from tapsite_pipeline.files import sweep
from tapsite_pipeline.models import DesignDecision, Intent
from tapsite_pipeline.orchestration.batch import campaign_check, markdown_table, run_campaign_stage, stage_metadata
from tapsite_pipeline.orchestration.partitions import campaigns
from tapsite_pipeline.orchestration.previews import excerpt, palette_cell, table, thumbnail
from tapsite_pipeline.orchestration.resources import TapsiteResource
from tapsite_pipeline.pipeline import content_step, design_step, images_step, intent_step
from tapsite_pipeline.policy.screen import Policy, models_for_run, record_row_refusals

GROUP = "campaign"
PREVIEW_ROWS = 5


@asset(partitions_def=campaigns, group_name=GROUP, kinds={"csv"})
def briefs(context: AssetExecutionContext, tapsite: TapsiteResource) -> Output[list[str]]:
    """The campaign CSV, validated row by row; bad rows are reported with their row number and reason."""
    info = load_file(tapsite.settings().home, context.partition_key)
    rt = tapsite.runtime()
    policy = Policy.for_models(models_for_run(tapsite.model), rt.router) if rt.router else None
    with tapsite.connect() as con:  # rows keep the sites they had in earlier runs of this campaign's name
        known = campaign_store.known_businesses(con, info.name)
    # photo paths are relative to the folder the CSV was run from, not to its stored copy
    parsed = parse_campaign(Path(info.path).read_bytes(), info.key, policy=policy, scope=info.name, known=known,
                            base_dir=Path(info.source).parent)
    with tapsite.connect() as con:
        moved = campaign_store.save_campaign(con, info, parsed)
        record_row_refusals(con, parsed, info.key)
    md: dict[str, Any] = {
        "campaign_name": info.name,
        "revision": info.revision,
        "rows": parsed.total,
        "valid": len(parsed.rows),
        "failures": len(parsed.errors),
        "rows_changed": moved["changed"],
        "rows_kept_from_earlier_run": moved["kept"],
        "preview": MetadataValue.md(markdown_table(
            ["row", "id", "brief"], [(r.row, r.row_id, r.brief.text[:70]) for r in parsed.rows[:PREVIEW_ROWS]])),
    }
    if parsed.errors:
        md["row_errors"] = MetadataValue.md(markdown_table(
            ["row", "id", "reason"], [(e.row, e.row_id or "", e.reason) for e in parsed.errors], limit=50))
    if parsed.ignored_columns:
        md["ignored_columns"] = ", ".join(parsed.ignored_columns)
    md["encoding"], md["delimiter"] = parsed.encoding, parsed.delimiter
    for w in parsed.warnings:
        context.log.warning(w)
        md["warnings"] = MetadataValue.md("\n".join(f"- {x}" for x in parsed.warnings))
    context.log.info(f"{info.key}: {len(parsed.rows)} valid rows, {len(parsed.errors)} rejected")
    return Output([r.site_id for r in parsed.rows], metadata=md)


@asset(partitions_def=campaigns, group_name=GROUP)
def intent(context: AssetExecutionContext, tapsite: TapsiteResource, briefs: list[str]) -> Output[list[str]]:
    """Stage 1: each brief parsed into a structured Intent (business type, products, brand, tone, colours)."""
    rt = tapsite.runtime()
    run = run_campaign_stage(context, tapsite, "intent", list(briefs),
                             lambda sid, got: intent_step(got["briefs"][sid].brief, rt, llm=tapsite.generator()),
                             needs=("briefs",))
    rows_of = run.sample_inputs.get("briefs", {})
    rows = [(rows_of[s].row, i.brand_name, i.business_type, i.language, ", ".join(i.products[:3]))
            for s, i in run.sample.items()]
    preview = markdown_table(["row", "brand", "type", "lang", "products"], rows)
    return Output(run.ok_ids, metadata=stage_metadata(run, preview))


@campaign_check(asset=intent, description="Every valid row has a schema-valid intent.")
def intent_schema_valid(context: AssetCheckExecutionContext, tapsite: TapsiteResource) -> AssetCheckResult:
    bad: list[tuple[int, str]] = []
    checked = 0
    for rows, recs in campaign_store.rows_with_stage(tapsite.connect, context.partition_key, "intent"):
        for sid, row_num, _ in rows:
            checked += 1
            rec = recs.get(sid)
            if rec is None or not rec.ok:
                bad.append((row_num, (rec.error or "failed") if rec else "no intent"))
                continue
            try:
                Intent.model_validate_json(rec.output_json())
            except ValidationError as exc:
                bad.append((row_num, str(exc).splitlines()[0]))
    return AssetCheckResult(passed=not bad, metadata={
        "checked": checked, "invalid": len(bad),
        "first_invalid": MetadataValue.md(markdown_table(["row", "problem"], bad)) if bad else "none"})


@asset(partitions_def=campaigns, group_name=GROUP)
def design(context: AssetExecutionContext, tapsite: TapsiteResource, intent: list[str]) -> Output[list[str]]:
    """Stage 2: template match (the recorded default matcher), AA palette, typography and layout per site."""
    rt = tapsite.runtime()
    with tapsite.connect() as con:
        store.save_templates(con, rt.catalog.templates)
    run = run_campaign_stage(context, tapsite, "design", list(intent),
                             lambda sid, got: design_step(got["intent"][sid], rt), needs=("intent",))
    intents = run.sample_inputs.get("intent", {})
    rows = [(intents[s].brand_name, d.template_id, palette_cell(d.color_scheme),
             f"{d.color_scheme.primary} on {d.color_scheme.background}", d.color_source)
            for s, d in run.sample.items()]
    preview = table(["brand", "template", "palette (primary, secondary, accent, text, background)", "hex",
                     "colours from"], rows)
    md = stage_metadata(run, preview)
    if rows:  # short enough for the UI to show in the metadata table itself
        md["palette"] = MetadataValue.md(f"**{rows[0][0]}** · {rows[0][1]} {rows[0][2]}")
    return Output(run.ok_ids, metadata=md)


def palette_problems(designs: Iterable[tuple[str, DesignDecision]]) -> list[tuple[str, str]]:
    """(site, failing pairs) of every palette with a text/background pair below WCAG AA."""
    return [(sid, ", ".join(pairs)) for sid, d in designs if (pairs := failing_pairs(d.color_scheme))]


@campaign_check(asset=design,
             description="No palette has a text/background pair below WCAG AA (4.5:1).")
def palette_meets_aa(context: AssetCheckExecutionContext, tapsite: TapsiteResource) -> AssetCheckResult:
    bad: list[tuple[str, str]] = []
    palettes = 0
    for chunk in campaign_store.stage_chunks(tapsite.connect, context.partition_key, "design"):
        palettes += len(chunk)
        bad += palette_problems(chunk.items())
    return AssetCheckResult(passed=not bad, metadata={
        "palettes": palettes, "below_aa": len(bad),
        "first_below_aa": MetadataValue.md(markdown_table(["site", "pairs"], bad)) if bad else "none"})


@asset(partitions_def=campaigns, group_name=GROUP)
def content(context: AssetExecutionContext, tapsite: TapsiteResource, design: list[str]) -> Output[list[str]]:
    """Stage 3: the copy of every section in the layout, plus the SEO title and description."""
    rt = tapsite.runtime()
    run = run_campaign_stage(context, tapsite, "content", list(design),
                             lambda sid, got: content_step(got["intent"][sid], got["design"][sid],
                                                           got["briefs"][sid].brief, rt, llm=tapsite.generator()),
                             needs=("briefs", "intent", "design"))
    intents = run.sample_inputs.get("intent", {})
    rows = []
    for s, c in run.sample.items():
        hero = c.section("hero")
        rows.append((intents[s].brand_name, c.language, hero.heading if hero else "",
                     excerpt(hero.body if hero else "", 140), hero.cta_label if hero else "", c.seo.title))
    preview = table(["brand", "lang", "headline", "hero copy", "button", "SEO title"], rows)
    md = stage_metadata(run, preview)
    if rows:  # short enough for the UI to show in the metadata table itself
        md["copy"] = MetadataValue.md(f"**{rows[0][2]}**\n\n{rows[0][3]}\n\n`{rows[0][4]}`")
    return Output(run.ok_ids, metadata=md)


@asset(partitions_def=campaigns, group_name=GROUP)
def images(context: AssetExecutionContext, tapsite: TapsiteResource, content: list[str]) -> Output[list[str]]:
    """Stage 4: the hero image per site, described by the image prompt, drawn and cached by spec hash."""
    rt = tapsite.runtime()
    run = run_campaign_stage(context, tapsite, "images", list(content),
                             lambda sid, got: images_step(got["intent"][sid], got["design"][sid], rt,
                                                          llm=tapsite.generator(), images=tapsite.image_provider(),
                                                          photos=got["briefs"][sid].brief.photos),
                             needs=("briefs", "intent", "design"),
                             prepare=lambda todo: sweep(rt.settings.image_cache))  # writes of killed runs
    intents = run.sample_inputs.get("intent", {})
    rows = [(intents[s].brand_name, thumbnail(imgs[0].path, f"hero of {intents[s].brand_name}", 200, aspect=2 / 3)
             if imgs else "", excerpt(imgs[0].alt, 90) if imgs else "", imgs[0].bytes if imgs else 0)
            for s, imgs in run.sample.items()]
    preview = table(["brand", "hero", "alt text", "bytes"], rows)
    return Output(run.ok_ids, metadata=stage_metadata(run, preview))
