import { useState } from 'react';
import { App, Form } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/lib/api/client';
import { idParam, paths } from '@/lib/routing/paths';
import { PageHeader } from '@/lib/ui/page-header';
import { QueryState } from '@/lib/ui/query-state';
import { ConflictAlert } from '@/lib/ui/error-alert';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import { useUnit } from '@/features/units/api/get-unit';
import { useUpdateUnit } from '@/features/units/api/update-unit';
import { UnitForm, UNIT_FORM_FIELDS, formToUnitInput, unitToForm, type UnitFormValues } from '@/features/units/components/unit-form';
import type { UnitDetail } from '@/features/units/types';
import { NotFoundInline } from '@/lib/ui/not-found-inline';

function EditForm({ initial, onReload }: { initial: Versioned<UnitDetail>; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  // The version this form started from: kept even if the query refetches in the background.
  const [base] = useState(initial);
  const [form] = Form.useForm<UnitFormValues>();
  const errors = useFormErrors(form, UNIT_FORM_FIELDS);
  const mutation = useUpdateUnit();
  return (
    <UnitForm
      form={form}
      initialValues={unitToForm(base.data)}
      submitting={mutation.isPending}
      general={errors.general}
      unmatched={errors.unmatched}
      banner={errors.conflict ? <ConflictAlert onReload={onReload} /> : null}
      submitLabel={t('common.save')}
      onCancel={() => void navigate(paths.unit(base.data.id))}
      onSubmit={(values) => {
        errors.clear();
        mutation.mutate(
          { id: base.data.id, etag: base.etag, input: formToUnitInput(values) },
          {
            onSuccess: () => {
              void message.success(t('common.saved'));
              void navigate(paths.unit(base.data.id));
            },
            onError: errors.apply,
          },
        );
      }}
    />
  );
}

export function UnitEditPage() {
  const { t } = useTranslation();
  const id = idParam(useParams().id);
  if (id === undefined) return <NotFoundInline />;
  return (
    <>
      <PageHeader title={t('unit.editTitle')} />
      <UnitEditLoader id={id} />
    </>
  );
}

function UnitEditLoader({ id }: { id: number }) {
  const query = useUnit(id);
  const [generation, setGeneration] = useState(0);
  return (
    <QueryState query={query}>
      {(data) => (
        <EditForm
          key={generation}
          initial={data}
          onReload={() => {
            void query.refetch().then(() => setGeneration((g) => g + 1));
          }}
        />
      )}
    </QueryState>
  );
}
