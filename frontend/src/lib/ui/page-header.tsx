import { useEffect, type ReactNode } from 'react';

/** The page's h1 (one per page), optional actions; also sets document.title. */
export function PageHeader({ title, actions, extra }: { title: string; actions?: ReactNode; extra?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · ThiĐua`;
  }, [title]);
  return (
    <header className="page-header">
      <div className="page-header-row">
        <h1 className="page-title">{title}</h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {extra}
    </header>
  );
}
