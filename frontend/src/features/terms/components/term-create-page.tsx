import { useState } from 'react';
import { Alert, App, Button, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { currentYear } from '@/lib/format/date';
import { idParam, paths } from '@/lib/routing/paths';
import { DecisionFields, formToDecision, type DecisionFormValues } from '@/lib/ui/decision-fields';
import { ErrorAlert } from '@/lib/ui/error-alert';
import { PageHeader } from '@/lib/ui/page-header';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import { useCreateTerm } from '@/features/terms/api/create-term';
import { useBlocOptions, useBlocSummary } from '@/features/terms/api/search-blocs';
import { RulesFields } from '@/features/terms/components/rules-fields';
import { DEFAULT_RULES, type TermRules } from '@/features/terms/types';

interface TermCreateValues {
  blocId: number;
  year: number;
  decision?: DecisionFormValues;
  rules: TermRules;
}

const FIELDS = ['blocId', 'year', 'decision', 'rules'] as const;

function BlocPicker({ id, value, onChange }: { id?: string; value?: number; onChange?: (v: number) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const query = useBlocOptions(q);
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      loading={query.isFetching}
      placeholder={t('term.chooseUnitPlaceholder')}
      notFoundContent={query.isPending ? t('app.loading') : t('common.noResults')}
      options={(query.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
    />
  );
}

export function TermCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const fixedBlocId = idParam(params.get('blocId'));
  const bloc = useBlocSummary(fixedBlocId);
  const [form] = Form.useForm<TermCreateValues>();
  const errors = useFormErrors(form, FIELDS);
  const mutation = useCreateTerm();
  return (
    <>
      <PageHeader title={t('term.newTitle')} />
      <Form<TermCreateValues>
        form={form}
        name="term"
        layout="vertical"
        className="form-narrow"
        initialValues={{ blocId: fixedBlocId, year: currentYear(), rules: DEFAULT_RULES }}
        onFinish={(values) => {
          errors.clear();
          mutation.mutate(
            { blocId: values.blocId, year: values.year, decision: formToDecision(values.decision), rules: values.rules },
            {
              onSuccess: (term) => {
                void message.success(t('common.created'));
                void navigate(paths.term(term.id));
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
        {fixedBlocId !== undefined ? (
          <>
            <Form.Item name="blocId" hidden>
              <InputNumber />
            </Form.Item>
            <Typography.Paragraph>
              <strong>{t('term.bloc')}:</strong> {bloc.data?.data.name ?? t('app.loading')}
            </Typography.Paragraph>
          </>
        ) : (
          <Form.Item name="blocId" label={t('term.bloc')} rules={[{ required: true, message: t('common.required') }]}>
            <BlocPicker />
          </Form.Item>
        )}
        <Form.Item
          name="year"
          label={t('term.year')}
          rules={[
            { required: true, message: t('common.required') },
            { type: 'number', min: 2000, max: 2100, message: t('validation.year') },
          ]}
        >
          <InputNumber precision={0} />
        </Form.Item>
        <DecisionFields name="decision" legend={t('term.decision')} form={form} />
        <RulesFields />
        <Flex gap="small" wrap>
          <Button type="primary" htmlType="submit" loading={mutation.isPending}>
            {t('common.create')}
          </Button>
          <Button onClick={() => void navigate(fixedBlocId !== undefined ? paths.bloc(fixedBlocId) : paths.blocs())}>
            {t('common.cancel')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
