"""Prefect orchestration: schedule, fetch, batch, retry, write."""
