import { useEffect, useState } from 'react';
import { App, Button, Descriptions, Input, Modal, Space, Table, Tag } from 'antd';
import { CheckOutlined, EditOutlined, EyeOutlined, FilePdfOutlined, StopOutlined, TeamOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format/date';
import { paths } from '@/lib/routing/paths';
import { useTermRecordSources } from '@/lib/ui/term-records';
import { ErrorAlert } from '@/lib/ui/error-alert';
import { BlobActionError, useBlobAction } from '@/lib/ui/download-button';
import { QueryState } from '@/lib/ui/query-state';
import { StoredFilesSection } from '@/lib/ui/stored-files';
import { useConference } from '@/features/conferences/api/get-conference';
import { useChangeConferenceStatus } from '@/features/conferences/api/change-conference-status';
import { fetchMinutes } from '@/features/conferences/api/download-minutes';
import { useMinutesFiles, useUploadMinutesFile } from '@/features/conferences/api/minutes-files';
import { AgendaModal } from '@/features/conferences/components/agenda-modal';
import { AttendanceModal } from '@/features/conferences/components/attendance-modal';
import { ConferenceFormModal } from '@/features/conferences/components/conference-form-modal';
import { ConferenceStatusTag } from '@/features/conferences/components/conference-status-tag';
import { may, type Conference } from '@/features/conferences/types';
import { TAG_COLORS } from '@/lib/ui/labels';

type Versioned = { data: Conference; etag: string };

function MinutesButtons({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const minutes = useBlobAction(() => fetchMinutes(conference.id));
  const [preview, setPreview] = useState<{ url: string; name?: string }>();
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview.url) : undefined), [preview]);
  return (
    <Space direction="vertical" size="small">
      <Space wrap>
        <Button
          icon={<EyeOutlined aria-hidden />}
          loading={minutes.busy}
          onClick={() => minutes.run((file) => setPreview({ url: URL.createObjectURL(file.blob), name: file.fileName }))}
        >
          {t('conference.previewMinutes')}
        </Button>
        <Button icon={<FilePdfOutlined aria-hidden />} loading={minutes.busy} onClick={() => minutes.run()}>
          {t('conference.downloadMinutes')}
        </Button>
      </Space>
      <BlobActionError action={minutes} />
      {preview ? (
        <Modal open width={900} title={t('conference.previewTitle')} footer={null} onCancel={() => setPreview(undefined)}>
          <object data={preview.url} type="application/pdf" width="100%" height="600" aria-label={t('conference.previewTitle')}>
            <a href={preview.url} download={preview.name ?? true}>
              {t('conference.downloadMinutes')}
            </a>
          </object>
        </Modal>
      ) : null}
    </Space>
  );
}

function Steps({ conference, onReload }: { conference: Versioned; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mutation = useChangeConferenceStatus();
  const [error, setError] = useState<unknown>(null);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const step = async (status: Conference['status'], why?: string) => {
    setError(null);
    try {
      await mutation.mutateAsync({ id: conference.data.id, etag: conference.etag, change: { status, reason: why } });
      void message.success(t('conference.saved'));
      setCancelling(false);
    } catch (e) {
      setError(e);
    }
  };
  const c = conference.data;
  return (
    <>
      {may(c, 'HOLD') ? (
        <Button type="primary" icon={<CheckOutlined aria-hidden />} loading={mutation.isPending} onClick={() => void step('HELD')}>
          {t('conference.hold')}
        </Button>
      ) : null}
      {may(c, 'SIGN_MINUTES') ? (
        <Button type="primary" icon={<CheckOutlined aria-hidden />} loading={mutation.isPending} onClick={() => void step('MINUTES_SIGNED')}>
          {t('conference.sign')}
        </Button>
      ) : null}
      {may(c, 'CANCEL') ? (
        <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setCancelling(true)}>
          {t('conference.cancel')}
        </Button>
      ) : null}
      {error ? <ErrorAlert error={error} onRetry={onReload} /> : null}
      {cancelling ? (
        <Modal
          open
          title={t('conference.cancel')}
          okText={t('conference.cancel')}
          okButtonProps={{ danger: true, disabled: !reason.trim() }}
          cancelText={t('common.close')}
          onOk={() => void step('CANCELLED', reason.trim())}
          onCancel={() => setCancelling(false)}
        >
          <label htmlFor="conference-cancel-reason">{t('conference.cancelReason')}</label>
          <Input.TextArea id="conference-cancel-reason" maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Modal>
      ) : null}
    </>
  );
}

function Scans({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const canUpload = may(conference, 'UPLOAD_MINUTES_SCAN');
  const query = useMinutesFiles(conference.id, canUpload || conference.status === 'MINUTES_SIGNED' || conference.minutesScan != null);
  const upload = useUploadMinutesFile(conference.id);
  return (
    <section aria-labelledby={`scans-${conference.id}`} className="subsection">
      <h4 id={`scans-${conference.id}`} className="subheading">
        {t('conference.scans')}
      </h4>
      <StoredFilesSection
        query={query}
        send={(args) => upload.mutateAsync(args)}
        canUpload={canUpload}
        emptyText={t('conference.noScans')}
        testId={`minutes-files-${conference.id}`}
      />
    </section>
  );
}

/** One conference as the caller may see it, with only the actions its `permissions` list. */
export function ConferenceView({ conference, onReload }: { conference: Versioned; onReload: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<'form' | 'attendance' | 'agenda'>();
  const linkable = new Set(useTermRecordSources().map((s) => s.kind));
  const c = conference.data;
  const close = () => setEditing(undefined);
  return (
    <div className="stack" data-testid={`conference-${c.id}`}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('conference.kind')}>{t(`conference.kinds.${c.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('conference.status')}>
          <ConferenceStatusTag status={c.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('conference.heldOn')}>
          {formatDate(c.heldOn)}
          {c.startTime ? `, ${c.startTime}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('conference.venue')}>{c.venue}</Descriptions.Item>
        <Descriptions.Item label={t('conference.chairName')}>
          {c.chairName ? `${c.chairName}${c.chairTitle ? ` – ${c.chairTitle}` : ''}` : t('common.none')}
        </Descriptions.Item>
        {c.secretaryName ? (
          <Descriptions.Item label={t('conference.secretaryName')}>
            {c.secretaryName}
            {c.secretaryTitle ? ` – ${c.secretaryTitle}` : ''}
          </Descriptions.Item>
        ) : null}
        {c.guests ? <Descriptions.Item label={t('conference.guests')}>{c.guests}</Descriptions.Item> : null}
        {c.statusReason ? <Descriptions.Item label={t('conference.cancelReason')}>{c.statusReason}</Descriptions.Item> : null}
      </Descriptions>
      <Space wrap>
        {may(c, 'UPDATE') ? (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing('form')}>
            {t('conference.edit')}
          </Button>
        ) : null}
        {may(c, 'EDIT_ATTENDANCE') ? (
          <Button icon={<TeamOutlined aria-hidden />} onClick={() => setEditing('attendance')}>
            {t('conference.editAttendance')}
          </Button>
        ) : null}
        {may(c, 'EDIT_AGENDA') ? (
          <Button icon={<UnorderedListOutlined aria-hidden />} onClick={() => setEditing('agenda')}>
            {t('conference.editAgenda')}
          </Button>
        ) : null}
        <Steps conference={conference} onReload={onReload} />
      </Space>
      <h4 className="subheading">{t('conference.attendance')}</h4>
      <p className="muted">{t('conference.attending', { units: c.attendingUnits, members: c.memberCount, voting: c.votingUnits })}</p>
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={c.attendees}
        scroll={{ x: true }}
        data-testid={`attendees-${c.id}`}
        columns={[
          { title: t('conference.unit'), render: (_, a) => a.unit.name },
          {
            title: t('conference.delegateName'),
            render: (_, a) => (
              <>
                {a.delegateName ?? <span className="muted">{t('conference.unknown')}</span>}
                {a.substituteFor ? <span className="muted"> ({t('conference.actingFor', { name: a.substituteFor })})</span> : null}
              </>
            ),
          },
          { title: t('conference.delegateTitle'), render: (_, a) => a.delegateTitle ?? '' },
          { title: t('conference.mayVote'), render: (_, a) => (a.mayVote ? <Tag color={TAG_COLORS.green}>{t('common.yes')}</Tag> : '') },
        ]}
      />
      <h4 className="subheading">{t('conference.agenda')}</h4>
      <ol data-testid={`agenda-${c.id}`}>
        {c.agenda.map((item) => (
          <li key={item.id}>
            <strong>{item.title}</strong>
            {item.linkKind && item.linkedId != null ? (
              <div>
                {t(`conference.linkKinds.${item.linkKind}`)}:{' '}
                {linkable.has(item.linkKind) ? (
                  // the record is shown on this very page (the term's): a fragment link scrolls to it
                  <a href={paths.termRecord(c.termId, item.linkKind, item.linkedId)}>{item.linkedTitle ?? `#${item.linkedId}`}</a>
                ) : (
                  (item.linkedTitle ?? `#${item.linkedId}`)
                )}
              </div>
            ) : null}
            <div className="pre-wrap">
              {t('conference.outcome')}: {item.outcome ?? <span className="muted">{t('conference.noOutcome')}</span>}
            </div>
          </li>
        ))}
      </ol>
      {may(c, 'DOWNLOAD_MINUTES') ? (
        <section aria-label={t('conference.minutes')}>
          <MinutesButtons conference={c} />
        </section>
      ) : null}
      {may(c, 'UPLOAD_MINUTES_SCAN') || c.minutesScan ? <Scans conference={c} /> : null}
      {editing === 'form' ? <ConferenceFormModal termId={c.termId} conference={conference} onClose={close} onReload={onReload} /> : null}
      {editing === 'attendance' ? <AttendanceModal conference={conference} onClose={close} onReload={onReload} /> : null}
      {editing === 'agenda' ? <AgendaModal conference={conference} onClose={close} onReload={onReload} /> : null}
    </div>
  );
}

/** Loads one conference (its ETag for the writes) and shows it. */
export function ConferenceDetail({ id }: { id: number }) {
  const query = useConference(id);
  return <QueryState query={query}>{(v) => <ConferenceView conference={v} onReload={() => void query.refetch()} />}</QueryState>;
}
