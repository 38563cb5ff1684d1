import { Button, Card, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDateTime } from '../../i18n';

type Account = Schemas['ConflictAccountDto'];

function AccountCell({ account }: { account: Account }) {
  return (
    <span>
      {account.fullName}
      <br />
      <Typography.Text type="secondary">{account.email}</Typography.Text>
    </span>
  );
}

/**
 * One person, one account: submissions refused because the identity number is bound to another
 * account, with both accounts (never the number). The admin corrects a binding through the API
 * (POST /admin/users/{id}/identity, with a reason; audited).
 */
export function IdentityConflicts() {
  const { t } = useTranslation();
  const conflicts = useInfiniteQuery({
    queryKey: ['identity-conflicts'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/admin/identity-conflicts', { params: { query: { limit: 50, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return (
    <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 'inherit' }}>{t('admin.identityConflicts.title')}</Typography.Title>}>
      <Typography.Paragraph type="secondary">{t('admin.identityConflicts.intro')}</Typography.Paragraph>
      <Table
        rowKey="id"
        pagination={false}
        loading={conflicts.isLoading}
        locale={{ emptyText: <span className="tp-empty">{t('admin.identityConflicts.none')}</span> }}
        dataSource={conflicts.data?.pages.flatMap((p) => p.items) ?? []}
        columns={[
          { title: t('admin.identityConflicts.refused'), key: 'refused', render: (_: unknown, row) => <AccountCell account={row.refusedAccount} /> },
          { title: t('admin.identityConflicts.bound'), key: 'bound', render: (_: unknown, row) => <AccountCell account={row.boundAccount} /> },
          { title: t('admin.identityConflicts.attempts'), dataIndex: 'attempts' },
          { title: t('admin.identityConflicts.lastAttempt'), dataIndex: 'lastAttemptAt', render: (d: string) => formatDateTime(d) },
          {
            title: t('admin.identityConflicts.file'),
            key: 'file',
            render: (_: unknown, row) =>
              row.applicationId ? (
                <Link to={`/admin/applications/${row.applicationId}`} aria-label={t('admin.identityConflicts.openFile', { email: row.refusedAccount.email })}>
                  {t('admin.open')}
                </Link>
              ) : null,
          },
        ]}
      />
      {conflicts.hasNextPage && <Button onClick={() => void conflicts.fetchNextPage()}>{t('admin.loadMore')}</Button>}
    </Card>
  );
}
