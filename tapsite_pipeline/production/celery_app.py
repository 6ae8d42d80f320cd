"""The Celery app the workers run (`celery -A tapsite_pipeline.production.celery_app worker`): Dagster's
step task on the broker and backend of this profile (CELERY_BROKER_URL / CELERY_RESULT_BACKEND)."""

import os

from dagster_celery.config import DEFAULT_CONFIG
from dagster_celery.make_app import make_app
from dagster_celery.tasks import create_task

app = make_app({"broker": os.environ["CELERY_BROKER_URL"], "backend": os.environ["CELERY_RESULT_BACKEND"],
                "include": ["tapsite_pipeline.orchestration"]})  # type: ignore[no-untyped-call]
# One step at a time per worker, none held in reserve: a free worker takes the next step at once.
app.conf.update(DEFAULT_CONFIG, worker_prefetch_multiplier=1, task_acks_late=True)

execute_plan = create_task(app)  # type: ignore[no-untyped-call]
