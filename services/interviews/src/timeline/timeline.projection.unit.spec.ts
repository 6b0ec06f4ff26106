import { timelineEventOf } from './timeline-entry';
import { consumed, RELATIONSHIP } from './timeline-fixtures';
import { entryKey, timelineProjection } from './timeline.projection';

describe('the timeline projection', () => {
  const at = new Date('2026-03-02T09:00:00Z');
  const project = (
    type: 'rapport.interviews.v1.TouchLogged' | 'rapport.interviews.v1.InterviewCancelled',
  ) => {
    const payload = { ...RELATIONSHIP, interviewId: 'i-1', touchId: 't-1' };
    const event = consumed(type, payload, {
      eventId: 'ev.1',
      streamId: 'interview:i-1',
      version: 2,
      occurredAt: at,
      tenantId: 'uni-b',
    });
    const line = timelineEventOf(event);
    if (!line) throw new Error('no line');
    return timelineProjection.project(line);
  };

  it('writes one document per tenant and relationship, the entry under a dot-free key of its event', () => {
    const [change] = project('rapport.interviews.v1.InterviewCancelled');
    expect(change?.id).toBe('uni-b|member-ada:c-grace');
    const key = entryKey('ev.1');
    expect(key).not.toMatch(/[.$]/);
    expect(change?.update.$set).toMatchObject({
      ...RELATIONSHIP,
      tenantId: 'uni-b',
      [`entries.${key}`]: { eventId: 'ev.1' },
    });
    // Not a touch: the last touch is left alone.
    expect(change?.update.$max).toBeUndefined();
  });

  it('moves the last touch forward only, so lines may arrive out of order', () => {
    const [change] = project('rapport.interviews.v1.TouchLogged');
    expect(change?.update.$max).toEqual({ lastTouchAt: at });
  });
});
