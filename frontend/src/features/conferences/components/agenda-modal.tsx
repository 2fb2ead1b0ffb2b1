import { useState } from 'react';
import { App, Button, Input, Modal, Space } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { ConflictAlert, ErrorAlert } from '@/lib/ui/error-alert';
import { useReplaceAgenda } from '@/features/conferences/api/replace-agenda';
import { agendaOf, type AgendaItemInput, type Conference } from '@/features/conferences/types';

/** The agenda in order with each item's outcome (kết luận); items keep their ids when moved. */
export function AgendaModal({
  conference,
  onClose,
  onReload,
}: {
  conference: { data: Conference; etag: string };
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [items, setItems] = useState<AgendaItemInput[]>(() => agendaOf(conference.data));
  const [error, setError] = useState<unknown>(null);
  const mutation = useReplaceAgenda();
  const change = (i: number, patch: Partial<AgendaItemInput>) => setItems((r) => r.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  const move = (i: number, by: number) =>
    setItems((r) => {
      const next = [...r];
      const [it] = next.splice(i, 1);
      if (it) next.splice(i + by, 0, it);
      return next;
    });
  const save = async () => {
    setError(null);
    try {
      await mutation.mutateAsync({
        id: conference.data.id,
        etag: conference.etag,
        items: items.filter((i) => i.title.trim()).map((i) => ({ ...i, title: i.title.trim(), outcome: i.outcome?.trim() || undefined })),
      });
      void message.success(t('conference.saved'));
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  const stale = isApiError(error) && error.isStale;
  return (
    <Modal
      open
      width={900}
      title={t('conference.editAgenda')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => void save()}
      onCancel={onClose}
    >
      {stale ? <ConflictAlert onReload={onReload} /> : error ? <ErrorAlert error={error} /> : null}
      <ol className="stack" data-testid="agenda-editor">
        {items.map((item, i) => (
          <li key={item.id ?? `new-${i}`}>
            <div className="stack">
              <Input
                aria-label={`${t('conference.itemTitle')} ${i + 1}`}
                maxLength={500}
                value={item.title}
                onChange={(e) => change(i, { title: e.target.value })}
              />
              <Input.TextArea
                aria-label={`${t('conference.outcome')} ${i + 1}`}
                placeholder={t('conference.outcome')}
                maxLength={4000}
                autoSize={{ minRows: 2 }}
                value={item.outcome ?? ''}
                onChange={(e) => change(i, { outcome: e.target.value })}
              />
              <Space wrap>
                <Button size="small" icon={<ArrowUpOutlined aria-hidden />} disabled={i === 0} onClick={() => move(i, -1)}>
                  {t('conference.moveUp')}
                </Button>
                <Button size="small" icon={<ArrowDownOutlined aria-hidden />} disabled={i === items.length - 1} onClick={() => move(i, 1)}>
                  {t('conference.moveDown')}
                </Button>
                <Button size="small" icon={<DeleteOutlined aria-hidden />} onClick={() => setItems((r) => r.filter((_, j) => j !== i))}>
                  {t('conference.remove')}
                </Button>
              </Space>
            </div>
          </li>
        ))}
      </ol>
      <Button icon={<PlusOutlined aria-hidden />} onClick={() => setItems((r) => [...r, { title: '' }])}>
        {t('conference.addItem')}
      </Button>
    </Modal>
  );
}
