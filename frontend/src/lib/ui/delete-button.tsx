import { useState } from 'react';
import { Alert, Button, Modal } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { ConflictAlert, ErrorAlert } from '@/lib/ui/error-alert';

/**
 * A "Xóa" button with a confirmation dialog. `onDelete` sends the DELETE (with If-Match);
 * a 409 is explained with `conflictText` (why the API refuses), a 412 offers to reload.
 */
export function DeleteButton({
  confirmTitle,
  confirmText,
  conflictText,
  onDelete,
  onReload,
}: {
  confirmTitle: string;
  confirmText: string;
  conflictText: string;
  onDelete: () => Promise<unknown>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setOpen(false);
    setError(null);
  };
  const conflict = isApiError(error) && error.status === 409;
  const stale = isApiError(error) && error.isStale;
  return (
    <>
      <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('common.delete')}
      </Button>
      <Modal
        open={open}
        title={confirmTitle}
        okText={t('common.delete')}
        okButtonProps={{ danger: true, disabled: conflict || stale }}
        cancelText={error ? t('common.close') : t('common.cancel')}
        confirmLoading={pending}
        onCancel={close}
        onOk={() => {
          setPending(true);
          setError(null);
          onDelete()
            .catch((e: unknown) => setError(e))
            .finally(() => setPending(false));
        }}
        destroyOnHidden
      >
        <div className="stack">
          <p>{confirmText}</p>
          {conflict ? (
            <Alert type="warning" showIcon role="alert" title={t('delete.refusedTitle')} description={conflictText} />
          ) : null}
          {stale ? (
            <ConflictAlert
              onReload={() => {
                close();
                onReload();
              }}
            />
          ) : null}
          {error && !conflict && !stale ? <ErrorAlert error={error} /> : null}
        </div>
      </Modal>
    </>
  );
}
