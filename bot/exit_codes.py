"""The exit statuses of `python -m bot` commands, as the README lists them."""

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE: the reader of our output (`| head`) went away
