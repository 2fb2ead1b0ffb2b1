import { useTranslation } from 'react-i18next';
import { StoredFilesSection } from '@/lib/ui/stored-files';
import { useDecisionFiles, useUploadDecisionFile } from '@/features/terms/api/decision-files';

/** The scans of the term's decision: everyone who reads the term downloads them; admins upload. */
export function DecisionFilesSection({ termId, canUpload }: { termId: number; canUpload: boolean }) {
  const { t } = useTranslation();
  const query = useDecisionFiles(termId);
  const upload = useUploadDecisionFile(termId);
  return (
    <StoredFilesSection
      query={query}
      send={(args) => upload.mutateAsync(args)}
      canUpload={canUpload}
      emptyText={t('files.none')}
      testId="decision-files"
    />
  );
}
