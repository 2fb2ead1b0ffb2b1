import { Card, Descriptions, Empty, Grid, List } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth/auth-context';
import { currentYear } from '@/lib/format/date';
import { paths } from '@/lib/routing/paths';
import { PageHeader } from '@/lib/ui/page-header';
import { QueryState } from '@/lib/ui/query-state';
import { RoleTag, TermStatusTag } from '@/lib/ui/labels';
import { useMe } from '@/features/home/api/get-me';
import type { Me, MeMembership } from '@/features/home/types';

function UnitLink({ unit }: { unit?: { id: number; name: string; code: string } | null }) {
  const { t } = useTranslation();
  if (!unit) return <span className="muted">{t('common.none')}</span>;
  return (
    <Link to={paths.unit(unit.id)}>
      {unit.name} <span className="muted">({unit.code})</span>
    </Link>
  );
}

function ThisYear({ membership, year }: { membership: MeMembership | undefined; year: number }) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().sm;
  if (!membership) return <Empty description={t('home.notInBloc', { year })} />;
  return (
    <Descriptions column={1} bordered size="middle" layout={wide ? 'horizontal' : 'vertical'} data-testid="home-term">
      <Descriptions.Item label={t('home.myBloc')}>
        <Link to={paths.bloc(membership.blocId)}>{membership.blocName}</Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('home.myRole')}>
        <RoleTag role={membership.role} />
      </Descriptions.Item>
      <Descriptions.Item label={t('home.leader')}>
        <UnitLink unit={membership.leader} />
      </Descriptions.Item>
      <Descriptions.Item label={t('home.deputy')}>
        <UnitLink unit={membership.deputy} />
      </Descriptions.Item>
      <Descriptions.Item label={t('home.termStatus')}>
        <TermStatusTag status={membership.termStatus} />
      </Descriptions.Item>
      <Descriptions.Item label={t('common.details')}>
        <Link to={paths.term(membership.termId)}>{t('home.viewTerm')}</Link>
      </Descriptions.Item>
    </Descriptions>
  );
}

function MeView({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { isAdmin } = useAuth();
  const year = currentYear();
  const sorted = [...me.memberships].sort((a, b) => b.year - a.year);
  const thisYear = sorted.find((m) => m.year === year);
  const others = sorted.filter((m) => m !== thisYear);
  return (
    <div className="stack">
      <Card title={<h2 className="card-heading">{t('home.myUnit')}</h2>}>
        {me.unit ? <UnitLink unit={me.unit} /> : <span>{t('home.noUnit')}</span>}
      </Card>
      {!me.unit ? (
        <Card title={<h2 className="card-heading">{t('home.quickLinks')}</h2>}>
          <ul className="link-list">
            <li>
              <Link to={paths.units()}>{t('nav.units')}</Link>
            </li>
            <li>
              <Link to={paths.blocs()}>{t('nav.blocs')}</Link>
            </li>
            {isAdmin ? (
              <>
                <li>
                  <Link to={paths.unitNew()}>{t('unit.new')}</Link>
                </li>
                <li>
                  <Link to={paths.blocNew()}>{t('bloc.new')}</Link>
                </li>
              </>
            ) : null}
          </ul>
        </Card>
      ) : null}
      {me.unit ? (
        <Card title={<h2 className="card-heading">{t('home.thisYear', { year })}</h2>}>
          <ThisYear membership={thisYear} year={year} />
        </Card>
      ) : null}
      {others.length > 0 ? (
        <Card title={<h2 className="card-heading">{t('home.otherYears')}</h2>}>
          <List
            dataSource={others}
            renderItem={(m) => (
              <List.Item key={m.membershipId}>
                <Link to={paths.term(m.termId)}>
                  {m.year} — {m.blocName}
                </Link>{' '}
                <RoleTag role={m.role} />
              </List.Item>
            )}
          />
        </Card>
      ) : null}
    </div>
  );
}

/** The greeting from the session's own token: drawn with the page, before /me answers (issue 9: it is the LCP element). */
function Greeting() {
  const { t } = useTranslation();
  const { displayName, username, isAdmin } = useAuth();
  return (
    <p className="lead">
      {t('home.greeting', { name: displayName || username })}
      {isAdmin ? <> {t('home.adminHint')}</> : null}
    </p>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const query = useMe();
  return (
    <div className="stack">
      <div>
        <PageHeader title={t('home.title')} />
        <Greeting />
      </div>
      <QueryState query={query}>{(me) => <MeView me={me} />}</QueryState>
    </div>
  );
}
