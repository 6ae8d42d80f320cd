"""The production profile: Dagster on PostgreSQL, campaign steps on Celery workers over Redis, metrics to
Prometheus — brought up from nothing under the project home (servers.py) and run on (campaign.py)."""
