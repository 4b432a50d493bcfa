"""The domain records of a social lab. Records are frozen dataclasses: the store hands the same
objects to every session, so nobody may change them in place; `dataclasses.replace` makes a
changed copy that is then saved."""

from __future__ import annotations

import dataclasses
import datetime as dt
import secrets
import types
import typing
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, TypeVar

SCHEMA_VERSION = 1

_ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"  # no look-alikes (l/1, o/0)


def new_id(rng: Any = None) -> str:
    """A short random id; pass a seeded `random.Random` for reproducible synthetic data."""
    choice = rng.choice if rng is not None else secrets.choice
    return "".join(choice(_ID_ALPHABET) for _ in range(10))


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


class StakeholderGroup(StrEnum):
    EMPLOYER = "employer"
    JOB_SEEKER = "job_seeker"
    JOB_COACH = "job_coach"
    JOB_COMPANY_MANAGEMENT = "job_company_management"
    MUNICIPALITY = "municipality"
    RESEARCHER = "researcher"
    CIVIL_SOCIETY = "civil_society"
    BUSINESS_AMBASSADOR = "business_ambassador"
    OTHER = "other"


class Consent(StrEnum):
    UNKNOWN = "unknown"
    GIVEN = "given"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class ActivityKind(StrEnum):
    WORK_SESSION = "work_session"
    STEERING_MEETING = "steering_meeting"
    COACH_MEETING = "coach_meeting"
    SITE_VISIT = "site_visit"
    INTERVIEW = "interview"
    FOCUS_GROUP = "focus_group"
    COMMUNICATION = "communication"
    OTHER = "other"


class SourceKind(StrEnum):
    INTERVIEW = "interview"
    MINUTES = "minutes"
    OBSERVATION = "observation"
    DOCUMENT = "document"
    SURVEY_RESPONSE = "survey_response"
    WORKSHOP = "workshop"


class FactorKind(StrEnum):
    ENABLER = "enabler"
    BARRIER = "barrier"


class QuestionStatus(StrEnum):
    DRAFT = "draft"
    REJECTED = "rejected"  # a draft the researcher turned down; remembered for re-derivation
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"
    DROPPED = "dropped"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    DOING = "doing"
    DONE = "done"
    DROPPED = "dropped"


@dataclass(frozen=True, kw_only=True)
class Record:
    """Common bookkeeping: a stable id, UTC timestamps and a revision for conflict checks."""

    KIND: ClassVar[str] = ""
    id: str = field(default_factory=new_id)
    created: str = ""
    updated: str = ""
    revision: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _encode(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        return _decode_dataclass(cls, data)


R = TypeVar("R", bound=Record)


@dataclass(frozen=True, kw_only=True)
class Phase:
    id: str = field(default_factory=new_id)
    name: str
    start: dt.date
    end: dt.date

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True, kw_only=True)
class LabTheme:
    """A theme a lab adds to the default codebook."""

    id: str
    label: dict[str, str] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class Lab(Record):
    KIND: ClassVar[str] = "labs"
    name: str
    goal: str = ""
    description: str = ""
    language: str = "nl"
    phases: tuple[Phase, ...] = ()
    disclosure_threshold: int = 5  # smallest group shown in survey results and reports
    retention_until: dt.date | None = None  # after it, names and contacts are dropped
    retention_done: dt.date | None = None
    themes: tuple[LabTheme, ...] = ()
    nearing_end: bool = False  # marked by the researcher: learning questions turn to anchoring
    stall_weeks: int = 4  # an open action not updated for this many weeks is stalled

    def phase(self, phase_id: str | None) -> Phase | None:
        return next((p for p in self.phases if p.id == phase_id), None)

    def phase_of(self, day: dt.date) -> Phase | None:
        return next((p for p in self.phases if p.contains(day)), None)

    def phase_number(self, phase_id: str | None) -> int | None:
        ids = [p.id for p in self.phases]
        return ids.index(phase_id) + 1 if phase_id in ids else None


@dataclass(frozen=True, kw_only=True)
class LabRecord(Record):
    lab_id: str


@dataclass(frozen=True, kw_only=True)
class Stakeholder(LabRecord):
    KIND: ClassVar[str] = "stakeholders"
    name: str
    group: StakeholderGroup = StakeholderGroup.OTHER
    organisation: str = ""
    consent: Consent = Consent.UNKNOWN
    pseudonym: str = ""  # used in reports and exports instead of the name
    pseudonym_since: str = ""  # UTC time the code was given ("" = when the record was created)
    former_pseudonyms: tuple[str, ...] = ()  # published codes replaced since; never given again


@dataclass(frozen=True, kw_only=True)
class Activity(LabRecord):
    KIND: ClassVar[str] = "activities"
    kind: ActivityKind = ActivityKind.OTHER
    title: str
    date: dt.date
    phase_id: str = ""
    goals: str = ""
    participant_ids: tuple[str, ...] = ()
    counts: dict[StakeholderGroup, int] = field(default_factory=dict)

    @property
    def participant_total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, kw_only=True)
class Source(LabRecord):
    KIND: ClassVar[str] = "sources"
    kind: SourceKind = SourceKind.DOCUMENT
    title: str
    date: dt.date
    phase_id: str = ""
    activity_id: str = ""
    stakeholder_ids: tuple[str, ...] = ()
    text: str = ""
    protocol_id: str = ""
    protocol_version: int | None = None
    answers: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class Factor(LabRecord):
    """An enabling or hindering factor, coded by the researcher from a passage of a source."""

    KIND: ClassVar[str] = "factors"
    kind: FactorKind
    text: str
    phase_id: str
    themes: tuple[str, ...] = ()
    groups: tuple[StakeholderGroup, ...] = ()
    step: int | None = None  # trajectory step 1-6
    source_id: str = ""
    quote: str = ""


@dataclass(frozen=True, kw_only=True)
class HistoryEntry:
    at: str
    event: str  # raised, accepted, reformulated, carried_over, answered, dropped, discussed ...
    note: str = ""
    phase_id: str = ""


@dataclass(frozen=True, kw_only=True)
class LearningQuestion(LabRecord):
    KIND: ClassVar[str] = "learning_questions"
    theme: str
    text: dict[str, str] = field(default_factory=dict)  # language -> wording
    kind: str = "improve"  # improve | sustain | anchor
    phase_id: str = ""  # phase raised
    status: QuestionStatus = QuestionStatus.OPEN
    history: tuple[HistoryEntry, ...] = ()
    factor_ids: tuple[str, ...] = ()
    meeting_ids: tuple[str, ...] = ()
    answer: str = ""

    @property
    def current_phase_id(self) -> str:
        """The phase the question is on the agenda of now: raised, or last carried over to."""
        carried = [h.phase_id for h in self.history if h.event == "carried_over" and h.phase_id]
        return carried[-1] if carried else self.phase_id

    @property
    def on_agenda(self) -> bool:
        return self.status in (QuestionStatus.OPEN, QuestionStatus.IN_PROGRESS)


@dataclass(frozen=True, kw_only=True)
class Action(LabRecord):
    KIND: ClassVar[str] = "actions"
    text: str
    owner_id: str = ""
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    question_id: str = ""
    meeting_id: str = ""
    notes: tuple[HistoryEntry, ...] = ()


@dataclass(frozen=True, kw_only=True)
class InterviewDraft(LabRecord):
    """A guided interview in progress; every answer is stored as it is given."""

    KIND: ClassVar[str] = "interview_drafts"
    protocol_id: str
    protocol_version: int
    stakeholder_id: str = ""
    pseudonym: str = ""  # for an anonymous participant
    date: dt.date
    phase_id: str = ""  # the phase the interview is about; "" = the phase of its date
    position: int = 0  # index of the question in view
    answers: dict[str, Any] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    skipped: tuple[str, ...] = ()


class SurveyForm(StrEnum):
    FULL = "full"
    CORE = "core"  # only the items flagged `core`: the short read-aloud form


class SurveyProfile(StrEnum):
    STANDARD = "standard"
    EASY = "easy"  # low literacy: one statement per screen, smileys, large tap targets


class ResponseMode(StrEnum):
    SELF = "self"
    INTERVIEWER = "interviewer"


class ResponseStatus(StrEnum):
    STARTED = "started"
    SUBMITTED = "submitted"


class InvitationState(StrEnum):
    """Where one invitation stands, as the response overviews show it."""

    NOT_OPENED = "not_opened"
    OPENED = "opened"  # the link was opened, nothing answered yet
    STARTED = "started"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"


class Outcome(StrEnum):
    """How a trajectory ended, set by the researcher (not asked in a survey)."""

    UNKNOWN = "unknown"
    SUCCESSFUL = "successful"
    NOT_SUCCESSFUL = "not_successful"


@dataclass(frozen=True, kw_only=True)
class Survey(LabRecord):
    """A protocol used in survey mode for one wave and one audience."""

    KIND: ClassVar[str] = "surveys"
    protocol_id: str
    protocol_version: int = 1
    title: str = ""
    wave: str = "T0"
    audience_groups: tuple[StakeholderGroup, ...] = ()
    audience_ids: tuple[str, ...] = ()  # participants invited by name, besides the groups
    subject_group: StakeholderGroup | None = None  # e.g. a coach answers about each candidate
    form: SurveyForm = SurveyForm.FULL
    profile: SurveyProfile = SurveyProfile.STANDARD
    opens: dt.date | None = None
    closes: dt.date | None = None
    refusals: int = 0  # people who declined consent: nothing else of them is kept


@dataclass(frozen=True, kw_only=True)
class Participant(LabRecord):
    """The participant registry: who may be invited, kept apart from the answers. Responses
    point here only through the random id; reports and exports show the pseudonym."""

    KIND: ClassVar[str] = "participants"
    name: str
    contact: str = ""
    group: StakeholderGroup = StakeholderGroup.OTHER
    stakeholder_id: str = ""
    pseudonym: str = ""
    subject_ids: tuple[str, ...] = ()  # participants this one answers about (a coach's candidates)
    outcome: Outcome = Outcome.UNKNOWN


@dataclass(frozen=True, kw_only=True)
class Invitation(LabRecord):
    """One participant's link to one survey (about one subject). The link's token is derived
    from the server key and `nonce`; only its hash is stored."""

    KIND: ClassVar[str] = "invitations"
    survey_id: str
    participant_id: str
    subject_id: str = ""
    nonce: str = field(default_factory=new_id)
    token_hash: str = ""
    code_hash: str = ""  # the short code an interviewer types to resume on the phone
    opened: str = ""
    withdrawn: str = ""


@dataclass(frozen=True, kw_only=True)
class ConsentRecord:
    version: int
    text_key: str  # hash of the consent text: a changed text asks again
    at: str
    mode: ResponseMode = ResponseMode.SELF
    witness: str = ""


@dataclass(frozen=True, kw_only=True)
class Response(LabRecord):
    """One participant's answers to one survey; stored answer by answer as they are given."""

    KIND: ClassVar[str] = "responses"
    survey_id: str
    invitation_id: str = ""
    participant_id: str
    subject_id: str = ""
    wave: str
    protocol_id: str
    protocol_version: int
    form: SurveyForm = SurveyForm.FULL
    mode: ResponseMode = ResponseMode.SELF
    interviewer: str = ""
    consent: ConsentRecord
    answers: dict[str, Any] = field(default_factory=dict)
    helped: tuple[str, ...] = ()  # items where help or reading aloud was needed
    position: int = 0
    status: ResponseStatus = ResponseStatus.STARTED
    submitted: str = ""
    reviewed: tuple[str, ...] = ()  # open answers the researcher released for reports

    @property
    def pair_key(self) -> str:
        """Who the answers are about: the subject's trajectory, or the participant."""
        return self.subject_id or self.participant_id


@dataclass(frozen=True, kw_only=True)
class Meeting(LabRecord):
    """A steering-group meeting held in meeting mode. Its steering-group Activity is what
    questions (meeting_ids) and actions (meeting_id) point to; the log keeps every decision."""

    KIND: ClassVar[str] = "meetings"
    activity_id: str
    date: dt.date
    attendee_ids: tuple[str, ...] = ()
    closed: str = ""  # UTC time the chair closed it; "" while it runs
    log: tuple[HistoryEntry, ...] = ()  # event: action | status | reformulated | discussed | vote
    minutes_source_id: str = ""


@dataclass(frozen=True, kw_only=True)
class VoteRound(LabRecord):
    """A prioritisation round over learning questions. Participants vote anonymously through
    a link; only a hash of the link's token is stored."""

    KIND: ClassVar[str] = "vote_rounds"
    meeting_id: str
    question_ids: tuple[str, ...]
    votes_each: int = 3
    token_hash: str
    ballots: dict[str, tuple[str, ...]] = field(default_factory=dict)  # voter key -> questions
    closed: str = ""
    # The link and the six-letter code are made from the store's key and this nonce, so the
    # chair's screen can show them again after a reload; a new link draws a new nonce.
    link_nonce: str = ""
    code_hash: str = ""

    def counts(self) -> dict[str, int]:
        tally = dict.fromkeys(self.question_ids, 0)
        for chosen in self.ballots.values():
            for question_id in chosen:
                tally[question_id] = tally.get(question_id, 0) + 1
        return tally


@dataclass(frozen=True, kw_only=True)
class Narrative(LabRecord):
    """A passage the researcher writes for a report: a phase report's summary, the final
    report's lessons for a theme. Its id follows from where it belongs, so two sessions
    writing the same passage meet on one record (and its revision) instead of making two."""

    KIND: ClassVar[str] = "narratives"
    report: str  # phase | meeting | final | cover
    phase_id: str = ""
    section: str  # summary | observations | recommendations | lessons | principles | author
    theme: str = ""
    text: str = ""


@dataclass(frozen=True, kw_only=True)
class SnapshotQuestion:
    """A learning question as it stood on the agenda at a snapshot. Actions are kept as
    (id, status) only: their wording lives in the Action, so erasing a name there is enough."""

    id: str
    theme: str
    kind: str = "improve"
    status: QuestionStatus
    text: dict[str, str] = field(default_factory=dict)
    answer: str = ""
    actions: dict[str, ActionStatus] = field(default_factory=dict)  # action id -> status


@dataclass(frozen=True, kw_only=True)
class AgendaSnapshot(LabRecord):
    """The learning agenda when a steering-group meeting closed or a phase was closed."""

    KIND: ClassVar[str] = "agenda_snapshots"
    occasion: str  # meeting | phase
    ref_id: str  # the meeting's or the phase's id
    date: dt.date
    questions: tuple[SnapshotQuestion, ...] = ()


class TrajectoryOutcome(StrEnum):
    """How a candidate's trajectory ended (or that it still runs)."""

    INTENDED_JOB = "intended_job"
    OTHER_EMPLOYER = "other_employer"
    AGENCY = "agency"
    LEARNING = "learning"
    NO_JOB = "no_job"
    UNKNOWN = "unknown"


class LearningLocation(StrEnum):
    EMPLOYER = "employer"  # at the future employer
    OTHER_EMPLOYER = "other_employer"
    JOB_COMPANY = "job_company"
    TRAINING = "training"  # training or school


@dataclass(frozen=True, kw_only=True)
class TrajectoryStep:
    """One of the six generic steps from a future job in view to the regular job."""

    number: int  # 1-6
    reached: dt.date | None = None
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class Trajectory(LabRecord):
    """One candidate's way to a job: known by the candidate's code, never by name."""

    KIND: ClassVar[str] = "trajectories"
    candidate: str  # the code (pseudonym) of the candidate in the participant registry
    participant_id: str = ""  # that registry entry: survey responses pair by it
    route: str
    employer_id: str = ""  # a stakeholder of the employer group
    location: LearningLocation | None = None
    job: str = ""
    coach_id: str = ""  # a stakeholder of the job-coach group
    start: dt.date | None = None  # start and end of the learning period
    end: dt.date | None = None
    steps: tuple[TrajectoryStep, ...] = ()
    outcome: TrajectoryOutcome = TrajectoryOutcome.UNKNOWN
    reason: str = ""  # why the candidate left, where known
    arm_id: str = ""  # the arm or cohort the candidate belongs to, if any
    factor_ids: tuple[str, ...] = ()  # factors coded about this trajectory


@dataclass(frozen=True, kw_only=True)
class TrajectoryRoute:
    id: str
    label: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class TrajectorySettings(LabRecord):
    """The routes a lab works with (one record per lab, id `routes`)."""

    KIND: ClassVar[str] = "trajectory_settings"
    routes: tuple[TrajectoryRoute, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ArmMoment:
    """Outflow of one arm at one moment: counts by reason (work, part_time, other, benefit)."""

    moment: str
    date: dt.date | None = None
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class Arm(LabRecord):
    """A group to compare: a pilot arm, a control group or a cohort, often known only in
    aggregate (its size and outcome counts), never by person."""

    KIND: ClassVar[str] = "arms"
    name: str
    kind: str = "pilot"  # pilot | control | cohort
    size: int = 0
    description: str = ""
    moments: tuple[ArmMoment, ...] = ()


@dataclass(frozen=True, kw_only=True)
class QdaCode:
    """A code of a REFI-QDA project as the other package had it."""

    guid: str
    name: str
    path: str = ""  # names from the top of the tree down, joined with " > "
    parent: str = ""  # guid of the parent code
    description: str = ""
    color: str = ""
    codable: bool = True


@dataclass(frozen=True, kw_only=True)
class QdaSource:
    guid: str
    name: str
    text: str = ""
    missing: bool = False  # the archive did not hold the text
    created: str = ""  # creationDateTime as written
    kind: str = ""  # a SourceKind, when the project says (our own export does)
    stakeholder_ids: tuple[str, ...] = ()  # from cases or sets that name a known stakeholder
    groups: tuple[StakeholderGroup, ...] = ()  # from a case's group variable
    source_id: str = ""  # the lab source it became (on the first confirmed draft)


class DraftStatus(StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


@dataclass(frozen=True, kw_only=True)
class QdaDraft:
    """One coded text selection, waiting to become a factor."""

    guid: str
    source_guid: str
    start: int
    end: int
    quote: str = ""
    description: str = ""
    code_guids: tuple[str, ...] = ()
    status: DraftStatus = DraftStatus.PENDING
    factor_id: str = ""


@dataclass(frozen=True, kw_only=True)
class QdaImport(LabRecord):
    """A REFI-QDA project read into a lab: its codes, the researcher's mapping of codes to
    themes and kinds, and its coded selections as drafts. Nothing becomes a source or a factor
    before the researcher confirms a draft."""

    KIND: ClassVar[str] = "qda_imports"
    filename: str
    origin: str = ""
    project: str = ""
    codes: tuple[QdaCode, ...] = ()
    themes: dict[str, str] = field(default_factory=dict)  # code guid -> theme id ("" = none)
    kinds: dict[str, str] = field(default_factory=dict)  # code guid -> enabler | barrier | ""
    sources: tuple[QdaSource, ...] = ()
    drafts: tuple[QdaDraft, ...] = ()
    unsupported: tuple[str, ...] = ()  # what the project held that was not imported, in words
    phase_id: str = ""  # phase for drafts whose source date falls in no phase


class WorkshopKind(StrEnum):
    TIMELINE = "timeline"
    REFLECTION = "reflection"
    SYSTEM = "system"
    EYE_OPENER = "eye_opener"


@dataclass(frozen=True, kw_only=True)
class TimelineEvent:
    """A moment on a timeline workshop's line: drafted from the lab's records (origin names the
    record kind) or added by a participant (origin "participant")."""

    id: str
    date: dt.date
    label: dict[str, str] = field(default_factory=dict)  # language -> text
    origin: str = "participant"  # phase | activity | meeting | decision | factor | participant
    voter: str = ""  # the phone that added it (participant events only)


@dataclass(frozen=True, kw_only=True)
class WorkshopEntry:
    """One contribution from a phone (or the shared screen). `voter` is a random key of the
    phone, never a person: nobody, the researcher included, can tell who wrote what."""

    id: str = field(default_factory=new_id)
    voter: str
    item: str = ""  # timeline event, reflection question or matrix cell "<row>|<actor>"
    mark: str = ""  # timeline: high | low | learning; system: barrier | opportunity
    score: int | None = None  # reflection: 1-10
    text: str = ""  # the reason, the event, the barrier or the eye-opener
    action: str = ""  # eye-opener: the participant's own action
    date: dt.date | None = None  # timeline: the date of an event a participant adds
    at: str = ""


@dataclass(frozen=True, kw_only=True)
class Workshop(LabRecord):
    """A reflexive-monitoring workshop on the shared screen with phones joining by QR."""

    KIND: ClassVar[str] = "workshops"
    kind: WorkshopKind
    title: str
    date: dt.date
    token_hash: str
    events: tuple[TimelineEvent, ...] = ()
    actors: tuple[str, ...] = ()  # system analysis: the matrix's columns (stakeholder groups)
    entries: tuple[WorkshopEntry, ...] = ()
    closed: str = ""
    source_id: str = ""  # the workshop source written at closing
    action_ids: tuple[str, ...] = ()  # agenda actions that came out of it


# -- the programme level: labs of several regions learning together ---------------------------
# A programme and what belongs to it are top-level records (like Lab: no lab_id); the store keeps
# them in its catalog scope (`store.records(None, Programme)`). What a lab shares with its
# programme is a record of the lab (ProgrammeShare), so the lab owns, audits and exports it.


class ShareKind(StrEnum):
    QUESTION = "question"  # a learning question of the lab
    LESSON = "lesson"
    PRINCIPLE = "principle"  # a design principle
    PRACTICE = "practice"  # a best practice


@dataclass(frozen=True, kw_only=True)
class ProgrammeShare(LabRecord):
    """Something a lab chose to show its programme; the programme sees nothing else of the
    lab but aggregate counts. The wording is copied when it is shared: what went out is what
    the researcher saw, and a later edit in the lab does not leak."""

    KIND: ClassVar[str] = "programme_shares"
    kind: ShareKind
    theme: str  # a codebook theme id
    text: dict[str, str] = field(default_factory=dict)  # language -> wording
    question_id: str = ""  # the lab's learning question (kind question)
    shared: str = ""  # UTC time it was shared
    withdrawn: str = ""  # UTC time it was taken back; "" while shared

    @property
    def active(self) -> bool:
        return not self.withdrawn


@dataclass(frozen=True, kw_only=True)
class Pillar:
    id: str
    label: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class ProgrammeTheme:
    """A learning theme of the programme, under one pillar, gathering codebook themes."""

    id: str
    pillar: str
    label: dict[str, str] = field(default_factory=dict)
    themes: tuple[str, ...] = ()  # codebook theme ids (protocols/codebook.yaml)


@dataclass(frozen=True, kw_only=True)
class ProgrammeMember:
    lab_id: str
    region: str = ""  # the labour-market region the lab works in
    joined: dt.date | None = None


@dataclass(frozen=True, kw_only=True)
class Programme(Record):
    KIND: ClassVar[str] = "programmes"
    name: str
    description: str = ""
    lead: str = ""  # the user name of the programme lead
    language: str = "nl"
    pillars: tuple[Pillar, ...] = ()
    themes: tuple[ProgrammeTheme, ...] = ()
    members: tuple[ProgrammeMember, ...] = ()

    @property
    def lab_ids(self) -> tuple[str, ...]:
        return tuple(m.lab_id for m in self.members)

    def member(self, lab_id: str) -> ProgrammeMember | None:
        return next((m for m in self.members if m.lab_id == lab_id), None)

    def theme(self, theme_id: str) -> ProgrammeTheme | None:
        return next((t for t in self.themes if t.id == theme_id), None)

    def pillar(self, pillar_id: str) -> Pillar | None:
        return next((p for p in self.pillars if p.id == pillar_id), None)


@dataclass(frozen=True, kw_only=True)
class ProgrammeRecord(Record):
    programme_id: str


@dataclass(frozen=True, kw_only=True)
class ProgrammeQuestion(ProgrammeRecord):
    """A question of the national learning agenda, resting on what labs shared, on barriers
    that recur across labs, or on what a national meeting said."""

    KIND: ClassVar[str] = "programme_questions"
    theme: str  # a programme theme id
    text: dict[str, str] = field(default_factory=dict)
    origin: str = "manual"  # shared | barrier | meeting | manual
    status: QuestionStatus = QuestionStatus.OPEN
    owner: str = ""  # the lab that takes the lead; "" = the programme team
    lab_ids: tuple[str, ...] = ()  # the labs behind it
    share_ids: tuple[str, ...] = ()  # the shared items behind it
    evidence_ids: tuple[str, ...] = ()  # programme evidence (table sessions) behind it
    history: tuple[HistoryEntry, ...] = ()
    answer: str = ""

    @property
    def on_agenda(self) -> bool:
        return self.status in (QuestionStatus.OPEN, QuestionStatus.IN_PROGRESS)


@dataclass(frozen=True, kw_only=True)
class ProgrammeAction(ProgrammeRecord):
    KIND: ClassVar[str] = "programme_actions"
    question_id: str
    text: str
    owner: str = ""  # a member lab, or "" for the programme team
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.PLANNED


@dataclass(frozen=True, kw_only=True)
class NationalMeeting(ProgrammeRecord):
    """A national meeting on a shared screen, phones joining by QR code."""

    KIND: ClassVar[str] = "national_meetings"
    title: str
    date: dt.date
    token_hash: str
    link_nonce: str = ""  # the join link is made again from the store's key and this
    closed: str = ""
    evidence_ids: tuple[str, ...] = ()  # what its table sessions became


@dataclass(frozen=True, kw_only=True)
class ProgrammeVote(ProgrammeRecord):
    """The prioritisation round of a national meeting: one ballot per phone, up to
    `votes_each` items per ballot; items are "theme:<id>" or "question:<id>"."""

    KIND: ClassVar[str] = "programme_votes"
    meeting_id: str
    items: tuple[str, ...]
    votes_each: int = 3
    ballots: dict[str, tuple[str, ...]] = field(default_factory=dict)  # phone key -> items
    closed: str = ""

    def counts(self) -> dict[str, int]:
        tally = dict.fromkeys(self.items, 0)
        for chosen in self.ballots.values():
            for item in chosen:
                tally[item] = tally.get(item, 0) + 1
        return tally


@dataclass(frozen=True, kw_only=True)
class TableEntry:
    id: str = field(default_factory=new_id)
    voter: str  # a phone's random key, or "screen" for the table host
    mark: str  # bottleneck | solution | practice
    text: str
    at: str = ""


@dataclass(frozen=True, kw_only=True)
class TableSession(ProgrammeRecord):
    """One table of a national meeting, talking about one programme theme."""

    KIND: ClassVar[str] = "table_sessions"
    meeting_id: str
    number: int
    theme: str  # a programme theme id
    entries: tuple[TableEntry, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ProgrammeEvidence(ProgrammeRecord):
    """What a table session produced, kept as programme evidence when the meeting closed."""

    KIND: ClassVar[str] = "programme_evidence"
    theme: str
    mark: str  # bottleneck | solution | practice
    text: str
    meeting_id: str = ""
    table: int = 0
    date: dt.date | None = None


RECORD_TYPES: tuple[type[LabRecord], ...] = (
    Stakeholder,
    Activity,
    Source,
    Factor,
    LearningQuestion,
    Action,
    Survey,
    Participant,
    Invitation,
    Response,
    InterviewDraft,
    Meeting,
    VoteRound,
    Narrative,
    AgendaSnapshot,
    Trajectory,
    TrajectorySettings,
    Arm,
    QdaImport,
    Workshop,
    ProgrammeShare,
)
RECORD_KINDS: dict[str, type[LabRecord]] = {cls.KIND: cls for cls in RECORD_TYPES}
# Top-level records, kept outside every lab (`store.records(None, cls)`).
PROGRAMME_TYPES: tuple[type[Record], ...] = (
    Programme,
    ProgrammeQuestion,
    ProgrammeAction,
    NationalMeeting,
    ProgrammeVote,
    TableSession,
    ProgrammeEvidence,
)
CATALOG_KINDS: dict[str, type[Record]] = {
    Lab.KIND: Lab,
    **{cls.KIND: cls for cls in PROGRAMME_TYPES},
}


def trail_owner(record: Record) -> str:
    """Whose audit trail a change of this record goes to: its lab's, its programme's, or (a
    lab or a programme itself) its own."""
    return getattr(record, "lab_id", None) or getattr(record, "programme_id", None) or record.id


# -- dict conversion -------------------------------------------------------------------------
# Records hold typed values (dates, enums, tuples); the store holds plain JSON. These two
# functions are the only bridge, driven by the type hints so a new field needs no extra code.


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(_encode(k)): _encode(v) for k, v in value.items()}
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _decode_dataclass(cls: type, data: dict[str, Any]) -> Any:
    if not isinstance(data, dict):
        raise ValueError(f"{cls.__name__}: expected an object, got {type(data).__name__}")
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    kwargs = {
        f.name: _decode(hints[f.name], data[f.name])
        for f in dataclasses.fields(cls)
        if f.init and f.name in data
    }
    return cls(**kwargs)


def _decode(tp: Any, value: Any) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        return _decode(next(a for a in args if a is not type(None)), value)
    if origin is tuple:
        if args[0] is str:
            return tuple(value)
        return tuple(_decode(args[0], v) for v in value)
    if origin is dict:
        if args == (str, Any):  # free-form answers: JSON as it is, the hot path of big files
            return dict(value)
        return {_decode(args[0], k): _decode(args[1], v) for k, v in value.items()}
    if tp is Any:
        return value
    if dataclasses.is_dataclass(tp):
        return _decode_dataclass(tp, value)
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        return tp(value)
    if tp is dt.date:
        return dt.date.fromisoformat(value)
    if tp is int and not isinstance(value, bool):
        return int(value)
    return value
