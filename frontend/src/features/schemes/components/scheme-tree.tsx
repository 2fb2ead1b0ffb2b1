import { Alert, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { TAG_COLORS } from '@/lib/ui/labels';
import { countsTowardsMaxima, samePoints, type Scheme } from '@/features/schemes/types';

type Criterion = Scheme['groups'][number]['criteria'][number];

const points = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/**
 * A scheme's groups → criteria, read-only: each group's maximum beside its counted criteria's sum and the
 * total beside the groups', a mismatch marked (it is why adoption would be refused). Scrolls on a phone.
 */
export function SchemeTree({ scheme }: { scheme: Scheme }) {
  const { t } = useTranslation();
  const totalOk = samePoints(scheme.totalPoints, scheme.groupMaxima);
  const groupsOk = scheme.groups.every((g) => samePoints(g.maxPoints, g.criteriaMaxima));
  const mismatch = (
    <Tag color={TAG_COLORS.red} data-testid="maxima-mismatch">
      {t('scheme.mismatch')}
    </Tag>
  );
  return (
    <div className="stack" data-testid={`scheme-tree-${scheme.id}`}>
      <p>
        <strong>{t('scheme.totalLine', { total: points(scheme.totalPoints), sum: points(scheme.groupMaxima) })}</strong> {totalOk ? null : mismatch}
      </p>
      <p className="muted">
        {scheme.scoreFloor > 0 ? `${t('scheme.floorLine', { floor: points(scheme.scoreFloor) })}. ` : null}
        {t('scheme.tieBreakLine', { chain: scheme.tieBreaks.map((s) => t(`scheme.tieBreakSteps.${s}`)).join(' → ') })}
      </p>
      {scheme.status === 'DRAFT' && (!totalOk || !groupsOk) ? <Alert type="warning" showIcon title={t('scheme.mismatchHelp')} /> : null}
      {scheme.groups.map((g) => {
        const ok = samePoints(g.maxPoints, g.criteriaMaxima);
        return (
          <section key={g.id} aria-labelledby={`scheme-group-${g.id}`} className="subsection">
            <h4 id={`scheme-group-${g.id}`} className="subheading">
              {g.code}. {g.title}
            </h4>
            <p className={ok ? 'muted' : undefined}>
              {t('scheme.groupLine', { max: points(g.maxPoints), sum: points(g.criteriaMaxima) })} {ok ? null : mismatch}
            </p>
            <Table<Criterion>
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={g.criteria}
              columns={[
                { title: t('scheme.code'), dataIndex: 'code' },
                {
                  title: t('scheme.criterion'),
                  render: (_, c) => (
                    <>
                      {c.title}
                      {c.evidenceRequired ? (
                        <>
                          {' '}
                          <Tag>{t('scheme.evidenceRequired')}</Tag>
                        </>
                      ) : null}
                    </>
                  ),
                },
                { title: t('scheme.kind'), render: (_, c) => t(`scheme.kinds.${c.kind}`) },
                {
                  title: t('scheme.maxPoints'),
                  render: (_, c) => (
                    <>
                      {points(c.maxPoints)}
                      {countsTowardsMaxima(c.kind) || c.kind === 'DISQUALIFIER' ? null : <span className="muted"> ({t('scheme.notCounted')})</span>}
                    </>
                  ),
                },
                { title: t('scheme.step'), render: (_, c) => points(c.step) },
                {
                  title: t('scheme.guidance'),
                  render: (_, c) => (
                    <div className="pre-wrap">
                      {c.guidance}
                      {c.kind === 'QUANTITATIVE' && c.target != null ? (
                        <div className="muted">
                          {t('scheme.targetLine', { target: points(c.target), unit: c.unitOfMeasure ?? '' })}
                          {c.formula ? `; ${t(`scheme.formulas.${c.formula}`)}` : ''}
                          {c.thresholds.length > 0
                            ? `: ${c.thresholds.map((x) => t('scheme.thresholdLine', { percent: points(x.atLeastPercent), points: points(x.points) })).join('; ')}`
                            : ''}
                        </div>
                      ) : null}
                      {c.kind === 'PER_OCCURRENCE' && c.pointsEach != null ? (
                        <div className="muted">{t('scheme.pointsEachLine', { points: points(c.pointsEach) })}</div>
                      ) : null}
                    </div>
                  ),
                },
              ]}
            />
          </section>
        );
      })}
    </div>
  );
}
