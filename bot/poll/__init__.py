"""One poll of one source: the poller (fetch, the pipeline, one commit) and how its result reads."""
