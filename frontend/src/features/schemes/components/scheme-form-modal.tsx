import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Select, Space, type FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { ConflictAlert, useErrorText } from '@/lib/ui/error-alert';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import { useCreateScheme } from '@/features/schemes/api/create-scheme';
import { useUpdateScheme } from '@/features/schemes/api/update-scheme';
import { TieBreakChain } from '@/features/schemes/components/tie-break-chain';
import {
  CRITERION_KINDS,
  DEFAULT_TIE_BREAKS,
  FORMULAS,
  inputOf,
  type CriterionInput,
  type CriterionKind,
  type Scheme,
  type SchemeInput,
} from '@/features/schemes/types';

const FIELDS = ['title', 'totalPoints', 'scoreFloor', 'tieBreaks', 'groups'] as const;

const blank = (v?: string | null) => (v && v.trim() ? v.trim() : undefined);

/** Only the kind's own fields go to the server (it keeps no others either). */
function cleanCriterion(c: CriterionInput): CriterionInput {
  const base: CriterionInput = {
    code: c.code.trim(),
    title: c.title.trim(),
    guidance: blank(c.guidance),
    kind: c.kind,
    maxPoints: c.kind === 'DISQUALIFIER' ? 0 : c.maxPoints,
    step: c.step ?? undefined,
    evidenceRequired: c.evidenceRequired ?? false,
  };
  if (c.kind === 'QUANTITATIVE') {
    return {
      ...base,
      target: c.target ?? undefined,
      unitOfMeasure: blank(c.unitOfMeasure),
      formula: c.formula ?? undefined,
      ...(c.formula === 'THRESHOLD_STEPS' ? { thresholds: c.thresholds ?? [] } : {}),
    };
  }
  if (c.kind === 'PER_OCCURRENCE') return { ...base, pointsEach: c.pointsEach ?? undefined };
  return base;
}

export function cleanScheme(v: SchemeInput): SchemeInput {
  return {
    title: v.title.trim(),
    totalPoints: v.totalPoints,
    scoreFloor: v.scoreFloor ?? 0,
    tieBreaks: v.tieBreaks && v.tieBreaks.length > 0 ? v.tieBreaks : [...DEFAULT_TIE_BREAKS],
    groups: (v.groups ?? []).map((g) => ({
      code: g.code.trim(),
      title: g.title.trim(),
      maxPoints: g.maxPoints,
      criteria: (g.criteria ?? []).map(cleanCriterion),
    })),
  };
}

const NEW_CRITERION: Partial<CriterionInput> = { kind: 'QUALITATIVE', step: 0.25, evidenceRequired: false };

function CriterionFields({ form, group, index }: { form: FormInstance; group: number; index: number }) {
  const { t } = useTranslation();
  const path = ['groups', group, 'criteria', index];
  const kind = Form.useWatch<CriterionKind | undefined>([...path, 'kind'], form);
  const formula = Form.useWatch<string | undefined>([...path, 'formula'], form);
  const required = [{ required: true, message: t('common.required') }];
  return (
    <>
      <Space wrap align="start">
        <Form.Item name={[index, 'code']} label={t('scheme.criterionCode')} rules={[{ ...required[0], whitespace: true }]}>
          <Input maxLength={20} style={{ width: 90 }} />
        </Form.Item>
        <Form.Item name={[index, 'kind']} label={t('scheme.kind')} rules={required}>
          <Select
            style={{ minWidth: 200 }}
            options={CRITERION_KINDS.map((k) => ({ value: k, label: t(`scheme.kinds.${k}`) }))}
            onChange={(k: CriterionKind) => {
              if (k === 'DISQUALIFIER') form.setFieldValue([...path, 'maxPoints'], 0);
            }}
          />
        </Form.Item>
        <Form.Item name={[index, 'maxPoints']} label={t('scheme.maxPoints')} rules={required}>
          <InputNumber min={0} step={0.25} disabled={kind === 'DISQUALIFIER'} />
        </Form.Item>
        {kind === 'PER_OCCURRENCE' || kind === 'DISQUALIFIER' ? null : (
          <Form.Item name={[index, 'step']} label={t('scheme.step')}>
            <InputNumber min={0.01} step={0.25} />
          </Form.Item>
        )}
        {kind === 'PER_OCCURRENCE' ? (
          <Form.Item name={[index, 'pointsEach']} label={t('scheme.pointsEach')} rules={required}>
            <InputNumber min={0} step={0.25} />
          </Form.Item>
        ) : null}
      </Space>
      <Form.Item name={[index, 'title']} label={t('scheme.criterionTitle')} rules={[{ ...required[0], whitespace: true }]}>
        <Input maxLength={1000} />
      </Form.Item>
      <Form.Item name={[index, 'guidance']} label={t('scheme.guidance')}>
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 1 }} />
      </Form.Item>
      {kind === 'QUANTITATIVE' ? (
        <>
          <Space wrap align="start">
            <Form.Item name={[index, 'target']} label={t('scheme.target')} rules={required}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name={[index, 'unitOfMeasure']} label={t('scheme.unitOfMeasure')}>
              <Input maxLength={50} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name={[index, 'formula']} label={t('scheme.formula')} rules={required}>
              <Select style={{ minWidth: 200 }} options={FORMULAS.map((f) => ({ value: f, label: t(`scheme.formulas.${f}`) }))} />
            </Form.Item>
          </Space>
          {formula === 'THRESHOLD_STEPS' ? (
            <Form.List name={[index, 'thresholds']}>
              {(fields, { add, remove }) => (
                <div className="stack">
                  <span>{t('scheme.thresholds')}</span>
                  {fields.map((f) => (
                    <Space key={f.key} wrap align="start">
                      <Form.Item name={[f.name, 'atLeastPercent']} label={t('scheme.atLeastPercent')} rules={required}>
                        <InputNumber min={0} max={1000} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'points']} label={t('scheme.points')} rules={required}>
                        <InputNumber min={0} step={0.25} />
                      </Form.Item>
                      <Button aria-label={t('scheme.removeThreshold')} icon={<DeleteOutlined aria-hidden />} onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <div>
                    <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => add()}>
                      {t('scheme.addThreshold')}
                    </Button>
                  </div>
                </div>
              )}
            </Form.List>
          ) : null}
        </>
      ) : null}
      <Form.Item name={[index, 'evidenceRequired']} valuePropName="checked">
        <Checkbox>{t('scheme.evidenceRequired')}</Checkbox>
      </Form.Item>
    </>
  );
}

/** Drafts a scheme (groups → criteria) or edits a draft's whole tree with the ETag read. */
export function SchemeFormModal({
  termId,
  scheme,
  onClose,
  onReload,
}: {
  termId: number;
  scheme?: { data: Scheme; etag: string };
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<SchemeInput>();
  const errors = useFormErrors(form, FIELDS);
  const [failure, setFailure] = useState<unknown>(null);
  const create = useCreateScheme();
  const update = useUpdateScheme();
  const [pending, setPending] = useState(false);
  const initial: Partial<SchemeInput> = scheme
    ? inputOf(scheme.data)
    : { totalPoints: 100, scoreFloor: 0, tieBreaks: [...DEFAULT_TIE_BREAKS], groups: [] };
  const submit = async (values: SchemeInput) => {
    errors.clear();
    setFailure(null);
    setPending(true);
    const input = cleanScheme(values);
    try {
      if (scheme) await update.mutateAsync({ id: scheme.data.id, etag: scheme.etag, input });
      else await create.mutateAsync({ termId, input });
      void message.success(t('scheme.saved'));
      onClose();
    } catch (e) {
      errors.apply(e);
      if (!(isApiError(e) && e.isStale)) setFailure(e);
    } finally {
      setPending(false);
    }
  };
  const required = [{ required: true, message: t('common.required') }];
  return (
    <Modal
      open
      width={960}
      title={scheme ? t('scheme.editTitle', { no: scheme.data.versionNo }) : t('scheme.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {errors.conflict ? <ConflictAlert onReload={onReload} /> : null}
      {failure ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(failure)}
          description={errors.unmatched.length > 0 ? errors.unmatched.map((e) => `${e.field}: ${e.message}`).join('; ') : undefined}
        />
      ) : null}
      <Form
        form={form}
        name={scheme ? `scheme-${scheme.data.id}` : 'scheme-create'}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="title" label={t('scheme.title')} rules={[{ ...required[0], whitespace: true }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="totalPoints" label={t('scheme.totalPoints')} rules={required}>
          <InputNumber min={0} step={0.25} />
        </Form.Item>
        <Form.Item name="scoreFloor" label={t('scheme.scoreFloor')} extra={t('scheme.scoreFloorHelp')}>
          <InputNumber min={0} step={0.25} />
        </Form.Item>
        <Form.Item name="tieBreaks" label={t('scheme.tieBreaks')} extra={t('scheme.tieBreaksHelp')}>
          <TieBreakChain />
        </Form.Item>
        <Form.List name="groups">
          {(groups, { add, remove }) => (
            <div className="stack">
              {groups.map((g) => (
                <Card
                  key={g.key}
                  size="small"
                  title={t('scheme.groupNo', { no: g.name + 1 })}
                  extra={
                    <Button danger size="small" icon={<DeleteOutlined aria-hidden />} onClick={() => remove(g.name)}>
                      {t('scheme.removeGroup')}
                    </Button>
                  }
                >
                  <Space wrap align="start">
                    <Form.Item name={[g.name, 'code']} label={t('scheme.groupCode')} rules={[{ ...required[0], whitespace: true }]}>
                      <Input maxLength={20} style={{ width: 90 }} />
                    </Form.Item>
                    <Form.Item name={[g.name, 'maxPoints']} label={t('scheme.groupMax')} rules={required}>
                      <InputNumber min={0} step={0.25} />
                    </Form.Item>
                  </Space>
                  <Form.Item name={[g.name, 'title']} label={t('scheme.groupTitle')} rules={[{ ...required[0], whitespace: true }]}>
                    <Input maxLength={500} />
                  </Form.Item>
                  <Form.List name={[g.name, 'criteria']}>
                    {(criteria, ops) => (
                      <div className="stack">
                        {criteria.map((c) => (
                          <Card
                            key={c.key}
                            size="small"
                            type="inner"
                            title={t('scheme.criterionNo', { no: c.name + 1 })}
                            extra={
                              <Button size="small" icon={<DeleteOutlined aria-hidden />} onClick={() => ops.remove(c.name)}>
                                {t('scheme.removeCriterion')}
                              </Button>
                            }
                          >
                            <CriterionFields form={form} group={g.name} index={c.name} />
                          </Card>
                        ))}
                        <div>
                          <Button icon={<PlusOutlined aria-hidden />} onClick={() => ops.add({ ...NEW_CRITERION })}>
                            {t('scheme.addCriterion')}
                          </Button>
                        </div>
                      </div>
                    )}
                  </Form.List>
                </Card>
              ))}
              <div>
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ criteria: [] })}>
                  {t('scheme.addGroup')}
                </Button>
              </div>
            </div>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
