import { App, Form } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { paths } from '@/lib/routing/paths';
import { PageHeader } from '@/lib/ui/page-header';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import { useCreateBloc } from '@/features/blocs/api/create-bloc';
import { BlocForm, BLOC_FORM_FIELDS, formToBlocInput, type BlocFormValues } from '@/features/blocs/components/bloc-form';

export function BlocCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<BlocFormValues>();
  const errors = useFormErrors(form, BLOC_FORM_FIELDS);
  const mutation = useCreateBloc();
  return (
    <>
      <PageHeader title={t('bloc.newTitle')} />
      <BlocForm
        form={form}
        initialValues={{ kind: 'KHOI', status: 'ACTIVE' }}
        submitting={mutation.isPending}
        general={errors.general}
        unmatched={errors.unmatched}
        submitLabel={t('common.create')}
        onCancel={() => void navigate(paths.blocs())}
        onSubmit={(values) => {
          errors.clear();
          mutation.mutate(formToBlocInput(values), {
            onSuccess: (bloc) => {
              void message.success(t('common.created'));
              void navigate(paths.bloc(bloc.id));
            },
            onError: errors.apply,
          });
        }}
      />
    </>
  );
}
