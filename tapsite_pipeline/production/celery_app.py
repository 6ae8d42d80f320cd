"""The Celery app the workers run (`celery -A tapsite_pipeline.production.celery_app worker`): Dagster's
step task on the broker and backend of this profile (CELERY_BROKER_URL / CELERY_RESULT_BACKEND)."""

import logging
import os
import time
from typing import Any

from celery.signals import worker_ready
from dagster_celery.config import DEFAULT_CONFIG
from dagster_celery.make_app import make_app
from dagster_celery.tasks import create_task

app = make_app({"broker": os.environ["CELERY_BROKER_URL"], "backend": os.environ["CELERY_RESULT_BACKEND"],
                "include": ["tapsite_pipeline.orchestration"]})  # type: ignore[no-untyped-call]
# One step at a time per worker, none held in reserve: a free worker takes the next step at once.
app.conf.update(DEFAULT_CONFIG, worker_prefetch_multiplier=1, task_acks_late=True)

execute_plan = create_task(app)  # type: ignore[no-untyped-call]


@worker_ready.connect  # type: ignore[untyped-decorator]
def _load_the_job(**_kwargs: Any) -> None:
    """Resolve campaign_job and plan a step once before taking work: the first plan in a process costs
    seconds (the asset graph is built and cached), which would otherwise fall on a campaign's first step."""
    from dagster._core.definitions.reconstruct import ReconstructableRepository
    from dagster._core.execution.api import create_execution_plan

    from tapsite_pipeline.production.campaign import CODE_ATTRIBUTE, CODE_MODULE, JOB
    from tapsite_pipeline.production.profile import WARM_LINE
    t0 = time.perf_counter()
    recon = ReconstructableRepository.for_module(CODE_MODULE, CODE_ATTRIBUTE).get_reconstructable_job(JOB)
    execution = {"config": {"broker": os.environ["CELERY_BROKER_URL"], "backend": os.environ["CELERY_RESULT_BACKEND"]}}
    create_execution_plan(recon, {"execution": execution}, step_keys_to_execute=["briefs"])
    logging.getLogger("celery").warning("%s in %.1f s", WARM_LINE, time.perf_counter() - t0)
