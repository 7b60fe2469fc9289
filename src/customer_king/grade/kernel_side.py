"""What runs inside a submission's kernel, and turning its answers back into values.

The grader's own cell saves the *values* of the answer variables as JSON; the grader
turns them back into Python values in its own process and grades them there. The same
conversion source runs in the kernel and (for the tests and the benchmark) here.
"""
from __future__ import annotations

import re
from typing import Any, Mapping

import numpy as np

# This source runs twice: in the learner's kernel (to save the answers) and in the
# grader's tests. It must stand alone: only the standard library, nothing may raise.
_TO_JSON_SOURCE = r'''
def _ck_to_json(value, depth=0):
    """A JSON-safe copy of an answer: numbers, text, lists; NumPy arrays as lists;
    anything else as a marker with its type name and a short repr."""
    import math as _m
    def marker(v):
        try:
            name = type(v).__name__
        except Exception:
            name = "object"
        try:
            shown = repr(v)[:200]
        except Exception:
            shown = "<no repr>"
        return {"$repr": shown, "$type": str(name)[:60]}
    try:
        if depth > 20:
            return marker(value)
        if value is None or value is Ellipsis:
            return {"$ellipsis": 1} if value is Ellipsis else None
        if isinstance(value, bool):
            return bool(value)
        if isinstance(value, str):
            return str.__str__(value)[:10000]
        if isinstance(value, int):
            return int(value)
        if isinstance(value, float):
            v = float(value)
            return v if _m.isfinite(v) else {"$float": repr(v)}
        if isinstance(value, complex):
            return {"$complex": [_ck_to_json(value.real, depth + 1), _ck_to_json(value.imag, depth + 1)]}
        module = type(value).__module__ or ""
        if module == "fractions" and type(value).__name__ == "Fraction":
            return {"$fraction": [int(value.numerator), int(value.denominator)]}
        if module == "decimal" and type(value).__name__ == "Decimal":
            return {"$decimal": str(value)}
        if module.split(".")[0] == "numpy":
            kind = getattr(getattr(value, "dtype", None), "kind", "")
            if hasattr(value, "shape") and hasattr(value, "ndim") and type(value).__name__ == "ndarray":
                if kind in "biufcUS" and value.size <= 100000:
                    return {"$ndarray": _ck_to_json(value.tolist(), depth + 1)}
                return marker(value)
            if kind in "biufcUS" and hasattr(value, "item"):
                return _ck_to_json(value.item(), depth + 1)
            return marker(value)
        if isinstance(value, (list, tuple)):
            if len(value) > 100000:
                return marker(value)
            items = [_ck_to_json(v, depth + 1) for v in list(value)]
            return items if isinstance(value, list) else {"$tuple": items}
        if isinstance(value, (set, frozenset)):
            if len(value) > 100000:
                return marker(value)
            return {"$set": [_ck_to_json(v, depth + 1) for v in list(value)]}
        if isinstance(value, dict):
            if len(value) > 1000:
                return marker(value)
            return {"$dict": [[_ck_to_json(k, depth + 1), _ck_to_json(v, depth + 1)] for k, v in list(value.items())]}
        if callable(value) and isinstance(getattr(value, "__name__", None), str) and not isinstance(value, type):
            return {"$function": value.__name__[:60]}
        return marker(value)
    except Exception:
        return {"$repr": "<unreadable>", "$type": "object"}
'''

_namespace: dict[str, Any] = {}
exec(compile(_TO_JSON_SOURCE, "<customer_king.grade to_json>", "exec"), _namespace)
to_json_value = _namespace["_ck_to_json"]
to_json_value.__doc__ = "A JSON-safe copy of an answer value (what the grader's cell saves in the kernel)."

__all__ = ["to_json_value", "from_json_value", "snapshot_source"]

_IDENTIFIER = re.compile(r"[^A-Za-z0-9_]")


def _unreadable(type_name: object, shown: object) -> object:
    """Stands for a value the kernel could not save as JSON: same type name, same repr."""
    name = _IDENTIFIER.sub("_", str(type_name))[:60] or "object"
    if not name.isidentifier():
        name = "object_" + name
    text_ = str(shown)[:200]
    cls = type(name, (), {"__repr__": lambda self: text_, "__str__": lambda self: text_, "__module__": "submission"})
    return cls()


def _function(name: object) -> object:
    def placeholder() -> None:  # pragma: no cover - never called
        return None

    name = str(name)[:60]
    placeholder.__name__ = name if name.isidentifier() else "f"
    return placeholder


def from_json_value(value: Any, depth: int = 0) -> Any:
    """The answer value back from its JSON form (the inverse of :func:`to_json_value`)."""
    if depth > 25:
        return _unreadable("object", "<too deeply nested>")
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [from_json_value(v, depth + 1) for v in value]
    if not isinstance(value, dict) or len(value) not in (1, 2):
        return _unreadable("object", "<unreadable>")
    try:
        if "$ellipsis" in value:
            return Ellipsis
        if "$float" in value:
            return float(str(value["$float"]))
        if "$complex" in value:
            real, imag = value["$complex"]
            return complex(float(from_json_value(real, depth + 1)), float(from_json_value(imag, depth + 1)))
        if "$fraction" in value:
            import fractions

            numerator, denominator = value["$fraction"]
            return fractions.Fraction(int(numerator), int(denominator))
        if "$decimal" in value:
            import decimal

            return decimal.Decimal(str(value["$decimal"]))
        if "$ndarray" in value:
            items = from_json_value(value["$ndarray"], depth + 1)
            try:
                return np.array(items)
            except Exception:
                return np.array(items, dtype=object) if isinstance(items, list) else items
        if "$tuple" in value:
            return tuple(from_json_value(value["$tuple"], depth + 1))
        if "$set" in value:
            items = from_json_value(value["$set"], depth + 1)
            try:
                return set(items)
            except TypeError:
                return items
        if "$dict" in value:
            result = {}
            for key, item in value["$dict"]:
                key = from_json_value(key, depth + 1)
                try:
                    hash(key)
                except TypeError:
                    key = repr(key)
                result[key] = from_json_value(item, depth + 1)
            return result
        if "$function" in value:
            return _function(value["$function"])
        if "$repr" in value:
            return _unreadable(value.get("$type", "object"), value["$repr"])
    except Exception:
        pass
    return _unreadable("object", "<unreadable>")


_SAVE_SOURCE = r'''
def _ck_save(namespace, names, path, after_cell):
    import json, os
    out = {"answers": {}, "missing": [], "after_cell": after_cell}
    for qid, name in names.items():
        if name in namespace:
            out["answers"][qid] = _ck_to_json(namespace[name])
        else:
            out["missing"].append(qid)
    try:
        kind = type(namespace.get("check"))
        out["check_type"] = str(kind.__module__) + "." + str(kind.__qualname__)
    except Exception:
        out["check_type"] = "?"
    # a new file, then a rename: a kernel killed while saving leaves the last snapshot whole
    with open(path + ".new", "w", encoding="utf-8") as handle:
        json.dump(out, handle)
    os.replace(path + ".new", path)
'''


def snapshot_source(variables: Mapping[str, str], answers_file: str, after_cell: int) -> str:
    """The grader's code that saves the answers so far (run silently after every cell).

    Its functions run with the real builtins, so a learner's variable called ``list``,
    ``str`` or ``open`` cannot break the collecting. Saving after every cell (not only
    after the last) means a notebook stopped by the time limit, or whose kernel died,
    is still graded on the answers it gave before."""
    code = _TO_JSON_SOURCE + _SAVE_SOURCE
    return (
        "import builtins as _ck_builtins\n"
        "_ck_namespace = {'__builtins__': _ck_builtins}\n"
        f"_ck_builtins.exec({code!r}, _ck_namespace)\n"
        f"_ck_namespace['_ck_save'](_ck_builtins.globals(), {dict(variables)!r}, {answers_file!r}, {after_cell!r})\n"
        "del _ck_builtins, _ck_namespace\n"
    )
