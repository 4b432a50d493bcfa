"""Small instruments written out for tests."""

VALID = """\
id: mini
version: 1
mode: survey
title: {nl: "Mini", en: "Mini"}
sections:
  - id: main
    title: {nl: "Hoofd", en: "Main"}
    questions:
      - id: role
        type: single_choice
        label: {nl: "Rol?", en: "Role?"}
        other: true
        choices:
          - {value: "coach", label: {nl: "Coach", en: "Coach"}}
          - {value: "employer", label: {nl: "Werkgever", en: "Employer"}}
      - id: why
        type: long_text
        label: {nl: "Waarom?", en: "Why?"}
        relevant: "${role} = 'coach'"
        cell: {level: actor, dimension: learning}
        indicators: [own_goal]
"""
