import { actLabel, type ReadyAction, sendBodyOf } from './ready-actions';

const action = (channel: string, kind: ReadyAction['kind']): ReadyAction => ({
  kind,
  contactId: 'c-1',
  name: 'Grace Hopper',
  draft: { channel, subject: 'Twenty minutes?', body: 'Dear Grace, …' },
});

describe('the one click on a draft', () => {
  it('sends email through Rapport', () => {
    expect(sendBodyOf(action('email', 'request').draft)).toEqual({
      channel: 'email',
      delivery: 'rapport',
      subject: 'Twenty minutes?',
      body: 'Dear Grace, …',
    });
    expect(actLabel(action('email', 'follow-up'))).toBe('Send follow-up to Grace Hopper');
  });

  it('logs what the member sends on another channel', () => {
    expect(sendBodyOf(action('linkedin', 'request').draft).delivery).toBe('logged');
    expect(actLabel(action('linkedin', 'request'))).toBe('Mark request to Grace Hopper as sent');
  });
});
