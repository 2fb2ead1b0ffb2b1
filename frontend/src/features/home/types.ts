import type { components } from '@/lib/api/schema.gen';

export type Me = components['schemas']['Me'];
export type MeMembership = components['schemas']['MyMembership'];
