import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/lib/api/client';
import { idParam, paths } from '@/lib/routing/paths';
import { DecisionFields, decisionToForm, formToDecision, type DecisionFormValues } from '@/lib/ui/decision-fields';
import { ConflictAlert, ErrorAlert } from '@/lib/ui/error-alert';
import { NotFoundInline } from '@/lib/ui/not-found-inline';
import { PageHeader } from '@/lib/ui/page-header';
import { QueryState } from '@/lib/ui/query-state';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import { useTerm } from '@/features/terms/api/get-term';
import { useUpdateTerm } from '@/features/terms/api/update-term';
import { RulesFields } from '@/features/terms/components/rules-fields';
import type { Term, TermRules } from '@/features/terms/types';

interface TermEditValues {
  decision?: DecisionFormValues;
  rules: TermRules;
  correctionReason?: string;
}

const FIELDS = ['decision', 'rules', 'correctionReason'] as const;

function EditForm({ initial, onReload }: { initial: Versioned<Term>; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [base] = useState(initial);
  const [form] = Form.useForm<TermEditValues>();
  const errors = useFormErrors(form, FIELDS);
  const mutation = useUpdateTerm();
  const closed = base.data.status === 'CLOSED';
  return (
    <Form<TermEditValues>
      form={form}
      name="term-edit"
      layout="vertical"
      className="form-narrow"
      initialValues={{ decision: decisionToForm(base.data.decision), rules: base.data.rules }}
      onFinish={(values) => {
        errors.clear();
        mutation.mutate(
          {
            id: base.data.id,
            etag: base.etag,
            input: {
              decision: formToDecision(values.decision),
              rules: values.rules,
              correctionReason: values.correctionReason?.trim() || undefined,
            },
          },
          {
            onSuccess: () => {
              void message.success(t('common.saved'));
              void navigate(paths.term(base.data.id));
            },
            onError: errors.apply,
          },
        );
      }}
    >
      {errors.conflict ? <ConflictAlert onReload={onReload} /> : null}
      {errors.general ? <ErrorAlert error={errors.general} /> : null}
      {errors.unmatched.length > 0 ? (
        <Alert type="error" role="alert" showIcon title={errors.unmatched.map((e) => `${e.field}: ${e.message}`).join('; ')} />
      ) : null}
      {closed ? <Alert type="info" showIcon title={t('term.correctionHelp')} className="spaced" /> : null}
      <DecisionFields name="decision" legend={t('term.decision')} form={form} />
      <RulesFields />
      {closed ? (
        <Form.Item name="correctionReason" label={t('term.correctionReason')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      ) : null}
      <Flex gap="small" wrap>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {t('common.save')}
        </Button>
        <Button onClick={() => void navigate(paths.term(base.data.id))}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}

function Loader({ id }: { id: number }) {
  const { t } = useTranslation();
  const query = useTerm(id);
  const [generation, setGeneration] = useState(0);
  const term = query.data?.data;
  return (
    <>
      <PageHeader title={term ? `${t('term.editTitle')}: ${term.blocName} — ${term.year}` : t('term.editTitle')} />
      <QueryState query={query}>
        {(data) => <EditForm key={generation} initial={data} onReload={() => void query.refetch().then(() => setGeneration((g) => g + 1))} />}
      </QueryState>
    </>
  );
}

export function TermEditPage() {
  const id = idParam(useParams().id);
  if (id === undefined) return <NotFoundInline />;
  return <Loader id={id} />;
}
