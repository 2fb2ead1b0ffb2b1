import { useState } from 'react';
import { App, Button, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/lib/api/client';
import { WriteError } from '@/lib/ui/error-alert';
import { useRecordTieVotes } from '@/features/rankings/api/rankings';
import type { Ranking } from '@/features/rankings/types';

/** The members' votes for the tied units still waiting for the vote; the ranking is ordered again at once. */
export function TieVotesForm({ ranking, onReload }: { ranking: Versioned<Ranking>; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const record = useRecordTieVotes();
  const tied = ranking.data.rows.filter((r) => r.needsVote);
  const [votes, setVotes] = useState<Record<number, number | null>>(() => Object.fromEntries(tied.map((r) => [r.unit.id, r.votes ?? null])));
  const [error, setError] = useState<unknown>(null);
  if (tied.length === 0) return null;
  const complete = tied.every((r) => typeof votes[r.unit.id] === 'number');
  const save = async () => {
    setError(null);
    try {
      await record.mutateAsync({
        id: ranking.data.id,
        etag: ranking.etag,
        votes: tied.map((r) => ({ unitId: r.unit.id, votes: votes[r.unit.id] ?? 0 })),
      });
      void message.success(t('ranking.votesSaved'));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="stack" data-testid="tie-votes" aria-labelledby="tie-votes-heading">
      <h3 id="tie-votes-heading">{t('ranking.tieVotes')}</h3>
      <p>{t('ranking.tieVotesHelp')}</p>
      <Space wrap align="end">
        {tied.map((r) => (
          <label key={r.unit.id} style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            <span>{r.unit.name}</span>
            <InputNumber
              aria-label={t('ranking.votesOf', { unit: r.unit.name })}
              min={0}
              max={1000}
              precision={0}
              value={votes[r.unit.id]}
              onChange={(v) => setVotes((old) => ({ ...old, [r.unit.id]: typeof v === 'number' ? v : null }))}
            />
          </label>
        ))}
        <Button type="primary" disabled={!complete} loading={record.isPending} onClick={() => void save()}>
          {t('ranking.saveVotes')}
        </Button>
      </Space>
      <WriteError error={error} onReload={onReload} />
    </section>
  );
}
