"""The long-running worker: its scheduler, its jobs and its hot reload."""
