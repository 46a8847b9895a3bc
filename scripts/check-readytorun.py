#!/usr/bin/env python3
"""Checks that a published folder is compiled ahead of time (ReadyToRun) and carries the tiering setting.

Usage: scripts/check-readytorun.py FOLDER...   (e.g. artifacts/linux-x64 artifacts/win-x64)
Exits 1, naming what is missing, when the product's own assembly or MailKit/MimeKit hold only IL, or when
reminders.runtimeconfig.json lacks System.Runtime.TieredCompilation.CallCountThreshold (docs/benchmarks.md, "Delivery").
"""
import json
import os
import struct
import sys

ASSEMBLIES = ("reminders.dll", "MailKit.dll", "MimeKit.dll")
THRESHOLD = "System.Runtime.TieredCompilation.CallCountThreshold"


def is_ready_to_run(path):
    """Whether the PE file's CLI header points to a ReadyToRun (managed native) header."""
    data = open(path, "rb").read()
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    section_count = struct.unpack_from("<H", data, pe + 6)[0]
    optional_size = struct.unpack_from("<H", data, pe + 20)[0]
    optional = pe + 24
    directories = optional + (96 if struct.unpack_from("<H", data, optional)[0] == 0x10B else 112)
    cli_rva = struct.unpack_from("<I", data, directories + 14 * 8)[0]
    for index in range(section_count):
        section = optional + optional_size + index * 40
        virtual_size, virtual_address, _, raw_pointer = struct.unpack_from("<IIII", data, section + 8)
        if virtual_address <= cli_rva < virtual_address + virtual_size:
            cli = cli_rva - virtual_address + raw_pointer
            # ManagedNativeHeader: the directory at offset 64 of the CLI header, empty in an IL-only image.
            return struct.unpack_from("<II", data, cli + 64)[1] > 0
    raise ValueError(f"{path}: the CLI header lies outside every section")


def main(folders):
    problems = []
    for folder in folders:
        for name in ASSEMBLIES:
            path = os.path.join(folder, name)
            if not os.path.isfile(path):
                problems.append(f"falta {path}")
            elif not is_ready_to_run(path):
                problems.append(f"{path} no está compilado por adelantado (ReadyToRun)")
        config = os.path.join(folder, "reminders.runtimeconfig.json")
        properties = json.load(open(config))["runtimeOptions"].get("configProperties", {}) if os.path.isfile(config) else {}
        if THRESHOLD not in properties:
            problems.append(f"{config} no fija {THRESHOLD}")
    for problem in problems:
        print(f"check-readytorun: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print("Uso: scripts/check-readytorun.py CARPETA...", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
