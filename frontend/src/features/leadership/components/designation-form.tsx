import { App, Button, Form } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/lib/api/client';
import { DecisionFields, decisionToForm, formToDecision, type DecisionFormValues } from '@/lib/ui/decision-fields';
import { ConflictAlert, ErrorAlert } from '@/lib/ui/error-alert';
import { UnitPicker } from '@/lib/ui/unit-picker';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import { useDesignate } from '@/features/leadership/api/leadership';
import type { LeadershipResult, Term } from '@/features/leadership/types';

interface Values {
  leaderUnitId?: number;
  deputyUnitId?: number;
  decision?: DecisionFormValues;
}

const FIELDS = ['leaderUnitId', 'deputyUnitId', 'decision'] as const;

/** The Board records the province's decision designating next year's leader and deputy (or changes a proposed one). */
export function DesignationForm({ term, current, onReload }: { term: Term; current?: Versioned<LeadershipResult>; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS);
  const designate = useDesignate();
  const initial: Values = current
    ? { leaderUnitId: current.data.leader?.id, deputyUnitId: current.data.deputy?.id, decision: decisionToForm(current.data.decision) }
    : {};
  return (
    <section aria-labelledby={`designation-${term.id}`} className="subsection">
      <h3 id={`designation-${term.id}`} className="subheading">
        {current ? t('leadership.redesignate') : t('leadership.designate')}
      </h3>
      <p className="muted">{t('leadership.designateHelp', { year: term.year + 1 })}</p>
      <Form<Values>
        form={form}
        name={`designation-${term.id}`}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => {
          errors.clear();
          designate.mutate(
            {
              termId: term.id,
              etag: current?.etag,
              input: { leaderUnitId: values.leaderUnitId!, deputyUnitId: values.deputyUnitId, decision: formToDecision(values.decision)! },
            },
            { onSuccess: () => void message.success(t('leadership.designated')), onError: errors.apply },
          );
        }}
      >
        {errors.conflict ? <ConflictAlert onReload={onReload} /> : null}
        {errors.general ? <ErrorAlert error={errors.general} /> : null}
        <Form.Item name="leaderUnitId" label={t('leadership.leader')} rules={[{ required: true, message: t('common.required') }]}>
          <UnitPicker testId="designation-leader" known={current?.data.leader ? [current.data.leader] : []} />
        </Form.Item>
        <Form.Item name="deputyUnitId" label={t('leadership.deputy')}>
          <UnitPicker testId="designation-deputy" allowClear known={current?.data.deputy ? [current.data.deputy] : []} />
        </Form.Item>
        <DecisionFields name="decision" legend={t('leadership.decisionLegend')} form={form} required />
        <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={designate.isPending}>
          {current ? t('leadership.redesignate') : t('leadership.designate')}
        </Button>
      </Form>
    </section>
  );
}
