import { useState } from 'react';
import { Button, List, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format/date';
import { QueryState } from '@/lib/ui/query-state';
import { useConferences } from '@/features/conferences/api/list-conferences';
import { ConferenceDetail } from '@/features/conferences/components/conference-detail';
import { ConferenceFormModal } from '@/features/conferences/components/conference-form-modal';
import { ConferenceStatusTag } from '@/features/conferences/components/conference-status-tag';

/** The term's conferences (hội nghị) by date; the leader schedules and records them, members read. */
export function ConferencesSection({ termId }: { termId: number }) {
  const { t } = useTranslation();
  const query = useConferences(termId);
  const [open, setOpen] = useState<number>();
  const [creating, setCreating] = useState(false);
  return (
    <div className="stack">
      {query.data?.permissions.includes('CREATE') ? (
        <div>
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('conference.create')}
          </Button>
        </div>
      ) : null}
      <QueryState query={query} isEmpty={(page) => page.items.length === 0} emptyText={t('conference.none')}>
        {(page) => (
          <List
            dataSource={page.items}
            rowKey="id"
            data-testid="conferences"
            renderItem={(c) => (
              <List.Item>
                <div className="stack full-width">
                  <Space wrap>
                    <strong>{c.title}</strong>
                    <span>{formatDate(c.heldOn)}</span>
                    <ConferenceStatusTag status={c.status} />
                    <Button
                      size="small"
                      aria-expanded={open === c.id}
                      aria-label={`${open === c.id ? t('conference.hide') : t('conference.details')}: ${c.title}`}
                      onClick={() => setOpen(open === c.id ? undefined : c.id)}
                    >
                      {open === c.id ? t('conference.hide') : t('conference.details')}
                    </Button>
                  </Space>
                  <span className="muted">{c.venue}</span>
                  {open === c.id ? <ConferenceDetail id={c.id} /> : null}
                </div>
              </List.Item>
            )}
          />
        )}
      </QueryState>
      <p className="muted">{t('conference.publicNote')}</p>
      {creating ? <ConferenceFormModal termId={termId} onClose={() => setCreating(false)} onReload={() => void query.refetch()} /> : null}
    </div>
  );
}
