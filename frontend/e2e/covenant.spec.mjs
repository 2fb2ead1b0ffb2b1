// Bắc Ninh 2024 (seed 2): the covenant signed on 29/3/2024 by all 12 units, as its leader Quỹ Đầu tư phát
// triển tỉnh (bn.qdtpt) sees it; then a covenant of a new year: the leader drafts and circulates it, the
// member Sở Công thương (bn.sct) signs for its own unit, and the leader closes it with the missing named.
import { test } from 'node:test';
import { apiCall, expectAccessible, navigate, openBrowser, provinceIdOf, screenshot, settle, signIn, uniq } from './lib/harness.mjs';
import { loadSeedCases, seedTermId } from './lib/year.mjs';

test('Bắc Ninh: the 2024 covenant of 12 signatures, and a new one circulated, signed by a member and closed', async () => {
  loadSeedCases();
  const seedTerm = await seedTermId('Khối các Sở, ban, ngành tham mưu và quản lý nhà nước về kinh tế, kỹ thuật', 2024, 'admin.bn');

  // A new year of its own for this run: Quỹ Đầu tư phát triển tỉnh leads, Sở Công thương and Sở Xây dựng are members.
  const run = uniq();
  const province = await provinceIdOf('27');
  const units = (await apiCall('GET', `/api/v1/units?provinceId=${province}&size=100`, { as: 'admin.bn', expect: 200 })).json.items;
  const unit = (code) => units.find((u) => u.code === code).id;
  const year = 2010 + (Number.parseInt(run.slice(-4), 36) % 13); // a past year every unit was active in (not 2024)
  const bloc = await apiCall('POST', '/api/v1/blocs', { as: 'admin.bn', body: { name: `Khối e2e giao ước ${run}`, kind: 'CUM', provinceId: province }, expect: 201 });
  const term = (await apiCall('POST', '/api/v1/terms', { as: 'admin.bn', body: { blocId: bloc.json.id, year }, expect: 201 })).json.id;
  for (const [code, role] of [['BNH.QDTPT', 'LEADER'], ['BNH.SCT', 'MEMBER'], ['BNH.SXD', 'MEMBER']]) {
    // an earlier run may have put the unit in a bloc that year: a unit is in one bloc of a kind per year
    const earlier = await apiCall('GET', `/api/v1/terms?unitId=${unit(code)}&year=${year}&size=100`, { as: 'admin.bn', expect: 200 });
    for (const t of earlier.json.items) {
      const members = await apiCall('GET', `/api/v1/terms/${t.id}/memberships?size=100`, { as: 'admin.bn', expect: 200 });
      for (const m of members.json.items.filter((item) => item.unit.id === unit(code))) {
        const read = await apiCall('GET', `/api/v1/memberships/${m.id}`, { as: 'admin.bn', expect: 200 });
        await apiCall('DELETE', `/api/v1/memberships/${m.id}`, { as: 'admin.bn', ifMatch: read.etag, expect: 204 });
      }
    }
    await apiCall('POST', `/api/v1/terms/${term}/memberships`, { as: 'admin.bn', body: { unitId: unit(code), role }, expect: 201 });
  }

  const leader = await openBrowser();
  const member = await openBrowser({ width: 390, height: 844 });
  try {
    await signIn(leader.page, 'bn.qdtpt');
    await navigate(leader.page, `/terms/${seedTerm}`);
    await settle(leader.page);
    const seed = leader.page.getByTestId('covenant');
    await seed.getByText('Đã ký: 12/12 đơn vị').waitFor();
    await seed.getByText('Ký kết ngày 29/03/2024').waitFor();
    await seed.getByText('Tất cả đơn vị đã ký').waitFor();
    await seed.getByText('Kế hoạch hoạt động năm 2024 của Khối (29/03/2024)').waitFor();
    await expectAccessible(leader.page, 'term page with the signed covenant');
    await screenshot(leader.page, 'covenant-seed');

    await navigate(leader.page, `/terms/${term}`);
    await settle(leader.page);
    const form = leader.page.getByRole('form', { name: 'Soạn giao ước' });
    await form.getByLabel('Tên giao ước').fill(`Giao ước thi đua năm ${year}`);
    await form.getByLabel('Các điều khoản').fill('Thực hiện tốt nhiệm vụ chính trị được giao.\nHưởng ứng các phong trào thi đua.');
    await form.getByRole('button', { name: 'Soạn giao ước' }).click();
    const covenant = leader.page.getByTestId('covenant');
    await covenant.getByRole('button', { name: 'Gửi các đơn vị ký' }).click();
    await covenant.getByText('Đang lấy chữ ký').waitFor();
    await covenant.getByText('Đã ký: 0/3 đơn vị').waitFor();

    await signIn(member.page, 'bn.sct');
    await navigate(member.page, `/terms/${term}`);
    await settle(member.page);
    const mine = member.page.getByTestId('covenant');
    await mine.getByLabel('Người ký').fill('Trần Văn Minh');
    await mine.getByLabel('Chức vụ').fill('Phó Giám đốc');
    await mine.getByLabel('Ngày ký').fill(`${year}-03-29`);
    await mine.getByRole('button', { name: 'Ký giao ước' }).click();
    await mine.getByText('Đã ký: 1/3 đơn vị').waitFor();
    await mine.getByText('Trần Văn Minh — Phó Giám đốc').waitFor();
    await screenshot(member.page, 'covenant-member');

    await navigate(leader.page, '/');
    await navigate(leader.page, `/terms/${term}`);
    await settle(leader.page);
    const again = leader.page.getByTestId('covenant');
    await again.getByTestId('covenant-missing').getByText('Quỹ Đầu tư phát triển tỉnh').waitFor();
    await again.getByRole('button', { name: 'Kết thúc giao ước' }).click();
    const dialog = leader.page.getByRole('dialog');
    await dialog.getByLabel('Lý do').fill('Hai đơn vị vắng mặt tại hội nghị');
    await dialog.getByRole('button', { name: 'Kết thúc giao ước' }).click();
    await again.getByText('Đã ký kết').waitFor();
    await again.getByText(/Kết thúc khi còn đơn vị chưa ký/).waitFor();
  } finally {
    await leader.close();
    await member.close();
  }
});
