"""Campaigns are dynamic partitions: one partition per dropped CSV, keyed by its content hash."""

from dagster import DynamicPartitionsDefinition

CAMPAIGNS = "campaigns"   # the partitions definition's name, as the instance stores it
campaigns = DynamicPartitionsDefinition(name=CAMPAIGNS)
