#!/usr/bin/env python3
"""Validates tempmon bundles against docs/schema/ (Debian's python3-jsonschema,
run with /usr/bin/python3).

    schema_check.py SCHEMA_DIR BUNDLE.tar.zst...

Every JSON and JSONL member is validated line by line against its schema;
samples.csv's header must be the schema's columns in order and every row,
read as an object of its columns, must validate. Prints one line per
bundle; exits 1 naming the member, line and error of the first problem in
each bad bundle, 2 on bad usage.
"""
import csv
import io
import json
import pathlib
import subprocess
import sys
import tempfile
import warnings

import jsonschema

MEMBERS_JSONL = {"episodes.jsonl": "episode", "events.jsonl": "event", "kmsg.jsonl": "kmsg"}
MEMBERS_JSON = {"manifest.json": "manifest", "system.json": "system"}
INTEGER_COLUMNS = {"ts_ns", "seq", "sensor_id", "temp_mc"}
# Format 1 spelled the instant of a sample and of the trigger "mono_ns";
# its bundles are checked as readers read them, under today's name.
V1_NAMES = {"mono_ns": "ts_ns"}


def load_schemas(folder):
    schemas = {}
    for path in sorted(pathlib.Path(folder).glob("*.schema.json")):
        schemas[path.name[: -len(".schema.json")]] = json.loads(path.read_text())
    store = {doc["$id"]: doc for doc in schemas.values()}
    validators = {}
    for name, doc in schemas.items():
        cls = jsonschema.validators.validator_for(doc)
        cls.check_schema(doc)
        # RefResolver is what Debian 12's python3-jsonschema (4.10) has;
        # newer releases keep it, deprecated.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            resolver = jsonschema.RefResolver(base_uri=doc["$id"], referrer=doc, store=store)
        validators[name] = cls(doc, resolver=resolver)
    return schemas, validators


def first_error(validator, value):
    err = jsonschema.exceptions.best_match(validator.iter_errors(value))
    if err is None:
        return None
    where = "/".join(str(p) for p in err.absolute_path)
    return (where + ": " if where else "") + err.message


def check(bundle, schemas, validators):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["tar", "--zstd", "-xf", str(bundle), "-C", tmp], check=True)
        root = pathlib.Path(tmp)
        counts = {}
        v1 = False
        for member, schema in MEMBERS_JSON.items():
            doc = json.loads((root / member).read_text())
            if member == "manifest.json" and doc.get("format_version") == 1:
                v1 = True
                trigger = doc.get("trigger", {})
                doc["trigger"] = {V1_NAMES.get(k, k): v for k, v in trigger.items()}
            err = first_error(validators[schema], doc)
            if err:
                return f"{member}: {err}"
        for member, schema in MEMBERS_JSONL.items():
            lines = (root / member).read_text().splitlines()
            counts[member] = len(lines)
            for n, line in enumerate(lines, 1):
                err = first_error(validators[schema], json.loads(line))
                if err:
                    return f"{member}:{n}: {err}"
        columns = list(schemas["samples"]["properties"])
        rows = csv.reader(io.StringIO((root / "samples.csv").read_text(), newline=""))
        header = next(rows, None)
        if v1 and header:
            header = [V1_NAMES.get(h, h) for h in header]
        if header != columns:
            return f"samples.csv:1: header {header} is not {columns}"
        n = 1
        for n, row in enumerate(rows, 2):
            if len(row) != len(columns):
                return f"samples.csv:{n}: {len(row)} fields, want {len(columns)}"
            obj = {}
            for col, val in zip(columns, row):
                try:
                    obj[col] = int(val) if col in INTEGER_COLUMNS else val
                except ValueError:
                    return f"samples.csv:{n}: {col} '{val}' is not an integer"
            err = first_error(validators["samples"], obj)
            if err:
                return f"samples.csv:{n}: {err}"
        counts["samples.csv"] = n - 1
    print(f"schema ok: {bundle} ({', '.join(f'{k} {v}' for k, v in counts.items())})")
    return None


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    schemas, validators = load_schemas(argv[1])
    bad = 0
    for bundle in argv[2:]:
        problem = check(pathlib.Path(bundle), schemas, validators)
        if problem:
            print(f"schema_check: {bundle}: {problem}", file=sys.stderr)
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
