#!/usr/bin/env python3
"""Runs score_directive.py (beside this file, unmodified) for the Go tests.

Reads one JSON object on stdin and writes one JSON object on stdout with the
same keys:
  pairs:      [[gold_path, got_path], ...] -> [the script's output line as an object, ...]
  fold:       [str, ...]                   -> [fold(s), ...]
  isalnum:    [str, ...] (one character)   -> [c.isalnum(), ...]
  repr_float: [float, ...]                 -> [str(x), ...]
  repr_str:   [str, ...]                   -> [repr(s), ...]
  round2:     [float, ...]                 -> [round(x, 2), ...]
  float_str:  [str, ...]                   -> [float(s) or null where float() raises, ...]
  titles:     anything                     -> sorted(TITLES, key=len, reverse=True)
"""
import contextlib
import io
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_directive as sd  # noqa: E402


def run_pair(gold, got):
    buf = io.StringIO()
    argv = sys.argv
    sys.argv = ["score_directive.py", gold, got]
    try:
        with contextlib.redirect_stdout(buf):
            sd.main()
    finally:
        sys.argv = argv
    return json.loads(buf.getvalue())


def float_or_none(s):
    try:
        f = float(s)
    except (TypeError, ValueError):
        return None
    if math.isnan(f) or math.isinf(f):
        return str(f)
    return f


def main():
    req = json.load(sys.stdin)
    out = {}
    if "pairs" in req:
        out["pairs"] = [run_pair(g, o) for g, o in req["pairs"]]
    if "fold" in req:
        out["fold"] = [sd.fold(s) for s in req["fold"]]
    if "isalnum" in req:
        out["isalnum"] = [c.isalnum() for c in req["isalnum"]]
    if "repr_float" in req:
        out["repr_float"] = [str(float(x)) for x in req["repr_float"]]
    if "repr_str" in req:
        out["repr_str"] = [repr(s) for s in req["repr_str"]]
    if "round2" in req:
        out["round2"] = [round(float(x), 2) for x in req["round2"]]
    if "float_str" in req:
        out["float_str"] = [float_or_none(s) for s in req["float_str"]]
    if "titles" in req:
        out["titles"] = sorted(sd.TITLES, key=len, reverse=True)
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
