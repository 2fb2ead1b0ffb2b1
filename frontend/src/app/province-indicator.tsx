import { Select } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, call, unwrap } from '@/lib/api/client';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate } from '@/lib/format/date';
import { setProvinceChoice, useProvinceChoice } from '@/lib/province/province-choice';
import { useMe } from '@/features/home/api/get-me';

/** The caller's province in the header; a national user picks the province the lists show. */
export function ProvinceIndicator() {
  const { isNational } = useAuth();
  return isNational ? <ProvinceSelect /> : <OwnProvince />;
}

function OwnProvince() {
  const { t } = useTranslation();
  const me = useMe();
  const province = me.data?.province;
  if (!province) return null;
  return (
    <span className="header-province" data-testid="header-province" title={t('province.label')}>
      <EnvironmentOutlined aria-hidden /> <span className="visually-hidden">{t('province.label')}: </span>
      {province.displayName}
    </span>
  );
}

function ProvinceSelect() {
  const { t } = useTranslation();
  const choice = useProvinceChoice();
  const provinces = useQuery({
    queryKey: ['provinces', 'picker'],
    queryFn: () =>
      call(async () => unwrap(await api().GET('/api/v1/provinces', { params: { query: { size: 100, sort: 'name' } } }))),
    staleTime: Infinity,
  });
  const options = [
    { value: 0, label: t('province.all') },
    ...(provinces.data?.items ?? []).map((p) => ({
      value: p.id,
      label: p.activeTo ? `${p.displayName} (${t('province.until', { date: formatDate(p.activeTo) })})` : p.displayName,
    })),
  ];
  return (
    <span className="header-province" data-testid="header-province">
      <label htmlFor="province-select" className="visually-hidden">
        {t('province.pick')}
      </label>
      <Select
        id="province-select"
        data-testid="province-select"
        value={choice ?? 0}
        loading={provinces.isPending}
        options={options}
        showSearch
        optionFilterProp="label"
        popupMatchSelectWidth={false}
        style={{ minWidth: 190 }}
        onChange={(value: number) => setProvinceChoice(value || undefined)}
      />
    </span>
  );
}
