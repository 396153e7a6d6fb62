"""Fakes of the outside services the bot talks to: real local servers, shaped like the real ones."""
