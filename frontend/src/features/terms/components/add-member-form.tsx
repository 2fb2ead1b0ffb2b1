import { Alert, App, Button, Flex, Form, Input, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { dateRule, toIsoDate } from '@/lib/ui/date-rules';
import { ErrorAlert } from '@/lib/ui/error-alert';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import { useAddMembership } from '@/features/terms/api/add-membership';
import { UnitPicker } from '@/lib/ui/unit-picker';
import { MEMBERSHIP_ROLES, type MembershipRole } from '@/features/terms/types';

interface Values {
  unitId: number;
  role: MembershipRole;
  joinedOn?: string;
  correctionReason?: string;
}

const FIELDS = ['unitId', 'role', 'joinedOn', 'correctionReason'] as const;

export function AddMemberForm({ termId, closed }: { termId: number; closed: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS);
  const mutation = useAddMembership();
  return (
    <Form<Values>
      form={form}
      name="add-member"
      layout="vertical"
      initialValues={{ role: 'MEMBER' }}
      onFinish={(values) => {
        errors.clear();
        mutation.mutate(
          {
            termId,
            input: {
              unitId: values.unitId,
              role: values.role,
              joinedOn: toIsoDate(values.joinedOn),
              correctionReason: values.correctionReason?.trim() || undefined,
            },
          },
          {
            onSuccess: () => {
              void message.success(t('common.saved'));
              form.resetFields();
            },
            onError: errors.apply,
          },
        );
      }}
    >
      {errors.general ? <ErrorAlert error={errors.general} /> : null}
      {errors.unmatched.length > 0 ? (
        <Alert type="error" role="alert" showIcon title={errors.unmatched.map((e) => `${e.field}: ${e.message}`).join('; ')} />
      ) : null}
      <Flex gap="middle" wrap align="start">
        <Form.Item name="unitId" label={t('term.chooseUnit')} rules={[{ required: true, message: t('common.required') }]} className="grow-wide">
          <UnitPicker testId="member-unit-picker" />
        </Form.Item>
        <Form.Item name="role" label={t('term.role')} rules={[{ required: true, message: t('common.required') }]}>
          <Select style={{ minWidth: 170 }} options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t(`enum.role.${r}`) }))} />
        </Form.Item>
        <Form.Item name="joinedOn" label={t('term.joinedOn')} rules={dateRule(t)} extra={t('common.dateFormat')}>
          <Input inputMode="numeric" placeholder={t('common.dateFormat')} style={{ width: 140 }} />
        </Form.Item>
      </Flex>
      {closed ? (
        <Form.Item name="correctionReason" label={t('term.correctionReason')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      ) : null}
      <Button type="primary" htmlType="submit" icon={<PlusOutlined aria-hidden />} loading={mutation.isPending}>
        {t('term.addMember')}
      </Button>
    </Form>
  );
}
