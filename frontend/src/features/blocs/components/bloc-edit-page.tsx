import { useState } from 'react';
import { App, Form } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/lib/api/client';
import { idParam, paths } from '@/lib/routing/paths';
import { PageHeader } from '@/lib/ui/page-header';
import { QueryState } from '@/lib/ui/query-state';
import { ConflictAlert } from '@/lib/ui/error-alert';
import { NotFoundInline } from '@/lib/ui/not-found-inline';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import { useBloc } from '@/features/blocs/api/get-bloc';
import { useUpdateBloc } from '@/features/blocs/api/update-bloc';
import { BlocForm, BLOC_FORM_FIELDS, blocToForm, formToBlocInput, type BlocFormValues } from '@/features/blocs/components/bloc-form';
import type { Bloc } from '@/features/blocs/types';

function EditForm({ initial, onReload }: { initial: Versioned<Bloc>; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [base] = useState(initial);
  const [form] = Form.useForm<BlocFormValues>();
  const errors = useFormErrors(form, BLOC_FORM_FIELDS);
  const mutation = useUpdateBloc();
  return (
    <BlocForm
      form={form}
      initialValues={blocToForm(base.data)}
      submitting={mutation.isPending}
      general={errors.general}
      unmatched={errors.unmatched}
      banner={errors.conflict ? <ConflictAlert onReload={onReload} /> : null}
      submitLabel={t('common.save')}
      onCancel={() => void navigate(paths.bloc(base.data.id))}
      onSubmit={(values) => {
        errors.clear();
        mutation.mutate(
          { id: base.data.id, etag: base.etag, input: formToBlocInput(values) },
          {
            onSuccess: () => {
              void message.success(t('common.saved'));
              void navigate(paths.bloc(base.data.id));
            },
            onError: errors.apply,
          },
        );
      }}
    />
  );
}

function Loader({ id }: { id: number }) {
  const query = useBloc(id);
  const [generation, setGeneration] = useState(0);
  return (
    <QueryState query={query}>
      {(data) => (
        <EditForm key={generation} initial={data} onReload={() => void query.refetch().then(() => setGeneration((g) => g + 1))} />
      )}
    </QueryState>
  );
}

export function BlocEditPage() {
  const { t } = useTranslation();
  const id = idParam(useParams().id);
  if (id === undefined) return <NotFoundInline />;
  return (
    <>
      <PageHeader title={t('bloc.editTitle')} />
      <Loader id={id} />
    </>
  );
}
