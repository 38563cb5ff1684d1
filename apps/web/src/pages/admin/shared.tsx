import { Typography } from 'antd';

/** The page heading of every admin page. */
export function Title({ children }: { children: string }) {
  return <Typography.Title level={1}>{children}</Typography.Title>;
}
