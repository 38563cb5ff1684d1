import type { CSSProperties } from 'react';
import { Typography } from 'antd';
import { useDocumentTitle } from './document-title';

/** A page's one h1, which is also its browser tab title: the two cannot say different things. */
export function PageHeading({ children, style }: { children: string; style?: CSSProperties }) {
  useDocumentTitle(children);
  return (
    <Typography.Title level={1} style={style}>
      {children}
    </Typography.Title>
  );
}
