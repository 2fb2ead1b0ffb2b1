import { useState, type ReactNode } from 'react';
import { App, Button, Modal, Space } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { ConflictAlert, ErrorAlert } from '@/lib/ui/error-alert';

/** A row of the editor with a key of its own: rows keep their fields (and focus) when others move or go. */
export interface EditorRow<T> {
  key: number;
  value: T;
}

let lastKey = 0;

export function editorRows<T>(values: readonly T[]): EditorRow<T>[] {
  return values.map((value) => ({ key: ++lastKey, value }));
}

export interface ListEditorProps<T> {
  rows: EditorRow<T>[];
  onChange: (rows: EditorRow<T>[]) => void;
  /** The fields of row {@code index} (0-based; labels number rows from 1); {@code change} merges a patch into it. */
  renderRow: (value: T, index: number, change: (patch: Partial<T>) => void) => ReactNode;
  /** A blank row, added by the add button. */
  newRow: () => T;
  addLabel: string;
  removeLabel: string;
  /** The order matters (an agenda): rows move up and down. */
  reorder?: { up: string; down: string };
  /** "stacked": each row's fields one under another, its buttons below; "inline": fields and buttons in one wrapping line. */
  layout?: 'stacked' | 'inline';
  rowClassName?: string;
  testId?: string;
}

/** An ordered list of rows edited in place: each row's fields, remove (and move) buttons per row, an add button. */
export function ListEditor<T>({
  rows,
  onChange,
  renderRow,
  newRow,
  addLabel,
  removeLabel,
  reorder,
  layout = 'stacked',
  rowClassName,
  testId,
}: ListEditorProps<T>) {
  const change = (i: number, patch: Partial<T>) =>
    onChange(rows.map((row, j) => (j === i ? { key: row.key, value: { ...row.value, ...patch } } : row)));
  const move = (i: number, by: number) => {
    const next = [...rows];
    const [row] = next.splice(i, 1);
    if (row) next.splice(i + by, 0, row);
    onChange(next);
  };
  const buttons = (i: number) => (
    <Space wrap>
      {reorder ? (
        <>
          <Button size="small" icon={<ArrowUpOutlined aria-hidden />} aria-label={`${reorder.up} ${i + 1}`} disabled={i === 0} onClick={() => move(i, -1)}>
            {reorder.up}
          </Button>
          <Button
            size="small"
            icon={<ArrowDownOutlined aria-hidden />}
            aria-label={`${reorder.down} ${i + 1}`}
            disabled={i === rows.length - 1}
            onClick={() => move(i, 1)}
          >
            {reorder.down}
          </Button>
        </>
      ) : null}
      <Button
        size={layout === 'stacked' ? 'small' : undefined}
        icon={<DeleteOutlined aria-hidden />}
        aria-label={`${removeLabel} ${i + 1}`}
        onClick={() => onChange(rows.filter((_, j) => j !== i))}
      >
        {layout === 'stacked' ? removeLabel : null}
      </Button>
    </Space>
  );
  return (
    <div className="stack">
      <ol className="stack list-editor" data-testid={testId}>
        {rows.map((row, i) => (
          <li key={row.key} className={rowClassName}>
            {layout === 'stacked' ? (
              <div className="stack">
                {renderRow(row.value, i, (patch) => change(i, patch))}
                {buttons(i)}
              </div>
            ) : (
              <Space wrap align="start">
                {renderRow(row.value, i, (patch) => change(i, patch))}
                {buttons(i)}
              </Space>
            )}
          </li>
        ))}
      </ol>
      <div>
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => onChange([...rows, { key: ++lastKey, value: newRow() }])}>
          {addLabel}
        </Button>
      </div>
    </div>
  );
}

export interface ListEditorModalProps<T> extends Omit<ListEditorProps<T>, 'rows' | 'onChange'> {
  title: string;
  /** The rows the read shows, as the write takes them back. */
  initial: () => T[];
  /** Writes the whole list (rows in their order); a rejection is shown in the modal, a stale ETag as a conflict. */
  save: (values: T[]) => Promise<unknown>;
  saving: boolean;
  savedMessage: string;
  onClose: () => void;
  /** Reads the record again after a conflict (someone else wrote first). */
  onReload: () => void;
}

/** A list editor in a modal that saves the whole list at once (a PUT of the collection with If-Match). */
export function ListEditorModal<T>({ title, initial, save, saving, savedMessage, onClose, onReload, ...editor }: ListEditorModalProps<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [rows, setRows] = useState(() => editorRows(initial()));
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    setError(null);
    try {
      await save(rows.map((r) => r.value));
      void message.success(savedMessage);
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  const stale = isApiError(error) && error.isStale;
  return (
    <Modal
      open
      width={900}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      {stale ? <ConflictAlert onReload={onReload} /> : error ? <ErrorAlert error={error} /> : null}
      <ListEditor rows={rows} onChange={setRows} {...editor} />
    </Modal>
  );
}
