import { Checkbox, Flex, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEADER_SELECTIONS, THRESHOLD_BASES } from '@/features/terms/types';

/** The term's rule set (how the leader is chosen, quorum, threshold, award quotas), under `rules`. */
export function RulesFields() {
  const { t } = useTranslation();
  const nonNegative = [{ required: true, message: t('common.required') }, { type: 'number' as const, min: 0, message: t('validation.positive') }];
  return (
    <fieldset className="fieldset">
      <legend>{t('term.rules')}</legend>
      <Form.Item name={['rules', 'leaderSelection']} label={t('term.leaderSelection')} rules={[{ required: true, message: t('common.required') }]}>
        <Select options={LEADER_SELECTIONS.map((v) => ({ value: v, label: t(`enum.leaderSelection.${v}`) }))} />
      </Form.Item>
      <Flex gap="middle" wrap>
        <Form.Item name={['rules', 'quorumNumerator']} label={`${t('term.quorum')} — ${t('term.quorumNumerator')}`} rules={nonNegative}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item name={['rules', 'quorumDenominator']} label={t('term.quorumDenominator')} rules={nonNegative}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
      </Flex>
      <Flex gap="middle" wrap align="end">
        <Form.Item name={['rules', 'winningThresholdPercent']} label={`${t('term.threshold')} — ${t('term.thresholdPercent')}`} rules={nonNegative}>
          <InputNumber min={0} max={100} precision={0} />
        </Form.Item>
        <Form.Item name={['rules', 'winningThresholdBase']} label={t('term.thresholdBase')} rules={[{ required: true, message: t('common.required') }]} className="grow">
          <Select options={THRESHOLD_BASES.map((v) => ({ value: v, label: t(`enum.thresholdBase.${v}`) }))} />
        </Form.Item>
      </Flex>
      <Form.Item name={['rules', 'winningThresholdInclusive']} valuePropName="checked">
        <Checkbox>{t('term.thresholdInclusive')}</Checkbox>
      </Form.Item>
      <Flex gap="middle" wrap>
        <Form.Item name={['rules', 'flagQuota']} label={t('term.flagQuota')} rules={nonNegative}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item name={['rules', 'certificateQuota']} label={t('term.certificateQuota')} rules={nonNegative}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
      </Flex>
    </fieldset>
  );
}
