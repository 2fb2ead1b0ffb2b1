import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { AttendeeInput, Conference } from '@/features/conferences/types';

export function replaceAttendance({ id, etag, attendees }: { id: number; etag: string; attendees: AttendeeInput[] }): Promise<Conference> {
  return call(async () =>
    unwrap(
      await api().PUT('/api/v1/conferences/{id}/attendance', {
        params: { path: { id }, header: { 'If-Match': etag } },
        body: { attendees },
      }),
    ),
  );
}

export function useReplaceAttendance() {
  const client = useQueryClient();
  return useMutation({ mutationFn: replaceAttendance, onSuccess: () => client.invalidateQueries({ queryKey: ['conferences'] }) });
}
