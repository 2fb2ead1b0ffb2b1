// Test data for the votes screens' component tests: a vote as GET /api/v1/votes/{id} answers it, changed per test.
import type { Term } from '@/features/votes/types';

export const SXD = { id: 40, code: 'BKN.SXD', name: 'Sở Xây dựng' };
export const SCT = { id: 41, code: 'BKN.SCT', name: 'Sở Công Thương' };
export const TERM = { id: 9, rules: { quorumNumerator: 2, quorumDenominator: 3 } } as unknown as Term;

/** Round 1 of the vote, OPEN, 8 of 11 members present, the two candidates. */
export function roundFixture(over: Record<string, unknown> = {}) {
  return { number: 1, kind: 'FIRST', seats: 1, status: 'OPEN', members: 11, present: 8, candidates: [{ unit: SXD, byLot: false }, { unit: SCT, byLot: false }], ...over };
}

/** A secret election of the leader, OPEN in its first round; {@code over} changes the vote, {@code roundOver} its round. */
export function voteFixture(over: Record<string, unknown> = {}, roundOver: Record<string, unknown> = {}) {
  return {
    id: 12,
    termId: 9,
    termYear: 2023,
    blocName: 'Khối thi đua Kinh tế – Kỹ thuật',
    conferenceId: 8,
    conferenceTitle: 'Hội nghị tổng kết năm 2023',
    kind: 'LEADER_ELECTION',
    leadershipSeats: 'LEADER',
    method: 'SECRET',
    title: 'Bầu Trưởng khối năm 2024',
    seats: 1,
    status: 'OPEN',
    currentRound: 1,
    candidates: [SXD, SCT],
    tellers: [],
    rounds: [roundFixture(roundOver)],
    version: 3,
    permissions: [],
    ...over,
  };
}
