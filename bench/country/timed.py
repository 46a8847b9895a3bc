#!/usr/bin/env python3
"""Runs a command and writes "WALL_SECONDS USER_SECONDS PEAK_RSS_KB" to OUT, like `/usr/bin/time -f "%e %U %M"` (which a
fresh machine may lack). Usage: timed.py OUT COMMAND [ARGS...]; exits with the command's exit code."""
import resource, subprocess, sys, time

out, command = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
code = subprocess.call(command)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out, "w") as f:
    f.write(f"{wall:.2f} {usage.ru_utime:.2f} {usage.ru_maxrss}\n")
sys.exit(code)
