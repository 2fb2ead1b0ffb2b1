import { Alert, App, Flex, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/lib/api/client';
import { formatDate } from '@/lib/format/date';
import { ConflictAlert, ErrorAlert } from '@/lib/ui/error-alert';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import { useCreateVote, useUpdateVote, useVoteConferences, useVoteMembers } from '@/features/votes/api/votes';
import {
  AWARD_KINDS,
  LEADERSHIP_SEATS,
  VOTE_KINDS,
  VOTE_METHODS,
  type AwardKind,
  type LeadershipSeats,
  type Term,
  type Vote,
  type VoteInput,
  type VoteKind,
  type VoteMethod,
} from '@/features/votes/types';

interface Values {
  title: string;
  conferenceId?: number;
  kind: VoteKind;
  leadershipSeats?: LeadershipSeats;
  award?: AwardKind;
  method: VoteMethod;
  seats?: number;
  candidateUnitIds: number[];
  tellers: { username?: string; name?: string }[];
}

const FIELDS = ['title', 'conferenceId', 'kind', 'leadershipSeats', 'award', 'method', 'seats', 'candidateUnitIds', 'tellers'] as const;

function toInput(v: Values): VoteInput {
  return {
    title: v.title.trim(),
    conferenceId: v.conferenceId!,
    kind: v.kind,
    method: v.method,
    leadershipSeats: v.kind === 'LEADER_ELECTION' ? v.leadershipSeats : undefined,
    award: v.kind === 'AWARD_VOTE' ? v.award : undefined,
    seats: v.kind === 'OTHER' ? v.seats : undefined,
    candidateUnitIds: v.candidateUnitIds,
    tellers: v.method === 'PAPER' ? v.tellers.map((x) => ({ username: x.username?.trim() ?? '', name: x.name?.trim() ?? '' })) : undefined,
  };
}

/** Sets up a vote at one of the term's conferences (or edits the draft): what it decides, how members vote, the candidates in ballot order. */
export function VoteFormModal({ term, vote, onClose }: { term: Term; vote?: Versioned<Vote>; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS);
  const conferences = useVoteConferences(term.id, true);
  const members = useVoteMembers(term.id, true);
  const create = useCreateVote();
  const update = useUpdateVote();
  const kind = Form.useWatch('kind', form);
  const method = Form.useWatch('method', form);
  const v = vote?.data;
  const initial: Values = v
    ? {
        title: v.title,
        conferenceId: v.conferenceId,
        kind: v.kind,
        leadershipSeats: v.leadershipSeats,
        award: v.award,
        method: v.method,
        seats: v.seats,
        candidateUnitIds: v.candidates.map((c) => c.id),
        tellers: v.tellers.length > 0 ? v.tellers : [{}, {}],
      }
    : { title: '', kind: 'LEADER_ELECTION', leadershipSeats: 'LEADER_AND_DEPUTY', award: 'FLAG', method: 'SECRET', seats: 1, candidateUnitIds: [], tellers: [{}, {}] };
  const pending = create.isPending || update.isPending;
  const submit = (values: Values) => {
    errors.clear();
    const input = toInput(values);
    const done = {
      onSuccess: () => {
        void message.success(t(vote ? 'vote.saved' : 'vote.created'));
        onClose();
      },
      onError: errors.apply,
    };
    if (vote) update.mutate({ id: vote.data.id, etag: vote.etag, input }, done);
    else create.mutate({ termId: term.id, input }, done);
  };
  return (
    <Modal
      open
      width={720}
      title={t(vote ? 'vote.edit' : 'vote.create')}
      okText={t('common.save')}
      cancelText={t('common.close')}
      confirmLoading={pending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form<Values> form={form} layout="vertical" name={`vote-form-${v?.id ?? 'new'}`} initialValues={initial} onFinish={submit}>
        {errors.conflict ? <ConflictAlert onReload={onClose} /> : null}
        {errors.general ? <ErrorAlert error={errors.general} /> : null}
        {errors.unmatched.length > 0 ? <Alert type="error" role="alert" showIcon title={errors.unmatched.map((e) => e.message).join('; ')} /> : null}
        <Form.Item name="title" label={t('vote.title')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="conferenceId" label={t('vote.conference')} rules={[{ required: true, message: t('common.required') }]}>
          <Select<number>
            loading={conferences.isPending}
            options={(conferences.data ?? []).map((c) => ({ value: c.id, label: `${c.title} (${formatDate(c.heldOn)})` }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('vote.kind')}>
          <Radio.Group options={VOTE_KINDS.map((k) => ({ value: k, label: t(`vote.kinds.${k}`) }))} />
        </Form.Item>
        {kind === 'LEADER_ELECTION' ? (
          <Form.Item name="leadershipSeats" label={t('vote.leadershipSeats')}>
            <Radio.Group options={LEADERSHIP_SEATS.map((k) => ({ value: k, label: t(`vote.seatsKinds.${k}`) }))} />
          </Form.Item>
        ) : null}
        {kind === 'AWARD_VOTE' ? (
          <Form.Item name="award" label={t('vote.award')}>
            <Radio.Group options={AWARD_KINDS.map((k) => ({ value: k, label: t(`vote.awards.${k}`) }))} />
          </Form.Item>
        ) : null}
        {kind === 'OTHER' ? (
          <Form.Item name="seats" label={t('vote.seats')} rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber min={1} max={100} />
          </Form.Item>
        ) : null}
        <Form.Item name="method" label={t('vote.method')}>
          <Radio.Group options={VOTE_METHODS.map((k) => ({ value: k, label: t(`vote.methods.${k}`) }))} />
        </Form.Item>
        <Form.Item name="candidateUnitIds" label={t('vote.candidates')} extra={kind === 'AWARD_VOTE' ? t('vote.candidatesHelp') : undefined}>
          <Select<number[]>
            mode="multiple"
            loading={members.isPending}
            optionFilterProp="label"
            options={(members.data ?? []).map((m) => ({ value: m.unit.id, label: m.unit.name }))}
            data-testid="vote-candidates"
          />
        </Form.Item>
        {method === 'PAPER' ? (
          <fieldset className="fieldset">
            <legend>{t('vote.tellers')}</legend>
            {[0, 1].map((i) => (
              <Flex key={i} gap="middle" wrap>
                <Form.Item
                  name={['tellers', i, 'username']}
                  label={t('vote.tellerUsername', { n: i + 1 })}
                  rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                  className="grow"
                >
                  <Input autoComplete="off" />
                </Form.Item>
                <Form.Item
                  name={['tellers', i, 'name']}
                  label={t('vote.tellerName', { n: i + 1 })}
                  rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                  className="grow"
                >
                  <Input />
                </Form.Item>
              </Flex>
            ))}
          </fieldset>
        ) : null}
      </Form>
    </Modal>
  );
}
