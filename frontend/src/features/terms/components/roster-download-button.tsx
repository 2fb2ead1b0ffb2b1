import { useState } from 'react';
import { Alert, Button, Space } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '@/lib/ui/error-alert';
import { downloadRoster } from '@/features/terms/api/download-roster';
import type { Term } from '@/features/terms/types';

/** Everyone who reads the members may print them: the server renders the official list. */
export function RosterDownloadButton({ term }: { term: Term }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const name = t('term.rosterFileName', { bloc: term.blocName, year: term.year });
  return (
    <Space direction="vertical" size="small">
      <Button
        icon={<FilePdfOutlined aria-hidden />}
        loading={busy}
        onClick={() => {
          setBusy(true);
          setError(undefined);
          downloadRoster(term.id, name)
            .catch((e: unknown) => setError(errorText(e)))
            .finally(() => setBusy(false));
        }}
      >
        {t('term.rosterPdf')}
      </Button>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
    </Space>
  );
}
