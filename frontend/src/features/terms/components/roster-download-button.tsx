import { Space } from 'antd';
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/lib/ui/download-button';
import { fetchRoster } from '@/features/terms/api/download-roster';
import type { Term } from '@/features/terms/types';

/** Everyone who reads the members may print them (PDF) or open them in Excel (XLSX): the server renders and names both. */
export function RosterDownloadButton({ term }: { term: Term }) {
  const { t } = useTranslation();
  return (
    <Space wrap align="start">
      <DownloadButton icon={<FilePdfOutlined aria-hidden />} fetchFile={() => fetchRoster(term.id, 'pdf')}>
        {t('term.rosterPdf')}
      </DownloadButton>
      <DownloadButton icon={<FileExcelOutlined aria-hidden />} fetchFile={() => fetchRoster(term.id, 'xlsx')}>
        {t('term.rosterXlsx')}
      </DownloadButton>
    </Space>
  );
}
