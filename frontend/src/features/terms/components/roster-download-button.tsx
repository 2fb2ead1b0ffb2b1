import { useState } from 'react';
import { Alert, Button, Space } from 'antd';
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '@/lib/ui/error-alert';
import { downloadRoster, type RosterFormat } from '@/features/terms/api/download-roster';
import type { Term } from '@/features/terms/types';

/** Everyone who reads the members may print them (PDF) or open them in Excel (XLSX): the server renders both. */
export function RosterDownloadButton({ term }: { term: Term }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<RosterFormat>();
  const [error, setError] = useState<string>();
  const download = (format: RosterFormat) => {
    setBusy(format);
    setError(undefined);
    const name = t(format === 'pdf' ? 'term.rosterFileName' : 'term.rosterSpreadsheetName', {
      bloc: term.blocName,
      year: term.year,
    });
    downloadRoster(term.id, name, format)
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => setBusy(undefined));
  };
  return (
    <Space direction="vertical" size="small">
      <Space wrap>
        <Button icon={<FilePdfOutlined aria-hidden />} loading={busy === 'pdf'} onClick={() => download('pdf')}>
          {t('term.rosterPdf')}
        </Button>
        <Button icon={<FileExcelOutlined aria-hidden />} loading={busy === 'xlsx'} onClick={() => download('xlsx')}>
          {t('term.rosterXlsx')}
        </Button>
      </Space>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
    </Space>
  );
}
