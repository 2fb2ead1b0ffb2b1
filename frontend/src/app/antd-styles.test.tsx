import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';
import {
  Alert,
  App as AntdApp,
  Button,
  Card,
  Checkbox,
  ConfigProvider,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Progress,
  Radio,
  Result,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type ThemeConfig,
} from 'antd';
import { appTheme, theme } from '@/app/theme';

// The asset's URL is the build's business (vite emits the generated stylesheet under assets/).
vi.mock('@cache/antd.css?url', () => ({ default: '/assets/antd.css' }));

import { antdCssUrl, loadAntdStyles } from '@/app/antd-styles';

// The antd components the application imports (grep "from 'antd'" in src), drawn open where they can be.
function Components() {
  return (
    <AntdApp>
      <Typography.Title level={1}>t</Typography.Title>
      <Typography.Paragraph>p</Typography.Paragraph>
      <Flex gap="small">
        <Space>
          <Button type="primary">b</Button>
          <Button danger>d</Button>
          <Tag color="red">tag</Tag>
        </Space>
      </Flex>
      <Alert type="error" title="e" showIcon />
      <Card title="c">
        <Descriptions items={[{ key: 'a', label: 'a', children: 'b' }]} />
      </Card>
      <Form layout="vertical">
        <Form.Item label="l" name="n" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <InputNumber />
        <Input.TextArea />
        <Select open options={[{ value: 1, label: 'one' }]} />
        <Radio.Group options={['a', 'b']} />
        <Checkbox>c</Checkbox>
      </Form>
      <Table rowKey="id" columns={[{ title: 'x', dataIndex: 'x' }]} dataSource={[{ id: 1, x: 'y' }]} />
      <List dataSource={['a']} renderItem={(item) => <List.Item>{item}</List.Item>} />
      <Progress percent={40} />
      <Tooltip open title="tip">
        <span>tip</span>
      </Tooltip>
      <Popconfirm open title="sure?">
        <span>confirm</span>
      </Popconfirm>
      <Skeleton active />
      <Empty />
      <Result status="404" title="r" />
      <Modal open title="m" />
      <Drawer open title="d" />
    </AntdApp>
  );
}

function renderedCss(themeConfig: ThemeConfig) {
  const cache = createCache();
  render(
    <StyleProvider cache={cache}>
      <ConfigProvider theme={themeConfig}>
        <Components />
      </ConfigProvider>
    </StyleProvider>,
  );
  return extractStyle(cache, { plain: true, types: 'style' });
}

const classesOf = (css: string) => new Set(css.match(/\.ant-[\w-]+/g) ?? []);

// scripts/antd-css.mjs (vitest's globalSetup) wrote it: antd's static rules of the components in use only.
const staticCss = readFileSync(resolve(process.cwd(), '.cache/antd.css'), 'utf8') // vitest runs in frontend/;
const antdDistCss = readFileSync(createRequire(import.meta.url).resolve('antd/dist/antd.css'), 'utf8');

/** Top-level rules and at-rules, as written. */
function blocksOf(css: string) {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      blocks.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  return blocks;
}
// What differs between two extractions and never applies on the page: the extractor's own theme scope (a
// React id per render) and its server-rendering record of the styles it wrote.
const ownScope = (block: string) => /^\.css-var-[\w-]+(\.ant-[\w-]+)?\{|^\.data-ant-cssinjs-cache-path\{/.test(block);

describe('antd styles (zeroRuntime, issue 9)', () => {
  it('the static stylesheet holds every class the run-time styles of the components in use have', () => {
    const runtime = classesOf(renderedCss(theme));
    expect(runtime.size).toBeGreaterThan(300);
    expect(runtime).toContain('.ant-btn');
    const inStatic = classesOf(staticCss);
    expect([...runtime].filter((c) => !inStatic.has(c))).toEqual([]);
  });

  it('is antd’s own stylesheet, cut to those components: every rule as antd/dist/antd.css has it, and far smaller', () => {
    const inDist = new Set(blocksOf(antdDistCss));
    const blocks = blocksOf(staticCss).filter((b) => !ownScope(b));
    expect(blocks.length).toBeGreaterThan(1000);
    expect(blocks.filter((b) => !inDist.has(b))).toEqual([]);
    expect(staticCss.length).toBeLessThan(antdDistCss.length * 0.75);
  });

  it('the application theme keeps the tokens and serialises no component style at run time', () => {
    expect(appTheme).toMatchObject({ ...theme, zeroRuntime: true });
    expect(renderedCss(appTheme)).not.toMatch(/\.ant-btn\b/);
  });

  it('adds the stylesheet once, ahead of the page’s own, and resolves when it has loaded', async () => {
    const own = document.createElement('style');
    document.head.appendChild(own);
    const loaded = loadAntdStyles();
    expect(loadAntdStyles()).toBe(loaded);
    expect(document.head.querySelectorAll('link[data-antd]')).toHaveLength(1);
    const link = document.head.querySelector<HTMLLinkElement>('link[data-antd]')!;
    expect(link.getAttribute('href')).toBe(antdCssUrl);
    expect(link.compareDocumentPosition(own) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    link.dispatchEvent(new Event('load'));
    await expect(loaded).resolves.toBeUndefined();
  });
});
