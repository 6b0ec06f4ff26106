import type { MemberInterviewsDocument } from '../projections/interview-projections';
import { overlapWarnings } from './overlap-warnings';

const row = (interviewId: string, startsAt: string, endsAt: string, status = 'scheduled') => ({
  interviewId,
  contactId: 'c-1',
  startsAt,
  endsAt,
  durationMinutes: 20,
  timeZone: 'UTC',
  format: 'video',
  status: status as 'scheduled' | 'cancelled' | 'completed',
});

const board: MemberInterviewsDocument = {
  _id: 'uni-a|m-1',
  memberId: 'm-1',
  interviews: {
    a: row('a', '2026-03-10T10:00:00.000Z', '2026-03-10T10:20:00.000Z'),
    b: row('b', '2026-03-10T11:00:00.000Z', '2026-03-10T11:30:00.000Z', 'cancelled'),
  },
};
const slot = (startsAt: string, durationMinutes = 20) => ({
  startsAt,
  durationMinutes,
  timeZone: 'UTC',
  format: 'video' as const,
});

describe('overlap warnings', () => {
  it('names an interview still ahead whose time crosses this one', () => {
    expect(overlapWarnings(board, 'new', slot('2026-03-10T10:15:00Z'))).toEqual([
      expect.objectContaining({ code: 'overlap', interviewId: 'a' }),
    ]);
    expect(overlapWarnings(board, 'new', slot('2026-03-10T09:30:00Z', 60))).toHaveLength(1);
  });

  it('lets back-to-back interviews be, and ignores cancelled ones and the interview itself', () => {
    expect(overlapWarnings(board, 'new', slot('2026-03-10T10:20:00Z'))).toEqual([]);
    expect(overlapWarnings(board, 'new', slot('2026-03-10T09:40:00Z'))).toEqual([]);
    expect(overlapWarnings(board, 'new', slot('2026-03-10T11:10:00Z'))).toEqual([]);
    expect(overlapWarnings(board, 'a', slot('2026-03-10T10:05:00Z'))).toEqual([]);
    expect(overlapWarnings(null, 'new', slot('2026-03-10T10:05:00Z'))).toEqual([]);
  });
});
