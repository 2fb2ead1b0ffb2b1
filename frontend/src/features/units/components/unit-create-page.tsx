import { App, Form } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { paths } from '@/lib/routing/paths';
import { PageHeader } from '@/lib/ui/page-header';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import { todayIso } from '@/lib/format/date';
import { toDisplayDate } from '@/lib/ui/date-rules';
import { useCreateUnit } from '@/features/units/api/create-unit';
import { UnitForm, UNIT_FORM_FIELDS, formToUnitInput, type UnitFormValues } from '@/features/units/components/unit-form';

export function UnitCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitFormValues>();
  const errors = useFormErrors(form, UNIT_FORM_FIELDS);
  const mutation = useCreateUnit();
  return (
    <>
      <PageHeader title={t('unit.newTitle')} />
      <UnitForm
        form={form}
        initialValues={{ kind: 'SO', activeFrom: toDisplayDate(todayIso()) }}
        submitting={mutation.isPending}
        general={errors.general}
        unmatched={errors.unmatched}
        submitLabel={t('common.create')}
        onCancel={() => void navigate(paths.units())}
        onSubmit={(values) => {
          errors.clear();
          mutation.mutate(formToUnitInput(values), {
            onSuccess: (unit) => {
              void message.success(t('common.created'));
              void navigate(paths.unit(unit.id));
            },
            onError: errors.apply,
          });
        }}
      />
    </>
  );
}
