import { useState, type ReactNode } from 'react';
import { Alert, Button, Space, type ButtonProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DocumentFile } from '@/lib/api/document-blob';
import { saveBlob } from '@/lib/api/transfer';
import { useErrorText } from '@/lib/ui/error-alert';

const EXTENSIONS: Record<string, string> = {
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'image/png': '.png',
  'image/jpeg': '.jpg',
};

export interface BlobAction {
  /** Fetches the file, then saves it under the server's name (or hands it to `use`, e.g. to preview it). */
  run: (use?: (file: DocumentFile) => void) => void;
  busy: boolean;
  /** The refusal in plain words (the server's Vietnamese detail), until the next run. */
  error: string | undefined;
}

/** One generated or stored file to fetch on demand: loading state, the server's file name, the refusal explained. */
export function useBlobAction(fetchFile: () => Promise<DocumentFile>, fallbackName?: string): BlobAction {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const save = (file: DocumentFile) =>
    saveBlob(file.blob, file.fileName ?? fallbackName ?? `${t('download.fallbackName')}${EXTENSIONS[file.blob.type] ?? ''}`);
  const run = (use: (file: DocumentFile) => void = save) => {
    setBusy(true);
    setError(undefined);
    fetchFile()
      .then(use)
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => setBusy(false));
  };
  return { run, busy, error };
}

/** The refusal of a blob action, the house way (an inline alert read out at once). */
export function BlobActionError({ action }: { action: BlobAction }) {
  return action.error ? <Alert type="error" showIcon role="alert" title={action.error} /> : null;
}

/** A button that downloads one server-generated document (minutes, a ranking, a workbook…) under the server's name. */
export function DownloadButton({
  fetchFile,
  fallbackName,
  icon,
  children,
  ...button
}: {
  fetchFile: () => Promise<DocumentFile>;
  fallbackName?: string;
  icon?: ReactNode;
  children: ReactNode;
} & Omit<ButtonProps, 'onClick' | 'loading' | 'icon' | 'children'>) {
  const action = useBlobAction(fetchFile, fallbackName);
  return (
    <Space orientation="vertical" size="small">
      <Button {...button} icon={icon ?? <DownloadOutlined aria-hidden />} loading={action.busy} onClick={() => action.run()}>
        {children}
      </Button>
      <BlobActionError action={action} />
    </Space>
  );
}
