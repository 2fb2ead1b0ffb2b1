import type { ReactNode } from 'react';
import { Button, type ButtonProps } from 'antd';
import { useHref, useLinkClickHandler } from 'react-router-dom';

/** A link styled as a button (one interactive element, client-side navigation). */
export function ButtonLink({
  to,
  children,
  ...props
}: { to: string; children: ReactNode } & Omit<ButtonProps, 'href' | 'onClick'>) {
  const href = useHref(to);
  const handleClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <Button {...props} href={href} onClick={(event) => handleClick(event as React.MouseEvent<HTMLAnchorElement>)}>
      {children}
    </Button>
  );
}
