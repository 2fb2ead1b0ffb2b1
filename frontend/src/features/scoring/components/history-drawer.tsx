import { Drawer, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format/date';
import { QueryState } from '@/lib/ui/query-state';
import { useSheetHistory } from '@/features/scoring/api/scoring';

/** The sheet's score changes, field by field: stage, criterion, old → new, who and when. */
export function HistoryDrawer({ sheetId, open, onClose }: { sheetId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useSheetHistory(sheetId, open);
  return (
    <Drawer open={open} onClose={onClose} title={t('scoring.history')} size="large">
      <QueryState query={query} isEmpty={(items) => items.length === 0} emptyText={t('scoring.noHistory')}>
        {(items) => (
          <Table
            size="small"
            rowKey={(c) => `${c.changedAt}-${c.criterionId}-${c.stage}-${c.reviewId ?? ''}-${c.field}`}
            dataSource={items}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            data-testid="sheet-history"
            columns={[
              { title: t('scoring.changedAt'), render: (_, c) => formatDateTime(c.changedAt) },
              { title: t('scoring.stage'), render: (_, c) => t(`scoring.stages.${c.stage}`) + (c.reviewerName ? ` (${c.reviewerName})` : '') },
              { title: t('scoring.code'), dataIndex: 'criterionCode' },
              { title: t('scoring.field'), render: (_, c) => t(`scoring.fields.${c.field}`) },
              { title: t('scoring.oldValue'), render: (_, c) => c.oldValue ?? '—' },
              { title: t('scoring.newValue'), render: (_, c) => c.newValue ?? '—' },
              { title: t('scoring.changedBy'), dataIndex: 'changedBy' },
            ]}
          />
        )}
      </QueryState>
    </Drawer>
  );
}
