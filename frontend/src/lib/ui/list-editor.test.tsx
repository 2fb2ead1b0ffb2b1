import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Input } from 'antd';
import { renderScreen } from '@/test/render';
import { createFakeApi } from '@/test/fake-api';
import { ListEditorModal } from '@/lib/ui/list-editor';

interface Line {
  text: string;
}

function render(save: (values: Line[]) => Promise<unknown>, options: { reorder?: boolean; onClose?: () => void } = {}) {
  renderScreen(
    <ListEditorModal<Line>
      title="Danh sách"
      initial={() => [{ text: 'một' }, { text: 'hai' }, { text: 'ba' }]}
      save={save}
      saving={false}
      savedMessage="Đã lưu"
      onClose={options.onClose ?? (() => undefined)}
      onReload={() => undefined}
      testId="lines"
      newRow={() => ({ text: '' })}
      addLabel="Thêm dòng"
      removeLabel="Bỏ"
      reorder={options.reorder ? { up: 'Lên', down: 'Xuống' } : undefined}
      renderRow={(line, i, change) => <Input aria-label={`Dòng ${i + 1}`} value={line.text} onChange={(e) => change({ text: e.target.value })} />}
    />,
    { fetch: createFakeApi({}).fetch },
  );
  return userEvent.setup();
}

const values = () => screen.getAllByRole('textbox').map((e) => (e as HTMLInputElement).value);

describe('list editor', () => {
  it('moves, removes, adds and edits rows, and saves them in their order', async () => {
    let saved: Line[] | undefined;
    let closed = false;
    const user = render(
      (v) => {
        saved = v;
        return Promise.resolve();
      },
      { reorder: true, onClose: () => (closed = true) },
    );
    expect(values()).toEqual(['một', 'hai', 'ba']);
    expect(screen.getByRole('button', { name: 'Lên 1' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Xuống 3' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Xuống 1' }));
    expect(values()).toEqual(['hai', 'một', 'ba']);
    await user.click(screen.getByRole('button', { name: 'Lên 3' }));
    expect(values()).toEqual(['hai', 'ba', 'một']);
    await user.click(screen.getByRole('button', { name: 'Bỏ 2' }));
    expect(values()).toEqual(['hai', 'một']);
    await user.click(screen.getByRole('button', { name: 'Thêm dòng' }));
    await user.type(screen.getByLabelText('Dòng 3'), 'bốn');
    await user.type(screen.getByLabelText('Dòng 1'), '!');
    expect(values()).toEqual(['hai!', 'một', 'bốn']);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(closed).toBe(true));
    expect(saved).toEqual([{ text: 'hai!' }, { text: 'một' }, { text: 'bốn' }]);
  }, 30000);

  it('keeps a row\'s own field when an earlier row goes (rows are keyed, not indexed)', async () => {
    const user = render(() => Promise.resolve());
    const third = screen.getByLabelText('Dòng 3');
    await user.click(screen.getByRole('button', { name: 'Bỏ 1' }));
    // the same input element now is row 2 and still holds its text
    expect(screen.getByLabelText('Dòng 2')).toBe(third);
    expect(third).toHaveValue('ba');
    expect(screen.queryByRole('button', { name: /^Lên/ })).not.toBeInTheDocument();
  });

  it('shows a failed save in the modal and stays open', async () => {
    let closed = false;
    const user = render(() => Promise.reject(new Error('mất kết nối')), { onClose: () => (closed = true) });
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(closed).toBe(false);
    expect(screen.getByTestId('lines')).toBeInTheDocument();
  });
});
