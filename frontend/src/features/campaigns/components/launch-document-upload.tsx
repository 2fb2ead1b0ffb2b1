import { useId, useState } from 'react';
import { Alert, Button, Progress, Space, Tag } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '@/lib/ui/error-alert';
import { useCampaignFiles } from '@/features/campaigns/api/list-campaign-files';
import { useUploadCampaignFile } from '@/features/campaigns/api/upload-campaign-file';
import { TAG_COLORS } from '@/lib/ui/labels';

/** The campaign's launch document files (newest first) and, for its managers, an upload with progress. */
export function LaunchDocumentUpload({ campaignId, canUpload }: { campaignId: number; canUpload: boolean }) {
  const { t } = useTranslation();
  const inputId = useId();
  const files = useCampaignFiles(campaignId);
  const upload = useUploadCampaignFile();
  const errorText = useErrorText();
  const [chosen, setChosen] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [failure, setFailure] = useState<string>();
  const current = files.data?.find((f) => !f.supersededBy);
  const send = async () => {
    if (!chosen) return;
    setFailure(undefined);
    setProgress(0);
    try {
      await upload.mutateAsync({ campaignId, file: chosen, supersedes: current?.id, onProgress: setProgress });
      setChosen(undefined);
      await files.refetch();
    } catch (e) {
      setFailure(errorText(e));
    } finally {
      setProgress(undefined);
    }
  };
  return (
    <div className="stack">
      {current ? (
        <span>
          {t('campaign.launchFile')}: {current.name} <Tag color={TAG_COLORS.green}>{t('files.current')}</Tag>
        </span>
      ) : null}
      {canUpload ? (
        <Space wrap>
          <label htmlFor={inputId}>{current ? t('campaign.supersedeFile') : t('campaign.uploadFile')}</label>
          <input
            id={inputId}
            type="file"
            accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
            onChange={(e) => setChosen(e.target.files?.[0])}
          />
          <Button icon={<UploadOutlined aria-hidden />} disabled={!chosen || progress !== undefined} onClick={() => void send()}>
            {t('files.upload')}
          </Button>
        </Space>
      ) : null}
      {progress !== undefined ? <Progress percent={progress} aria-label={t('files.progress')} /> : null}
      {failure ? <Alert type="error" showIcon role="alert" title={t('files.failed')} description={failure} /> : null}
    </div>
  );
}
