#!/usr/bin/env python3
"""Refreshes model/ from the newest botocore wheel on PyPI (or a given wheel) and prints what changed.

Only shapes, members and traits are kept: every `documentation` text is removed, because it is AWS's
prose and not ours to commit.

    python3 scripts/refresh-model.py                 # download the newest botocore with pip
    python3 scripts/refresh-model.py path/to.whl     # use a wheel already downloaded
"""
import glob
import gzip
import json
import os
import subprocess
import sys
import tempfile
import zipfile

SERVICE = "partnercentral-selling"
API_VERSION = "2022-07-26"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL_DIR = os.path.join(ROOT, "model")
FILES = ("service-2.json", "paginators-1.json")
DROPPED = {"documentation", "documentationUrl", "deprecatedMessage"}


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in DROPPED}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def wheel_path(argv):
    if len(argv) > 1:
        return argv[1]
    target = tempfile.mkdtemp(prefix="botocore-")
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", target, "botocore"],
                   check=True)
    return glob.glob(os.path.join(target, "botocore-*.whl"))[0]


def read_from_wheel(wheel, name):
    base = f"botocore/data/{SERVICE}/{API_VERSION}/{name}"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        if base in names:
            return json.loads(archive.read(base))
        return json.loads(gzip.decompress(archive.read(base + ".gz")))


def summary(model):
    shapes = model.get("shapes", {})
    members = {f"{s}.{m}" for s, shape in shapes.items() for m in shape.get("members", {})}
    enums = {f"{s}={v}" for s, shape in shapes.items() for v in shape.get("enum", [])}
    return {"operations": set(model.get("operations", {})), "shapes": set(shapes),
            "members": members, "enum values": enums}


def main(argv):
    wheel = wheel_path(argv)
    version = os.path.basename(wheel).split("-")[1]
    os.makedirs(MODEL_DIR, exist_ok=True)
    for name in FILES:
        fresh = strip(read_from_wheel(wheel, name))
        path = os.path.join(MODEL_DIR, name)
        old = json.load(open(path)) if os.path.exists(path) else {}
        if name == "service-2.json":
            before, after = summary(old), summary(fresh)
            for kind in before:
                added, removed = sorted(after[kind] - before[kind]), sorted(before[kind] - after[kind])
                print(f"{kind}: {len(after[kind])} ({len(added)} added, {len(removed)} removed)")
                for item in added:
                    print(f"  + {item}")
                for item in removed:
                    print(f"  - {item}")
        with open(path, "w") as out:
            json.dump(fresh, out, indent=1, sort_keys=False)
            out.write("\n")
    with open(os.path.join(MODEL_DIR, "SOURCE"), "w") as out:
        out.write(f"botocore {version}: data/{SERVICE}/{API_VERSION}/ (documentation removed)\n")
    print(f"model/ now holds botocore {version}")


if __name__ == "__main__":
    main(sys.argv)
