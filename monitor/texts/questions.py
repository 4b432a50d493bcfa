"""Texts of the learning-question proposals: the evidence a proposal rests on."""

TEXT = {
    "derive.evidence": {
        "nl": "{factors} uit {sources}",
        "en": "{factors} from {sources}",
    },
    "derive.evidence_groups": {
        "nl": "{factors} uit {sources}, {groups}",
        "en": "{factors} from {sources}, {groups}",
    },
}
