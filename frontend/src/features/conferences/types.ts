import type { components } from '@/lib/api/schema.gen';

export type Conference = components['schemas']['Conference'];
export type ConferenceSummary = components['schemas']['ConferenceSummary'];
export type ConferencePage = components['schemas']['ConferencePage'];
export type ConferenceInput = components['schemas']['ConferenceInput'];
export type ConferenceKind = components['schemas']['ConferenceKind'];
export type ConferenceStatus = components['schemas']['ConferenceStatus'];
export type ConferenceStatusChange = components['schemas']['ConferenceStatusChange'];
export type AttendeeInput = components['schemas']['AttendeeInput'];
export type AgendaItemInput = components['schemas']['AgendaItemInput'];
export type AgendaLinkKind = components['schemas']['AgendaLinkKind'];
export type StoredFile = components['schemas']['StoredFile'];

export const CONFERENCE_KINDS: readonly ConferenceKind[] = ['COVENANT_SIGNING', 'MID_YEAR_REVIEW', 'YEAR_END_REVIEW', 'OTHER'];

/** The actions a conference's read may list (the server decides; the SPA only shows what it lists). */
export type ConferenceAction =
  | 'UPDATE'
  | 'EDIT_ATTENDANCE'
  | 'EDIT_AGENDA'
  | 'HOLD'
  | 'CANCEL'
  | 'UPLOAD_MINUTES_SCAN'
  | 'SIGN_MINUTES'
  | 'DOWNLOAD_MINUTES';

export function may(conference: { permissions?: string[] }, action: ConferenceAction): boolean {
  return conference.permissions?.includes(action) ?? false;
}

/** The body of a PUT from what a read shows (the form edits a copy of it). */
export function inputOf(c: Conference): ConferenceInput {
  return {
    kind: c.kind,
    title: c.title,
    heldOn: c.heldOn,
    startTime: c.startTime ?? undefined,
    venue: c.venue,
    hostUnitId: c.hostUnit?.id,
    chairName: c.chairName ?? undefined,
    chairTitle: c.chairTitle ?? undefined,
    chairUnitId: c.chairUnit?.id,
    secretaryName: c.secretaryName ?? undefined,
    secretaryTitle: c.secretaryTitle ?? undefined,
    guests: c.guests ?? undefined,
  };
}

/** The attendance a read shows, as the PUT takes it back. */
export function attendanceOf(c: Conference): AttendeeInput[] {
  return c.attendees.map((a) => ({
    unitId: a.unit.id,
    delegateName: a.delegateName ?? undefined,
    delegateTitle: a.delegateTitle ?? undefined,
    mayVote: a.mayVote,
    substituteFor: a.substituteFor ?? undefined,
  }));
}

export function agendaOf(c: Conference): AgendaItemInput[] {
  return c.agenda.map((i) => ({
    id: i.id,
    title: i.title,
    linkKind: i.linkKind ?? undefined,
    linkedId: i.linkedId ?? undefined,
    outcome: i.outcome ?? undefined,
  }));
}
