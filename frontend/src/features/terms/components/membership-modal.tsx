import { useState } from 'react';
import { App, Form, Input, Modal, Select, Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@/lib/format/date';
import { dateRule, toDisplayDate, toIsoDate } from '@/lib/ui/date-rules';
import { ConflictAlert, ErrorAlert } from '@/lib/ui/error-alert';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import type { Versioned } from '@/lib/api/client';
import { getMembership, membershipQueryKey } from '@/features/terms/api/get-membership';
import { useUpdateMembership } from '@/features/terms/api/update-membership';
import { MEMBERSHIP_ROLES, type Membership, type MembershipRole } from '@/features/terms/types';

export type MembershipModalMode = 'role' | 'end';

interface Values {
  role: MembershipRole;
  joinedOn: string;
  leftOn?: string;
  leftReason?: string;
  correctionReason?: string;
}

const FIELDS = ['role', 'joinedOn', 'leftOn', 'leftReason', 'correctionReason'] as const;

function MembershipForm({
  initial,
  mode,
  closed,
  onDone,
  onReload,
  formId,
  setPending,
}: {
  initial: Versioned<Membership>;
  mode: MembershipModalMode;
  closed: boolean;
  onDone: () => void;
  onReload: () => void;
  formId: string;
  setPending: (pending: boolean) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [base] = useState(initial);
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS);
  const mutation = useUpdateMembership();
  const m = base.data;
  return (
    <>
      {errors.conflict ? <ConflictAlert onReload={onReload} /> : null}
      {errors.general ? <ErrorAlert error={errors.general} /> : null}
      <p>
        <strong>{m.unit.name}</strong> ({m.unit.code})
      </p>
      <Form<Values>
        id={formId}
        form={form}
        name={`membership-${mode}`}
        layout="vertical"
        initialValues={{
          role: m.role,
          joinedOn: toDisplayDate(m.joinedOn),
          leftOn: toDisplayDate(m.leftOn) ?? (mode === 'end' ? toDisplayDate(todayIso()) : undefined),
          leftReason: m.leftReason,
        }}
        onFinish={(values) => {
          errors.clear();
          setPending(true);
          mutation.mutate(
            {
              id: m.id,
              etag: base.etag,
              input: {
                role: values.role,
                joinedOn: toIsoDate(values.joinedOn) ?? m.joinedOn,
                leftOn: toIsoDate(values.leftOn),
                leftReason: values.leftReason?.trim() || undefined,
                correctionReason: values.correctionReason?.trim() || undefined,
              },
            },
            {
              onSuccess: () => {
                void message.success(t('common.saved'));
                onDone();
              },
              onError: errors.apply,
              onSettled: () => setPending(false),
            },
          );
        }}
      >
        {mode === 'role' ? (
          <Form.Item name="role" label={t('term.role')} rules={[{ required: true, message: t('common.required') }]}>
            <Select options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t(`enum.role.${r}`) }))} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="role" hidden>
              <Input />
            </Form.Item>
            <Form.Item name="leftOn" label={t('term.leftOn')} rules={dateRule(t, true)} extra={t('common.dateFormat')}>
              <Input inputMode="numeric" placeholder={t('common.dateFormat')} />
            </Form.Item>
            <Form.Item name="leftReason" label={t('term.leftReason')} rules={[{ required: true, message: t('common.required') }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
        <Form.Item name="joinedOn" label={t('term.joinedOn')} rules={dateRule(t, true)} extra={t('common.dateFormat')}>
          <Input inputMode="numeric" placeholder={t('common.dateFormat')} />
        </Form.Item>
        {closed ? (
          <Form.Item name="correctionReason" label={t('term.correctionReason')} rules={[{ required: true, message: t('common.required') }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        ) : null}
      </Form>
    </>
  );
}

/** Change a member's role, or end its membership; reads the membership (and its ETag) on open. */
export function MembershipModal({
  membershipId,
  mode,
  closed,
  onClose,
}: {
  membershipId: number;
  mode: MembershipModalMode;
  closed: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: membershipQueryKey(membershipId),
    queryFn: () => getMembership(membershipId),
    staleTime: 0,
    gcTime: 0,
  });
  const [generation, setGeneration] = useState(0);
  const [pending, setPending] = useState(false);
  const formId = `membership-form-${membershipId}`;
  return (
    <Modal
      open
      title={mode === 'role' ? t('term.editMembershipTitle') : t('term.endMembershipTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      okButtonProps={{ htmlType: 'submit', form: formId, disabled: !query.data }}
      confirmLoading={pending}
      destroyOnHidden
    >
      {query.isPending ? <Skeleton active /> : null}
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <MembershipForm
          key={generation}
          initial={query.data}
          mode={mode}
          closed={closed}
          formId={formId}
          setPending={setPending}
          onDone={onClose}
          onReload={() => void query.refetch().then(() => setGeneration((g) => g + 1))}
        />
      ) : null}
    </Modal>
  );
}
