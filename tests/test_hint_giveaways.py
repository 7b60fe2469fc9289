"""Hints teach; they never give the answer away.

For every question of every exercise set, no hint, no why-wrong text and no
feedback to a wrong answer may contain the expected answer in any form the
check itself would accept:

* a number written in the text (rounded, with separators, as a percentage,
  in English or Dutch) that the check grades as correct;
* an arithmetic expression with the numbers plugged in ("(1 - 4 / 6) x 2 / 5")
  whose value the check accepts;
* code that computes the answer ("model.hours_per_account(...)");
* for a choice, the right option's letter named as the answer, or its text;
  for a multi-select, a why-wrong text that names an option (which would let a
  learner eliminate options instead of thinking).

The detector asks the question itself whether a candidate is right, so it
follows each check's own tolerance and reading rules.  Main questions are
answered without Python, so their hints show no code at all.
"""
from __future__ import annotations

import ast
import contextlib
import dataclasses
import functools
import io
import math
import operator
import re
import warnings
from importlib import import_module
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from customer_king import cases, checks, model, overservice
from customer_king.checks import (ArrayQuestion, ChoiceQuestion, MultiSelectQuestion, NOT_YET,
                                  NumberQuestion)
from customer_king.exercise_sets import available, build as build_set
from customer_king.messages import language

ROOT = Path(__file__).resolve().parents[1]

# --------------------------------------------------------------------- texts


def _why_texts(question) -> list[str]:
    why = getattr(question, "_why", None) or dict(getattr(question, "why_wrong", {}) or {})
    return [str(v) for v in why.values()]


def _static_texts(question) -> list[str]:
    """Everything a learner may see while not yet right, apart from feedback messages."""
    texts = list(question.hints) + _why_texts(question)
    texts += [hint for _, hint in getattr(question, "misconceptions", ())]
    return texts


def _wrong_answers(question) -> list[object]:
    if isinstance(question, NumberQuestion):
        x = question.expected_value()
        values = [x * f for f in (0, 0.5, 0.8, 0.9, 0.97, 1.04, 1.1, 1.25, 2, -1, 100, 0.01, 6, 1 / 6)]
        values += [x + d for d in (-2, -1, -0.5, 0.5, 1, 2)]
        if question.kind == "share":
            values += [100 * x + d for d in (-5, 5)]
        return [v for v in values if not question.grade(v).correct]
    if isinstance(question, (ChoiceQuestion, MultiSelectQuestion)):
        keys = list(question.options)
        if isinstance(question, ChoiceQuestion):
            return [k for k in keys if not question.grade(k).correct]
        right = [k for k in keys if k.lower() in {c.lower() for c in question.correct}]
        wrong = [k for k in keys if k not in right]
        answers = [[k] for k in keys] + [right[:-1], right + wrong[:1], keys]
        return [a for a in answers if a and not question.grade(a).correct]
    if isinstance(question, ArrayQuestion):
        x = question.expected_array()
        return [x * 1.1, x * 0.9, x + 1, -x, x * 100, np.zeros_like(x)]
    return []


def _feedback_texts(question) -> list[tuple[str, tuple[float, ...]]]:
    """Feedback to wrong answers, each with the numbers it may echo back: the learner's
    own answer (and its percent form) is not a giveaway."""
    texts = []
    for lang in ("en", "nl"):
        with language(lang):
            for answer in _wrong_answers(question):
                echo = ()
                if isinstance(answer, (int, float)):
                    echo = (answer, answer * 100, answer / 100)
                for attempt in (1, 2, 3):
                    fb = question.grade(answer, attempt=attempt)
                    if fb.status == NOT_YET:
                        texts += [(t, echo) for t in (fb.message, fb.hint) if t]
    return texts


# ------------------------------------------------------------------ detectors

_NUMBER = re.compile(r"[\u2212\-+]?(?:\u20ac\s?)?\d+(?:[.,\u00a0\u202f ]\d+)*(?:\s?%)?")
_EXPRESSION = re.compile(r"[\d(][\d.,\s()+\-\u2212\u00d7x*/\u00f7\u00b2]*[\d)\u00b2]")
_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
        ast.Pow: operator.pow}


def _accepts(question, candidate: object) -> bool:
    try:
        if isinstance(question, ArrayQuestion):
            expected = question.expected_array().reshape(-1)
            return any(NumberQuestion("e", float(e), rel_tol=question.rel_tol, abs_tol=question.abs_tol)
                       .grade(candidate).correct for e in expected)
        return question.grade(candidate).correct
    except Exception:  # pragma: no cover - grade never raises
        return False


def _numbers_in(text: str) -> list[str]:
    found = []
    for match in _NUMBER.finditer(text):
        token = match.group(0).strip().rstrip(".,")
        found.append(token)
        # "16 500 000" is one number, but "orientation 5 1200" two: try the parts too
        found += [part.rstrip(".,") for part in token.split() if part and part != token]
    return found


def _is_echo(token: str, echo: tuple[float, ...]) -> bool:
    return any(NumberQuestion("e", value, rel_tol=1e-9, abs_tol=1e-12).grade(token).correct for value in echo)


def _eval_arithmetic(expression: str) -> float | None:
    source = (expression.replace("\u2212", "-").replace("\u00d7", "*").replace("x", "*")
              .replace("\u00f7", "/").replace("\u00b2", "**2").replace(",", ""))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError:
        return None

    def value(node):
        if isinstance(node, ast.Expression):
            return value(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](value(node.left), value(node.right))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -value(node.operand)
        raise ValueError("not arithmetic")

    try:
        if not any(isinstance(n, ast.BinOp) for n in ast.walk(tree)):
            return None
        result = float(value(tree))
        return result if math.isfinite(result) else None
    except Exception:
        return None


def _expressions(text: str) -> list[str]:
    """Python written into a sentence: in each clause, the longest tail that parses as
    an expression with a call, an index or arithmetic on names
    ("... is acc['our_sales_eur'].sum() / acc['category_spend_eur'].sum()")."""
    found = []
    for clause in re.split(r";|, or |\bor\b|: |, with |, then |\bwith\b", text):
        words = list(re.finditer(r"\S+", clause))
        for word in words:
            tail = clause[word.start():].strip().rstrip(".")
            if "=" in tail.split("(")[0]:  # "plan = model.allocate_hours(...)": the right-hand side
                tail = tail.split("=", 1)[1].strip()
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # "'float' object is not callable" on prose
                    tree = ast.parse(tail, mode="eval")
            except SyntaxError:
                continue
            if any(isinstance(n, (ast.Call, ast.Subscript, ast.Attribute)) for n in ast.walk(tree)):
                found.append(tail)
            break
    return found


def _code_spans(text: str) -> list[str]:
    """Backtick spans, and every call written out: name(...) with balanced brackets,
    extended over what follows it (".sum()", " / 400", "[mine]")."""
    spans = re.findall(r"`([^`]+)`", text)
    for match in re.finditer(r"[A-Za-z_][\w.]*\(", text):
        depth, end = 0, None
        for i in range(match.end() - 1, len(text)):
            depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(text[i], 0)
            if depth == 0:
                end = i + 1
                break
        if end is None:
            continue
        tail = re.match(r"(?:\s*(?:\.\w+\(\)|\[[^\]]*\]|[-+*/]\s*[\w.]+(?:\([^()]*\))?))*", text[end:])
        spans.append(text[match.start(): end + (tail.end() if tail else 0)])
    return spans + _expressions(text)


@functools.lru_cache(maxsize=None)
def _solution_names(key: str) -> dict:
    """The variables a solution notebook ends with (its source is plain Python):
    code in a hint may use the notebook's own names, such as `wallets`."""
    source = ROOT / "content" / "exercises" / f"{key}.py"
    names: dict = {}
    if source.exists():
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(source.read_text(encoding="utf-8"), str(source), "exec"), names)
        except Exception:  # pragma: no cover - the notebook tests report a broken source
            pass
        finally:
            plt.close("all")
            checks.clear_registry()
    return names


def _namespace(key: str) -> dict:
    case = cases.load_case()
    names = {"model": model, "np": np, "cases": cases, "overservice": overservice, "case": case,
             "acc": case.accounts, "replace": dataclasses.replace}
    names.update(_solution_names(key))
    module = import_module(f"customer_king.exercise_sets.{build_set.__globals__['_MODULES'][key]}")
    names.update({k: v for k, v in vars(module).items() if not k.startswith("__")})
    return names


def _eval_code(span: str, names: dict) -> object:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return eval(span, dict(names))  # our own hint texts, in a test: nothing untrusted
    except Exception:
        return None


def _option_mentions(question, text: str, keys) -> list[str]:
    simple = " ".join(text.lower().split())
    found = []
    for key in keys:
        option = " ".join(str(question.options[key]).lower().split()).rstrip(".")
        if option and option in simple:
            found.append(f"the text of option {key}: {question.options[key]!r}")
        letter = re.escape(str(key))
        named = (rf"\b(?:option|answer|choice|pick|letter|optie|antwoord|keuze|kies)\s+[\"']?{letter}\b|[\"']{letter}[\"']"
                 rf"|\({letter}\)|(?<![\w(])\b{letter}\)")
        if re.search(named, text):
            found.append(f"option letter {key}")
    return found


def giveaways(question, text: str, names: dict, echo: tuple[float, ...] = ()) -> list[str]:
    """What in `text` gives away the answer to `question` (empty when nothing does).
    Numbers in `echo` (the learner's own answer, shown back) do not count."""
    if isinstance(question, ChoiceQuestion):
        right = [k for k in question.options if question.grade(k).correct]
        return _option_mentions(question, text, right)
    if isinstance(question, MultiSelectQuestion):
        return []  # its texts are checked for elimination separately
    hits = []
    for lang in ("en", "nl"):
        with language(lang):
            hits += [f"the number {t!r}" for t in _numbers_in(text)
                     if _accepts(question, t) and not _is_echo(t, echo)]
    for expression in _EXPRESSION.findall(text):
        result = _eval_arithmetic(expression)
        if result is not None and _accepts(question, result):
            hits.append(f"the calculation {expression.strip()!r} = {result:g}")
    for span in _code_spans(text):
        result = _eval_code(span, names)
        if result is not None and not callable(result) and _accepts(question, result):
            hits.append(f"the code {span!r}")
    return sorted(set(hits))


# ----------------------------------------------------------------- the tests



def _questions_in(lang: str) -> list[tuple[str, object]]:
    # Each set built in `lang`, as a notebook of that edition builds it (set_language
    # before load): its hints, why-wrong texts and slip messages are that language's.
    with language(lang):
        return [(key, question) for key in available() for question in build_set(key).questions]


QUESTIONS = _questions_in("en")
DUTCH_QUESTIONS = _questions_in("nl")


def _is_main(key: str, question) -> bool:
    exercise_set = build_set(key)
    return not getattr(exercise_set, "is_analyst", lambda qid: False)(question.id)


@pytest.mark.parametrize("key, question", QUESTIONS + DUTCH_QUESTIONS,
                         ids=[f"{k}-{q.id}" for k, q in QUESTIONS] + [f"nl-{k}-{q.id}" for k, q in DUTCH_QUESTIONS])
def test_no_hint_or_feedback_gives_the_answer_away(key, question):
    names = _namespace(key)
    found = {}
    for shown, echo in [(t, ()) for t in _static_texts(question)] + _feedback_texts(question):
        hits = giveaways(question, shown, names, echo)
        if hits:
            found[shown] = hits
    assert not found, found


@pytest.mark.parametrize("key, question", [(k, q) for k, q in QUESTIONS + DUTCH_QUESTIONS
                                           if isinstance(q, MultiSelectQuestion)],
                         ids=lambda v: getattr(v, "id", v))
def test_multi_select_feedback_does_not_allow_elimination(key, question):
    # A why-wrong text explains the idea behind a wrong pick; naming an option (a
    # person, a stage) would tell the learner how to sort the options instead.
    found = {}
    for shown in _why_texts(question) + list(question.hints):
        hits = _option_mentions(question, shown, list(question.options))
        if hits:
            found[shown] = hits
    assert not found, found


_PYTHON = re.compile(r"`[^`]*[(\[][^`]*`|\b(?:np|model|cases|overservice|acc|case)\.\w+|\w\(\S[^)]*\)\s*(?:$|[.,;:])")


@pytest.mark.parametrize("key, question", [(k, q) for k, q in QUESTIONS + DUTCH_QUESTIONS if _is_main(k, q)],
                         ids=lambda v: getattr(v, "id", v))
def test_main_question_hints_need_no_python(key, question):
    # Main questions are answered from what the notebook shows; only the optional
    # "For analysts" part asks for code, so only its hints may name functions.
    found = [t for t in _static_texts(question) if _PYTHON.search(t)]
    assert not found, found


# ------------------------------------------------- the detector, on its own


def test_the_detector_finds_every_kind_of_giveaway():
    share = NumberQuestion("q", 0.2667, kind="share")
    names = {"model": model, "np": np}
    assert giveaways(share, "About 26.7 % of them.", names)
    assert giveaways(share, "It is 0,267 in Dutch.", names)
    assert giveaways(NumberQuestion("q", 0.1333, kind="share"), "(1 - 4 / 6) x 2 / 5", names)
    hours = model.hours_per_account(model.from_seven_point(5))
    assert giveaways(NumberQuestion("q", hours), "model.hours_per_account(model.from_seven_point(5))", names)
    assert giveaways(NumberQuestion("q", 16_500_000), "That is €16.500.000 a year.", names)
    choice = ChoiceQuestion("q", {"A": "An inverted U", "B": "Always more"}, "A")
    assert giveaways(choice, "The answer is option A.", names)
    assert giveaways(choice, "Think of an inverted U.", names)
    dutch = ChoiceQuestion("q", {"A": "Een omgekeerde U", "B": "Altijd meer"}, "A")
    assert giveaways(dutch, "Het antwoord is optie A.", names)
    assert giveaways(dutch, "Denk aan een omgekeerde U.", names)
    assert giveaways(NumberQuestion("q", hours), "Ongeveer 11,1 uur per klant.", names)


def test_the_detector_lets_teaching_hints_through():
    names = {"model": model, "np": np}
    share = NumberQuestion("q", 0.2667, kind="share")
    assert not giveaways(share, "Divide the accounts served by all accounts in the territory.", names)
    assert not giveaways(NumberQuestion("q", 11.11), "Convert the score to the 0-1 scale first.", names)
    choice = ChoiceQuestion("q", {"A": "An inverted U", "B": "Always more"}, "A")
    assert not giveaways(choice, "A relative change is new / old - 1.", names)
