import { deciderSpec } from '@rapport/testing';
import type { InterviewCommand } from './interview.commands';
import { decideInterview } from './interview.decider';
import type { InterviewEvent, Slot } from './interview.events';
import { type InterviewRejection, InterviewRejected } from './interview-rejected';
import { evolveInterview, initialInterviewState, type InterviewState } from './interview.state';

const at = new Date('2026-03-02T09:00:00Z');
const ids = { memberId: 'm-1', contactId: 'c-1', interviewId: 'i-1' };
const target = { memberId: 'm-1', interviewId: 'i-1', at };
const slot: Slot = {
  startsAt: '2026-03-10T15:00:00.000Z',
  durationMinutes: 20,
  timeZone: 'Europe/London',
  format: 'video',
  location: 'https://meet.example/abc',
};
const later: Slot = { ...slot, startsAt: '2026-03-11T15:00:00.000Z' };
const conversation = {
  notes: 'Talked about flood modelling.',
  adviceItems: ['Learn QGIS'],
  commitments: [{ id: 'k-1', text: 'Send my CV', due: '2026-03-14' }],
  closingAsks: {
    linkedin: true,
    keepInTouch: true,
    referrals: [{ referralId: 'r-1', name: 'Ana Ruiz' }],
  },
};

const scheduled: InterviewEvent = {
  type: 'InterviewScheduled',
  data: { ...ids, ...slot, sequence: 0, fingerprint: 'f-1', at: at.toISOString() },
};
const cancelled: InterviewEvent = {
  type: 'InterviewCancelled',
  data: { ...ids, sequence: 1, at: at.toISOString() },
};
const completed: InterviewEvent = {
  type: 'InterviewCompleted',
  data: { ...ids, ...conversation, fingerprint: 'done-1', completedAt: at.toISOString() },
};

const given = deciderSpec<InterviewCommand, InterviewEvent, InterviewState, InterviewRejection>(
  { decide: decideInterview, evolve: evolveInterview, initialState: initialInterviewState },
  InterviewRejected,
);

const schedule: InterviewCommand = {
  type: 'ScheduleInterview',
  ...target,
  contactId: 'c-1',
  slot,
  fingerprint: 'f-1',
};

describe('scheduling', () => {
  it('schedules a new interview with SEQUENCE 0', () => given([]).when(schedule).then([scheduled]));

  it('answers a repeated request (same id, same body) with nothing new', () =>
    given([scheduled]).when(schedule).then([]));

  it('refuses the same id with another body', () =>
    given([scheduled])
      .when({ ...schedule, fingerprint: 'f-2' })
      .rejects('exists'));

  it('moves the interview and raises the SEQUENCE', () =>
    given([scheduled])
      .when({ type: 'RescheduleInterview', ...target, slot: later })
      .then([
        {
          type: 'InterviewRescheduled',
          data: { ...ids, ...later, sequence: 1, at: at.toISOString() },
        },
      ]));

  it('does nothing when rescheduled to the same slot', () =>
    given([scheduled])
      .when({ type: 'RescheduleInterview', ...target, slot })
      .then([]));

  it('cancels with a higher SEQUENCE, once', () => {
    given([scheduled])
      .when({ type: 'CancelInterview', ...target, reason: 'ill' })
      .then([
        {
          type: 'InterviewCancelled',
          data: { ...ids, reason: 'ill', sequence: 1, at: at.toISOString() },
        },
      ]);
    given([scheduled, cancelled])
      .when({ type: 'CancelInterview', ...target })
      .then([]);
  });

  it('refuses to move a cancelled or held interview, or one never scheduled', () => {
    given([scheduled, cancelled])
      .when({ type: 'RescheduleInterview', ...target, slot: later })
      .rejects('cancelled');
    given([scheduled, completed])
      .when({ type: 'RescheduleInterview', ...target, slot: later })
      .rejects('completed');
    given([])
      .when({ type: 'CancelInterview', ...target })
      .rejects('not-found');
  });
});

describe('calendar replies', () => {
  const reply = (sequence: number, partstat: 'accepted' | 'declined' = 'accepted') =>
    ({ type: 'RecordInvitationReply', ...target, partstat, sequence }) as const;
  const recorded: InterviewEvent = {
    type: 'InvitationReplyRecorded',
    data: { ...ids, partstat: 'accepted', sequence: 0, at: at.toISOString() },
  };

  it('records the contact’s answer', () => given([scheduled]).when(reply(0)).then([recorded]));
  it('records it once', () => given([scheduled, recorded]).when(reply(0)).then([]));

  it('ignores an answer to an older version of the invitation', () => {
    const moved: InterviewEvent = {
      type: 'InterviewRescheduled',
      data: { ...ids, ...later, sequence: 1, at: at.toISOString() },
    };
    given([scheduled, moved]).when(reply(0)).then([]);
  });

  it('forgets the answer to an invitation that moved', () => {
    const moved: InterviewEvent = {
      type: 'InterviewRescheduled',
      data: { ...ids, ...later, sequence: 1, at: at.toISOString() },
    };
    const { state } = given([scheduled, recorded, moved]);
    expect(state.status === 'scheduled' && state.reply).toBeFalsy();
    given([scheduled, recorded, moved])
      .when(reply(1))
      .then([
        {
          type: 'InvitationReplyRecorded',
          data: { ...ids, partstat: 'accepted', sequence: 1, at: at.toISOString() },
        },
      ]);
  });

  it('ignores answers once the interview is cancelled', () =>
    given([scheduled, cancelled]).when(reply(1, 'declined')).then([]));
});

describe('the question plan', () => {
  const question = {
    id: 'q-1',
    text: 'What surprised you?',
    theme: 'career path',
    source: 'bank',
    asked: false,
  } as const;

  it('is prepared, then changed (marking a question asked)', () => {
    const prepared: InterviewEvent = {
      type: 'QuestionPlanPrepared',
      data: { ...ids, questions: [question], at: at.toISOString() },
    };
    given([scheduled])
      .when({ type: 'SetQuestionPlan', ...target, plan: { questions: [question] } })
      .then([prepared]);
    const asked = [{ ...question, asked: true }];
    given([scheduled, prepared])
      .when({ type: 'SetQuestionPlan', ...target, plan: { questions: asked } })
      .then([
        { type: 'QuestionPlanChanged', data: { ...ids, questions: asked, at: at.toISOString() } },
      ]);
  });

  it('is not prepared for a cancelled interview', () =>
    given([scheduled, cancelled])
      .when({ type: 'SetQuestionPlan', ...target, plan: { questions: [question] } })
      .rejects('cancelled'));
});

describe('completing', () => {
  const complete: InterviewCommand = {
    type: 'CompleteInterview',
    ...target,
    conversation,
    fingerprint: 'done-1',
  };

  it('records the conversation and the closing asks', () =>
    given([scheduled]).when(complete).then([completed]));
  it('repeats safely', () => given([scheduled, completed]).when(complete).then([]));
  it('refuses other notes for an interview already recorded', () =>
    given([scheduled, completed])
      .when({ ...complete, fingerprint: 'done-2' })
      .rejects('completed'));
  it('cannot complete a cancelled interview', () =>
    given([scheduled, cancelled]).when(complete).rejects('cancelled'));
});

describe('after the conversation', () => {
  const thank = {
    type: 'SendThankYou',
    ...target,
    channel: 'email',
    subject: 'Thank you',
    body: 'Dear…',
  } as const;
  const thanked: InterviewEvent = {
    type: 'ThankYouSent',
    data: {
      ...ids,
      channel: 'email',
      subject: 'Thank you',
      body: 'Dear…',
      sentAt: at.toISOString(),
    },
  };

  it('thanks once, by one channel', () => {
    given([scheduled, completed]).when(thank).then([thanked]);
    given([scheduled, completed, thanked]).when(thank).then([]);
    given([scheduled, completed, thanked])
      .when({ ...thank, channel: 'note' })
      .rejects('already-thanked');
  });

  it('cannot thank before the conversation is recorded', () =>
    given([scheduled]).when(thank).rejects('not-completed'));

  it('fulfils a known commitment once', () => {
    const fulfil = { type: 'FulfilCommitment', ...target, commitmentId: 'k-1' } as const;
    const fulfilled: InterviewEvent = {
      type: 'CommitmentFulfilled',
      data: { ...ids, commitmentId: 'k-1', at: at.toISOString() },
    };
    given([scheduled, completed]).when(fulfil).then([fulfilled]);
    given([scheduled, completed, fulfilled]).when(fulfil).then([]);
    given([scheduled, completed])
      .when({ ...fulfil, commitmentId: 'k-9' })
      .rejects('unknown-commitment');
  });

  it('logs a touch under its id, repeatably', () => {
    const touchedAt = new Date('2026-05-01T12:00:00Z');
    const log = {
      type: 'LogTouch',
      ...target,
      touchId: 't-1',
      kind: 'shared_article',
      touchedAt,
      fingerprint: 'touch-f',
    } as const;
    const logged: InterviewEvent = {
      type: 'TouchLogged',
      data: {
        ...ids,
        touchId: 't-1',
        kind: 'shared_article',
        fingerprint: 'touch-f',
        touchedAt: touchedAt.toISOString(),
      },
    };
    given([scheduled, completed]).when(log).then([logged]);
    given([scheduled, completed, logged]).when(log).then([]);
    given([scheduled, completed, logged])
      .when({ ...log, fingerprint: 'other' })
      .rejects('touch-exists');
    given([scheduled]).when(log).rejects('not-completed');
  });
});
