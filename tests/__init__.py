"""The test suite: unit, golden-file, end-to-end, multi-worker, crash and fault tests."""
