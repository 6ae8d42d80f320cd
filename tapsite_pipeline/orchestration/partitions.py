"""Campaigns are dynamic partitions: one partition per dropped CSV, keyed by its content hash."""

from dagster import DynamicPartitionsDefinition

campaigns = DynamicPartitionsDefinition(name="campaigns")
