import { Button, Space } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIE_BREAKS, type TieBreak } from '@/features/schemes/types';

/**
 * The tie-break chain as an ordered list (a form control: value/onChange): the steps before LOT can be
 * moved up and down, removed and added back; LOT stays last, since it is what ends every tie.
 */
export function TieBreakChain({ value, onChange, id }: { value?: TieBreak[]; onChange?: (chain: TieBreak[]) => void; id?: string }) {
  const { t } = useTranslation();
  const chain = (value && value.length > 0 ? value : [...DEFAULT_TIE_BREAKS]).filter((s) => s !== 'LOT');
  const label = (s: TieBreak) => t(`scheme.tieBreakSteps.${s}`);
  const set = (steps: TieBreak[]) => onChange?.([...steps, 'LOT']);
  const move = (i: number, by: number) => {
    const next = [...chain];
    const other = next[i + by];
    const self = next[i];
    if (other === undefined || self === undefined) return;
    next[i + by] = self;
    next[i] = other;
    set(next);
  };
  const missing = DEFAULT_TIE_BREAKS.filter((s) => s !== 'LOT' && !chain.includes(s));
  return (
    <div className="stack" id={id}>
      <ol data-testid="tie-break-chain">
        {chain.map((s, i) => (
          <li key={s}>
            <Space wrap>
              <span>{label(s)}</span>
              <Button size="small" aria-label={t('scheme.moveUp', { step: label(s) })} icon={<ArrowUpOutlined aria-hidden />}
                disabled={i === 0} onClick={() => move(i, -1)} />
              <Button size="small" aria-label={t('scheme.moveDown', { step: label(s) })} icon={<ArrowDownOutlined aria-hidden />}
                disabled={i === chain.length - 1} onClick={() => move(i, 1)} />
              <Button size="small" aria-label={t('scheme.removeStep', { step: label(s) })} icon={<DeleteOutlined aria-hidden />}
                onClick={() => set(chain.filter((x) => x !== s))} />
            </Space>
          </li>
        ))}
        <li>{label('LOT')}</li>
      </ol>
      {missing.length > 0 ? (
        <Space wrap>
          {missing.map((s) => (
            <Button key={s} size="small" icon={<PlusOutlined aria-hidden />} onClick={() => set([...chain, s])}>
              {t('scheme.addStep', { step: label(s) })}
            </Button>
          ))}
        </Space>
      ) : null}
    </div>
  );
}
