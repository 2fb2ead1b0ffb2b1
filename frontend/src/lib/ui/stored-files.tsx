import { useId, useRef, useState } from 'react';
import { Alert, Button, List, Progress, Space, Tag } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { formatDateTime } from '@/lib/format/date';
import { useErrorText } from '@/lib/ui/error-alert';
import { QueryState } from '@/lib/ui/query-state';
import type { UseQueryResult } from '@tanstack/react-query';
import { fetchStoredFile } from '@/lib/api/download-file';
import { BlobActionError, useBlobAction } from '@/lib/ui/download-button';
import type { components } from '@/lib/api/schema.gen';
import { TAG_COLORS } from '@/lib/ui/labels';

type StoredFile = components['schemas']['StoredFile'];

/** Sends one file; `supersedes` names the current one (an official act's file is never replaced). */
export type SendFile = (args: { file: File; supersedes?: number; onProgress: (percent: number) => void }) => Promise<unknown>;

const ACCEPT = 'application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg';

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function FileRow({ file }: { file: StoredFile }) {
  const { t } = useTranslation();
  const download = useBlobAction(() => fetchStoredFile(file));
  return (
    <List.Item
      actions={[
        <Button
          key="download"
          icon={<DownloadOutlined aria-hidden />}
          aria-label={t('files.downloadNamed', { name: file.name })}
          loading={download.busy}
          onClick={() => download.run()}
        >
          {t('files.download')}
        </Button>,
      ]}
    >
      <List.Item.Meta
        title={
          <Space wrap>
            <span>{file.name}</span>
            {file.supersededBy ? <Tag>{t('files.superseded')}</Tag> : <Tag color={TAG_COLORS.green}>{t('files.current')}</Tag>}
          </Space>
        }
        description={
          <>
            {t('files.meta', { type: file.mediaType, size: size(file.size), at: formatDateTime(file.uploadedAt), by: file.uploadedBy })}
            <br />
            <span className="muted">SHA-256: {file.sha256}</span>
            <BlobActionError action={download} />
          </>
        }
      />
    </List.Item>
  );
}

/**
 * The files of an official act (decision scans, signed minutes): everyone who reads the record
 * downloads them; who may, uploads a new one that supersedes the current one (both kept).
 */
export function StoredFilesSection({
  query,
  send: sendFile,
  canUpload,
  emptyText,
  testId,
}: {
  query: UseQueryResult<StoredFile[]>;
  send: SendFile;
  canUpload: boolean;
  emptyText: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number>();
  const [chosen, setChosen] = useState<File>();
  const [failure, setFailure] = useState<string>();
  const errorText = useErrorText();
  const current = query.data?.find((f) => !f.supersededBy);

  const send = async () => {
    if (!chosen) return;
    setFailure(undefined);
    setProgress(0);
    try {
      await sendFile({ file: chosen, supersedes: current?.id, onProgress: setProgress });
      setChosen(undefined);
      if (input.current) input.current.value = '';
    } catch (e) {
      setFailure(isApiError(e) && e.detail ? e.detail : errorText(e));
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <div className="stack">
      <QueryState query={query} isEmpty={(files) => files.length === 0} emptyText={emptyText}>
        {(files) => <List dataSource={files} rowKey="id" renderItem={(file) => <FileRow file={file} />} data-testid={testId} />}
      </QueryState>
      {canUpload ? (
        <section aria-labelledby={`${inputId}-heading`} className="subsection">
          <h3 id={`${inputId}-heading`} className="subheading">
            {current ? t('files.supersedeHeading') : t('files.uploadHeading')}
          </h3>
          <p className="muted">{current ? t('files.supersedeHelp', { name: current.name }) : t('files.uploadHelp')}</p>
          <Space wrap>
            <label htmlFor={inputId}>{t('files.choose')}</label>
            <input
              id={inputId}
              ref={input}
              type="file"
              accept={ACCEPT}
              onChange={(e) => {
                setFailure(undefined);
                setChosen(e.target.files?.[0]);
              }}
            />
            <Button type="primary" icon={<UploadOutlined aria-hidden />} disabled={!chosen || progress !== undefined} onClick={() => void send()}>
              {t('files.upload')}
            </Button>
          </Space>
          {progress !== undefined ? <Progress percent={progress} aria-label={t('files.progress')} /> : null}
          {failure ? <Alert type="error" showIcon role="alert" title={t('files.failed')} description={failure} /> : null}
        </section>
      ) : null}
    </div>
  );
}
