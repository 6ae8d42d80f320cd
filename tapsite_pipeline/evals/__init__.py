"""The evaluation harness: datasets, scorers, suites, runner, statistics, comparison."""
