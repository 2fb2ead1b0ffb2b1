import { useState } from 'react';
import { Button, List, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { recordAnchor } from '@/lib/routing/paths';
import { QueryState } from '@/lib/ui/query-state';
import { useTermVotes } from '@/features/votes/api/votes';
import { VoteConsole } from '@/features/votes/components/vote-console';
import { VoteStatusTag } from '@/features/votes/components/round-view';
import { VoteFormModal } from '@/features/votes/components/vote-form-modal';
import { may, type Term } from '@/features/votes/types';

/** The term's votes (elections, award votes, other motions) in creation order; the chair sets them up and runs them, members vote. */
export function VotesSection({ term }: { term: Term }) {
  const { t } = useTranslation();
  const query = useTermVotes(term.id);
  const [open, setOpen] = useState<number>();
  const [creating, setCreating] = useState(false);
  return (
    <div className="stack">
      {query.data && may(query.data, 'CREATE') ? (
        <div>
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('vote.create')}
          </Button>
        </div>
      ) : null}
      <QueryState query={query} isEmpty={(page) => page.items.length === 0} emptyText={t('vote.none')}>
        {(page) => (
          <List
            dataSource={page.items}
            rowKey="id"
            data-testid="votes"
            renderItem={(v) => (
              <List.Item id={recordAnchor('VOTE', v.id)}>
                <div className="stack full-width">
                  <Space wrap>
                    <strong>{v.title}</strong>
                    <span>{t(`vote.kinds.${v.kind}`)}</span>
                    <VoteStatusTag status={v.status} />
                    <Button
                      size="small"
                      aria-expanded={open === v.id}
                      aria-label={t(open === v.id ? 'vote.hideNamed' : 'vote.details', { title: v.title })}
                      onClick={() => setOpen(open === v.id ? undefined : v.id)}
                    >
                      {open === v.id ? t('vote.hide') : t('vote.showDetails')}
                    </Button>
                  </Space>
                  {open === v.id ? <VoteConsole id={v.id} term={term} /> : null}
                </div>
              </List.Item>
            )}
          />
        )}
      </QueryState>
      {creating ? <VoteFormModal term={term} onClose={() => setCreating(false)} /> : null}
    </div>
  );
}
