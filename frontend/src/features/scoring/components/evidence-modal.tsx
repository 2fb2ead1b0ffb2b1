import { useId, useState } from 'react';
import { Alert, Button, List, Modal, Progress, Space } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { fetchStoredFile } from '@/lib/api/download-file';
import { DownloadButton } from '@/lib/ui/download-button';
import { formatDateTime } from '@/lib/format/date';
import { useErrorText } from '@/lib/ui/error-alert';
import { QueryState } from '@/lib/ui/query-state';
import { useEvidence, useUploadEvidence } from '@/features/scoring/api/scoring';
import type { SheetCell } from '@/features/scoring/types';

/** A criterion's evidence: the files (downloadable) and, for who may, an upload (PDF, PNG, JPEG). */
export function EvidenceModal({ sheetId, cell, canUpload, onClose }: { sheetId: number; cell: SheetCell; canUpload: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const query = useEvidence(sheetId, cell.criterionId, true);
  const upload = useUploadEvidence();
  const errorText = useErrorText();
  const [chosen, setChosen] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();
  const send = async () => {
    if (!chosen) return;
    setError(undefined);
    setProgress(0);
    try {
      await upload.mutateAsync({ id: sheetId, criterionId: cell.criterionId, file: chosen, onProgress: setProgress });
      setChosen(undefined);
      void query.refetch();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setProgress(undefined);
    }
  };
  return (
    <Modal open title={t('scoring.evidenceOf', { code: cell.code })} footer={<Button onClick={onClose}>{t('common.close')}</Button>} onCancel={onClose}>
      <div className="stack">
        <p>{cell.title}</p>
        {cell.evidenceRequired ? <Alert type="info" showIcon title={t('scoring.evidenceRequired')} /> : null}
        <QueryState query={query} isEmpty={(files) => files.length === 0} emptyText={t('scoring.noEvidence')}>
          {(files) => (
            <List
              dataSource={files}
              rowKey="id"
              data-testid="evidence-files"
              renderItem={(f) => (
                <List.Item
                  actions={[
                    <DownloadButton key="d" aria-label={t('files.downloadNamed', { name: f.name })} fetchFile={() => fetchStoredFile(f)}>
                      {t('files.download')}
                    </DownloadButton>,
                  ]}
                >
                  <List.Item.Meta title={f.name} description={`${f.uploadedBy} · ${formatDateTime(f.uploadedAt)}`} />
                </List.Item>
              )}
            />
          )}
        </QueryState>
        {canUpload ? (
          <Space wrap>
            <label htmlFor={inputId}>{t('files.choose')}</label>
            <input id={inputId} type="file" accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg" onChange={(e) => setChosen(e.target.files?.[0])} />
            <Button type="primary" icon={<UploadOutlined aria-hidden />} disabled={!chosen || progress !== undefined} onClick={() => void send()}>
              {t('files.upload')}
            </Button>
          </Space>
        ) : null}
        {progress !== undefined ? <Progress percent={progress} aria-label={t('files.progress')} /> : null}
        {error ? <Alert type="error" showIcon role="alert" title={t('files.failed')} description={error} /> : null}
      </div>
    </Modal>
  );
}
