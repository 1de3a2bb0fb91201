// The header holds the fuzz executables' shared body; this target has no code of its own.
