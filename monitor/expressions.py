"""The small XLSForm expression subset used by `relevant` and `constraint` (see
protocols/FORMAT.md): parsed once into a tree, evaluated against the answers given so far.

Grammar:  or := and ('or' and)* ; and := not ('and' not)* ;
          not := 'not' '(' or ')' | compare ;
          compare := value (('=' | '!=' | '<' | '<=' | '>' | '>=') value)?
          value := ${name} | '.' | 'text' | number | selected(value, 'text') | '(' or ')'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_TOKEN = re.compile(
    r"\s*(?:(?P<var>\$\{[a-z][a-z0-9_]*\})|(?P<str>'[^']*'|\"[^\"]*\")|(?P<num>-?\d+(?:\.\d+)?)"
    r"|(?P<op>!=|<=|>=|=|<|>|\(|\)|,)|(?P<word>[a-z_][a-z0-9_-]*)|(?P<dot>\.))"
)
_COMPARE = ("=", "!=", "<", "<=", ">", ">=")


class ExpressionError(ValueError):
    pass


@dataclass(frozen=True)
class Node:
    op: str  # var, dot, str, num, selected, not, and, or, or one of _COMPARE
    args: tuple[Any, ...]


def parse(source: str) -> Node:
    tokens = _tokenize(source)
    parser = _Parser(tokens)
    node = parser.parse_or()
    if parser.pos != len(tokens):
        raise ExpressionError(f"unexpected '{tokens[parser.pos][1]}'")
    return node


def variables(node: Node) -> set[str]:
    if node.op == "var":
        return {node.args[0]}
    return {v for a in node.args if isinstance(a, Node) for v in variables(a)}


def evaluate(node: Node, answers: dict[str, Any], current: Any = None) -> bool:
    """True when the expression holds; an unanswered variable makes a comparison false."""
    return bool(_eval(node, answers, current))


def _tokenize(source: str) -> list[tuple[str, str]]:
    tokens, pos, text = [], 0, source.strip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            raise ExpressionError(f"cannot read '{text[pos : pos + 12]}'")
        kind = match.lastgroup
        tokens.append((kind, match.group(kind)))
        pos = match.end()
    if not tokens:
        raise ExpressionError("empty expression")
    return tokens


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens, self.pos = tokens, 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, value: str | None = None) -> tuple[str, str]:
        token = self.peek()
        if token is None or (value is not None and token[1] != value):
            raise ExpressionError(f"expected '{value or 'a value'}'")
        self.pos += 1
        return token

    def parse_or(self) -> Node:
        node = self.parse_and()
        while self.peek() == ("word", "or"):
            self.take()
            node = Node("or", (node, self.parse_and()))
        return node

    def parse_and(self) -> Node:
        node = self.parse_not()
        while self.peek() == ("word", "and"):
            self.take()
            node = Node("and", (node, self.parse_not()))
        return node

    def parse_not(self) -> Node:
        if self.peek() == ("word", "not"):
            self.take()
            self.take("(")
            inner = self.parse_or()
            self.take(")")
            return Node("not", (inner,))
        left = self.parse_value()
        token = self.peek()
        if token and token[0] == "op" and token[1] in _COMPARE:
            self.take()
            return Node(token[1], (left, self.parse_value()))
        return left

    def parse_value(self) -> Node:
        kind, value = self.take()
        if kind == "var":
            return Node("var", (value[2:-1],))
        if kind == "dot":
            return Node("dot", ())
        if kind == "str":
            return Node("str", (value[1:-1],))
        if kind == "num":
            return Node("num", (float(value),))
        if (kind, value) == ("op", "("):
            inner = self.parse_or()
            self.take(")")
            return inner
        if (kind, value) == ("word", "selected"):
            self.take("(")
            subject = self.parse_value()
            self.take(",")
            option = self.parse_value()
            self.take(")")
            return Node("selected", (subject, option))
        raise ExpressionError(f"unexpected '{value}'")


def _eval(node: Node, answers: dict[str, Any], current: Any) -> Any:
    op, args = node.op, node.args
    if op == "var":
        return answers.get(args[0])
    if op == "dot":
        return current
    if op in ("str", "num"):
        return args[0]
    if op == "not":
        return not _eval(args[0], answers, current)
    if op == "and":
        return _eval(args[0], answers, current) and _eval(args[1], answers, current)
    if op == "or":
        return _eval(args[0], answers, current) or _eval(args[1], answers, current)
    if op == "selected":
        chosen = _eval(args[0], answers, current)
        option = _eval(args[1], answers, current)
        values = chosen if isinstance(chosen, list | tuple | set) else str(chosen or "").split()
        return str(option) in {str(v) for v in values}
    return _compare(op, _eval(args[0], answers, current), _eval(args[1], answers, current))


def _compare(op: str, left: Any, right: Any) -> bool:
    if left in (None, "") or right in (None, ""):
        return op == "!=" and left != right
    if isinstance(left, int | float) or isinstance(right, int | float):
        try:
            left, right = float(left), float(right)
        except (TypeError, ValueError):
            return op == "!="
    else:
        left, right = str(left), str(right)
    return {
        "=": left == right,
        "!=": left != right,
        "<": left < right,
        "<=": left <= right,
        ">": left > right,
        ">=": left >= right,
    }[op]
