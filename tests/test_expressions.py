import pytest

from monitor.expressions import ExpressionError, evaluate, parse, variables


@pytest.mark.parametrize(
    "source, answers, expected",
    [
        ("${successful} = 'no'", {"successful": "no"}, True),
        ("${successful} = 'no'", {"successful": "yes"}, False),
        ("${successful} = 'no'", {}, False),
        ("${a} != 'x'", {"a": "y"}, True),
        ("selected(${domains}, 'debts')", {"domains": ["debts", "housing"]}, True),
        ("selected(${domains}, 'debts')", {"domains": "housing debts"}, True),
        ("not(selected(${domains}, 'debts'))", {"domains": []}, True),
        ("${n} >= 3 and ${n} < 10", {"n": 4}, True),
        ("${n} >= 3 and ${n} < 10", {"n": "12"}, False),
        ("${a} = 'x' or (${b} = 'y' and ${c} = 'z')", {"b": "y", "c": "z"}, True),
    ],
)
def test_expressions_evaluate_against_answers(source, answers, expected):
    assert evaluate(parse(source), answers) is expected


def test_a_constraint_checks_the_current_answer():
    rule = parse(". >= 0")
    assert evaluate(rule, {}, current=5) and not evaluate(rule, {}, current=-1)


@pytest.mark.parametrize(
    "source",
    [
        "",
        "${a} = ",
        "${a} == 'x'",
        "count(${a}) > 2",
        "${A} = 'x'",
        "(${a} = 'x'",
        "__import__('os')",
    ],
)
def test_anything_outside_the_subset_is_refused(source):
    with pytest.raises(ExpressionError):
        parse(source)


def test_variables_lists_the_questions_an_expression_reads():
    assert variables(parse("${a} = 'x' and not(selected(${b}, 'y'))")) == {"a", "b"}
